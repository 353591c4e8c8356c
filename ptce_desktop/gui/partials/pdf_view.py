"""QPdfView that Designer forms can name: QUiLoader builds custom widgets with no argument,
while QPdfView's constructor requires its parent. With no document it shows its placeholder
(a sentence saying what to do) instead of an empty grey pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfView(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # stub says QWidget; None is valid
        self.placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        document = self.document()
        if not self.placeholder or (document is not None and document.pageCount() > 0):
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(self.palette().ColorRole.WindowText))
        area = self.viewport().rect().adjusted(40, 40, -40, -40)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, flags, self.placeholder)
        painter.end()
