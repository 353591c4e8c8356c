"""Our own entries in a PDF's document information dictionary (/Info).

The minutes carry their document id and the SHA-256 of the session's data there, so the app
can tell, from the file alone, which session a signed PDF belongs to and whether the record
still matches what was signed. Keys are prefixed /PTCE; any PDF reader shows them as custom
document properties.
"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from ..text import t

PREFIX = "PTCE"


class PdfInfoError(ValueError):
    """The bytes are not a PDF we can read."""


def with_info(pdf: bytes, entries: Mapping[str, str]) -> bytes:
    """`pdf` with /PTCE<key> entries added to its /Info, as an incremental update."""
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except (PdfError, ValueError) as exc:
        raise PdfInfoError(t("PDF illisible : {exc}", exc=exc)) from exc
    ref = writer.trailer.raw_get("/Info")
    if isinstance(ref, generic.IndirectObject):
        info = ref.get_object()
        writer.mark_update(ref)
    else:
        info = generic.DictionaryObject()
        writer.set_info(info)
    for key, value in entries.items():
        info[generic.NameObject(f"/{PREFIX}{key}")] = generic.TextStringObject(value)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def read_info(pdf: bytes) -> dict[str, str]:
    """Our entries, without the prefix: {"DocumentId": "PV-2013-S1", ...}; {} when none."""
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        info = reader.trailer_view.get("/Info")
        info = info.get_object() if info is not None else {}
    except (PdfError, ValueError, KeyError) as exc:
        raise PdfInfoError(t("PDF illisible : {exc}", exc=exc)) from exc
    start = 1 + len(PREFIX)
    return {
        str(k)[start:]: str(v)
        for k, v in info.items()
        if str(k).startswith(f"/{PREFIX}") and isinstance(v, generic.TextStringObject | str)
    }
