"""The procès-verbal dialog through its widgets: generate with a preview, sign in both boxes with
the test identities, a green verification; a tampered file in red; printing and print preview
render every page; reachable from Fichier > Exporter and from the session window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from ptce_desktop.domain.model import SessionState
from ptce_desktop.gui.dialogs.sign import SignDialog
from ptce_desktop.gui.partials import pdf_printing
from ptce_desktop.gui.views import minutes_dialog as md
from ptce_desktop.io import signing
from ptce_desktop.services import deliberation
from ptce_desktop.services import minutes as svc
from ptce_desktop.store.db import CallStore
from tests.gui_helpers import WAIT_MS
from tests.helpers import register_signers

PASS = "essai-gui"
GREEN, RED = md.OK_COLOUR, md.BAD_COLOUR


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> signing.DemoIdentities:
    return signing.make_demo_identities(tmp_path_factory.mktemp("ids"), passphrase=PASS)


@pytest.fixture
def dialog(qtbot, demo_call: Path, ids, error_dialogs):  # type: ignore[no-untyped-def]
    register_signers(demo_call, chair=ids.chair, secretary=ids.secretary, passphrase=PASS)
    store = CallStore.open(demo_call, actor="Secrétariat")
    d = md.MinutesDialog(store, session_id=1)
    qtbot.addWidget(d)
    d.show()
    yield d
    qtbot.waitUntil(lambda: d.tasks.idle, timeout=WAIT_MS)  # no late slot on a closed store
    d.close()
    store.close()


def _generate(qtbot, d: md.MinutesDialog) -> int:  # type: ignore[no-untyped-def]
    """Generate and return the page count once the job has ended: the preview comes with the
    job's `done`, the buttons only with its `finished` (a click before would hit a disabled
    button)."""
    assert d.buttons["generateButton"].isEnabled()
    with qtbot.waitSignal(d.pdf_shown, timeout=WAIT_MS) as shown:
        d.buttons["generateButton"].click()
    qtbot.waitUntil(lambda: d.tasks.idle and not d.progress.isVisible(), timeout=WAIT_MS)
    return shown.args[0]


class SignAnswers:
    """Fills each modal SignDialog as it appears, the way a person would, then presses
    « Signer »; a timer does it because exec() blocks whoever opened the dialog. One more
    dialog than answers (a signature that failed) is cancelled and its message kept in
    `unexpected`, rather than left open for good."""

    def __init__(self, *answers: tuple[str, Path, str]) -> None:
        self.answers = list(answers)
        self.errors_seen: list[str] = []
        self.unexpected: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(30)

    def _look(self) -> None:
        for box in QApplication.topLevelWidgets():
            # Marked on the dialog itself: an id() may come back for the next dialog.
            if isinstance(box, SignDialog) and box.isVisible() and not box.property("answered"):
                box.setProperty("answered", True)
                if not self.answers:
                    self.unexpected.append(box.error_label.text())
                    box.reject()
                    continue
                field, p12, passphrase = self.answers.pop(0)
                self.errors_seen.append(box.error_label.text())
                box.field_combo.setCurrentIndex(box.field_combo.findData(field))
                box.p12_edit.setText(str(p12))
                box.pass_edit.setText(passphrase)
                ok = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
                ok.click()


def _placeholder_drawn(d: md.MinutesDialog) -> bool:
    """Whether the PDF pane's picture changes when its placeholder sentence is taken away."""
    text = d.view.placeholder
    with_text = d.view.viewport().grab().toImage()
    d.view.set_placeholder("")
    without = d.view.viewport().grab().toImage()
    d.view.set_placeholder(text)
    return with_text != without


def test_the_empty_pane_says_what_to_do_until_a_document_shows(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    assert d.document is None and "Éditer le procès-verbal" in d.view.placeholder
    assert _placeholder_drawn(d)  # a sentence, not an empty grey pane
    _generate(qtbot, d)
    assert d.document is not None and not _placeholder_drawn(d)  # the pages alone


def test_generate_sign_twice_and_verify_green(qtbot, dialog, ids, error_dialogs) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    pages = _generate(qtbot, d)
    assert pages > 5 and d.document is not None and d.document.pageCount() == pages
    assert d.view.document() is d.document

    # A wrong passphrase: the signing dialog comes back with the message, then the right one.
    answers = SignAnswers(("chair", ids.chair, "pas la bonne"), ("chair", ids.chair, PASS))
    d.buttons["signButton"].click()
    qtbot.waitUntil(lambda: not answers.answers, timeout=WAIT_MS)
    assert answers.errors_seen[0] == "" and "phrase de passe incorrecte" in answers.errors_seen[1]
    assert not answers.unexpected
    qtbot.waitUntil(lambda: "Signatures valides" in d.verify_label.text(), timeout=WAIT_MS)
    assert d.session_id() == 1 and d._state() is SessionState.SIGNED
    assert "verrouillée" in d.state_label.text()
    # The buttons come back once the verification job has finished, just after its verdict.
    qtbot.waitUntil(lambda: d.buttons["amendButton"].isEnabled(), timeout=WAIT_MS)
    assert not d.buttons["generateButton"].isEnabled()

    answers = SignAnswers(("secretary", ids.secretary, PASS))
    d.buttons["signButton"].click()
    qtbot.waitUntil(
        lambda: d.last_verification is not None and len(d.last_verification.signatures) == 2,
        timeout=WAIT_MS,
    )
    text = d.verify_label.text()
    assert not answers.unexpected
    assert f"color:{GREEN}'>✓ Signatures valides" in text
    # The preview shows both stamps on the last page (drawn in the page: QPdfView shows no
    # annotations), while the bytes kept are the signed PDF itself.
    last = d.document.getAllText(d.document.pageCount() - 1).text()
    assert last.count("Signé électroniquement par") == 2, last[-400:]
    assert "Président(e) du comité" in text and "Secrétaire de séance" in text
    assert not error_dialogs
    with CallStore.open(d.store.path, actor="test") as store:
        stored = svc.signed_minutes(store, 1)
        assert deliberation.session_report(store, 1).state is SessionState.SIGNED
    assert stored == d.pdf
    if shutil.which("pdfsig"):
        path = d.store.path.with_name("pv-signe.pdf")
        path.write_bytes(stored)
        out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
        assert out.count("Signature is Valid.") == 2, out


def test_a_tampered_file_shows_red(qtbot, dialog, ids, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    _generate(qtbot, d)
    signed = signing.sign_pdf(
        d.pdf, field="chair", pkcs12=ids.chair.read_bytes(), passphrase=PASS, role="Président"
    )
    bad = bytearray(signed)
    at = bad.index(b"/ProcSet") + 1
    bad[at] ^= 0x20
    path = tmp_path / "pv-modifie.pdf"
    path.write_bytes(bytes(bad))
    monkeypatch.setattr(md.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    d.buttons["verifyFileButton"].click()
    qtbot.waitUntil(lambda: "pv-modifie.pdf" in d.verify_label.text(), timeout=WAIT_MS)
    assert f"color:{RED}'>✗ Signatures NON valides" in d.verify_label.text()
    assert "intègre : NON" in d.verify_label.text()
    # The signed but untouched one is green.
    path.write_bytes(signed)
    d.verify_label.clear()
    qtbot.waitUntil(d.buttons["verifyFileButton"].isEnabled, timeout=WAIT_MS)  # job ended
    d.buttons["verifyFileButton"].click()
    qtbot.waitUntil(lambda: "pv-modifie.pdf" in d.verify_label.text(), timeout=WAIT_MS)
    assert f"color:{GREEN}'>✓ Signatures valides" in d.verify_label.text()


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def test_print_to_pdf_and_preview_render_every_page(qtbot, dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    pages = _generate(qtbot, d)
    printer = pdf_printing.a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "imprime.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(72)  # keep the test fast: the page images are what is checked
    pdf_printing.paint_pages(d.document, printer)
    assert out.stat().st_size > 10_000
    assert _pdfinfo(out)["Pages"] == str(pages)
    assert _pdfinfo(out)["Page size"].startswith("595 x 842")  # A4 in points

    counted: list[int] = []

    def look() -> None:  # the preview renders before it shows: wait until it is there
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QPrintPreviewDialog) and w.isVisible():
                timer.stop()
                counted.append(w.findChild(QPrintPreviewWidget).pageCount())
                w.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    d.buttons["previewButton"].click()
    assert counted == [pages]


def test_letters_merged_from_the_dialog(qtbot, dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    out = tmp_path / "notifications.pdf"
    job = d.write_letters(out, merged=True)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    with CallStore.open(d.store.path, actor="test") as store:
        letters = svc.notification_letters(store, 1)
    assert int(_pdfinfo(out)["Pages"]) >= len(letters)
    assert f"{len(letters)} lettres" in d.document_label.text()


def test_reachable_from_the_menu_and_the_session_window(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    actions = [
        a for a in main_window.menu_export.actions() if a.objectName() == "exportMinutesAction"
    ]
    assert len(actions) == 1 and actions[0].text() == "&Procès-verbal…"
    actions[0].trigger()
    dialog = main_window.minutes_dialog
    assert dialog.isVisible() and dialog.session_id() == 1
    dialog.close()
    main_window.open_sessions()
    sessions = main_window.session_window
    sessions.findChild(QPushButton, "minutesButton").click()
    assert sessions.minutes_dialog.isVisible()
    assert sessions.minutes_dialog.session_id() == sessions.session_id
    sessions.minutes_dialog.close()
    sessions.close()
