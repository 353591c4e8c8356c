"""A PDF whose page tree loops on itself hangs QtPdf for good: the attachments tab probes it in
another process first, the window keeps answering and says « pièce illisible »."""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ptce_desktop.domain.model import Attachment, Dossier
from ptce_desktop.gui.uiloader import child
from ptce_desktop.gui.views.attachments_tab import AttachmentsTab
from ptce_desktop.io import limits, pdf_guard
from ptce_desktop.io.files import remove_run_temp_folder
from ptce_desktop.io.pdf_guard import UnreadablePdf, check_pdf
from ptce_desktop.services.browse import DossierFile
from tests.gui_helpers import WAIT_MS


def looping_pdf() -> bytes:
    """A catalogue whose /Pages node lists itself as its only kid."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def good_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(100, 700, "Budget prévisionnel")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _attachment(id_: int, name: str, content: bytes) -> Attachment:
    return Attachment(
        filename=name,
        mime="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        id=id_,
    )


def _file(*attachments: Attachment) -> DossierFile:
    d = Dossier(
        numero="PTCE/2013/007",
        pole_name="Pôle",
        lead_name="Porteur",
        region="Bretagne",
        amount_requested=1.0,
        attachments=list(attachments),
    )
    return DossierFile(dossier=d, rules=[], reviews_done=0, reviews_expected=0)


def test_check_pdf_refuses_the_loop_with_qpdf_and_without(tmp_path, monkeypatch):
    with pytest.raises(UnreadablePdf, match="Loop detected in /Pages"):
        check_pdf(looping_pdf())
    monkeypatch.setattr(pdf_guard.shutil, "which", lambda _name: None)  # QtPdf's probe alone
    started = time.monotonic()
    with pytest.raises(UnreadablePdf, match="ne s'est pas terminée en 1 s"):
        check_pdf(looping_pdf(), timeout=1)
    assert time.monotonic() - started < 10


def test_check_pdf_passes_a_good_pdf_and_refuses_what_is_not_one(tmp_path):
    path = tmp_path / "ok.pdf"
    path.write_bytes(good_pdf())
    assert check_pdf(path).pages == 1
    with pytest.raises(UnreadablePdf, match="pas un fichier PDF"):
        check_pdf(b"#!/bin/sh\n")


@pytest.mark.parametrize("said", ["3", "null", '["pages", 2]'])
def test_a_probe_reply_that_is_not_ours_is_a_refusal(tmp_path, monkeypatch, said):
    """Whatever the probe's last line holds (another program's output, a crash's), check_pdf
    answers UnreadablePdf, never a bug of its own."""
    monkeypatch.setattr(pdf_guard.shutil, "which", lambda _name: None)
    command = [sys.executable, "-c", f"print({said!r})"]
    monkeypatch.setattr(pdf_guard, "probe_command", lambda: command)
    with pytest.raises(UnreadablePdf, match="le lecteur PDF a échoué"):
        check_pdf(b"%PDF-1.4\n%%EOF\n")


def test_probe_command_in_the_frozen_build(monkeypatch):
    monkeypatch.setattr(pdf_guard.sys, "frozen", True, raising=False)
    monkeypatch.setattr(pdf_guard.sys, "executable", "/opt/ptce/ptce")
    assert pdf_guard.probe_command() == ["/opt/ptce/ptce-desktop", "--probe-pdf"]


@pytest.mark.parametrize("qpdf", [True, False], ids=["qpdf", "qtpdf-alone"])
def test_looping_pdf_never_freezes_the_window(qtbot, monkeypatch, qpdf):
    usual = limits.PDF_TIMEOUT_S
    if not qpdf:  # QtPdf's probe hangs on the loop until it is killed: 2 s here
        monkeypatch.setattr(pdf_guard.shutil, "which", lambda _name: None)
        monkeypatch.setattr(limits, "PDF_TIMEOUT_S", 2.0)
    loop = _attachment(1, "piege.pdf", looping_pdf())
    good = _attachment(2, "budget.pdf", good_pdf())
    contents = {1: loop.content, 2: good.content}
    tab = AttachmentsTab()
    qtbot.addWidget(tab)
    tab.set_loader(lambda i: contents[i])
    tab.show()
    tab.activate()
    ticks = []
    timer = QTimer(tab)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    started = time.monotonic()
    tab.show_file(_file(loop, good))  # the first one is selected and loaded
    assert time.monotonic() - started < 1.0  # the GUI thread did not wait for QtPdf
    assert "Vérification" in tab.other_label.text()
    qtbot.waitUntil(lambda: "illisible" in tab.other_label.text(), timeout=WAIT_MS)
    assert tab.stack.currentWidget() is child(tab, QWidget, "otherPage")
    assert "Pièce illisible : « piege.pdf »" in tab.other_label.text()
    if qpdf:
        assert "structure invalide selon qpdf" in tab.other_label.text()
        assert "Loop detected" in tab.other_label.text()
    else:
        assert "ne s'est pas terminée en 2 s" in tab.other_label.text()
        assert len(ticks) >= 10  # the timer kept firing while the probe hung
    assert tab.page_count_value() == 0
    assert tab.open_external() is None  # never handed to the system either
    # The next attachment is probed, then shown by QtPdf in the window; under the usual time
    # limit: starting the probe's Python and Qt alone can take 2 s on a loaded machine.
    monkeypatch.setattr(limits, "PDF_TIMEOUT_S", usual)
    tab.table.selectRow(1)
    qtbot.waitUntil(lambda: tab.page_count_value() == 1, timeout=WAIT_MS)
    assert tab.stack.currentWidget() is tab.pdf_view
    tab.probes.wait(5_000)


def test_open_external_only_known_types_under_our_name(qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        "ptce_desktop.gui.views.attachments_tab.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    pdf = _attachment(7, "budget.pdf", good_pdf())
    desktop = Attachment(filename="run.sh.desktop", content=b"[Desktop Entry]\nExec=sh", id=8)
    desktop.size, desktop.sha256 = 23, hashlib.sha256(desktop.content).hexdigest()
    contents = {7: pdf.content, 8: desktop.content}
    tab = AttachmentsTab()
    qtbot.addWidget(tab)
    tab.set_loader(lambda i: contents[i])
    tab.activate()
    tab.show_file(_file(pdf, desktop))
    qtbot.waitUntil(lambda: tab.page_count_value() == 1, timeout=WAIT_MS)
    path = tab.open_external()
    assert path is not None and path.name == "PTCE_2013_007-piece-7.pdf"
    assert opened == [str(path)] and path.read_bytes() == pdf.content
    tab.table.selectRow(1)
    assert tab.open_external() is None
    assert opened == [str(path)]
    assert "ne peut pas être ouvert" in tab.other_label.text()
    remove_run_temp_folder()  # what quitting the application does
    assert not Path(path).exists()
    tab.probes.wait(5_000)
