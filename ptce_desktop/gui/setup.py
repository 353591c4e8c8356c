"""Application-wide look and language: bundled fonts, Qt's French translations, style."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..paths import FONTS, ICONS
from . import format as fmt
from . import i18n
from . import settings as prefs
from .partials.fit import WindowFitter

FONT_FAMILY = "DejaVu Sans"
FONT_POINTS = 10

STYLE_SHEET = """
QTableView { gridline-color: #e3e6ea; selection-background-color: #cfe0f3;
             selection-color: #111111; }
QHeaderView::section { background: #eef1f5; border: none; border-right: 1px solid #d5dae1;
                       border-bottom: 1px solid #c4cad3; padding: 4px 6px; font-weight: bold; }
QTabBar::tab { padding: 6px 14px; }
QStatusBar QLabel { padding: 0 6px; }
QLineEdit#searchEdit { padding: 4px; }
"""


def _register_fonts() -> None:
    for path in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def configure_application(app: QApplication, *, lang: str = "fr") -> None:
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName("PTCE Desktop")
    QGuiApplication.setDesktopFileName("ptce-desktop")
    _register_fonts()
    i18n.install(app, lang)
    fmt.set_language(lang)
    if "Fusion" in QStyleFactory.keys():  # noqa: SIM118 - a list, not a dict
        app.setStyle("Fusion")
    app.setFont(QFont(FONT_FAMILY, FONT_POINTS))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, "#2f5d8c")
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
    if app.property("ptceFitter") is None:
        fitter = WindowFitter(app)
        app.installEventFilter(fitter)
        app.setProperty("ptceFitter", fitter)
    icon = ICONS / "ptce.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
