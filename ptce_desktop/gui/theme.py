"""Colours that follow the theme: the soft inks of the standard look become white or yellow on
black in the high-contrast theme (« Préférences »)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

HIGH_CONTRAST_INK = "#ffffff"
HIGH_CONTRAST_ACCENT = "#ffff00"


def high_contrast() -> bool:
    """True when the application's window colour is dark (the high-contrast theme)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 96


def ink(colour: str, *, accent: bool = False) -> str:
    """`colour` in the standard look; white (yellow for an accent) in high contrast."""
    if not high_contrast():
        return colour
    return HIGH_CONTRAST_ACCENT if accent else HIGH_CONTRAST_INK
