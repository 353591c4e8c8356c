"""Fichier > Exporter > Classeur Excel… / CSV (archive .zip)…: the call's dossiers and results.

The export runs on a worker thread (its own connection) behind the main window's progress
dialog; see services/exporting.py for what the files hold and where attachments go.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...services import exporting
from ...services.files import open_call
from .. import errors
from ..i18n import QT_TRANSLATE_NOOP
from ..tasks import Job, JobContext

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ..main_window import MainWindow

FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportActions", "Classeur Excel (*.xlsx)"),
    ".zip": QT_TRANSLATE_NOOP("ExportActions", "Fichiers CSV en archive zip (*.zip)"),
}


def export_to(window: MainWindow, out: Path) -> Job | None:
    """Write the export in the background; the status bar says where it went."""
    path = window.call_path()
    if path is None:
        errors.show_error(
            window,
            translate("ExportActions", "Exporter"),
            translate("ExportActions", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    actor = window.current_actor()

    def work(ctx: JobContext) -> Path:
        with open_call(path, actor=actor) as store:
            return exporting.export(store, out, progress=ctx.progress)

    def done(written: Path) -> None:
        said = translate("ExportActions", "Export écrit : {path}").format(path=written)
        if written.suffix.lower() == ".xlsx":
            said += translate("ExportActions", " (pièces jointes dans {folder}/)").format(
                folder=exporting.pieces_folder(written).name
            )
        window.statusBar().showMessage(said, 15_000)

    return window.run_task(
        work,
        label=translate("ExportActions", "Export vers {name}").format(name=out.name),
        on_done=done,
    )


def choose_and_export(window: MainWindow, suffix: str) -> None:
    if window.store is None:
        errors.show_error(
            window,
            translate("ExportActions", "Exporter"),
            translate("ExportActions", "Ouvrez d'abord un fichier d'appel."),
        )
        return
    start = window.store.path.with_name(f"{window.store.path.stem}-export{suffix}")
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("ExportActions", "Exporter"),
        str(start),
        translate("ExportActions", FILTERS[suffix]),
    )
    if not name:
        return
    out = Path(name)
    if out.suffix.lower() != suffix:
        out = out.with_name(out.name + suffix)
    export_to(window, out)
