"""Showing problems to the user: a dialog with a French message, never a bare traceback."""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..services.files import StoreError, from_sqlite
from .i18n import message

log = logging.getLogger("ptce_desktop")


# SQLite's result codes (sqlite3.Error.sqlite_errorname), in the user's words.
SQLITE_WORDS = {
    "SQLITE_BUSY": "le fichier d'appel est occupé par un autre programme (une autre fenêtre ou "
    "la ligne de commande) : réessayez dans un instant",
    "SQLITE_LOCKED": "le fichier d'appel est verrouillé par une autre opération en cours : "
    "réessayez dans un instant",
    "SQLITE_FULL": "le disque est plein : libérez de la place puis recommencez",
    "SQLITE_READONLY": "le fichier d'appel ne peut pas être modifié (lecture seule ou support "
    "protégé en écriture)",
    "SQLITE_CANTOPEN": "le fichier d'appel ne peut pas être ouvert (dossier absent ou droits "
    "insuffisants)",
    "SQLITE_CORRUPT": "le fichier d'appel est endommagé : restaurez une sauvegarde",
    "SQLITE_NOTADB": "ce fichier n'est pas un fichier d'appel PTCE Desktop",
    "SQLITE_IOERR": "erreur de lecture ou d'écriture sur le disque (support retiré, réseau "
    "coupé ?)",
    "SQLITE_PERM": "droits insuffisants sur le fichier d'appel",
}
OS_WORDS = {
    errno.ENOSPC: "le disque est plein : libérez de la place puis recommencez",
    errno.EACCES: "droits insuffisants sur « {name} »",
    errno.EPERM: "opération non permise sur « {name} »",
    errno.ENOENT: "« {name} » est introuvable",
    errno.EROFS: "« {name} » est sur un support en lecture seule",
    errno.EISDIR: "« {name} » est un dossier, pas un fichier",
}


def plain_words(exc: BaseException) -> str | None:
    """A database or system error said in the user's words (by its code, never its text);
    None when it is not one of those."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        base = next((w for code, w in SQLITE_WORDS.items() if name.startswith(code)), None)
        return base or "le fichier d'appel n'a pas pu être lu ou écrit"
    if isinstance(exc, OSError) and exc.errno in OS_WORDS:
        return OS_WORDS[exc.errno].format(name=exc.filename or "fichier")
    return None


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
        show_error(QApplication.activeWindow(), "PTCE Desktop", message(known))
        return
    words = plain_words(exc)
    if words is not None:
        show_error(
            QApplication.activeWindow(),
            "PTCE Desktop",
            words[:1].upper() + words[1:] + ". Vos données enregistrées ne sont pas touchées.",
            details,
        )
        return
    show_error(
        QApplication.activeWindow(),
        "Erreur inattendue",
        "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées : "
        "chaque modification est une transaction complète ou n'a pas lieu.\n\n"
        f"{type(exc).__name__} : {message(exc)}",
        details,
    )


def install_excepthook() -> None:
    """Exceptions escaping a slot end up here instead of killing the app silently."""
    sys.excepthook = _hook
