"""A rapporteur's scoring grid as an Excel workbook, for those who work in Excel.

Sheet « grille »: a title row, a header row, then one row per assigned dossier: numero, pole
name, for each criterion a score column (Excel's data validation keeps it a whole number on the
scale) and a comment column, the overall opinion (a list) and the appreciation. Only the cells
to fill are unlocked; the sheet is protected so the numeros and headers stay as written.
Sheet « ptce » (hidden and protected): what the workbook is, the call's uid, the rapporteur's id
and e-mail, and the criterion codes of the score columns, so that the import knows whose grid
it is and which column is which.

Every text is written as text: a pole name or a comment starting with "=" stays words, never a
formula.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..text import t

FORMAT = "ptce-grille"
VERSION = 1
GRID_SHEET = "grille"
META_SHEET = "ptce"
HEADER_ROW = 2
FIRST_ROW = 3
OPINIONS = ("favorable", "réservé", "défavorable")
NUMERO_HEADER = "numero"
POLE_HEADER = "pôle"
OPINION_HEADER = "avis"
SUMMARY_HEADER = "appréciation"
FILL = PatternFill("solid", fgColor="FFF8E1")
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")


class GridWorkbookError(ValueError):
    """The file is not a grid workbook this version can read; the message says why."""


@dataclass(slots=True, frozen=True, kw_only=True)
class GridColumn:
    code: str
    label: str
    scale_min: int
    scale_max: int


@dataclass(slots=True, frozen=True, kw_only=True)
class GridLine:
    numero: str
    pole_name: str
    scores: dict[str, float | None] = field(default_factory=dict)  # criterion code -> score
    comments: dict[str, str] = field(default_factory=dict)
    opinion: str = ""  # one of OPINIONS, or ''
    summary: str = ""


@dataclass(slots=True, frozen=True, kw_only=True)
class GridOwner:
    call_uid: str
    call_title: str
    person_id: int
    email: str
    name: str


@dataclass(slots=True, frozen=True, kw_only=True)
class FilledCell:
    """A value read back, with where it was (the spreadsheet's numbering)."""

    row: int
    column: str  # letter
    header: str
    value: object  # as the sheet held it (text stripped, blank as None)

    @property
    def where(self) -> str:
        return f"ligne {self.row}, colonne {self.column} (« {self.header} »)"


@dataclass(slots=True, frozen=True, kw_only=True)
class FilledRow:
    row: int
    numero: FilledCell
    scores: dict[str, FilledCell]  # criterion code -> the cell
    comments: dict[str, FilledCell]
    opinion: FilledCell
    summary: FilledCell


@dataclass(slots=True, frozen=True, kw_only=True)
class FilledGrid:
    meta: dict[str, str]
    codes: tuple[str, ...]
    rows: list[FilledRow]


def _cell(ws: Worksheet, row: int, column: int) -> Cell:
    """A cell of a sheet we build: we merge none, so it is never a read-only MergedCell."""
    cell = ws.cell(row, column)
    assert isinstance(cell, Cell)
    return cell


def _text(cell: Cell, value: str) -> None:
    """Write words as words: never let a leading '=' make a formula."""
    cell.value = value
    cell.data_type = "s"


def _headers(columns: list[GridColumn]) -> list[str]:
    out = [NUMERO_HEADER, POLE_HEADER]
    for c in columns:
        out += [f"{c.label} ({c.scale_min}-{c.scale_max})", f"commentaire — {c.label}"]
    return [*out, OPINION_HEADER, SUMMARY_HEADER]


def build_grid(owner: GridOwner, columns: list[GridColumn], lines: list[GridLine]) -> bytes:
    """The workbook's bytes (write them with io.files.write_atomic)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = GRID_SHEET
    headers = _headers(columns)
    _text(_cell(ws, 1, 1), f"Grille d'évaluation — {owner.name} — {owner.call_title}")
    _cell(ws, 1, 1).font = Font(bold=True, size=13)
    for i, header in enumerate(headers, start=1):
        cell = _cell(ws, HEADER_ROW, i)
        _text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = FIRST_ROW + max(len(lines), 1) - 1
    for i, c in enumerate(columns):
        col = 3 + 2 * i
        letter = get_column_letter(col)
        check = DataValidation(
            type="whole", operator="between", formula1=str(c.scale_min),
            formula2=str(c.scale_max), allow_blank=True, showErrorMessage=True,
            errorTitle="Note hors échelle",
            error=f"« {c.label} » : un nombre entier de {c.scale_min} à {c.scale_max}.",
            showInputMessage=True, promptTitle=c.label[:32],
            prompt=f"Note entière de {c.scale_min} à {c.scale_max}",
        )  # fmt: skip
        check.add(f"{letter}{FIRST_ROW}:{letter}{last}")
        ws.add_data_validation(check)
        _cell(ws, HEADER_ROW, col).comment = Comment(
            f"Note entière de {c.scale_min} à {c.scale_max}", "PTCE Desktop"
        )
        ws.column_dimensions[letter].width = 14
        ws.column_dimensions[get_column_letter(col + 1)].width = 30
    opinion_col = 3 + 2 * len(columns)
    opinion_letter = get_column_letter(opinion_col)
    choice = DataValidation(
        type="list", formula1='"' + ",".join(OPINIONS) + '"', allow_blank=True,
        showErrorMessage=True, errorTitle="Avis", error="favorable, réservé ou défavorable",
    )  # fmt: skip
    choice.add(f"{opinion_letter}{FIRST_ROW}:{opinion_letter}{last}")
    ws.add_data_validation(choice)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions[opinion_letter].width = 14
    ws.column_dimensions[get_column_letter(opinion_col + 1)].width = 50
    for r, line in enumerate(lines, start=FIRST_ROW):
        _text(_cell(ws, r, 1), line.numero)
        _text(_cell(ws, r, 2), line.pole_name)
        values: list[Any] = []
        for c in columns:
            score = line.scores.get(c.code)
            values += [None if score is None else int(score) if score == int(score) else score,
                       line.comments.get(c.code, "")]  # fmt: skip
        values += [line.opinion, line.summary]
        for offset, value in enumerate(values):
            cell = _cell(ws, r, 3 + offset)
            if isinstance(value, str):
                if value:
                    _text(cell, value)
            else:
                cell.value = value
            cell.protection = Protection(locked=False)
            cell.fill = FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = _cell(ws, FIRST_ROW, 3)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column stays allowed
    ws.protection.formatRows = False
    _meta_sheet(wb, owner, columns)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _meta_sheet(wb: Workbook, owner: GridOwner, columns: list[GridColumn]) -> None:
    meta = wb.create_sheet(META_SHEET)
    rows = (
        ("format", FORMAT),
        ("version", str(VERSION)),
        ("call_uid", owner.call_uid),
        ("person_id", str(owner.person_id)),
        ("email", owner.email),
        ("name", owner.name),
        ("criteria", ",".join(c.code for c in columns)),
    )
    for r, (key, value) in enumerate(rows, start=1):
        _text(_cell(meta, r, 1), key)
        _text(_cell(meta, r, 2), value)
    meta.protection.sheet = True
    meta.sheet_state = "hidden"


def _cell_value(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def read_grid(source: Path | bytes) -> FilledGrid:
    """The values of a filled grid workbook, each with its row and column; GridWorkbookError
    when the file is not one of our grids."""
    name = source.name if isinstance(source, Path) else "classeur"
    try:
        wb = load_workbook(
            source if isinstance(source, Path) else io.BytesIO(source), data_only=True
        )
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise GridWorkbookError(
            t("{name} : classeur illisible ({exc})", name=name, exc=exc)
        ) from exc
    if META_SHEET not in wb.sheetnames or GRID_SHEET not in wb.sheetnames:
        raise GridWorkbookError(
            t(
                "{name} : ce n'est pas une grille d'évaluation PTCE (feuilles « "
                "{GRID_SHEET} » et « {META_SHEET} » attendues) ; exportez-la avec "
                "« ptce grid export »",
                name=name,
                GRID_SHEET=GRID_SHEET,
                META_SHEET=META_SHEET,
            )
        )
    meta_ws = wb[META_SHEET]
    meta = {
        str(k): "" if v is None else str(v)
        for k, v in meta_ws.iter_rows(min_col=1, max_col=2, values_only=True)
        if k is not None
    }
    if meta.get("format") != FORMAT or meta.get("version") != str(VERSION):
        raise GridWorkbookError(
            t(
                "{name} : grille d'une autre version (feuille « {META_SHEET} »)",
                name=name,
                META_SHEET=META_SHEET,
            )
        )
    codes = tuple(c for c in meta.get("criteria", "").split(",") if c)
    return FilledGrid(meta=meta, codes=codes, rows=_rows(wb[GRID_SHEET], codes))


def _rows(ws: Worksheet, codes: tuple[str, ...]) -> list[FilledRow]:
    headers = [
        "" if v is None else str(v) for v in next(ws.iter_rows(
            min_row=HEADER_ROW, max_row=HEADER_ROW, values_only=True), ())
    ]  # fmt: skip

    def at(row: tuple[object, ...], row_number: int, col: int) -> FilledCell:
        value = row[col - 1] if col - 1 < len(row) else None
        return FilledCell(
            row=row_number, column=get_column_letter(col),
            header=headers[col - 1] if col - 1 < len(headers) else "",
            value=_cell_value(value),
        )  # fmt: skip

    out = []
    opinion_col = 3 + 2 * len(codes)
    for row_number, row in enumerate(
        ws.iter_rows(min_row=FIRST_ROW, values_only=True), start=FIRST_ROW
    ):
        if all(_cell_value(v) is None for v in row):
            continue
        out.append(
            FilledRow(
                row=row_number,
                numero=at(row, row_number, 1),
                scores={code: at(row, row_number, 3 + 2 * i) for i, code in enumerate(codes)},
                comments={code: at(row, row_number, 4 + 2 * i) for i, code in enumerate(codes)},
                opinion=at(row, row_number, opinion_col),
                summary=at(row, row_number, opinion_col + 1),
            )
        )
    return out
