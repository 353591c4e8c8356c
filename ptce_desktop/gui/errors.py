"""Showing problems to the user: a dialog with a French message, never a bare traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..store.errors import StoreError

log = logging.getLogger("ptce_desktop")


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent
    )
    if details:
        box.setDetailedText(details)
    box.exec()


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    details = "".join(traceback.format_exception(kind, exc, tb))
    log.error("exception non traitée :\n%s", details)
    print(details, file=sys.stderr)
    if QApplication.instance() is None:
        return
    if isinstance(exc, StoreError):
        show_error(QApplication.activeWindow(), "PTCE Desktop", str(exc))
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
