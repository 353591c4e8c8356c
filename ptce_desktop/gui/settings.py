"""What the app remembers between runs (QSettings): recent files, who you are per file,
window layout."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "PTCE Desktop"
APPLICATION = "ptce-desktop"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _file_key(path: Path) -> str:
    # A hash keeps the key short and free of the characters QSettings treats specially.
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def identity_for(path: Path) -> str | None:
    value = settings().value(f"identity/{_file_key(path)}")
    return str(value) if value else None


def set_identity_for(path: Path, name: str) -> None:
    s = settings()
    s.setValue(f"identity/{_file_key(path)}", name)
    s.sync()


def recent_files() -> list[Path]:
    value = settings().value("recent", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(p) for p in items if p]


def add_recent(path: Path) -> list[Path]:
    path = Path(path).resolve()
    items = [path] + [p for p in recent_files() if p != path]
    items = items[:MAX_RECENT]
    s = settings()
    s.setValue("recent", [str(p) for p in items])
    s.sync()
    return items


def forget_recent(path: Path) -> None:
    s = settings()
    s.setValue("recent", [str(p) for p in recent_files() if p != Path(path)])
    s.sync()
