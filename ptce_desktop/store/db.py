"""Opening, creating and writing a call file: one SQLite file per call (`.ptce`)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from ..text import t
from . import audit
from .backup import drop_backups, make_backup, move_new
from .errors import (
    CheckPendingError,
    NewerVersionError,
    NotACallFileError,
    ReadOnlyFileError,
    StoreError,
    damaged,
    from_sqlite,
)
from .migrations import current_version, migrate
from .schema import LATEST_VERSION

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x50544345  # "PTCE": tells our files from any other SQLite database
EXTENSION = ".ptce"
NOT_A_DATABASE = 26  # SQLITE_NOTADB: the file does not start with SQLite's header
INTERRUPTED = 9  # SQLITE_INTERRUPT: a check stopped by its progress handler
BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
BUSY_STEP_MS = 250  # SQLite waits this long for a lock before we report and try again
BUSY_WAIT = 60.0  # seconds a writer keeps trying (the window's own store waits far less)
Check = Literal["quick", "full", "none", "later"]
BusyListener = Callable[[Path, int], None]
_busy_listeners: list[BusyListener] = []


def watch_busy(listener: BusyListener) -> Callable[[], None]:
    """Call `listener(path, attempt)` each time a writer finds the file locked by another
    program and tries again (from whichever thread waits); returns the function that stops it."""
    _busy_listeners.append(listener)
    return lambda: _busy_listeners.remove(listener) if listener in _busy_listeners else None


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    return f"{path.resolve().as_uri()}?{query}"


def _connect(path: Path, *, mode: str, immutable: bool = False) -> sqlite3.Connection:
    params = {"mode": mode} | ({"immutable": "1"} if immutable else {})
    # check_same_thread=False: the GUI opens (checks) a file on a worker thread, then uses the
    # connection on the GUI thread; one thread at a time, never both. Every other thread opens
    # its own connection: a second connection is harmless, a plain file handle is not.
    conn = sqlite3.connect(
        _uri(path, **params), uri=True, isolation_level=None, timeout=BUSY_STEP_MS / 1000,
        check_same_thread=False,
    )  # fmt: skip
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def read_only_reason(path: Path) -> str | None:
    """Why `path` can only be read (None when it can be written), from the file system's
    answer about rights, without opening the file: a read-only mount, a read-only file, or a
    folder where SQLite cannot create the files it keeps beside a call file."""
    if not os.access(path, os.W_OK):
        return "fichier ou support en lecture seule"
    if not os.access(path.parent, os.W_OK):
        return "dossier en lecture seule"
    return None


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _open_connection(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """A connection, read-write where the file system allows it; never touches the file with
    anything but SQLite (a plain open() and close() would drop this process's SQLite locks)."""
    if not path.is_file():
        raise NotACallFileError(t("{path} : fichier introuvable", path=path))
    if path.stat().st_size == 0:
        raise NotACallFileError(
            t("{path} : ce n'est pas un fichier d'appel PTCE (pas SQLite)", path=path)
        )
    reason = read_only_reason(path)
    if reason is None:
        return _connect(path, mode="rw"), None
    # No -shm beside the file and none can be made: nobody else can be writing to it, and
    # SQLite reads it as it stands.
    immutable = not os.access(path.parent, os.W_OK) and not _sidecar(path, "-shm").exists()
    return _connect(path, mode="ro", immutable=immutable), reason


class CallStore:
    """An open call file. Every write goes through `transaction()`, which seals the audit log.

    `read_only` says why writes are refused (None when they are not); `busy_wait` is how many
    seconds a write keeps trying while another program holds the file's write lock.
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, actor: str, read_only: str | None = None
    ) -> None:
        self.path = path
        self.conn = conn
        self.actor = actor
        self.read_only = read_only
        self.busy_wait = BUSY_WAIT
        # Opened with check="later": writes are refused until `checked(...)` says how the
        # integrity check run elsewhere (`check_integrity`) ended; the error if it failed.
        self.unchecked = False
        self.damage: StoreError | None = None
        # The open transaction's first audit entry id (exclusive) and action label.
        self._sealing: tuple[int, str] | None = None

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
            raise StoreError(t("{path} existe déjà : choisissez un autre nom", path=path))
        conn = _connect(path, mode="rwc")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, None)
        except BaseException as exc:
            conn.close()
            for leftover in (path, _sidecar(path, "-wal"), _sidecar(path, "-shm")):
                leftover.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.Error):
                raise (from_sqlite(exc, path) or exc) from exc
            raise
        return cls._configured(path, conn, actor=actor)

    @classmethod
    @contextmanager
    def building(cls, path: Path, *, actor: str) -> Iterator[CallStore]:
        """A new call file filled under a temporary name beside `path` and moved onto `path`
        only once complete, checkpointed and closed: a process killed meanwhile leaves no
        half-made call under the real name. A file that appeared at `path` meanwhile is kept.
        Backups taken meanwhile (services make them before bulk writes) are removed."""
        path = Path(path)
        if path.exists():
            raise StoreError(t("{path} existe déjà : choisissez un autre nom", path=path))
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{time.monotonic_ns()}.tmp")
        store = cls.create(tmp, actor=actor)
        # No sync per commit while building: a file cut short is never given the real name.
        # Back to FULL before the checkpoint, which then syncs the log and the database.
        store.conn.execute("PRAGMA synchronous = OFF")
        try:
            yield store
            store.conn.execute("PRAGMA synchronous = FULL")
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.close()
            move_new(tmp, path)
        except BaseException as exc:
            store.close()
            for leftover in (tmp, _sidecar(tmp, "-wal"), _sidecar(tmp, "-shm")):
                leftover.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.Error):
                raise (from_sqlite(exc, path) or exc) from exc
            raise
        finally:  # backups a service made on the way are of the temporary file
            drop_backups(tmp)

    @classmethod
    def open(cls, path: Path, *, actor: str, check: Check = "quick") -> CallStore:
        """Open an existing call file; `check` = "full" runs SQLite's complete integrity check
        (reads every page), "none" skips it (a file this process already checked), "later"
        leaves it to `check_integrity` on another thread: the store refuses writes until it
        is told the result (`checked`). A file that needs migrating is checked now whatever
        `check` says, "none" aside: a migration writes."""
        path = Path(path)
        conn, read_only = _open_connection(path)
        try:
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                if getattr(exc, "sqlite_errorcode", None) == NOT_A_DATABASE:
                    # SQLite cannot tell a foreign file from one whose header was damaged.
                    raise NotACallFileError(
                        t(
                            "{path} : ce n'est pas un fichier d'appel PTCE (pas SQLite, ou "
                            "en-tête endommagé : restaurez une sauvegarde s'il en est un)",
                            path=path,
                        )
                    ) from exc
                raise (from_sqlite(exc, path) or damaged(path, exc)) from exc
            if app_id != APPLICATION_ID:
                raise NotACallFileError(
                    t(
                        "{path} : base SQLite d'une autre application, pas un fichier d'appel PTCE",
                        path=path,
                    )
                )
            try:
                version = current_version(conn)
                now = "quick" if check == "later" and version < LATEST_VERSION else check
                result = _integrity(conn, now)
            except sqlite3.DatabaseError as exc:
                raise (from_sqlite(exc, path) or damaged(path, exc)) from exc
            if result != "ok":
                raise damaged(path, result)
            if version > LATEST_VERSION:
                raise NewerVersionError(
                    t(
                        "{path} : fichier créé par une version plus récente de PTCE Desktop "
                        "(schéma {version}, cette version connaît le schéma {LATEST_VERSION}) "
                        "; mettez l'application à jour",
                        path=path,
                        version=version,
                        LATEST_VERSION=LATEST_VERSION,
                    )
                )
            if read_only is None:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
                conn.execute("PRAGMA journal_mode = WAL")
                migrate(conn, path)
            elif version < LATEST_VERSION:
                raise ReadOnlyFileError(
                    t(
                        "{path} : ce fichier doit être mis à jour pour cette version de "
                        "PTCE Desktop, mais il est en lecture seule ({read_only}) ; copiez-le "
                        "dans un dossier où vous pouvez écrire",
                        path=path,
                        read_only=read_only,
                    )
                )
        except sqlite3.Error as exc:
            conn.close()
            raise (from_sqlite(exc, path) or exc) from exc
        except BaseException:
            conn.close()
            raise
        store = cls._configured(path, conn, actor=actor, read_only=read_only)
        store.unchecked = check == "later" and now == "later"
        return store

    @classmethod
    def _configured(
        cls, path: Path, conn: sqlite3.Connection, *, actor: str, read_only: str | None = None
    ) -> CallStore:
        if read_only is None:
            # FULL: a committed change survives a power cut, not only a crash of the app.
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
        return cls(path, conn, actor=actor, read_only=read_only)

    def data_version(self) -> int:
        """Changes whenever another connection (another program, another thread) commits."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def checked(self, problem: StoreError | None) -> None:
        """The integrity check of a store opened with check="later" has ended: writes are
        allowed when it found nothing, refused for good with `problem` (DamagedFileError,
        or whatever stopped the check) when it did not pass."""
        self.unchecked = False
        self.damage = problem

    def refuse_if_read_only(self) -> None:
        """Writes refused: a read-only file, a damaged one, or one whose check is running."""
        if self.damage is not None:
            raise self.damage
        if self.unchecked:
            raise CheckPendingError(
                t(
                    "{path} : vérification de l'intégrité du fichier en cours ; "
                    "modification refusée pour l'instant, réessayez dans un instant",
                    path=self.path,
                )
            )
        if self.read_only is not None:
            raise ReadOnlyFileError(
                t(
                    "{path} : ouvert en lecture seule ({read_only}) ; modification "
                    "refusée. Copiez le fichier dans un dossier où vous pouvez écrire "
                    "pour le modifier",
                    path=self.path,
                    read_only=self.read_only,
                )
            )

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, trying again (and saying so) while another program writes."""
        deadline = time.monotonic() + self.busy_wait
        attempt = 0
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
                if code not in BUSY_CODES or time.monotonic() >= deadline:
                    raise (from_sqlite(exc, self.path) or exc) from exc
            attempt += 1
            for listener in list(_busy_listeners):
                listener(self.path, attempt)

    @contextmanager
    def transaction(self, action: str = "") -> Iterator[CallStore]:
        """All or nothing; the audit entries it creates are sealed in the same transaction.

        A SQLite failure the user can act on (full disk, damaged file, lock held too long)
        comes out as its StoreError, after the rollback.
        """
        self.refuse_if_read_only()
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
        self._begin()
        try:
            self._sealing = (audit.max_id(self.conn), action)
            yield self
            self.seal_so_far()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise (from_sqlite(exc, self.path) or exc) from exc
            raise
        finally:
            self._sealing = None

    def seal_so_far(self) -> None:
        """Seal the audit entries the open transaction has made so far (at its end, and before
        a bulk writer appends entries sealed as it writes them: the chain reaches them first)."""
        if self._sealing is None:
            raise RuntimeError("seal_so_far outside store.transaction()")
        since, action = self._sealing
        audit.seal(self.conn, since=since, actor=self.sealing_actor, action=action)

    @property
    def sealing_actor(self) -> str:
        """Who the audit entries are sealed in the name of."""
        return self.actor or "inconnu"

    @property
    def sealing_action(self) -> str:
        """The open transaction's action label, what its audit entries are sealed with."""
        if self._sealing is None:
            raise RuntimeError("no open store.transaction()")
        return self._sealing[1]

    def integrity_check(self) -> None:
        """SQLite's full check of every page; DamagedFileError when it finds anything."""
        try:
            result = _integrity(self.conn, "full")
        except sqlite3.DatabaseError as exc:
            raise (from_sqlite(exc, self.path) or damaged(self.path, exc)) from exc
        if result != "ok":
            raise damaged(self.path, result)

    def backup(self, reason: str) -> Path:
        self.refuse_if_read_only()
        return make_backup(self.conn, self.path, reason=reason)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CallStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# How often the check asks `cancelled()`, in SQLite steps: about every 10 ms. Each question is
# the check's only call into Python and takes the interpreter's lock: every 10,000 steps (0.4 ms)
# it took the lock from the window as it painted the call just opened.
CHECK_PROGRESS_STEPS = 200_000


def check_integrity(path: Path, *, cancelled: Callable[[], bool] = lambda: False) -> None:
    """SQLite's quick check of every page of `path` on a read-only connection of its own
    (another thread, while the window reads and shows the file); DamagedFileError when it
    finds anything. `cancelled()` is asked as it goes: True interrupts it (sqlite3's
    OperationalError, code SQLITE_INTERRUPT)."""
    immutable = not os.access(path.parent, os.W_OK) and not _sidecar(path, "-shm").exists()
    conn = _connect(path, mode="ro", immutable=immutable)
    try:
        conn.set_progress_handler(lambda: int(cancelled()), CHECK_PROGRESS_STEPS)
        result = _integrity(conn, "quick")
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) == INTERRUPTED:
            raise
        raise (from_sqlite(exc, path) or damaged(path, exc)) from exc
    finally:
        conn.close()
    if result != "ok":
        raise damaged(path, result)


def _integrity(conn: sqlite3.Connection, check: Check) -> str:
    if check in ("none", "later"):
        return "ok"
    pragma = "integrity_check" if check == "full" else "quick_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just wrote (sqlite3 types `lastrowid` as optional)."""
    row_id = cur.lastrowid
    if row_id is None:
        raise RuntimeError(t("INSERT sans identifiant de ligne"))
    return row_id
