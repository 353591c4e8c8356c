"""Opening, creating and writing a call file: one SQLite file per call (`.ptce`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import audit
from .backup import make_backup
from .errors import NewerVersionError, NotACallFileError, StoreError
from .migrations import current_version, migrate
from .schema import LATEST_VERSION

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x50544345  # "PTCE": tells our files from any other SQLite database
SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".ptce"


def _connect(path: Path, *, create: bool) -> sqlite3.Connection:
    mode = "rwc" if create else "rw"
    # check_same_thread=False: the GUI opens (checks) a file on a worker thread, then uses the
    # connection on the GUI thread; one thread at a time, never both.
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=10,
        check_same_thread=False,
    )  # fmt: skip
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _check_file(path: Path) -> None:
    """Refuse anything that is not one of our files, before SQLite writes a byte to it."""
    if not path.is_file():
        raise NotACallFileError(f"{path} : fichier introuvable")
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotACallFileError(f"{path} : ce n'est pas un fichier d'appel PTCE (pas SQLite)")


class CallStore:
    """An open call file. Every write goes through `transaction()`, which seals the audit log."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, actor: str) -> None:
        self.path = path
        self.conn = conn
        self.actor = actor

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for bulk inserts and introspection.

        Imported on first use: sqlite-utils imports pandas, half a second the window should not
        wait for.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def query(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> Iterator[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    @classmethod
    def create(cls, path: Path, *, actor: str) -> CallStore:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(f"{path} existe déjà : choisissez un autre nom")
        conn = _connect(path, create=True)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, None)
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            raise
        return cls._configured(path, conn, actor=actor)

    @classmethod
    def open(cls, path: Path, *, actor: str) -> CallStore:
        path = Path(path)
        _check_file(path)
        conn = _connect(path, create=False)
        try:
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = current_version(conn)
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise NotACallFileError(f"{path} : fichier endommagé ({exc})") from exc
            if app_id != APPLICATION_ID:
                raise NotACallFileError(
                    f"{path} : base SQLite d'une autre application, pas un fichier d'appel PTCE"
                )
            if check != "ok":
                raise NotACallFileError(f"{path} : fichier endommagé ({check})")
            if version > LATEST_VERSION:
                raise NewerVersionError(
                    f"{path} : fichier créé par une version plus récente de PTCE Desktop "
                    f"(schéma {version}, cette version connaît le schéma {LATEST_VERSION}) ; "
                    "mettez l'application à jour"
                )
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls._configured(path, conn, actor=actor)

    @classmethod
    def _configured(cls, path: Path, conn: sqlite3.Connection, *, actor: str) -> CallStore:
        # FULL: a committed change survives a power cut, not only a crash of the app.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 10000")
        return cls(path, conn, actor=actor)

    @contextmanager
    def transaction(self, action: str = "") -> Iterator[CallStore]:
        """All or nothing; the audit entries it creates are sealed in the same transaction."""
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                self.conn.execute("ROLLBACK TO nested")
                self.conn.execute("RELEASE nested")
                raise
            self.conn.execute("RELEASE nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            since = audit.max_id(self.conn)
            yield self
            audit.seal(self.conn, since=since, actor=self.actor or "inconnu", action=action)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def backup(self, reason: str) -> Path:
        return make_backup(self.conn, self.path, reason=reason)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CallStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
