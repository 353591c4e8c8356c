"""Reading untrusted PDFs under a time limit, outside the app's own process.

`check_pdf(path_or_bytes, timeout=...)` runs, each in a process of its own and each killed past
the time limit: qpdf's structural check (`qpdf --check`, when qpdf is installed), then our probe
(io/pdf_probe.py), which opens the file with QtPdf and renders its first page. It returns a
`PdfCheck` or raises `UnreadablePdf` saying why in French. The attachments viewer calls it on a
worker thread before QtPdf touches the bytes in the window; anything else reading a PDF from
outside (`ptce verify`) can call it the same way.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..text import t
from . import limits

PDF_MAGIC = b"%PDF-"


class UnreadablePdf(ValueError):
    """The PDF cannot be shown safely; the message says why (« pièce illisible : … »)."""


@dataclass(frozen=True, slots=True)
class PdfCheck:
    pages: int
    qpdf_checked: bool  # False when qpdf is not installed: only QtPdf's probe ran


def probe_command() -> list[str]:
    """How to start the probe: our module with this Python, or, in the frozen build (where the
    `ptce` program has no Qt), the window's program with `--probe-pdf`."""
    if getattr(sys, "frozen", False):
        name = "ptce-desktop.exe" if os.name == "nt" else "ptce-desktop"
        return [str(Path(sys.executable).with_name(name)), "--probe-pdf"]
    return [sys.executable, "-m", "ptce_desktop.io.pdf_probe"]


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _qpdf(path: Path, timeout: float) -> bool:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return False
    try:
        done = _run([qpdf, "--check", str(path)], timeout)
    except subprocess.TimeoutExpired as exc:
        raise UnreadablePdf(
            t("contrôle de structure trop long (plus de {timeout:g} s)", timeout=timeout)
        ) from exc
    if done.returncode == 2:  # 3 means warnings only: a damaged but readable file
        lines = [line.strip() for line in (done.stderr + done.stdout).splitlines()]
        errors = [line.removeprefix("ERROR: ") for line in lines if line.startswith("ERROR")]
        detail = (errors or ["erreur"])[0].replace(str(path), "").strip()
        raise UnreadablePdf(t("structure invalide selon qpdf : {detail}", detail=detail))
    return True


def _probe(path: Path, timeout: float) -> int:
    try:
        done = _run([*probe_command(), str(path)], timeout)
    except subprocess.TimeoutExpired as exc:
        raise UnreadablePdf(
            t(
                "l'ouverture ne s'est pas terminée en {timeout:g} s (fichier piégé ou endommagé)",
                timeout=timeout,
            )
        ) from exc
    try:
        reply = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        reply = {}
    if not isinstance(reply, dict):  # not the probe's reply: something else printed last
        reply = {}
    pages = reply.get("pages")
    if done.returncode == 0 and isinstance(pages, int):
        return pages
    raise UnreadablePdf(
        str(reply.get("error") or f"le lecteur PDF a échoué (code {done.returncode})")
    )


def check_pdf(source: Path | bytes, *, timeout: float = limits.PDF_TIMEOUT_S) -> PdfCheck:
    """Check an untrusted PDF (a path or its bytes) in separate processes, each under
    `timeout` seconds; raises UnreadablePdf with the reason."""
    with tempfile.TemporaryDirectory(prefix="ptce-pdf-") as folder:
        if isinstance(source, bytes):
            data, path = source, Path(folder) / "piece.pdf"
            path.write_bytes(source)
        else:
            path = Path(source)
            with path.open("rb") as f:
                data = f.read(1024)
        if PDF_MAGIC not in data[:1024]:
            raise UnreadablePdf(t("ce n'est pas un fichier PDF"))
        checked = _qpdf(path, timeout)
        return PdfCheck(pages=_probe(path, timeout), qpdf_checked=checked)
