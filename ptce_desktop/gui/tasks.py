"""The one place where work leaves the GUI thread.

Usage::

    job = tasks.run(lambda ctx: make_demo(path, progress=ctx.progress), label="Démo")
    job.progress.connect(bar.update)   # (percent, message)
    job.done.connect(on_result)        # the function's return value
    job.failed.connect(show_error)     # a French message; StoreError text as is
    job.cancel()                       # the next ctx.progress() / ctx.check() raises Cancelled

A job never uses the GUI's CallStore: it opens its own on the same path and closes it, or hands
it over as its result when its only work was opening the file (see MainWindow.open_call).
"""

from __future__ import annotations

import gc
import logging
import sqlite3
import threading
import traceback
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from ..services.files import StoreError, from_sqlite
from .errors import plain_words
from .i18n import message

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


@contextmanager
def long_lived_objects() -> Iterator[None]:
    """Around work that builds many objects the window keeps (the rows of a call): no
    garbage collection meanwhile, then those objects are frozen out of later collections.
    A full collection holds the GIL, so one run from a worker froze the GUI for ~90 ms at
    10,000 dossiers; frozen objects are still freed by reference counting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.freeze()


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobContext:
    """What the job's function sees: report progress, notice a cancellation."""

    def __init__(self, job: Job) -> None:
        self._job = job

    @property
    def cancelled(self) -> bool:
        return self._job.is_cancelled

    def check(self) -> None:
        if self._job.is_cancelled:
            raise Cancelled

    def progress(self, percent: int, message: str = "") -> None:
        self.check()
        self._job.progress.emit(int(percent), message)


class Job(QObject):
    """A handle on one background call; its signals arrive in the GUI thread."""

    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled

    def __init__(self, label: str, path: Path | None = None, *, quiet: bool = False) -> None:
        super().__init__()
        self.label = label
        self.quiet = quiet  # background upkeep nobody waits for (not asked about on quit)
        self.path = path  # the call file the job works on, named in SQLite failures
        self.error: BaseException | None = None  # set before `failed` is emitted
        self._cancel = threading.Event()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.job, self.fn = job, fn
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            result = self.fn(JobContext(job))
        except Cancelled:
            job.cancelled.emit()
        except sqlite3.Error as exc:
            known = from_sqlite(exc, job.path or Path(translate("Tasks", "fichier d'appel")))
            if known is None:
                self._unexpected(exc)
            else:
                job.error = known
                job.failed.emit(message(known))
        except (StoreError, ValueError, LookupError) as exc:
            job.error = exc
            job.failed.emit(message(exc))
        except OSError as exc:  # a full disk, a missing folder: said in the user's words
            job.error = exc
            words = plain_words(exc) or str(exc)
            job.failed.emit(words[:1].upper() + words[1:])
        except Exception as exc:  # a bug: keep the traceback in the log, show a message
            self._unexpected(exc)
        else:
            if job.is_cancelled:
                job.cancelled.emit()
            else:
                job.done.emit(result)
        job.finished.emit()

    def _unexpected(self, exc: Exception) -> None:
        log.error("tâche « %s » : %s", self.job.label, traceback.format_exc())
        self.job.error = exc
        self.job.failed.emit(
            translate("Tasks", "Erreur inattendue ({kind}) : {error}").format(
                kind=type(exc).__name__, error=message(exc)
            )
        )


class TaskManager(QObject):
    """Runs jobs on a small thread pool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()
        _MANAGERS.add(self)

    def run(
        self,
        fn: Callable[[JobContext], Any],
        *,
        label: str = "",
        path: Path | None = None,
        quiet: bool = False,
    ) -> Job:
        """Start `fn(ctx)` on a worker thread once control returns to the event loop; connect
        to the returned job's signals before that (in the same function). `path` is the call
        file it works on, named in the message if SQLite fails on it; a `quiet` job is
        upkeep the user did not ask for and does not count as `busy`."""
        job = Job(label, path, quiet=quiet)
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        # Started from the event loop, not here: a queued signal emitted before the caller
        # connects to it would be lost, and a fast job can finish before this returns.
        runnable = _Runnable(job, fn)
        QTimer.singleShot(0, self, lambda: self.pool.start(runnable))
        return job

    @property
    def busy(self) -> bool:
        """A job the user started is running."""
        return any(not job.quiet for job in self._jobs)

    @property
    def idle(self) -> bool:
        """No job at all, upkeep included."""
        return not self._jobs

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has ended (used on quit and in tests)."""
        return self.pool.waitForDone(msecs)


_MANAGERS: weakref.WeakSet[TaskManager] = weakref.WeakSet()


def finish_all(msecs: int) -> bool:
    """Cancel the jobs of every task manager (the window's, a view's own) and wait until they
    have ended, `msecs` at most for each: on quit, before the run's temporary files are
    removed and Python exits under a worker still using them. True if all ended."""
    managers = [m for m in _MANAGERS if shiboken6.isValid(m)]  # not those Qt deleted
    for manager in managers:
        manager.cancel_all()
    return all([manager.wait(msecs) for manager in managers])
