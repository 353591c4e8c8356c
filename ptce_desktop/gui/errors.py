"""Showing problems to the user: a dialog with a French message, never a bare traceback."""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..services.files import StoreError, from_sqlite
from .i18n import QT_TRANSLATE_NOOP
from .i18n import message as message  # re-exported: the views call errors.message

translate = QCoreApplication.translate

log = logging.getLogger("ptce_desktop")


# SQLite's result codes (sqlite3.Error.sqlite_errorname), in the user's words.
SQLITE_WORDS = {
    "SQLITE_BUSY": QT_TRANSLATE_NOOP(
        "Errors",
        "le fichier d'appel est occupé par un autre programme (une autre fenêtre ou "
        "la ligne de commande) : réessayez dans un instant",
    ),
    "SQLITE_LOCKED": QT_TRANSLATE_NOOP(
        "Errors",
        "le fichier d'appel est verrouillé par une autre opération en cours : "
        "réessayez dans un instant",
    ),
    "SQLITE_FULL": QT_TRANSLATE_NOOP(
        "Errors", "le disque est plein : libérez de la place puis recommencez"
    ),
    "SQLITE_READONLY": QT_TRANSLATE_NOOP(
        "Errors",
        "le fichier d'appel ne peut pas être modifié (lecture seule ou support "
        "protégé en écriture)",
    ),
    "SQLITE_CANTOPEN": QT_TRANSLATE_NOOP(
        "Errors",
        "le fichier d'appel ne peut pas être ouvert (dossier absent ou droits insuffisants)",
    ),
    "SQLITE_CORRUPT": QT_TRANSLATE_NOOP(
        "Errors", "le fichier d'appel est endommagé : restaurez une sauvegarde"
    ),
    "SQLITE_NOTADB": QT_TRANSLATE_NOOP(
        "Errors", "ce fichier n'est pas un fichier d'appel PTCE Desktop"
    ),
    "SQLITE_IOERR": QT_TRANSLATE_NOOP(
        "Errors", "erreur de lecture ou d'écriture sur le disque (support retiré, réseau coupé ?)"
    ),
    "SQLITE_PERM": QT_TRANSLATE_NOOP("Errors", "droits insuffisants sur le fichier d'appel"),
}
OS_WORDS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Errors", "le disque est plein : libérez de la place puis recommencez"
    ),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "droits insuffisants sur « {name} »"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "opération non permise sur « {name} »"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "« {name} » est introuvable"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "« {name} » est sur un support en lecture seule"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "« {name} » est un dossier, pas un fichier"),
}


def plain_words(exc: BaseException) -> str | None:
    """A database or system error said in the user's words (by its code, never its text), in
    the interface language; None when it is not one of those."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        base = next((w for code, w in SQLITE_WORDS.items() if name.startswith(code)), None)
        return translate(
            "Errors",
            base or QT_TRANSLATE_NOOP("Errors", "le fichier d'appel n'a pas pu être lu ou écrit"),
        )
    if isinstance(exc, OSError) and exc.errno in OS_WORDS:
        return translate("Errors", OS_WORDS[exc.errno]).format(
            name=exc.filename or translate("Errors", "fichier")
        )
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
        copy = box.addButton(
            translate("Errors", "Copier le détail"), QMessageBox.ButtonRole.ActionRole
        )
    box.exec()
    if copy is not None and box.clickedButton() is copy:
        QApplication.clipboard().setText(f"{title}\n{message}\n\n{details}")


def offer_restore(parent: QWidget | None, title: str, message: str) -> bool:
    """The message of a damaged or refused call file, with « Restaurer une sauvegarde… »;
    True when the user chose to restore."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Close,
                      parent)  # fmt: skip
    restore = box.addButton(
        translate("Errors", "Restaurer une sauvegarde…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()
    return box.clickedButton() is restore


def _file_error(exc: BaseException) -> StoreError | None:
    """A SQLite failure on the open call file as the user's message (None for a bug)."""
    if not isinstance(exc, sqlite3.Error):
        return None
    getters = [
        f for w in QApplication.topLevelWidgets() if callable(f := getattr(w, "call_path", None))
    ]
    path: Path | None = next((p for f in getters if (p := f()) is not None), None)
    return from_sqlite(exc, path or Path(translate("Errors", "fichier d'appel")))


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
            words[:1].upper()
            + words[1:]
            + translate("Errors", ". Vos données enregistrées ne sont pas touchées."),
            details,
        )
        return
    show_error(
        QApplication.activeWindow(),
        translate("Errors", "Erreur inattendue"),
        translate(
            "Errors",
            "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas "
            "touchées : chaque modification est une transaction complète ou n'a pas lieu.",
        )
        + f"\n\n{type(exc).__name__} : {message(exc)}",
        details,
    )


def install_excepthook() -> None:
    """Exceptions escaping a slot end up here instead of killing the app silently."""
    sys.excepthook = _hook
