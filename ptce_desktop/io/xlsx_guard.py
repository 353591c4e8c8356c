"""Checking an untrusted .xlsx before a spreadsheet library reads it into memory.

An .xlsx is a zip of XML parts: it gets the archive checks (sizes from the directory, ratio of
each part, links), then each sheet's XML is streamed once, in bounded memory, to count its rows
and see how wide it claims to be, stopping as soon as a limit is passed: a workbook of millions
of rows is refused after reading at most MAX_ROWS_PER_SHEET of them, and a sheet whose two
cells sit at A1 and XFD1048576 (which a reader would fill as a dense grid) is refused too.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from ..text import t
from . import limits
from .archive import UnsafeSource, check_zip

MAX_CELLS_PER_SHEET = 10_000_000  # the grid a reader fills: rows x last column
_CHUNK = 1 << 20
_TAIL = 64  # bytes kept between chunks so that a tag cut in two is still seen
# Only cells have a letter in their `r` attribute, only rows a bare number. Every pattern starts
# with a literal, so each chunk is scanned at C speed (a regular expression opening on a class
# was four times slower than calamine reading the sheet).
_BLANKS = bytes.maketrans(b"\t\r\n", b"   ")
_ROW_NUMBER = re.compile(rb' r="([0-9]{1,10})"')
_WIDE_CELL = re.compile(rb' r="[A-Z]{2}')
_CELL_COLUMN = re.compile(rb' r="([A-Z]{1,3})[0-9]')
_SHEET = re.compile(rb"<(?:\w{1,16}:)?sheet\s([^>]{0,2000})/?>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_RELATIONSHIP = re.compile(rb"<(?:\w{1,16}:)?Relationship\s([^>]{0,2000})/?>")


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _attrs(text: bytes) -> dict[bytes, str]:
    return {k: v.decode("utf-8", "replace") for k, v in _ATTR.findall(text)}


def _sheet_titles(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Part name (xl/worksheets/sheet1.xml) -> the title the user sees, read with regular
    expressions (no XML parser on an untrusted file); missing entries fall back to the part."""
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    book = archive.read("xl/workbook.xml")
    rels = archive.read("xl/_rels/workbook.xml.rels")
    targets = {}
    for m in _RELATIONSHIP.finditer(rels):
        a = _attrs(m[1])
        target = a.get(b"Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[a.get(b"Id", "")] = str(PurePosixPath(part))
    titles = {}
    for m in _SHEET.finditer(book):
        a = _attrs(m[1])
        rid = next((v for k, v in a.items() if k.endswith(b":id")), "")
        if rid in targets:
            titles[targets[rid]] = a.get(b"name", "")
    return titles


def _row_tags(data: bytes) -> int:
    return data.count(b"<row") + data.count(b":row")  # :row, a prefixed tag; a few too many


def _cell_tags(data: bytes) -> int:
    return data.count(b"<c")  # <col and <cfRule too, outside the rows: a few too many


def _width(data: bytes, row_numbers: int) -> int:
    """The last column a chunk's cells reach. Below column AA a sheet cannot pass the cell
    limit within the row limit, so the common case costs one failed search; cells without a
    reference (a reader puts them one after the other) are counted row by row."""
    width = 0
    if _WIDE_CELL.search(data):
        width = max(_column_number(c) for c in _CELL_COLUMN.findall(data))
    referenced = data.count(b' r="') - row_numbers
    if _cell_tags(data) > referenced + _TAIL:  # a tag cut at either end is not a sign
        width = max(width, max(_cell_tags(row) for row in data.split(b"<row")))
    return width


def _measure(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> None:
    """Stream the sheet's XML; refuse as soon as it holds too many rows or too wide a grid.
    Rows are counted by their tags and by their numbers (a row may claim to be the 3
    millionth), columns by the cell references."""
    rows = last_row = last_col = 0
    tail = b""
    with archive.open(info) as f:
        while chunk := f.read(_CHUNK):
            data = (tail + chunk).translate(_BLANKS)
            rows += _row_tags(data) - _row_tags(tail)  # tags inside the tail were counted
            numbers = _ROW_NUMBER.findall(data)
            if numbers:
                last_row = max(last_row, max(map(int, numbers)))
            last_col = max(last_col, _width(data, len(numbers)))
            height = max(rows, last_row)
            if height > limits.MAX_ROWS_PER_SHEET:
                raise UnsafeSource(
                    where,
                    t(
                        "plus de {MAX_ROWS_PER_SHEET} lignes (limite par feuille), refusée "
                        "avant lecture",
                        MAX_ROWS_PER_SHEET=limits.count_text(limits.MAX_ROWS_PER_SHEET),
                    ),
                )
            if height * last_col > MAX_CELLS_PER_SHEET:
                raise UnsafeSource(
                    where,
                    t(
                        "{height} lignes sur {last_col} colonnes, au-delà de {MAX_CELLS_PER_SHEET} "
                        "cellules par feuille",
                        height=height,
                        last_col=last_col,
                        MAX_CELLS_PER_SHEET=limits.count_text(MAX_CELLS_PER_SHEET),
                    ),
                )
            tail = data[-_TAIL:]


def check_xlsx(path: Path, *, read: Callable[[str], bool] = lambda _title: True) -> None:
    """Raise UnsafeSource (naming the file and the sheet) when the workbook would exceed a
    limit once read; the caller then never hands it to calamine or openpyxl. Only the sheets
    whose title `read` accepts are measured: a reader loads the others' cells only if asked."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeSource(path.name, t("classeur illisible ({exc})", exc=exc)) from exc
    with archive:
        check_zip(
            archive,
            label=path.name,
            max_total=limits.MAX_WORKBOOK_XML_BYTES,
            max_member=limits.MAX_WORKBOOK_XML_BYTES,
        )
        infos = {i.filename: i for i in archive.infolist()}
        titles = _sheet_titles(archive, set(infos))
        for name, info in infos.items():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                title = titles.get(name)
                if title is not None and not read(title):
                    continue
                where = (
                    t("{name}, feuille « {title} »", name=path.name, title=title)
                    if title
                    else f"{path.name}, {name}"
                )
                try:
                    _measure(archive, info, where)
                except (zipfile.BadZipFile, OSError, EOFError) as exc:
                    raise UnsafeSource(where, t("partie illisible ({exc})", exc=exc)) from exc
