"""Output files: written atomically (a temporary file beside the target, then a rename), named
safely from values, and the run's temporary folder removed at exit."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    write_atomic_with(path, lambda tmp: tmp.write_bytes(data))


def write_atomic_with(path: Path, writer: Callable[[Path], object]) -> None:
    """Let `writer` fill a temporary path, then move it onto `path` in one step.

    A reader never sees a half-written file, and a failure leaves the old file as it was.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer(tmp)
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")
MAX_NAME_CHARS = 120


def safe_filename(value: str, *, fallback: str = "_") -> str:
    """A file name part made from a value (a dossier's numero, a pole's name, a candidate's
    file name): no separators or characters Windows refuses, no leading dot (hidden, or `..`),
    no trailing dot or space, not a reserved device name, at most MAX_NAME_CHARS characters.
    `PTCE/2013/001` becomes `PTCE_2013_001`."""
    name = _UNSAFE.sub("_", value).strip().lstrip(".").rstrip(". ")
    if _RESERVED.fullmatch(name):
        name = "_" + name
    return name[:MAX_NAME_CHARS].rstrip(". ") or fallback


_run_folder: Path | None = None


def run_temp_folder() -> Path:
    """A private folder for this run's temporary copies (0700), removed at exit; the window
    also removes it when the application quits (remove_run_temp_folder)."""
    global _run_folder
    if _run_folder is None or not _run_folder.is_dir():
        _run_folder = Path(tempfile.mkdtemp(prefix="ptce-run-"))
        atexit.register(remove_run_temp_folder)
    return _run_folder


def remove_run_temp_folder() -> None:
    global _run_folder
    if _run_folder is not None:
        shutil.rmtree(_run_folder, ignore_errors=True)
        _run_folder = None
