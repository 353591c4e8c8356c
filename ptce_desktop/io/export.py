"""Writing tables to an Excel workbook or to CSV files, and the empty import template.

Amounts stay numbers with a euro format (so sums work in Excel), dates are date cells, headers
are bold and frozen. Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from .files import write_atomic_with
from .parsing import quote_csv_text
from .workbook import SHEET_LABELS, SHEETS

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not at start-up
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# What a table cell holds: words, numbers (amounts, scores, counts), dates, or nothing.
CellValue: TypeAlias = str | int | float | date | datetime | None

EURO_FORMAT = '#,##0.00 "€"'
DATE_FORMAT = "DD/MM/YYYY"
_FORMATS = {
    "amount": EURO_FORMAT,
    "date": DATE_FORMAT,
    "score": "0.00",
    "int": "0",
    "percent": "0.0 %",
}


@dataclass(slots=True)
class Table:
    """One sheet: `kinds[i]` (text, amount, int, date, score, percent) formats column i."""

    name: str
    headers: list[str]
    kinds: list[str]
    rows: list[list[CellValue]] = field(default_factory=list)
    widths: list[int] | None = None


def _width(table: Table, i: int) -> float:
    if table.widths:
        return table.widths[i]
    sample = [table.headers[i], *(r[i] for r in table.rows[:200])]
    longest = max(len(_csv_text(v, table.kinds[i])) for v in sample)
    return min(max(longest + 2, 8), 60)


def _fill_workbook(path: Path, tables: Sequence[Table]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for table in tables:
        sheet: WriteOnlyWorksheet = book.create_sheet(table.name)
        sheet.freeze_panes = "A2"
        for i in range(len(table.headers)):
            # set up by openpyxl for write-only sheets too; their stub lacks it
            dims = sheet.column_dimensions  # type: ignore[attr-defined]  # see above
            dims[get_column_letter(i + 1)].width = _width(table, i)
        header = []
        for title in table.headers:
            cell = _text_cell(sheet, title)
            cell.font = bold
            cell.alignment = wrap
            header.append(cell)
        sheet.append(header)
        formats = [_FORMATS.get(k) for k in table.kinds]
        for row in table.rows:
            cells: list[Cell | CellValue] = []
            for value, fmt in zip(row, formats, strict=True):
                if isinstance(value, str) and value.startswith("="):
                    cells.append(_text_cell(sheet, value))
                    continue
                if fmt is None or value is None or value == "":
                    cells.append(value)
                    continue
                # openpyxl writes a date as a date cell; its stubs list datetime only
                cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]  # see above
                cell.number_format = fmt
                cells.append(cell)
            sheet.append(cells)
    book.save(path)


def _text_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """A cell that holds `text` as text: openpyxl makes a formula of any string starting with
    « = », so a pole named =HYPERLINK(…) would become a live link in the committee's Excel."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    write_atomic_with(Path(path), lambda tmp: _fill_workbook(tmp, tables))


def _csv_text(value: object, kind: str) -> str:
    """French-friendly CSV cells that read back exactly: 1234567,89; 15/07/2013."""
    if value is None:
        return ""
    if kind == "amount" and isinstance(value, int | float):
        return f"{value:.2f}".replace(".", ",")
    if kind in ("score", "percent") and isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _csv_cell(value: object, kind: str) -> str:
    """Text cells defused against CSV injection; numbers, dates and empty cells as they are."""
    text = _csv_text(value, kind)
    return quote_csv_text(text) if kind == "text" and isinstance(value, str) else text


def csv_bytes(table: Table) -> bytes:
    """UTF-8 with a BOM and « ; » separators: what French Excel opens without a wizard."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([quote_csv_text(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([_csv_cell(v, k) for v, k in zip(row, table.kinds, strict=True)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_csv_zip(path: Path, tables: Sequence[Table], files: Iterable[tuple[str, bytes]]) -> None:
    """One CSV per table plus the attachment files, in a zip that `ptce import` reads back."""

    def fill(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for table in tables:
                archive.writestr(f"{table.name}.csv", csv_bytes(table))
            for name, data in files:
                archive.writestr(name, data)

    write_atomic_with(Path(path), fill)


# --- the template --------------------------------------------------------------------------

_KIND_HELP = {
    "text": "texte",
    "amount": "montant en euros : 1 234 567,89 € ou 1234567.89",
    "int": "nombre entier",
    "date": "date : 15/07/2013, 2013-07-15 ou cellule date",
    "siret": "SIRET : 14 chiffres, espaces admis (vérifié)",
    "list": "liste séparée par « ; »",
    "region": "région (18 régions actuelles ; anciennes régions acceptées)",
    "departement": "département : code ou nom, dans la région",
    "category": "entreprise ESS, entreprise commerciale, collectivité territoriale, centre de "
    "recherche, établissement d'enseignement supérieur, organisme de formation, autre",
    "status": "acquis ou sollicité",
    "hash": "empreinte SHA-256 du fichier (vérifiée si donnée)",
}

HELP_INTRO = (
    "Modèle d'import PTCE Desktop : remplissez une ligne par dossier dans « dossiers », puis, "
    "si besoin, une ligne par membre, cofinancement et pièce jointe dans les autres feuilles, "
    "reliées au dossier par son numéro. Seule la feuille « dossiers » est obligatoire. "
    "Les pièces jointes sont des fichiers placés à côté du classeur ; la colonne « fichier » "
    "donne leur chemin relatif. Import : ptce import APPEL.ptce CLASSEUR.xlsx "
    "(--update pour mettre à jour des dossiers déjà présents), ou Fichier > Importer."
)


def template_tables() -> list[Table]:
    tables = []
    for name, columns in SHEETS.items():
        tables.append(
            Table(
                name,
                [c.key for c in columns],
                ["text"] * len(columns),
                widths=[max(len(c.key) + 4, 14) for c in columns],
            )
        )
    rows: list[list[CellValue]] = [[HELP_INTRO, "", "", "", ""], ["", "", "", "", ""]]
    rows.append(["Feuille", "Colonne", "Obligatoire", "Format", "Titre accepté aussi"])
    for name, columns in SHEETS.items():
        for c in columns:
            rows.append(
                [
                    SHEET_LABELS[name],
                    c.key,
                    "oui" if c.required else "",
                    _KIND_HELP.get(c.kind, c.kind) + (f" — {c.help}" if c.help else ""),
                    c.label,
                ]
            )
    tables.append(Table("aide", ["Aide", "", "", "", ""], ["text"] * 5, rows, [18, 22, 12, 70, 24]))
    return tables


def write_template(path: Path) -> None:
    write_xlsx(path, template_tables())
