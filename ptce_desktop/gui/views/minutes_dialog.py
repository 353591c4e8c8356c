"""The procès-verbal dialog: choose a session, generate its minutes (in the background), preview
the pages, print, sign, verify, record a PDF signed elsewhere, write the candidates' letters,
open an amendment once the minutes are signed.

Every job opens its own CallStore on the call's path (see gui/tasks.py); the dialog only reads
small things from the GUI's store (the list of sessions, the stored signed PDF).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QWidget,
)

from ...domain.model import SessionState
from ...io.files import write_atomic
from ...services import deliberation
from ...services import minutes as minutes_service
from ...services.files import CallStore, open_call
from ...services.session_data import STATE_LABELS
from .. import errors, i18n
from ..dialogs.sign import SignDialog, SignRequest
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.pdf_printing import load_pdf, print_document, print_preview
from ..partials.pdf_view import PdfView
from ..tasks import Job, JobContext, TaskManager
from ..uiloader import child, load_ui

if TYPE_CHECKING:
    from ...io import signing
    from ..main_window import MainWindow

# pyHanko and reportlab (io.signing, io.letters_pdf) are imported where a PDF is signed, checked
# or written, never at start-up: they would add about a second before the window shows.

OK_COLOUR, BAD_COLOUR, NOTE_COLOUR = "#1b5e20", "#b71c1c", "#5f6368"
ROLES = {
    "chair": QT_TRANSLATE_NOOP("MinutesDialog", "Président(e) du comité"),
    "secretary": QT_TRANSLATE_NOOP("MinutesDialog", "Secrétaire de séance"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


class MinutesDialog(QDialog):
    session_locked = Signal(int)  # the chair's signature was recorded: the session is read-only
    pdf_shown = Signal(int)  # page count of the document now in the preview

    def __init__(
        self, store: CallStore, parent: QWidget | None = None, *, session_id: int | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        load_ui("minutes_dialog", self)
        self.store = store
        self.tasks = TaskManager(self)
        self.pdf: bytes | None = None
        self.document: QPdfDocument | None = None
        self.last_p12 = ""
        self.last_verification: signing.VerificationReport | None = None

        self.session_combo = child(self, QComboBox, "sessionCombo")
        self.state_label = child(self, QLabel, "stateLabel")
        self.document_label = child(self, QLabel, "documentLabel")
        self.verify_label = child(self, QLabel, "verifyLabel")
        self.progress = child(self, QProgressBar, "progressBar")
        self.view = child(self, PdfView, "pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.set_placeholder(
            self.tr("Aucun procès-verbal affiché : « Éditer le procès-verbal » le prépare ici.")
        )
        splitter = child(self, QSplitter, "previewSplitter")
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.progress.hide()
        self.buttons: dict[str, QPushButton] = {}
        actions: dict[str, Callable[[], Any]] = {
            "generateButton": self.generate,
            "amendButton": self.amend,
            "previewButton": self.print_preview,
            "printButton": self.print,
            "saveButton": self.save_pdf,
            "signButton": self.sign,
            "importButton": self.import_signed,
            "verifyButton": self.verify,
            "verifyFileButton": self.verify_file,
            "lettersButton": self.letters,
        }
        for name, slot in actions.items():
            self.buttons[name] = button = child(self, QPushButton, name)
            button.clicked.connect(slot)
        child(self, QDialogButtonBox, "buttonBox").rejected.connect(self.close)
        self.session_combo.currentIndexChanged.connect(self._on_session)
        self.reload_sessions(select=session_id)

    # -- sessions -------------------------------------------------------------------------------

    def reload_sessions(self, *, select: int | None = None) -> None:
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        chosen = -1
        for s, n, d in deliberation.list_sessions(self.store):
            label = f"{s.id} — {s.title} — {s.date:%d/%m/%Y} — " + self.tr(
                "{state} ({decided}/{items} décisions)"
            ).format(state=i18n.label(STATE_LABELS[s.state]), decided=d, items=n)
            self.session_combo.addItem(label, (s.id, s.state))
            if s.id == select or (select is None and s.state is not SessionState.PLANNED):
                chosen = self.session_combo.count() - 1
        self.session_combo.blockSignals(False)
        self.session_combo.setCurrentIndex(max(chosen, 0) if self.session_combo.count() else -1)
        self._on_session()

    def session_id(self) -> int | None:
        data = self.session_combo.currentData()
        return data[0] if data else None

    def _chosen_session(self) -> int:
        """The session shown: the procès-verbal's PDF and actions exist only once one is."""
        session_id = self.session_id()
        assert session_id is not None
        return session_id

    def _state(self) -> SessionState | None:
        data = self.session_combo.currentData()
        return data[1] if data else None

    def _on_session(self, *_: object) -> None:
        self._show_pdf(None)
        self.verify_label.clear()
        state = self._state()
        if state is None:
            self.state_label.setText(
                self.tr("Aucune séance : créez-en une dans « Séances du comité ».")
            )
        elif state is SessionState.SIGNED:
            self.state_label.setText(
                f"<b style='color:{OK_COLOUR}'>"
                + self.tr(
                    "Procès-verbal signé</b> : la séance est verrouillée. Toute modification "
                    "passe par un avenant."
                )
            )
            stored = minutes_service.signed_minutes(self.store, self._chosen_session())
            if stored is not None:
                self._show_pdf(stored, kind=self.tr("PDF signé enregistré"))
        elif state is SessionState.CLOSED:
            self.state_label.setText(
                self.tr(
                    "Séance close : éditez le procès-verbal, relisez-le, puis faites-le signer "
                    "par le président et le secrétaire."
                )
            )
        else:
            self.state_label.setText(
                f"<b style='color:{BAD_COLOUR}'>"
                + self.tr(
                    "Séance {state}</b> : le procès-verbal s'édite une fois la séance close (une "
                    "décision par dossier)."
                ).format(state=i18n.label(STATE_LABELS[state]))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.tasks.busy
        state = self._state()
        has_pdf = self.pdf is not None
        enabled = {
            "generateButton": state is SessionState.CLOSED,
            "amendButton": state is SessionState.SIGNED,
            "previewButton": has_pdf,
            "printButton": has_pdf,
            "saveButton": has_pdf,
            "signButton": has_pdf,
            "importButton": state in (SessionState.CLOSED, SessionState.SIGNED),
            "verifyButton": has_pdf,
            "verifyFileButton": True,
            "lettersButton": state in (SessionState.CLOSED, SessionState.SIGNED),
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on and not busy)
        self.session_combo.setEnabled(not busy)

    # -- preview --------------------------------------------------------------------------------

    def _show_pdf(self, pdf: bytes | None, *, kind: str = "") -> None:
        old = self.document
        self.pdf = pdf
        self.document = load_pdf(_displayed(pdf), self) if pdf is not None else None
        self.view.setDocument(self.document)  # type: ignore[arg-type]  # stub lacks None, which clears
        if old is not None:
            old.deleteLater()
        if pdf is None or self.document is None:
            self.document_label.clear()
            self._update_buttons()
            return
        pages = self.document.pageCount()
        self.document_label.setText(
            f"<b>{html.escape(kind)}</b><br>"
            + self.tr("{pages} page(s) · {size} Ko").format(pages=pages, size=len(pdf) // 1024)
        )
        self._update_buttons()
        self.pdf_shown.emit(pages)

    # -- background jobs ------------------------------------------------------------------------

    def _run(
        self, fn: Callable[[JobContext], Any], *, label: str, on_done: Callable[[Any], None]
    ) -> Job:
        job = self.tasks.run(fn, label=label)
        self.progress.setFormat(f"{label} — %p %")
        self.progress.setValue(0)
        self.progress.show()

        def progress(value: int, message: str) -> None:
            self.progress.setValue(value)
            if message:
                self.progress.setFormat(f"{message} — %p %")

        def finished() -> None:
            self.progress.hide()
            self._update_buttons()

        job.progress.connect(progress)
        job.done.connect(on_done)
        job.failed.connect(lambda message: errors.show_error(self, label, message))
        job.finished.connect(finished)
        self._update_buttons()
        self.buttons["generateButton"].setEnabled(False)
        return job

    def _open(self) -> CallStore:
        return open_call(self.store.path, actor=self.store.actor)

    def generate(self) -> Job | None:
        session_id = self.session_id()
        if session_id is None:
            return None

        def work(ctx: JobContext) -> bytes:
            with self._open() as store:
                return minutes_service.generate_minutes(store, session_id, progress=ctx.progress)

        return self._run(
            work,
            label=self.tr("Édition du procès-verbal"),
            on_done=lambda pdf: self._show_pdf(pdf, kind=self.tr("Brouillon à signer")),
        )

    # -- printing and saving --------------------------------------------------------------------

    def print_preview(self) -> None:
        if self.document is not None:
            print_preview(self.document, self)

    def print(self) -> None:
        if self.document is not None:
            print_document(self.document, self)

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le procès-verbal"), self._suggested_name(), "PDF (*.pdf)"
        )
        if name:
            try:
                write_atomic(Path(name), self.pdf)
            except OSError as exc:
                errors.show_error(
                    self, self.tr("Enregistrer le PDF"), f"{name} : {exc.strerror or exc}"
                )

    def _suggested_name(self) -> str:
        doc_id = minutes_service.document_id(self.store, self._chosen_session())
        signed = self._state() is SessionState.SIGNED
        return str(self.store.path.parent / f"{doc_id}{'-signe' if signed else ''}.pdf")

    # -- signatures -----------------------------------------------------------------------------

    def sign(self, *, error: str = "", previous: SignRequest | None = None) -> None:
        if self.pdf is None:
            return
        dialog = SignDialog(
            minutes_service.document_id(self.store, self._chosen_session()),
            signed_fields=self._signed_fields(),
            last_p12=str(previous.pkcs12) if previous else self.last_p12,
            parent=self,
        )
        if error:
            dialog.show_error(error)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        request = dialog.request()
        dialog.deleteLater()  # here, on the GUI thread: one dialog per attempt
        if accepted:
            self.sign_with(request)

    def _signed_fields(self) -> tuple[str, ...]:
        if self.pdf is None:
            return ()
        from ...io import signing

        try:
            return tuple(f for f, done in signing.signature_fields(self.pdf).items() if done)
        except signing.SigningError:
            return ()

    def sign_with(self, request: SignRequest) -> Job | None:
        """Sign the shown PDF, then record it in the call file; the preview shows the result."""
        pdf, session_id = self.pdf, self.session_id()
        if pdf is None or session_id is None:
            return None
        self.last_p12 = str(request.pkcs12)

        def work(ctx: JobContext) -> tuple[bytes, minutes_service.RecordedMinutes]:
            from ...io import signing

            ctx.progress(10, "Signature")
            signed = signing.sign_pdf(
                pdf,
                field=request.field,
                pkcs12=request.pkcs12.read_bytes(),
                passphrase=request.passphrase,
                signer_name=request.name,
                role=ROLES[request.field],
            )
            ctx.progress(60, "Enregistrement dans le fichier d'appel")
            with self._open() as store:
                return signed, minutes_service.record_signed(store, session_id, signed)

        job = self.tasks.run(work, label=self.tr("Signature"))
        job.done.connect(self._after_record)
        job.failed.connect(lambda message: self.sign(error=message, previous=request))
        job.finished.connect(self._update_buttons)
        self._update_buttons()
        return job

    def import_signed(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Procès-verbal signé"), str(self.store.path.parent), "PDF (*.pdf)"
        )
        if name:
            self.record_file(Path(name))

    def record_file(self, path: Path) -> Job | None:
        session_id = self.session_id()
        if session_id is None:
            return None

        def work(_ctx: JobContext) -> tuple[bytes, minutes_service.RecordedMinutes]:
            pdf = path.read_bytes()
            with self._open() as store:
                return pdf, minutes_service.record_signed(store, session_id, pdf)

        return self._run(
            work, label=self.tr("Enregistrement du PDF signé"), on_done=self._after_record
        )

    def _after_record(self, result: tuple[bytes, minutes_service.RecordedMinutes]) -> None:
        pdf, recorded = result
        session_id = self.session_id()
        if recorded.locked and session_id is not None:
            self.reload_sessions(select=session_id)
            self.session_locked.emit(session_id)
        self._show_pdf(pdf, kind=self.tr("PDF signé enregistré"))
        self.verify()

    def verify(self) -> Job | None:
        if self.pdf is None:
            return None
        return self._verify_bytes(self.pdf, self.tr("document affiché"), displayed=True)

    def verify_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vérifier un PDF signé"), str(self.store.path.parent), "PDF (*.pdf)"
        )
        if name:
            try:
                pdf = Path(name).read_bytes()
            except OSError as exc:
                errors.show_error(self, self.tr("Vérification"), f"{name} : {exc.strerror or exc}")
                return
            self._verify_bytes(pdf, Path(name).name)

    def _verify_bytes(self, pdf: bytes, what: str, *, displayed: bool = False) -> Job:
        def work(_ctx: JobContext) -> signing.VerificationReport:
            from ...io import signing

            if what != "document affiché":  # a file from outside: opened in another process
                signing.check_untrusted(pdf)
            return signing.verify_pdf(pdf)

        def done(report: signing.VerificationReport) -> None:
            if displayed:
                self.last_verification = report
            self.verify_label.setText(verification_html(report, what))

        return self._run(work, label=self.tr("Vérification des signatures"), on_done=done)

    # -- amendment and letters ------------------------------------------------------------------

    def amend(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        try:
            new_id = minutes_service.create_amendment(self.store, session_id)
        except (minutes_service.MinutesError, LookupError) as exc:
            errors.show_error(self, self.tr("Avenant"), errors.message(exc))
            return
        self.reload_sessions(select=new_id)
        QMessageBox.information(
            self,
            self.tr("Avenant"),
            self.tr(
                "La séance {new} est ouverte : elle reprend l'ordre du jour, les présences et les "
                "décisions de la séance {old}, que vous pouvez modifier dans « Séances du "
                "comité ». Son procès-verbal indiquera qu'il amende le procès-verbal signé."
            ).format(new=new_id, old=session_id),
        )

    def letters(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Lettres de notification"))
        box.setText(
            self.tr("Une lettre par candidat, retenu ou non, avec le montant et les motifs.")
        )
        merged = box.addButton(self.tr("Un seul PDF…"), QMessageBox.ButtonRole.AcceptRole)
        each = box.addButton(self.tr("Un PDF par candidat…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is merged:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Lettres de notification"),
                str(self.store.path.parent / "notifications.pdf"),
                "PDF (*.pdf)",
            )
            if name:
                self.write_letters(Path(name), merged=True)
        elif box.clickedButton() is each:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Dossier des lettres"), str(self.store.path.parent)
            )
            if folder:
                self.write_letters(Path(folder), merged=False)

    def write_letters(self, out: Path, *, merged: bool) -> Job | None:
        session_id = self.session_id()
        if session_id is None:
            return None

        def work(ctx: JobContext) -> str:
            from ...io.letters_pdf import render_each_notification, render_notification_letters

            with self._open() as store:
                letters = minutes_service.notification_letters(store, session_id)
            ctx.progress(20, f"{len(letters)} lettres")
            if merged:
                write_atomic(out, render_notification_letters(letters))
                return f"{len(letters)} lettres dans {out}"
            files = render_each_notification(letters)
            out.mkdir(parents=True, exist_ok=True)
            for name, pdf in files.items():
                write_atomic(out / name, pdf)
            return f"{len(files)} lettres écrites dans {out}"

        return self._run(
            work,
            label=self.tr("Lettres de notification"),
            on_done=lambda text: self.document_label.setText(html.escape(text)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        event.accept()


def _displayed(pdf: bytes) -> bytes:
    """What the preview shows and prints: the signature stamps drawn in the pages, since Qt's
    PDF view draws no annotations; the PDF itself (`self.pdf`) is what is signed and saved."""
    from ...io import signing

    try:
        return signing.stamps_in_page_content(pdf)
    except (signing.SigningError, ValueError, KeyError):
        return pdf


def _flag(label: str, ok: bool) -> str:
    colour, answer = (
        (OK_COLOUR, QCoreApplication.translate("MinutesDialog", "oui"))
        if ok
        else (BAD_COLOUR, QCoreApplication.translate("MinutesDialog", "NON"))
    )
    return f"<span style='color:{colour}'>{label} : {answer}</span>"


def verification_html(report: signing.VerificationReport, what: str) -> str:
    """Green when every signature is intact, the last covers the file and nothing but the
    designated boxes' signatures followed the first; red otherwise, with each finding."""
    if not report.signatures:
        return (
            f"<b style='color:{BAD_COLOUR}'>"
            + QCoreApplication.translate("MinutesDialog", "✗ Aucune signature")
            + f"</b> ({html.escape(what)})"
        )
    if report.ok:
        head = (
            f"<b style='color:{OK_COLOUR}'>"
            + QCoreApplication.translate("MinutesDialog", "✓ Signatures valides")
            + "</b>"
        )
    else:
        head = (
            f"<b style='color:{BAD_COLOUR}'>"
            + QCoreApplication.translate("MinutesDialog", "✗ Signatures NON valides")
            + "</b>"
        )
    lines = [f"{head} ({html.escape(what)})", "<ul style='margin-left:-20px'>"]
    for i, s in enumerate(report.signatures):
        later = i < len(report.signatures) - 1
        flags = [
            _flag(
                QCoreApplication.translate("MinutesDialog", "intègre"),
                s.intact and s.modifications_ok,
            )
        ]
        if later and s.intact and s.modifications_ok and not s.covers_whole:
            # Normal: the signatures after it were added incrementally.
            flags.append(
                f"<span style='color:{NOTE_COLOUR}'>"
                + QCoreApplication.translate("MinutesDialog", "suivie d'autres signatures")
                + "</span>"
            )
        else:
            flags.append(
                _flag(
                    QCoreApplication.translate("MinutesDialog", "couvre tout le document"),
                    s.covers_whole,
                )
            )
        # Trust is information, not the verdict: only the CA files given are trusted.
        flags.append(
            f"<span style='color:{OK_COLOUR}'>"
            + QCoreApplication.translate("MinutesDialog", "autorité de confiance : oui")
            + "</span>"
            if s.trusted
            else f"<span style='color:{NOTE_COLOUR}'>"
            + QCoreApplication.translate("MinutesDialog", "autorité non reconnue")
            + "</span>"
        )
        if s.test_identity:
            flags.append(
                f"<b style='color:{BAD_COLOUR}'>"
                + QCoreApplication.translate("MinutesDialog", "identité de TEST")
                + "</b>"
            )
        flags += [
            f"<span style='color:{BAD_COLOUR}'>{html.escape(i18n.message(p))}</span>"
            for p in s.problems
        ]
        when = s.time.astimezone().strftime("%d/%m/%Y %H:%M") if s.time else "—"
        lines.append(
            f"<li><b>{html.escape(_tr(ROLES.get(s.field, s.field)))}</b> : "
            f"{html.escape(s.signer)}, {when} "
            + QCoreApplication.translate("MinutesDialog", "(heure déclarée par le signataire)")
            + f"<br>{', '.join(flags)}</li>"
        )
    lines += [
        f"<li style='color:{BAD_COLOUR}'>{html.escape(i18n.message(p))}</li>"
        for p in report.problems
    ]
    lines.append("</ul>")
    return "".join(lines)


# -- plugging into the main window ------------------------------------------------------------


def open_minutes(window: MainWindow, session_id: int | None = None) -> MinutesDialog | None:
    """The minutes dialog on the open call (one per call), on `session_id` if given."""
    if window.store is None:
        errors.show_error(
            window,
            QCoreApplication.translate("MinutesDialog", "Procès-verbal"),
            QCoreApplication.translate("MinutesDialog", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    dialog: MinutesDialog | None = getattr(window, "minutes_dialog", None)
    if dialog is None or dialog.store is not window.store:
        dialog = MinutesDialog(window.store, window, session_id=session_id)
        window.minutes_dialog = dialog
        window.call_opened.connect(dialog.close)
        dialog.session_locked.connect(lambda sid: _session_locked(window, sid))
    elif session_id is not None:
        dialog.reload_sessions(select=session_id)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _session_locked(window: MainWindow, session_id: int) -> None:
    sessions = getattr(window, "session_window", None)
    if sessions is not None and sessions.store is window.store:
        sessions.reload_sessions(select=session_id)
