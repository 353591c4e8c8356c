"""What can go wrong opening or writing a call file, as specific exceptions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..text import t


class StoreError(Exception):
    """Base class: a problem with a call file, with a message fit for the user."""


class NotACallFileError(StoreError):
    """The file is not SQLite, is damaged, or is some other application's database."""


class NewerVersionError(StoreError):
    """The file was written by a newer PTCE Desktop."""


class ReadOnlyError(StoreError):
    """A write was attempted on a locked record (for example a signed session)."""


class DamagedFileError(NotACallFileError):
    """The file is one of ours but SQLite finds it damaged: restore a backup."""


class CheckPendingError(StoreError):
    """A write came while the file's integrity check still runs: refused, try again soon."""


class ReadOnlyFileError(StoreError):
    """The file or its folder cannot be written (read-only medium, rights): reading only."""


class DiskFullError(StoreError):
    """A write failed for lack of space or an I/O error; nothing of it was kept."""


class FileBusyError(StoreError):
    """Another program held the file's write lock for longer than we wait."""


# SQLite's primary result codes (https://sqlite.org/rescode.html) we tell the user about.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_IOERR_READS = {266, 522}  # SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ: the medium, not space


def damaged(path: Path, detail: object) -> DamagedFileError:
    return DamagedFileError(
        t(
            "{path} : fichier endommagé ({detail}) ; restaurez une sauvegarde "
            "(ptce backup list {path}, ou Fichier > Restaurer une sauvegarde…)",
            path=path,
            detail=detail,
        )
    )


def from_sqlite(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The user's version of a SQLite failure on `path`, or None for a bug in our SQL.

    Told apart by SQLite's result code, never by the text; a value SQLite cannot hand back as
    text (no code at all) is a damaged record.
    """
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.ProgrammingError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    if primary in (_BUSY, _LOCKED):
        return FileBusyError(
            t(
                "{path} : le fichier est utilisé par un autre programme ; réessayez "
                "dans un instant",
                path=path,
            )
        )
    if primary == _READONLY:
        return ReadOnlyFileError(
            t(
                "{path} : fichier en lecture seule, modification refusée ; copiez-le "
                "dans un dossier où vous pouvez écrire",
                path=path,
            )
        )
    if primary == _FULL or (primary == _IOERR and code not in _IOERR_READS):
        return DiskFullError(
            t(
                "{path} : disque plein ou erreur d'écriture ; rien n'a été enregistré "
                "de cette opération, le fichier est tel qu'avant. Libérez de la "
                "place puis recommencez",
                path=path,
            )
        )
    if primary is None:  # stored bytes that are not the text they should be
        return damaged(path, "texte illisible dans les données")
    if primary in (_CORRUPT, _NOTADB, _IOERR):
        return damaged(path, exc)
    if primary == _CANTOPEN:
        return StoreError(t("{path} : impossible d'ouvrir le fichier ({exc})", path=path, exc=exc))
    return None
