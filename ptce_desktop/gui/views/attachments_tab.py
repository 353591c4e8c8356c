"""Pièces tab: the dossier's attachments; PDFs shown inside the app (pages, zoom, search) once a
separate process has opened them under a time limit (io/pdf_guard.py: a hostile PDF can hang
QtPdf, never the window); known document types can be opened with the workstation's
application, under a name the app makes, from the run's temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QPointF,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

from ...domain.model import Attachment, stored_id
from ...io import limits
from ...io.files import run_temp_folder, safe_filename
from ...io.filetypes import KNOWN_EXTENSIONS, known_type
from ...io.pdf_guard import check_pdf
from ...services.browse import DossierFile
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.records import Column, RecordTableModel
from ..tasks import TaskManager
from ..uiloader import child, load_ui

ContentLoader = Callable[[int], bytes]
FINGERPRINT_WIDTH = 100
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
KIND_LABELS = {"dossier_candidature": QT_TRANSLATE_NOOP("AttachmentsTab", "dossier de candidature")}
translate = QCoreApplication.translate


def _kind(a: Attachment) -> str:
    if a.kind in KIND_LABELS:
        return translate("AttachmentsTab", KIND_LABELS[a.kind])
    return a.kind.replace("_", " ")


_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Fichier"),
    QT_TRANSLATE_NOOP("columns", "Nature"),
    QT_TRANSLATE_NOOP("columns", "Taille"),
    QT_TRANSLATE_NOOP("columns", "SHA-256"),
)

COLUMNS = (
    Column[Attachment]("Fichier", lambda a: a.filename),
    Column[Attachment]("Nature", _kind),
    Column[Attachment]("Taille", lambda a: fmt.size(a.size), align_right=True),
    Column[Attachment]("SHA-256", lambda a: a.sha256[:16] + "…", tooltip=lambda a: a.sha256),
)


def _is_pdf(a: Attachment) -> bool:
    return a.mime == "application/pdf" or a.filename.lower().endswith(".pdf")


class AttachmentsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("attachments_tab", self)
        self.table = child(self, QTableView, "attachmentsTable")
        self.stack = child(self, QStackedWidget, "viewerStack")
        self.pdf_view = child(self, QPdfView, "pdfView")
        self.other_label = child(self, QLabel, "otherLabel")
        self.open_button = child(self, QPushButton, "openExternalButton")
        self.page_spin = child(self, QSpinBox, "pageSpin")
        self.page_count = child(self, QLabel, "pageCountLabel")
        self.zoom_label = child(self, QLabel, "zoomLabel")
        self.fit_button = child(self, QToolButton, "fitWidthButton")
        self.fit_button.setMinimumWidth(self.fit_button.sizeHint().width())  # never « Plei…geur »
        self.search_edit = child(self, QLineEdit, "pdfSearchEdit")
        self.search_label = child(self, QLabel, "searchResultLabel")
        self._loader: ContentLoader = lambda _id: b""
        self._buffer: QBuffer | None = None
        self._current: Attachment | None = None
        self._wanted_visible = False
        self._numero = ""
        # sha256 -> None when the probe opened it, else why not; a PDF is probed once a run
        self._verdicts: dict[str, str | None] = {}
        self._probing: str | None = None  # sha256 of the PDF being probed
        self.probes = TaskManager(self, max_threads=1)

        self.model: RecordTableModel[Attachment] = RecordTableModel(COLUMNS, self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # The fingerprint is cut anyway (whole in its tooltip): the file name gets the room.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, FINGERPRINT_WIDTH)
        self.table.selectionModel().currentRowChanged.connect(self._on_attachment)
        # Dossiers hold a few pieces: the list stays short and the page gets the room.
        child(self, QSplitter, "attachmentsSplitter").setSizes([90, 800])

        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self._jumped = False
        self.search_model.rowsInserted.connect(self._on_results)
        self.search_model.modelReset.connect(self._on_results)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setSearchModel(self.search_model)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)
        self.zoom_label.setText(self.tr("ajusté"))
        self._wire_toolbar()

    # -- set-up -----------------------------------------------------------------------------

    def _wire_toolbar(self) -> None:
        style = self.style()
        icons = {
            "prevPageButton": QStyle.StandardPixmap.SP_ArrowUp,
            "nextPageButton": QStyle.StandardPixmap.SP_ArrowDown,
            "searchPrevButton": QStyle.StandardPixmap.SP_ArrowBack,
            "searchNextButton": QStyle.StandardPixmap.SP_ArrowForward,
        }
        for name, pixmap in icons.items():
            child(self, QToolButton, name).setIcon(style.standardIcon(pixmap))
        child(self, QToolButton, "prevPageButton").clicked.connect(lambda: self.go_page(-1, True))
        child(self, QToolButton, "nextPageButton").clicked.connect(lambda: self.go_page(1, True))
        child(self, QToolButton, "zoomInButton").clicked.connect(lambda: self.zoom_step(1))
        child(self, QToolButton, "zoomOutButton").clicked.connect(lambda: self.zoom_step(-1))
        child(self, QToolButton, "searchNextButton").clicked.connect(lambda: self.next_result(1))
        child(self, QToolButton, "searchPrevButton").clicked.connect(lambda: self.next_result(-1))
        self.fit_button.toggled.connect(self._fit_width)
        self.page_spin.valueChanged.connect(lambda n: self.go_page(n - 1, False))
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._on_page)
        self.pdf_view.zoomFactorChanged.connect(self._show_zoom)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(lambda: self.next_result(1))
        self.open_button.clicked.connect(self.open_external)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)),
            ("Ctrl+0", lambda: self.fit_button.setChecked(True)),
            ("Ctrl+Shift+G", self._focus_search),
            (QKeySequence.StandardKey.FindNext, lambda: self.next_result(1)),
            (QKeySequence.StandardKey.FindPrevious, lambda: self.next_result(-1)),
            ("Ctrl+Shift+O", self.open_external),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    # -- public API ---------------------------------------------------------------------------

    def set_loader(self, loader: ContentLoader) -> None:
        """How to get an attachment's bytes (the main window reads them through a service)."""
        self._loader = loader

    def show_file(self, f: DossierFile) -> None:
        self._close_document()
        self._numero = f.dossier.numero
        self.model.set_records(f.dossier.attachments)
        if f.dossier.attachments:
            self.table.selectRow(0)
        else:
            self.stack.setCurrentWidget(child(self, QWidget, "otherPage"))
            self.other_label.setText(self.tr("Aucune pièce jointe à ce dossier."))
            self.open_button.hide()

    def activate(self) -> None:
        """Called when the tab comes into view: PDFs are only read then."""
        self._wanted_visible = True
        a = self._current
        if a is not None and _is_pdf(a) and self.document.status() != QPdfDocument.Status.Ready:
            self._load(a)

    def deactivate(self) -> None:
        self._wanted_visible = False

    def page_count_value(self) -> int:
        return self.document.pageCount()

    def go_page(self, page: int, relative: bool) -> None:
        nav = self.pdf_view.pageNavigator()
        target = nav.currentPage() + page if relative else page
        if 0 <= target < self.document.pageCount() and target != nav.currentPage():
            nav.jump(target, QPointF(), nav.currentZoom())

    def zoom_step(self, step: int) -> None:
        current = self.pdf_view.zoomFactor()
        if step > 0:
            factor = next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-3), ZOOM_STEPS[0])
        self.fit_button.setChecked(False)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(factor)
        self._show_zoom(factor)

    def next_result(self, step: int) -> None:
        count = self.search_model.rowCount(QModelIndex())
        if not count:
            return
        index = (self.pdf_view.currentSearchResultIndex() + step) % count
        self.pdf_view.setCurrentSearchResultIndex(index)
        link = self.search_model.resultAtIndex(index)
        self.pdf_view.pageNavigator().jump(link)
        self.search_label.setText(f"{index + 1} / {count}")

    def open_external(self) -> Path | None:
        """Hand the attachment to the workstation's application, only when its name and its
        bytes are a known document type and, for a PDF, when the probe could open it; the copy
        is named by the app and lives in the run's temporary folder (removed at exit)."""
        a = self._current
        if a is None:
            return None
        content = self._loader(stored_id(a))
        ext = known_type(a.filename, content)
        if ext is None or (ext == "pdf" and self._verdicts.get(a.sha256, "") is not None):
            self._show_message(
                self.tr(
                    "« {name} » ne peut pas être ouvert : seuls les documents reconnus à leur "
                    "contenu et à leur extension s'ouvrent hors de l'application ({types})."
                ).format(name=a.filename, types=", ".join(KNOWN_EXTENSIONS))
                if ext is None
                else self.tr("« {name} » : la pièce n'a pas été vérifiée ou est illisible.").format(
                    name=a.filename
                ),
                can_open=False,
            )
            return None
        name = f"{safe_filename(self._numero, fallback='dossier')}-piece-{a.id}.{ext}"
        path = run_temp_folder() / name
        path.write_bytes(content)
        path.chmod(0o400)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    # -- internals ----------------------------------------------------------------------------

    def _on_attachment(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._close_document()
        if not current.isValid():
            self._current = None
            return
        a = self.model.record(current.row())
        self._current = a
        if _is_pdf(a):
            self.stack.setCurrentWidget(self.pdf_view)
            if self._wanted_visible:
                self._load(a)
        else:
            self._show_message(
                self.tr("« {name} » ({size}) ne peut pas être affiché ici.").format(
                    name=a.filename, size=fmt.size(a.size)
                ),
                can_open=True,
            )

    def _show_message(self, text: str, *, can_open: bool) -> None:
        self.stack.setCurrentWidget(child(self, QWidget, "otherPage"))
        self.other_label.setText(text)
        self.open_button.setVisible(can_open)

    def _load(self, a: Attachment) -> None:
        """Show a PDF once the probe has opened it in its own process; the window never waits
        on QtPdf for an unchecked file."""
        verdict = self._verdicts.get(a.sha256, "")
        if verdict == "":
            self._probe(a)
        elif verdict is not None:
            self._show_unreadable(a, verdict)
        else:
            self._show_pdf(self._loader(stored_id(a)))

    def _probe(self, a: Attachment) -> None:
        if self._probing == a.sha256:
            return
        self._probing = a.sha256
        self._show_message(
            self.tr("Vérification de « {name} »…").format(name=a.filename), can_open=False
        )
        data = self._loader(stored_id(a))
        job = self.probes.run(
            lambda _ctx: check_pdf(data, timeout=limits.PDF_TIMEOUT_S),
            label=self.tr("Vérification"),
        )
        job.done.connect(lambda _check: self._probed(a, None))
        job.failed.connect(lambda reason: self._probed(a, reason))

    def _probed(self, a: Attachment, reason: str | None) -> None:
        self._verdicts[a.sha256] = reason
        if self._probing == a.sha256:
            self._probing = None
        current = self._current
        if current is not None and current.sha256 == a.sha256 and self._wanted_visible:
            self._load(current)

    def _show_unreadable(self, a: Attachment, reason: str) -> None:
        self._show_message(
            self.tr("Pièce illisible : « {name} » — {reason}").format(
                name=a.filename, reason=reason
            ),
            can_open=False,
        )

    def _show_pdf(self, data: bytes) -> None:
        self.stack.setCurrentWidget(self.pdf_view)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        count = self.document.pageCount()
        self.page_spin.setRange(1, max(1, count))
        self.page_spin.setValue(1)
        self.page_count.setText(self.tr("sur {count}").format(count=count))
        if self.search_edit.text():
            self._search(self.search_edit.text())

    def _close_document(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.page_count.setText(self.tr("sur {count}").format(count=0))
        self.search_label.clear()

    def _fit_width(self, on: bool) -> None:
        if on:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.zoom_label.setText(self.tr("ajusté"))

    def _on_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)

    def _show_zoom(self, factor: float) -> None:
        if self.pdf_view.zoomMode() != QPdfView.ZoomMode.Custom:
            return  # the factor of a fitted page is not what the reader chose
        self.zoom_label.setText(f"{round(factor * 100)}{fmt.NBSP}%")

    def _search(self, text: str) -> None:
        # Results arrive page by page (QPdfSearchModel searches in the background).
        self._jumped = False
        self.search_model.setSearchString(text)
        self._on_results()

    def _on_results(self) -> None:
        text = self.search_edit.text()
        count = self.search_model.rowCount(QModelIndex())
        if not text:
            self.search_label.clear()
        elif not count:
            self.search_label.setText(self.tr("aucun résultat"))
        else:
            if not self._jumped:
                self._jumped = True
                self.pdf_view.setCurrentSearchResultIndex(0)
                self.pdf_view.pageNavigator().jump(self.search_model.resultAtIndex(0))
            current = max(0, self.pdf_view.currentSearchResultIndex())
            self.search_label.setText(f"{current + 1} / {count}")

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
