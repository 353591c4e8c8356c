"""Reading an export of the State's dossier platform (démarches-simplifiées, now « Démarche
Numérique »): the xlsx or ods workbook (sheets `Dossiers`, `Etablissements`, `Avis`, one sheet
per repeated block) or the csv (the `Dossiers` table alone, the applicant's établissement
inline), and the attachments zip (`dossier-<ID>/pieces_justificatives/…`).

Columns are read by header, never by position; a header that appears twice is told apart by
its rank among equals (`Nom`, `Nom#2`). Each value keeps where it came from (sheet, row,
column) so that every problem is placed.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..text import t
from . import limits
from .archive import UnsafeSource, check_zip, read_contained, read_member, relative_path
from .parsing import ParseError, normalize_header, read_text_table
from .workbook import Problems, text
from .xlsx_guard import check_xlsx

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

DOSSIERS, ETABLISSEMENTS, AVIS = "Dossiers", "Etablissements", "Avis"
LEADING = ("id", "email")  # the first two headers of every Dossiers table
APPLICANT = "dossier"  # `Champ` of the applicant organisation's row in Etablissements
_FILE_NAME = re.compile(r"dossiers_(?P<procedure>.+)_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}")
SUFFIXES = (".xlsx", ".ods", ".csv")
SAMPLE_ROWS = 200  # rows looked at for samples and guesses


@dataclass(frozen=True, slots=True)
class Cell:
    value: object
    where: str  # « feuille « Dossiers » »
    row: int
    header: str  # as written in the export


class Row(Mapping[str, Cell]):
    """One row of a sheet: header key (`Nom`, `Nom#2`) -> its cell, placed when asked (a
    Cell per value read, not per value in the sheet)."""

    __slots__ = ("_attached", "_cells", "_headers", "_index", "row", "where")

    def __init__(
        self,
        cells: Sequence[object],
        index: dict[str, int],
        headers: list[str],
        where: str,
        row: int,
    ) -> None:
        self._cells, self._index, self._headers = cells, index, headers
        self.where, self.row = where, row
        self._attached: dict[str, Cell] = {}

    def __getitem__(self, key: str) -> Cell:
        if key in self._attached:
            return self._attached[key]
        i = self._index[key]
        value = self._cells[i] if i < len(self._cells) else None
        return Cell(value, self.where, self.row, self._headers[i])

    def __contains__(self, key: object) -> bool:
        return key in self._index or key in self._attached

    def __iter__(self) -> Iterator[str]:
        yield from self._index
        yield from (k for k in self._attached if k not in self._index)

    def __len__(self) -> int:
        return len(self._index) + sum(k not in self._index for k in self._attached)

    def attach(self, key: str, cell: Cell) -> None:
        """A cell from another sheet (the applicant's établissement), keeping its place."""
        self._attached[key] = cell


Record = Mapping[str, Cell]


@dataclass(slots=True)
class Table:
    """A sheet: header keys in order and one record per non-blank row."""

    title: str
    where: str
    keys: list[str]
    records: list[Row]
    _found: dict[str, str | None] = field(default_factory=dict, repr=False)

    def find(self, key: str) -> str | None:
        """The export's key for `key`: itself, or the one equal once accents and case are
        folded (a template republished with « Nom du Pôle » still reads). Answers are kept:
        every row asks the same questions."""
        if key not in self._found:
            folded = fold_key(key)
            self._found[key] = (
                key
                if key in self.keys
                else next((k for k in self.keys if fold_key(k) == folded), None)
            )
        return self._found[key]

    def add_keys(self, keys: list[str]) -> None:
        self.keys += [k for k in keys if k not in self.keys]
        self._found.clear()

    def samples(self, key: str, count: int = 3) -> list[str]:
        """Up to `count` distinct values of a column, from its first SAMPLE_ROWS rows."""
        seen: list[str] = []
        for r in self.records[:SAMPLE_ROWS]:
            value = text(r[key].value) if key in r else ""
            if value and value not in seen:
                seen.append(value)
                if len(seen) == count:
                    break
        return seen


@dataclass(slots=True)
class DsExport:
    path: Path
    procedure: str
    format: str  # xlsx, ods, csv
    dossiers: Table
    blocks: dict[str, Table] = field(default_factory=dict)  # sheet title -> block rows
    avis: list[Record] = field(default_factory=list)  # keys: see AVIS_KEYS
    problems: Problems = field(default_factory=Problems)

    @property
    def name(self) -> str:
        return self.path.name


def fold_key(key: str) -> str:
    return normalize_header(key)


def header_keys(headers: Iterable[str]) -> list[str]:
    """`Nom`, `Prénom`, `Nom` -> `Nom`, `Prénom`, `Nom#2`."""
    seen: dict[str, int] = {}
    keys = []
    for h in headers:
        seen[h] = seen.get(h, 0) + 1
        keys.append(h if seen[h] == 1 else f"{h}#{seen[h]}")
    return keys


def procedure_of(path: Path) -> str | None:
    """The `<procedure path>` of `dossiers_<procedure path>_<YYYY-MM-DD_HH-MM>.<ext>`."""
    match = _FILE_NAME.fullmatch(Path(path).stem)
    return match["procedure"] if match else None


class NotAnExport(ValueError):
    """The file is not an export of the platform (or cannot be read as one)."""


# --- recognising -------------------------------------------------------------------------


def _leading_ok(header: Sequence[object]) -> bool:
    return tuple(normalize_header(text(h)) for h in header[:2]) == LEADING


def is_ds_export(path: Path) -> bool:
    """True for an xlsx or ods with a `Dossiers` sheet, or a csv, whose first headers are
    `ID`, `Email` (what the platform writes first); false for anything else, unreadable or
    hostile files included (the ordinary import then reports them)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in SUFFIXES:
        return False
    try:
        if suffix == ".csv":
            with path.open("rb") as f:
                first = f.read(4096).decode("utf-8", "replace").splitlines()[:1]
            return bool(first) and _leading_ok(next(csv.reader(first)))
        rows = _book_rows(_open_book(path), path, DOSSIERS, probe=True)
    except (UnsafeSource, NotAnExport, OSError):
        return False
    return rows is not None and len(rows) > 0 and _leading_ok(rows[0])


# --- reading -----------------------------------------------------------------------------


def _guard(path: Path) -> None:
    if path.suffix.lower() == ".xlsx":
        check_xlsx(path)
        return
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(
                archive,
                label=path.name,
                max_total=limits.MAX_WORKBOOK_XML_BYTES,
                max_member=limits.MAX_WORKBOOK_XML_BYTES,
            )
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeSource(path.name, t("classeur illisible ({exc})", exc=exc)) from exc


def _open_book(path: Path) -> CalamineWorkbook:
    """The workbook, once the checks of io/xlsx_guard.py or io/archive.py passed."""
    from python_calamine import CalamineWorkbook

    _guard(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own errors for damaged files
        raise NotAnExport(
            t("{name} : classeur illisible ({exc})", name=path.name, exc=exc)
        ) from exc


def _book_rows(
    book: CalamineWorkbook, path: Path, title: str, *, probe: bool = False
) -> Sequence[Sequence[object]] | None:
    """One sheet's rows, None when the workbook has no such sheet."""
    if title not in book.sheet_names:
        return None
    try:
        sheet = book.get_sheet_by_name(title)
        return sheet.to_python(skip_empty_area=False, nrows=1 if probe else None)
    except Exception as exc:
        raise NotAnExport(
            t(
                "{name}, feuille « {title} » : illisible ({exc})",
                name=path.name,
                title=title,
                exc=exc,
            )
        ) from exc


def _table(title: str, where: str, rows: Sequence[Sequence[object]], problems: Problems) -> Table:
    if len(rows) > limits.MAX_ROWS_PER_SHEET:
        raise UnsafeSource(where, t("trop de lignes (limite par feuille), refusée"))
    header = [text(h) for h in rows[0]] if rows else []
    while header and not header[-1]:
        header.pop()
    keys = header_keys(header)
    index = {k: i for i, k in enumerate(keys) if k}
    records: list[Row] = []
    for number, cells in enumerate(rows[1:], start=2):
        if all(not text(c) for c in cells):
            continue
        too_long = [
            i
            for i, value in enumerate(cells[: len(keys)])
            if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS
        ]
        if too_long:
            emptied = list(cells)
            for i in too_long:
                problems.error(where, number, header[i], emptied[i], t("cellule trop longue"))
                emptied[i] = ""
            cells = emptied
        records.append(Row(cells, index, header, where, number))
    return Table(title, where, keys, records)


def _sheet(book: CalamineWorkbook, path: Path, title: str, problems: Problems) -> Table | None:
    rows = _book_rows(book, path, title)
    if rows is None:
        return None
    return _table(title, t("feuille « {title} »", title=title), rows, problems)


def read_export(path: Path) -> DsExport:
    """The export's tables. Raises NotAnExport or UnsafeSource when it cannot be read at
    all; row-level problems are in `problems`."""
    path = Path(path)
    problems = Problems()
    suffix = path.suffix.lower()
    procedure = procedure_of(path)
    if procedure is None:
        procedure = path.stem
        problems.warn(
            path.name,
            None,
            None,
            None,
            t(
                "nom de fichier inhabituel (attendu : dossiers_<démarche>_<date>) "
                ": démarche « {procedure} »",
                procedure=procedure,
            ),
        )
    if suffix == ".csv":
        try:
            data = read_contained(path.parent, path.name) or b""
            frame = read_text_table(data)
        except ParseError as exc:
            raise NotAnExport(t("{name} : {exc}", name=path.name, exc=exc)) from exc
        header = list(frame.columns)
        dossiers = _table(DOSSIERS, path.name, [header], problems)
        index = {k: i for i, k in enumerate(dossiers.keys) if k}
        # read_text_table gives each row its number as a spreadsheet shows it.
        for number, *cells in frame.itertuples(name=None):
            dossiers.records.append(Row(cells, index, header, path.name, int(number)))
        if not _leading_ok(header):
            raise NotAnExport(t("{name} : pas un export de Démarche Numérique", name=path.name))
        return DsExport(path, procedure, "csv", dossiers, problems=problems)
    if suffix not in (".xlsx", ".ods"):
        raise NotAnExport(t("{name} : export .xlsx, .ods ou .csv attendu", name=path.name))
    book = _open_book(path)
    dossiers_table = _sheet(book, path, DOSSIERS, problems)
    if dossiers_table is None or not _leading_ok(dossiers_table.keys):
        raise NotAnExport(t("{name} : feuille « Dossiers » (ID, Email, …) absente", name=path.name))
    export = DsExport(path, procedure, suffix[1:], dossiers_table, problems=problems)
    etab = _sheet(book, path, ETABLISSEMENTS, problems)
    if etab is not None:
        _merge_applicants(export.dossiers, etab)
    avis = _sheet(book, path, AVIS, problems)
    if avis is not None:
        export.avis = _avis_records(avis)
    for title in book.sheet_names:
        if title in (DOSSIERS, ETABLISSEMENTS, AVIS):
            continue
        block = _sheet(book, path, title, problems)
        if block is not None and block.find("Dossier ID"):
            export.blocks[title] = block
        elif block is not None:
            problems.warn(
                path.name,
                None,
                None,
                title,
                t("feuille « {title} » sans colonne « Dossier ID » : ignorée", title=title),
            )
    return export


def _merge_applicants(dossiers: Table, etab: Table) -> None:
    """The applicant organisation (`Champ` = `Dossier`) joins its dossier's record under the
    headers the csv gives inline (`Établissement SIRET`, `Entreprise forme juridique`, …),
    each cell still placed in the Etablissements sheet."""
    id_key, champ_key = etab.find("Dossier ID"), etab.find("Champ")
    if id_key is None or champ_key is None:
        return
    applicants = {
        text(r[id_key].value): r
        for r in etab.records
        if champ_key in r and normalize_header(text(r[champ_key].value)) == APPLICANT
    }
    own = set(dossiers.keys)
    extra = [k for k in etab.keys if k and k not in (id_key, champ_key) and k not in own]
    id_col = dossiers.find("ID")
    for record in dossiers.records:
        found = applicants.get(text(record[id_col].value)) if id_col else None
        if found is not None:
            for key in extra:
                record.attach(key, found[key])
    dossiers.add_keys(extra)


AVIS_KEYS = {
    "dossier_id": ("Dossier ID",),
    "introduction": ("Introduction", "Question / Introduction"),
    "answer": ("Réponse",),
    "question": ("Question",),
    "yes_no": ("Réponse oui/non",),
    "created": ("Créé le",),
    "answered": ("Répondu le",),
    "instructeur": ("Instructeur",),
    "expert": ("Expert",),
}


def _avis_records(table: Table) -> list[Record]:
    """The opinions under stable keys, whichever generation of the sheet they came from."""
    columns = {}
    for key, headers in AVIS_KEYS.items():
        found = next((f for h in headers if (f := table.find(h)) is not None), None)
        if found is not None:
            columns[key] = found
    return [
        {key: record[found] for key, found in columns.items() if found in record}
        for record in table.records
    ]


# --- the attachments zip -----------------------------------------------------------------

_DOSSIER_DIR = re.compile(r"dossier-(?P<id>[0-9]+)")
# `<name>-<timestamp>-<n><ext>`: the timestamp in the platform's forms (dd-mm-YYYY-HH-MM[-SS],
# YYYY-MM-DD-HH-MM[-SS], or digits alone), then the rank.
_STAMPED = re.compile(
    r"(?P<base>.+)-(?:\d{2}-\d{2}-\d{4}-\d{2}-\d{2}(?:-\d{2})?"
    r"|\d{4}-\d{2}-\d{2}[-_T]\d{2}-\d{2}(?:-\d{2})?|\d{8,14})-\d+"
)
_DOSSIER_PDF = re.compile(r"export-(?P<id>[0-9]+)(?:-.*)?")


def original_name(name: str) -> str:
    """`budget-14-03-2022-10-22-2.pdf` -> `budget.pdf` (the name the spreadsheet gives)."""
    pure = PurePosixPath(name)
    match = _STAMPED.fullmatch(pure.stem)
    return (match["base"] if match else pure.stem) + pure.suffix


@dataclass(frozen=True, slots=True)
class ExportFile:
    dossier_id: str
    member: str  # its path in the archive
    name: str  # the file's own name, suffix removed
    is_dossier_pdf: bool
    content: bytes


def read_attachments(path: Path, problems: Problems) -> dict[str, list[ExportFile]]:
    """The files of each `dossier-<ID>/` folder: `pieces_justificatives/…` and the dossier's
    own PDF; `messagerie/`, `avis/` and `dossier/` are left out. Raises UnsafeSource when the
    archive fails the checks of io/archive.py."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeSource(path.name, t("archive illisible ({exc})", exc=exc)) from exc
    found: dict[str, list[ExportFile]] = {}
    with archive:
        check_zip(archive, label=path.name)
        for info in archive.infolist():
            if info.is_dir():
                continue
            rel = relative_path(info.filename)
            parts = rel.parts if rel is not None else ()
            folder = next(
                ((i, m) for i, p in enumerate(parts) if (m := _DOSSIER_DIR.fullmatch(p))), None
            )
            if folder is None:
                continue
            at, dossier_id = folder[0], folder[1]["id"]
            inside = parts[at + 1 :]
            pdf = len(inside) == 1 and _DOSSIER_PDF.fullmatch(PurePosixPath(inside[0]).stem)
            if not pdf and not (len(inside) == 2 and inside[0] == "pieces_justificatives"):
                continue  # messagerie/, avis/, dossier/, anything else
            content = read_member(archive, info, label=path.name, max_bytes=limits.MAX_FILE_BYTES)
            name = inside[-1] if pdf else original_name(inside[-1])
            found.setdefault(dossier_id, []).append(
                ExportFile(dossier_id, info.filename, name, bool(pdf), content)
            )
    return found
