"""The limits a candidacy source must fit under, in one place.

A national call (the 2013 one: about 180 candidacies; our benchmark: 10,000 dossiers and 50,000
members) fits far below each of them; a hostile file (a zip bomb, a workbook of millions of
rows, a PDF that loops) is refused before it can exhaust the machine. The README's « Fichiers
hostiles » states them.
"""

from __future__ import annotations

MB = 1024 * 1024
GB = 1024 * MB

MAX_ROWS_PER_SHEET = 200_000  # rows of one sheet or CSV file, header included
MAX_CELL_CHARS = 100_000  # characters in one cell
MAX_FILE_BYTES = 250 * MB  # one attachment, or one CSV file, as stored
MAX_ARCHIVE_BYTES = 5 * GB  # all members of one zip archive, uncompressed
MAX_WORKBOOK_XML_BYTES = 1 * GB  # all parts of one .xlsx, uncompressed (read into memory)
MAX_COMPRESSION_RATIO = 100  # uncompressed / compressed size of one archive member
RATIO_FREE_BYTES = 1 * MB  # members smaller than this are not held to the ratio
MAX_AMOUNT = 1e12  # euros: no grant, cost or co-funding comes near a thousand billion
MAX_COUNT = 10_000_000  # jobs or any other count in a dossier
PDF_TIMEOUT_S = 5.0  # opening an untrusted PDF and rendering its first page


def count_text(n: float) -> str:
    """A count as refusal messages write it: 200000 -> « 200 000 » (plain spaces, so that any
    console prints it)."""
    return f"{n:,.0f}".replace(",", " ")
