"""Database and system errors reach the user in plain French, the technical text one click
away (the dialog's detailed text)."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path

import pytest

from ptce_desktop.gui import errors


def test_sqlite_and_system_errors_in_plain_words(tmp_path: Path) -> None:
    locked = sqlite3.connect(tmp_path / "a.db", timeout=0)
    locked.execute("CREATE TABLE t (x)")
    locked.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(tmp_path / "a.db", timeout=0)
    with pytest.raises(sqlite3.OperationalError) as busy:
        other.execute("SELECT * FROM t")
    assert "occupé par un autre programme" in (errors.plain_words(busy.value) or "")
    (tmp_path / "b.db").write_bytes(b"pas une base" * 200)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        sqlite3.connect(tmp_path / "b.db").execute("SELECT * FROM sqlite_master")
    assert "n'est pas un fichier d'appel" in (errors.plain_words(notadb.value) or "")
    full = OSError(errno.ENOSPC, "No space left on device", "/media/clé/appel.ptce")
    assert errors.plain_words(full) == "le disque est plein : libérez de la place puis recommencez"
    assert errors.plain_words(RuntimeError("bug")) is None


def test_the_hook_shows_words_and_keeps_the_detail(monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, t, m, d="": shown.append((t, m, d)))
    exc = PermissionError(errno.EACCES, "Permission denied", "/srv/appel.ptce")
    monkeypatch.setattr(sys, "stderr", open("/dev/null", "w"))  # noqa: SIM115
    errors._hook(PermissionError, exc, None)
    (_title, message, details) = shown[-1]
    assert message.startswith("Droits insuffisants sur « /srv/appel.ptce »")
    assert "Permission denied" not in message and "Permission denied" in details
