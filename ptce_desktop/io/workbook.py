"""Reading a source of candidacies: a workbook, a CSV file, or a folder or zip of CSV files.

`read_source(path)` gives the raw sheets (header matched, each row with the number the user
sees in their spreadsheet) and a way to fetch the attachment files the `pieces` sheet names;
`parse_source(raw)` turns them into `Dossier` objects and collects every problem, each naming
the sheet or file, the row, the column and the value. Nothing here touches a call file.
"""

from __future__ import annotations

import hashlib
import math
import mimetypes
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TypeVar

from ..domain import siret as siret_rules
from ..domain.model import Attachment, Cofunding, Dossier, Member, MemberCategory
from ..domain.regions import Departement, find_departement, find_region
from ..text import t, text_of
from . import limits
from .archive import UnsafeSource, check_zip, read_contained, read_member, relative_path
from .parsing import (
    BLANK_MARKS,
    ParseError,
    normalize_header,
    parse_amount,
    parse_category,
    parse_cofunding_status,
    parse_date,
    parse_int,
    read_text_table,
    shown,
    undo_csv_quote,
)
from .xlsx_guard import check_xlsx

_T = TypeVar("_T")

MAX_PROBLEMS = 200  # past this, more problems only count: the user fixes the first ones first


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the documented name, e.g. "nom_pole"
    label: str  # the readable French header the export writes, e.g. "Nom du pôle"
    kind: str = "text"  # text, amount, int, date, siret, list, region, departement, ...
    required: bool = False
    help: str = ""
    aliases: tuple[str, ...] = ()  # other headers read as this column


def _c(key: str, label: str, kind: str = "text", required: bool = False, help: str = "") -> Column:
    return Column(key, label, kind, required, help)


SHEETS: dict[str, tuple[Column, ...]] = {
    "dossiers": (
        _c("numero", "Numéro", required=True, help="identifiant unique du dossier"),
        _c("nom_pole", "Nom du pôle", required=True),
        _c("structure_porteuse", "Structure porteuse", required=True),
        _c("siret_porteur", "SIRET du porteur", "siret", help="14 chiffres, espaces admis"),
        _c("forme_juridique", "Forme juridique"),
        _c("region", "Région", "region", True, "l'une des 18 régions"),
        _c("departement", "Département", "departement", help="code ou nom, dans la région"),
        _c("communes", "Communes"),
        _c("secteurs", "Secteurs", "list", help="séparés par « ; »"),
        _c("date_depot", "Date de dépôt", "date", help="jj/mm/aaaa ou aaaa-mm-jj"),
        _c("cout_total", "Coût total", "amount", help="en euros"),
        _c("montant_demande", "Montant demandé", "amount", True, "en euros"),
        _c("emplois_existants", "Emplois existants", "int"),
        _c("emplois_crees", "Emplois créés", "int"),
        _c("emplois_insertion", "Emplois en insertion", "int"),
        _c("mutualisations", "Mutualisations"),
        _c("resume", "Résumé"),
        _c("contact_nom", "Contact : nom"),
        _c("contact_email", "Contact : courriel"),
        _c("contact_telephone", "Contact : téléphone"),
    ),
    "membres": (
        _c("numero", "Numéro", required=True, help="numéro du dossier"),
        _c("nom", "Nom", required=True),
        _c("categorie", "Catégorie", "category", True, "entreprise ESS, entreprise commerciale…"),
        _c("siret", "SIRET", "siret"),
        _c("role", "Rôle"),
    ),
    "cofinancements": (
        _c("numero", "Numéro", required=True, help="numéro du dossier"),
        _c("financeur", "Financeur", required=True),
        _c("montant", "Montant", "amount", True, "en euros"),
        _c("type_financeur", "Type de financeur", help="« collectivité territoriale »…"),
        _c("statut", "Statut", "status", help="acquis ou sollicité"),
    ),
    "pieces": (
        _c("numero", "Numéro", required=True, help="numéro du dossier"),
        _c("fichier", "Fichier", required=True, help="chemin relatif à la source"),
        _c("type", "Type de pièce", help="« dossier_candidature »…"),
        _c("sha256", "SHA-256", "hash"),
    ),
}
SHEET_LABELS = {
    "dossiers": "dossiers",
    "membres": "membres",
    "cofinancements": "cofinancements",
    "pieces": "pièces",
}
_SHEET_ALIASES = {
    "pieces_jointes": "pieces",
    "co_financements": "cofinancements",
    "candidatures": "dossiers",
    "membre": "membres",
}
# Sheets our own export adds: read back silently, they are results, not input.
EXPORT_ONLY_SHEETS = ("eligibilite", "evaluations", "classement", "decisions", "synthese", "aide")

DOSSIER_ATTRS = {
    "numero": "numero", "nom_pole": "pole_name", "structure_porteuse": "lead_name",
    "siret_porteur": "lead_siret", "forme_juridique": "lead_legal_form", "region": "region",
    "departement": "departement", "communes": "communes", "secteurs": "sectors",
    "date_depot": "submitted_on", "cout_total": "total_cost", "montant_demande": "amount_requested",
    "emplois_existants": "jobs_existing", "emplois_crees": "jobs_created",
    "emplois_insertion": "jobs_integration", "mutualisations": "pooling", "resume": "summary",
    "contact_nom": "contact_name", "contact_email": "contact_email",
    "contact_telephone": "contact_phone",
}  # fmt: skip


def _header_keys(columns: Iterable[Column]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for col in columns:
        keys[normalize_header(col.key)] = col.key
        keys[normalize_header(col.label)] = col.key
        keys[normalize_header(col.key.replace("_", " "))] = col.key
        for alias in col.aliases:
            keys[normalize_header(alias)] = col.key
    return keys


_HEADER_KEYS = {sheet: _header_keys(cols) for sheet, cols in SHEETS.items()}


# --- problems ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the source, placed as the user would look for it."""

    where: str  # "feuille « membres »" or "membres.csv"
    row: int | None
    column: str | None
    value: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where, message = self.where, self.message
        if self.row is not None and self.column:
            return t(
                "{where}, ligne {row}, colonne « {column} » : {message}",
                where=where, row=self.row, column=self.column, message=message,
            )  # fmt: skip
        if self.row is not None:
            return t("{where}, ligne {row} : {message}", where=where, row=self.row, message=message)
        if self.column:
            return t(
                "{where}, colonne « {column} » : {message}",
                where=where, column=self.column, message=message,
            )  # fmt: skip
        return t("{where} : {message}", where=where, message=message)


@dataclass(slots=True)
class Problems:
    """Errors and warnings, kept up to MAX_PROBLEMS each; beyond that only counted."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    errors_total: int = 0
    warnings_total: int = 0

    def add(self, problem: Problem) -> None:
        if problem.warning:
            self.warnings_total += 1
            if len(self.warnings) < MAX_PROBLEMS:
                self.warnings.append(problem)
        else:
            self.errors_total += 1
            if len(self.errors) < MAX_PROBLEMS:
                self.errors.append(problem)

    def error(
        self, where: str, row: int | None, column: str | None, value: object, message: str
    ) -> None:
        self.add(Problem(where, row, column, "" if value is None else shown(value), message))

    def warn(
        self, where: str, row: int | None, column: str | None, value: object, message: str
    ) -> None:
        self.add(Problem(where, row, column, "" if value is None else shown(value), message, True))

    @property
    def full(self) -> bool:
        return self.errors_total >= MAX_PROBLEMS

    def lines(self) -> list[str]:
        lines = [str(p) for p in self.errors]
        if self.errors_total > len(self.errors):
            lines.append(f"… et {self.errors_total - len(self.errors)} autre(s) problème(s)")
        return lines


# --- raw sheets ----------------------------------------------------------------------------

Cells = Sequence[object]


@dataclass(slots=True)
class RawSheet:
    """A sheet with its header matched: `columns[i]` is the key of cell i (None: ignored)."""

    name: str  # dossiers, membres, cofinancements, pieces
    where: str  # how messages name it
    header_row: int
    headers: list[str]  # as the user wrote them, for messages
    columns: list[str | None]
    rows: list[tuple[int, Cells]]  # (row number as the spreadsheet shows it, cells)

    def index(self, key: str) -> int | None:
        try:
            return self.columns.index(key)
        except ValueError:
            return None

    def header_of(self, key: str) -> str:
        i = self.index(key)
        return self.headers[i] if i is not None else key


FileReader = Callable[[str], bytes | None]


@dataclass(slots=True)
class RawSource:
    path: Path
    sheets: dict[str, RawSheet]
    read_file: FileReader  # an attachment by its path relative to the source, None if absent
    problems: Problems


def _blank_cell(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _table(
    name: str,
    where: str,
    records: Iterable[tuple[int, Cells]],
    problems: Problems,
    spec: tuple[Column, ...] | None = None,
) -> RawSheet | None:
    """Find the header (first non-blank row), match it, keep the non-blank rows below.
    `spec` gives the columns of a sheet that is not one of the candidacies' SHEETS."""
    header_row, header = 0, None
    rows: list[tuple[int, Cells]] = []
    for number, cells in records:
        if all(_blank_cell(c) for c in cells):
            continue
        if header is None:
            header_row, header = number, cells
            continue
        rows.append((number, cells))
    if header is None:
        problems.error(where, None, None, None, t("feuille vide : la ligne d'en-tête manque"))
        return None
    while header and _blank_cell(header[-1]):
        header = header[:-1]
    known = _header_keys(spec) if spec is not None else _HEADER_KEYS[name]
    headers = ["" if _blank_cell(h) else str(h).strip() for h in header]
    columns: list[str | None] = []
    for i, text in enumerate(headers):
        key = known.get(normalize_header(text)) if text else None
        if key is not None and key in columns:
            problems.error(
                where,
                header_row,
                text,
                text,
                t(
                    "colonne « {text} » en double (déjà en colonne {value})",
                    text=text,
                    value=columns.index(key) + 1,
                ),
            )
            key = None
        elif key is None and text:
            problems.warn(
                where, header_row, text, text, t("colonne « {text} » inconnue : ignorée", text=text)
            )
        elif key is None and any(not _blank_cell(r[i]) for _, r in rows if i < len(r)):
            problems.warn(
                where,
                header_row,
                f"n° {i + 1}",
                "",
                t("colonne {value} sans en-tête : ignorée", value=i + 1),
            )
        columns.append(key)
    for col in spec if spec is not None else SHEETS[name]:
        if col.required and col.key not in columns:
            problems.error(
                where,
                header_row,
                col.key,
                None,
                t("colonne obligatoire « {key} » absente de l'en-tête", key=col.key),
            )
    return RawSheet(name, where, header_row, headers, columns, rows)


def _sheet_key(title: str) -> str:
    key = normalize_header(title)
    return _SHEET_ALIASES.get(key, key)


def _folder_reader(base: Path) -> FileReader:
    return lambda name: read_contained(base, name)


def _csv_records(data: bytes) -> Iterator[tuple[int, Cells]]:
    frame = read_text_table(data)
    header_row = int(frame.index[0]) - 1 if len(frame) else 1
    yield header_row, [undo_csv_quote(c) for c in frame.columns]
    for number, *cells in frame.itertuples(name=None):
        yield int(number), [undo_csv_quote(c) for c in cells]


def _read_csv_table(name: str, where: str, data: bytes, problems: Problems) -> RawSheet | None:
    try:
        records = list(_csv_records(data))
    except ParseError as exc:
        problems.error(where, None, None, None, text_of(exc))
        return None
    # The header row of a CSV is the first non-blank line; read_text_table drops blank lines,
    # so its number is at most the first data row's minus one (good enough to point at it).
    return _table(name, where, records, problems)


def _xlsx_records(rows: Sequence[Cells]) -> Iterator[tuple[int, Cells]]:
    yield from enumerate(rows, start=1)


def _open_workbook(
    path: Path, problems: Problems
) -> tuple[list[str], Callable[[str], Sequence[Cells]]] | None:
    """The sheet titles of a workbook and a reader of a sheet's rows; None (a problem noted)
    when the file cannot be read."""
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        titles = list(book.sheet_names)

        def rows_of(title: str) -> Sequence[Cells]:
            return book.get_sheet_by_name(title).to_python(skip_empty_area=False)
    except ImportError:  # pragma: no cover - calamine is a dependency; openpyxl as a fallback
        import openpyxl

        xl_book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        titles = list(xl_book.sheetnames)

        def rows_of(title: str) -> Sequence[Cells]:
            return [list(r) for r in xl_book[title].iter_rows(values_only=True)]
    except Exception as exc:  # calamine raises its own errors for damaged files
        problems.error(path.name, None, None, None, t("classeur illisible : {exc}", exc=exc))
        return None
    return titles, rows_of


def read_one_table(
    path: Path, sheet: str, spec: tuple[Column, ...], problems: Problems
) -> RawSheet | None:
    """One table of columns `spec`: the sheet named `sheet` (names folded) of a workbook, or a
    whole CSV file. Unknown columns are warnings; a missing required one is an error."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        problems.error(path.name, None, None, None, t("{path} : fichier introuvable", path=path))
    elif suffix in (".csv", ".txt"):
        try:
            records = list(_csv_records(read_contained(path.parent, path.name) or b""))
        except UnsafeSource as exc:
            problems.error(path.name, None, None, None, exc.reason)
            return None
        except ParseError as exc:
            problems.error(path.name, None, None, None, text_of(exc))
            return None
        return _table(sheet, path.name, records, problems, spec)
    elif suffix in (".xlsx", ".xlsm"):
        try:
            check_xlsx(path, read=lambda title: normalize_header(title) == normalize_header(sheet))
        except UnsafeSource as exc:
            problems.error(exc.where, None, None, None, exc.reason)
            return None
        opened = _open_workbook(path, problems)
        if opened is None:
            return None
        titles, rows_of = opened
        found = [t for t in titles if normalize_header(t) == normalize_header(sheet)]
        if not found:
            problems.error(
                path.name, None, None, None,
                t("feuille « {sheet} » absente (feuilles : {titles})", sheet=sheet,
                  titles=", ".join(titles)),
            )  # fmt: skip
            return None
        title = found[0]
        return _table(
            sheet,
            t("feuille « {title} »", title=title),
            _xlsx_records(rows_of(title)),
            problems,
            spec,
        )
    else:
        problems.error(
            path.name, None, None, None, t("format non reconnu : classeur .xlsx ou fichier .csv")
        )
    return None


def _read_workbook(path: Path, problems: Problems) -> dict[str, RawSheet]:
    sheets: dict[str, RawSheet] = {}
    opened = _open_workbook(path, problems)
    if opened is None:
        return sheets
    titles, rows_of = opened
    for title in titles:
        key = _sheet_key(title)
        if key in SHEETS:
            if key in sheets:
                problems.error(
                    path.name, None, None, title, t("feuille « {title} » en double", title=title)
                )
                continue
            table = _table(
                key, t("feuille « {title} »", title=title), _xlsx_records(rows_of(title)), problems
            )
            if table is not None:
                sheets[key] = table
        elif key not in EXPORT_ONLY_SHEETS:
            problems.warn(
                path.name,
                None,
                None,
                title,
                t("feuille « {title} » inconnue : ignorée", title=title),
            )
    if "dossiers" not in sheets and not problems.errors:
        problems.error(
            path.name,
            None,
            None,
            None,
            t("feuille « dossiers » absente (feuilles : {titles})", titles=", ".join(titles)),
        )
    return sheets


def _read_csv_set(
    names: dict[str, str], read: FileReader, label: str, problems: Problems
) -> dict[str, RawSheet]:
    """dossiers.csv and the optional others, found by their normalized names."""
    sheets: dict[str, RawSheet] = {}
    for key in SHEETS:
        name = names.get(key)
        if name is None:
            continue
        try:
            data = read(name)
        except UnsafeSource as exc:
            problems.error(label, None, None, name, text_of(exc))
            continue
        if data is None:
            problems.error(name, None, None, None, t("fichier illisible"))
            continue
        table = _read_csv_table(key, PurePosixPath(name).name, data, problems)
        if table is not None:
            sheets[key] = table
    if "dossiers" not in sheets and "dossiers" not in names:
        problems.error(label, None, None, None, t("fichier « dossiers.csv » absent"))
    return sheets


def _csv_names(paths: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in sorted(paths, key=lambda n: (n.count("/"), n)):
        pure = PurePosixPath(name)
        if pure.suffix.lower() != ".csv":
            continue
        key = _sheet_key(pure.stem)
        if key in SHEETS and key not in found:
            found[key] = name
    return found


def read_source(path: Path) -> RawSource:
    """The raw tables of a source; structural problems (no `dossiers`, missing required
    columns, unreadable file) are in `problems`."""
    path = Path(path)
    problems = Problems()
    sheets: dict[str, RawSheet] = {}
    reader: FileReader = _folder_reader(path.parent)
    suffix = path.suffix.lower()
    if path.is_dir():
        reader = _folder_reader(path)
        names = _csv_names(p.name for p in path.iterdir() if p.is_file())
        sheets = _read_csv_set(names, lambda n: reader(n), path.name, problems)
    elif not path.is_file():
        problems.error(path.name, None, None, None, t("{path} : fichier introuvable", path=path))
    elif suffix == ".zip":
        sheets, reader = _read_zip(path, problems)
    elif suffix in (".xlsx", ".xlsm"):
        try:
            check_xlsx(path, read=lambda title: _sheet_key(title) in SHEETS)
        except UnsafeSource as exc:
            problems.error(exc.where, None, None, None, exc.reason)
        else:
            sheets = _read_workbook(path, problems)
    elif suffix in (".csv", ".txt"):
        try:
            data = read_contained(path.parent, path.name)
        except UnsafeSource as exc:
            problems.error(path.name, None, None, None, exc.reason)
        else:
            table = _read_csv_table("dossiers", path.name, data or b"", problems)
            sheets = {"dossiers": table} if table is not None else {}
    elif suffix == ".xls":
        problems.error(
            path.name,
            None,
            None,
            None,
            t("ancien format Excel (.xls) : enregistrez le classeur en .xlsx"),
        )
    else:
        problems.error(
            path.name,
            None,
            None,
            None,
            t("format non reconnu : classeur .xlsx, fichier .csv, dossier ou archive .zip"),
        )
    return RawSource(path, sheets, reader, problems)


def _read_zip(path: Path, problems: Problems) -> tuple[dict[str, RawSheet], FileReader]:
    try:
        archive = zipfile.ZipFile(path)
        check_zip(archive, label=path.name)
    except (zipfile.BadZipFile, OSError) as exc:
        problems.error(path.name, None, None, None, t("archive illisible : {exc}", exc=exc))
        return {}, lambda _n: None
    except UnsafeSource as exc:
        problems.error(exc.where, None, None, None, exc.reason)
        return {}, lambda _n: None
    members = {i.filename: i for i in archive.infolist() if not i.is_dir()}

    def bounded(info: zipfile.ZipInfo) -> bytes:
        return read_member(archive, info, label=path.name, max_bytes=limits.MAX_FILE_BYTES)

    names = _csv_names(members)
    # The CSV files may sit in a folder inside the archive: attachments are relative to it.
    base = PurePosixPath(names["dossiers"]).parent if "dossiers" in names else PurePosixPath()

    def read(name: str) -> bytes | None:
        rel = relative_path(name)
        if rel is None:
            raise UnsafeSource(t("« {name} »", name=name), t("chemin hors de la source : refusé"))
        full = str(base / rel) if str(base) != "." else str(rel)
        info = members.get(full)
        return bounded(info) if info is not None else None

    def read_csv(name: str) -> bytes | None:
        return bounded(members[name]) if name in members else None

    return _read_csv_set(names, read_csv, path.name, problems), read


# --- parsing rows --------------------------------------------------------------------------


def text(value: object) -> str:
    """A cell as text, without surrounding blanks; numbers a spreadsheet made of codes (SIRET,
    département) lose their ".0"."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _amount(value: object) -> float | None:
    if type(value) is float and 0 <= value <= limits.MAX_AMOUNT:
        return value  # the common case in a workbook: skip the text parser
    if type(value) is int and 0 <= value <= limits.MAX_AMOUNT:
        return float(value)
    return parse_amount(value)


def _date(value: object) -> date | None:
    if type(value) is date:
        return value
    return parse_date(value)


def _siret(value: object) -> tuple[str, str | None]:
    """The SIRET without spaces, and a warning when it is not a valid one."""
    raw = text(value)
    if not raw:
        return "", None
    digits = raw if raw.isdigit() else siret_rules.normalize(raw)
    fast = len(digits) == 14 and digits.isascii() and digits.isdigit()
    if fast and not digits.startswith(siret_rules.LA_POSTE_SIREN) and siret_rules.luhn_ok(digits):
        return digits, None
    problem = siret_rules.siret_problem(digits)
    return (digits if digits.isdigit() else raw), problem


def _count(value: object) -> int | None:
    if type(value) is float and value.is_integer() and 0 <= value <= limits.MAX_COUNT:
        return int(value)  # the common case in a workbook: skip the text parser
    if type(value) is int and 0 <= value <= limits.MAX_COUNT:
        return value
    return parse_int(value)


# Regions, départements and categories repeat a lot: each spelling is read once.
@lru_cache(maxsize=512)
def _region(value: str) -> str | None:
    return find_region(value)


@lru_cache(maxsize=512)
def _departement(value: str) -> Departement | None:
    return find_departement(value)


@lru_cache(maxsize=512)
def _category(value: str) -> MemberCategory:
    return parse_category(value)


def _category_of(value: object) -> MemberCategory:
    return _category(value) if isinstance(value, str) else parse_category(value)


@dataclass(slots=True)
class ParsedSource:
    dossiers: list[Dossier]
    origin: dict[str, tuple[str, int]]  # numero -> (sheet, row) of its dossiers row
    child_sheets: frozenset[str]  # which of membres, cofinancements, pieces were given
    problems: Problems
    numero_header: str = "numero"  # as the user wrote it in the dossiers sheet
    columns: frozenset[str] = frozenset()  # the dossiers sheet's columns (keys) in the source

    @property
    def ok(self) -> bool:
        return self.problems.errors_total == 0


class RowReader:
    """Reads the cells of one row by column key, recording problems at the right place."""

    def __init__(self, sheet: RawSheet, problems: Problems) -> None:
        self.sheet, self.problems = sheet, problems
        self.pos = {k: i for i, k in enumerate(sheet.columns) if k is not None}
        self.row = 0
        self.cells: Cells = []
        self.failed = False

    def start(self, row: int, cells: Cells) -> None:
        self.row, self.cells, self.failed = row, cells, False

    def raw(self, key: str) -> object:
        i = self.pos.get(key)
        if i is None or i >= len(self.cells):
            return None
        return self.cells[i]

    def error(self, key: str, value: object, message: str) -> None:
        self.failed = True
        self.problems.error(self.sheet.where, self.row, self.sheet.header_of(key), value, message)

    def warn(self, key: str, value: object, message: str) -> None:
        self.problems.warn(self.sheet.where, self.row, self.sheet.header_of(key), value, message)

    def text(self, key: str, *, required: bool = False) -> str:
        # raw() and text() inlined for the common case, a string cell: 300,000 cells a call.
        i = self.pos.get(key)
        cell = self.cells[i] if i is not None and i < len(self.cells) else None
        value = cell.strip() if type(cell) is str else text(cell)
        if len(value) > limits.MAX_CELL_CHARS:
            self.error(
                key,
                value,
                t(
                    "{value_count} caractères, au-delà de la limite de {MAX_CELL_CHARS} "
                    "par cellule",
                    value_count=limits.count_text(len(value)),
                    MAX_CELL_CHARS=limits.count_text(limits.MAX_CELL_CHARS),
                ),
            )
            return ""
        if required and value in BLANK_MARKS:  # `value` is stripped: is_blank() in one look
            self.error(key, value, t("« {key} » est obligatoire et la cellule est vide", key=key))
        return value

    def parsed(
        self, key: str, parser: Callable[[object], _T | None], *, required: bool = False
    ) -> _T | None:
        value = self.raw(key)
        try:
            result = parser(value)
        except ParseError as exc:
            self.error(key, value, text_of(exc))
            return None
        if result is None and required:
            self.error(key, value, t("« {key} » est obligatoire et la cellule est vide", key=key))
        return result

    def siret(self, key: str) -> str:
        digits, problem = _siret(self.raw(key))
        if problem is not None:
            self.warn(
                key, self.raw(key), t("{problem} (importé, signalé au contrôle)", problem=problem)
            )
        return digits


def _parse_dossiers(
    sheet: RawSheet, problems: Problems, progress: Callable[[int], None]
) -> tuple[list[Dossier], dict[str, tuple[str, int]]]:
    r = RowReader(sheet, problems)
    dossiers: list[Dossier] = []
    origin: dict[str, tuple[str, int]] = {}
    has_dep = "departement" in r.pos
    for n, (row, cells) in enumerate(sheet.rows):
        if n % 2000 == 0:
            progress(n)
        if problems.full:
            break
        r.start(row, cells)
        numero = r.text("numero", required=True)
        region_text = r.text("region", required=True)
        region = _region(region_text) if region_text else None
        if region_text and region is None:
            r.error(
                "region",
                region_text,
                t("région « {region_text} » inconnue", region_text=shown(region_text)),
            )
        dep_code = ""
        dep_text = r.text("departement") if has_dep else ""
        if dep_text:
            dep = _departement(dep_text)
            if dep is None:
                r.error(
                    "departement",
                    dep_text,
                    t("département « {dep_text} » inconnu", dep_text=shown(dep_text)),
                )
            elif region is not None and not _dep_in(dep.code, region):
                r.error(
                    "departement",
                    dep_text,
                    t(
                        "le département {code} ({name}) n'est pas dans la région {region}",
                        code=dep.code,
                        name=dep.name,
                        region=region,
                    ),
                )
            else:
                dep_code = dep.code
        amount = r.parsed("montant_demande", _amount, required=True)
        d = Dossier(
            numero=numero,
            pole_name=r.text("nom_pole", required=True),
            lead_name=r.text("structure_porteuse", required=True),
            lead_siret=r.siret("siret_porteur"),
            lead_legal_form=r.text("forme_juridique"),
            region=region or region_text,
            departement=dep_code,
            communes=r.text("communes"),
            sectors=tuple(s.strip() for s in r.text("secteurs").split(";") if s.strip()),
            submitted_on=r.parsed("date_depot", _date),
            total_cost=r.parsed("cout_total", _amount),
            amount_requested=amount if amount is not None else 0.0,
            jobs_existing=r.parsed("emplois_existants", _count),
            jobs_created=r.parsed("emplois_crees", _count),
            jobs_integration=r.parsed("emplois_insertion", _count),
            pooling=r.text("mutualisations"),
            summary=r.text("resume"),
            contact_name=r.text("contact_nom"),
            contact_email=r.text("contact_email"),
            contact_phone=r.text("contact_telephone"),
        )
        if numero and numero in origin:
            first = origin[numero][1]
            r.error(
                "numero",
                numero,
                t(
                    "numéro « {numero} » en double (déjà ligne {first})",
                    numero=shown(numero),
                    first=first,
                ),
            )
            continue
        if numero:
            origin[numero] = (sheet.where, row)
        if not r.failed:
            dossiers.append(d)
    return dossiers, origin


_DEP_REGION: dict[tuple[str, str], bool] = {}


def _dep_in(code: str, region: str) -> bool:
    from ..domain.regions import departement_in_region

    key = (code, region)
    if key not in _DEP_REGION:
        _DEP_REGION[key] = departement_in_region(code, region)
    return _DEP_REGION[key]


def _owner(r: RowReader, by_numero: dict[str, Dossier], known: set[str]) -> Dossier | None:
    numero = r.text("numero", required=True)
    if not numero:
        return None
    d = by_numero.get(numero)
    if d is None and numero not in known:
        r.error(
            "numero",
            numero,
            t("numéro « {numero} » absent de la feuille dossiers", numero=shown(numero)),
        )
    return d


def _owned_rows(
    sheet: RawSheet, by_numero: dict[str, Dossier], known: set[str], problems: Problems
) -> Iterator[tuple[RowReader, Dossier | None]]:
    """Each row of a sheet that belongs to a dossier, with the dossier its `numero` names
    (None when unknown, already reported); stops once too many problems were found."""
    r = RowReader(sheet, problems)
    for row, cells in sheet.rows:
        if problems.full:
            return
        r.start(row, cells)
        yield r, _owner(r, by_numero, known)


def _parse_members(
    sheet: RawSheet, by_numero: dict[str, Dossier], known: set[str], problems: Problems
) -> None:
    for r, d in _owned_rows(sheet, by_numero, known, problems):
        name = r.text("nom", required=True)
        category = r.parsed("categorie", _category_of, required=True)  # None: told, row failed
        siret, role = r.siret("siret"), r.text("role")
        if d is not None and category is not None and not r.failed:
            d.members.append(Member(name=name, category=category, siret=siret, role=role))


def _parse_cofundings(
    sheet: RawSheet, by_numero: dict[str, Dossier], known: set[str], problems: Problems
) -> None:
    for r, d in _owned_rows(sheet, by_numero, known, problems):
        funder = r.text("financeur", required=True)
        amount = r.parsed("montant", _amount, required=True) or 0.0
        funder_type = r.text("type_financeur")
        status = r.parsed("statut", parse_cofunding_status)  # None: told, the row failed
        if d is not None and status is not None and not r.failed:
            d.cofundings.append(
                Cofunding(funder=funder, amount=amount, funder_type=funder_type, status=status)
            )


def _parse_attachments(
    sheet: RawSheet,
    by_numero: dict[str, Dossier],
    known: set[str],
    read_file: FileReader,
    problems: Problems,
) -> None:
    for r, d in _owned_rows(sheet, by_numero, known, problems):
        name = r.text("fichier", required=True)
        if not name:
            continue
        rel = relative_path(name)
        if rel is None:
            r.error(
                "fichier", name, t("chemin « {name} » hors de la source : refusé", name=shown(name))
            )
            continue
        try:
            content = read_file(name)
        except UnsafeSource as exc:
            r.error("fichier", name, text_of(exc))
            continue
        if content is None:
            r.error("fichier", name, t("fichier « {name} » introuvable dans la source", name=name))
        if d is None or r.failed or content is None:
            continue
        expected = r.text("sha256").lower()
        if expected and hashlib.sha256(content).hexdigest() != expected:
            r.error(
                "sha256",
                expected,
                t("le fichier « {name} » ne correspond pas à son empreinte SHA-256", name=name),
            )
            continue
        mime = mimetypes.guess_type(rel.name)[0] or "application/octet-stream"
        d.attachments.append(
            Attachment(filename=rel.name, kind=r.text("type"), mime=mime, content=content,
                       size=len(content))
        )  # fmt: skip


def parse_source(
    raw: RawSource, progress: Callable[[int, str], None] | None = None
) -> ParsedSource:
    """Dossiers with their members, co-fundings and attachments; every problem collected."""
    problems = raw.problems
    report = progress or (lambda _p, _m: None)
    dossiers: list[Dossier] = []
    origin: dict[str, tuple[str, int]] = {}
    sheet = raw.sheets.get("dossiers")
    if sheet is not None and problems.errors_total == 0:
        total = max(len(sheet.rows), 1)
        dossiers, origin = _parse_dossiers(
            sheet, problems, lambda n: report(10 + 50 * n // total, "Lecture des dossiers")
        )
        by_numero = {d.numero: d for d in dossiers}
        known = set(origin)  # numeros whose row had a problem: their children are not blamed
        if "membres" in raw.sheets:
            report(60, "Lecture des membres")
            _parse_members(raw.sheets["membres"], by_numero, known, problems)
        if "cofinancements" in raw.sheets:
            report(70, "Lecture des cofinancements")
            _parse_cofundings(raw.sheets["cofinancements"], by_numero, known, problems)
        if "pieces" in raw.sheets:
            report(75, "Lecture des pièces jointes")
            _parse_attachments(raw.sheets["pieces"], by_numero, known, raw.read_file, problems)
        if not sheet.rows:
            problems.error(sheet.where, None, None, None, t("aucun dossier sous l'en-tête"))
    children = frozenset(k for k in ("membres", "cofinancements", "pieces") if k in raw.sheets)
    header = sheet.header_of("numero") if sheet is not None else "numero"
    columns = frozenset(k for k in sheet.columns if k) if sheet is not None else frozenset()
    return ParsedSource(dossiers, origin, children, problems, header, columns)


def read_dossiers(path: Path, progress: Callable[[int, str], None] | None = None) -> ParsedSource:
    """`read_source` then `parse_source`."""
    if progress:
        progress(2, "Ouverture de la source")
    return parse_source(read_source(path), progress)
