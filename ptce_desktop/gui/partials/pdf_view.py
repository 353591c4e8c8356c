"""QPdfView that Designer forms can name: QUiLoader builds custom widgets with no argument,
while QPdfView's constructor requires its parent."""

from __future__ import annotations

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfView(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # stub says QWidget; None is valid
