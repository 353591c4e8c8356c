"""Showing problems to the user: a dialog with a French message, never a bare traceback."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..services.files import StoreError, from_sqlite

log = logging.getLogger("ptce_desktop")


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A modal error; with `details` (a traceback), « Copier le détail » puts the message and
    the details on the clipboard for a bug report."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent
    )
    copy = None
    if details:
        box.setDetailedText(details)
        copy = box.addButton("Copier le détail", QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if copy is not None and box.clickedButton() is copy:
        QApplication.clipboard().setText(f"{title}\n{message}\n\n{details}")


def offer_restore(parent: QWidget | None, title: str, message: str) -> bool:
    """The message of a damaged or refused call file, with « Restaurer une sauvegarde… »;
    True when the user chose to restore."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Close,
                      parent)  # fmt: skip
    restore = box.addButton("Restaurer une sauvegarde…", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box.clickedButton() is restore


def _file_error(exc: BaseException) -> StoreError | None:
    """A SQLite failure on the open call file as the user's message (None for a bug)."""
    if not isinstance(exc, sqlite3.Error):
        return None
    windows = [w for w in QApplication.topLevelWidgets() if callable(getattr(w, "call_path", None))]
    path = next((p for w in windows if (p := w.call_path()) is not None), None)
    return from_sqlite(exc, path or Path("fichier d'appel"))


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    details = "".join(traceback.format_exception(kind, exc, tb))
    log.error("exception non traitée :\n%s", details)
    print(details, file=sys.stderr)
    if QApplication.instance() is None:
        return
    known = exc if isinstance(exc, StoreError) else _file_error(exc)
    if known is not None:
        show_error(QApplication.activeWindow(), "PTCE Desktop", str(known))
        return
    show_error(
        QApplication.activeWindow(),
        "Erreur inattendue",
        "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées : "
        "chaque modification est une transaction complète ou n'a pas lieu.\n\n"
        f"{type(exc).__name__} : {exc}",
        details,
    )


def install_excepthook() -> None:
    """Exceptions escaping a slot end up here instead of killing the app silently."""
    sys.excepthook = _hook
