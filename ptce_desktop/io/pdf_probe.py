"""`python -m ptce_desktop.io.pdf_probe FILE` (or `ptce-desktop --probe-pdf FILE` when frozen):
open an untrusted PDF with QtPdf, the engine of the app's viewer, render its first page and
print one JSON line. It runs in a process of its own, which pdf_guard kills when it takes too
long: a PDF that hangs QtPdf (a page tree that loops on itself) hangs only this process."""

from __future__ import annotations

import json
import os
import sys

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 3, 2


def _reply(**fields: object) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage : pdf_probe FICHIER.pdf", file=sys.stderr)
        return EXIT_USAGE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication(["pdf_probe"])  # noqa: F841 - kept alive
    document = QPdfDocument()
    error = document.load(argv[0])
    if error != QPdfDocument.Error.None_:
        _reply(error=f"QtPdf ne peut pas l'ouvrir ({error.name})")
        return EXIT_UNREADABLE
    pages = document.pageCount()
    if pages < 1:
        _reply(error="aucune page")
        return EXIT_UNREADABLE
    size = document.pagePointSize(0)
    image = document.render(0, QSize(max(1, round(size.width())), max(1, round(size.height()))))
    if image.isNull():
        _reply(error="la première page ne s'affiche pas")
        return EXIT_UNREADABLE
    _reply(pages=pages)
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
