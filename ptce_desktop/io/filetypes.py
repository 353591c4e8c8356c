"""Which attachments may be handed to the workstation's own applications.

A candidate names and types their files: `run.sh.desktop` or a PDF that is really a script must
never reach the system opener. A file qualifies only when its extension is one of the document
types below AND its first bytes are what that type starts with; it is then written under a name
the app makes, with the extension of the type found.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO

_ODF = b"mimetypeapplication/vnd.oasis.opendocument."


def _zip_names(content: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(BytesIO(content)) as z:
            return set(z.namelist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return set()


def _odf(kind: bytes) -> Callable[[bytes], bool]:
    # The first member of an OpenDocument file is « mimetype », stored, right after its header.
    return lambda c: c.startswith(b"PK\x03\x04") and c[30:].startswith(_ODF + kind)


def _ooxml(part: str) -> Callable[[bytes], bool]:
    def check(c: bytes) -> bool:
        if not c.startswith(b"PK\x03\x04"):
            return False
        names = _zip_names(c)
        return "[Content_Types].xml" in names and part in names

    return check


def _text(c: bytes) -> bool:
    if b"\x00" in c:
        return False
    try:
        text = c.decode("utf-8")
    except UnicodeDecodeError:
        text = c.decode("cp1252", errors="replace")
    return all(ch.isprintable() or ch in "\t\r\n\f" for ch in text.lstrip("\ufeff"))


_CHECKS: dict[str, Callable[[bytes], bool]] = {
    "pdf": lambda c: c.startswith(b"%PDF-"),
    "png": lambda c: c.startswith(b"\x89PNG\r\n\x1a\n"),
    "jpg": lambda c: c.startswith(b"\xff\xd8\xff"),
    "odt": _odf(b"text"),
    "ods": _odf(b"spreadsheet"),
    "odp": _odf(b"presentation"),
    "docx": _ooxml("word/document.xml"),
    "xlsx": _ooxml("xl/workbook.xml"),
    "pptx": _ooxml("ppt/presentation.xml"),
    "txt": _text,
    "csv": _text,
}
_ALIASES = {"jpeg": "jpg"}
KNOWN_EXTENSIONS = tuple(_CHECKS)


def known_type(filename: str, content: bytes) -> str | None:
    """The extension to open `content` under, or None when its name or its bytes are not one
    of the known document types."""
    ext = filename.rpartition(".")[2].lower() if "." in filename else ""
    ext = _ALIASES.get(ext, ext)
    check = _CHECKS.get(ext)
    return ext if check is not None and check(content) else None
