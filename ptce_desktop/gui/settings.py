"""What the app remembers between runs (QSettings): recent files, who you are per file,
window layout."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "PTCE Desktop"
APPLICATION = "ptce-desktop"
MAX_RECENT = 8
DEFAULT_POINTS, MIN_POINTS, MAX_POINTS = 10, 8, 24


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
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
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


# -- look and language (« Préférences ») --------------------------------------------------------


def language() -> str:
    value = str(settings().value("prefs/language", "fr"))
    return value if value in ("fr", "en") else "fr"


def high_contrast() -> bool:
    return str(settings().value("prefs/high_contrast", "false")).lower() == "true"


def text_points() -> int:
    try:
        points = int(str(settings().value("prefs/text_points", DEFAULT_POINTS)))
    except (TypeError, ValueError):
        return DEFAULT_POINTS
    return min(max(points, MIN_POINTS), MAX_POINTS)


def set_look(*, language: str, high_contrast: bool, text_points: int) -> None:
    s = settings()
    s.setValue("prefs/language", language)
    s.setValue("prefs/high_contrast", "true" if high_contrast else "false")
    s.setValue("prefs/text_points", text_points)
    s.sync()
