"""Printing a PDF held in memory: pages rendered by Qt's PDF module onto an A4 printer.

Qt prints by painting, so each page is rendered to an image at the printer's resolution (capped
so a 1200 dpi printer does not get 500 MB images) and drawn onto the whole sheet: the PDF
already has its margins.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QWidget

MAX_DPI = 300
PREVIEW_DPI = 110  # on screen: sharp enough, and 20 pages appear in about a second


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over `pdf`; the buffer is parented to the document so it lives as long."""
    doc = QPdfDocument(parent)  # type: ignore[arg-type]  # stub says QObject; None is valid
    buffer = QBuffer(doc)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    return doc


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF pages carry their own margins
    if printer.resolution() > MAX_DPI:
        printer.setResolution(MAX_DPI)
    return printer


def paint_pages(doc: QPdfDocument, printer: QPrinter, *, dpi: int | None = None) -> None:
    """Paint every page (or the range chosen in the print dialog) onto `printer`, each page
    rendered at `dpi` (default: the printer's resolution) and scaled onto the whole sheet."""
    first, last = 0, doc.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = printer.fromPage() - 1, min(printer.toPage() - 1, last)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        target = printer.paperRect(QPrinter.Unit.DevicePixel)
        options = QPdfDocumentRenderOptions()
        # Annotations too: a signed PDF's stamps are annotations, and must be printed.
        options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            scale = min(1.0, dpi / printer.resolution()) if dpi else 1.0
            size = QSize(int(target.width() * scale), int(target.height() * scale))
            image = doc.render(index, size, options)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
            QApplication.processEvents()  # keep the window painted between pages
    finally:
        painter.end()


def print_preview(doc: QPdfDocument, parent: QWidget | None = None) -> None:
    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPrinting", "Aperçu avant impression"))
    dialog.paintRequested.connect(lambda p: paint_pages(doc, p, dpi=PREVIEW_DPI))
    dialog.resize(1000, 900)
    dialog.exec()


def print_document(doc: QPdfDocument, parent: QWidget | None = None) -> bool:
    printer = a4_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPrinting", "Imprimer"))
    dialog.setMinMax(1, max(doc.pageCount(), 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(doc, printer)
    return True
