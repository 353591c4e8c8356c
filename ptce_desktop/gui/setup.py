"""Application-wide look and language: bundled fonts, translations (ours and Qt's), style,
the high-contrast theme and the text size chosen in « Préférences »."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..paths import FONTS, ICONS
from . import format as fmt
from . import i18n
from . import settings as prefs
from .partials.fit import WindowFitter

FONT_FAMILY = "DejaVu Sans"
GIL_SWITCH_S = 0.001  # see configure_application
FONT_POINTS = prefs.DEFAULT_POINTS

STYLE_SHEET = """
QTableView { gridline-color: #e3e6ea; selection-background-color: #cfe0f3;
             selection-color: #111111; }
QHeaderView::section { background: #eef1f5; border: none; border-right: 1px solid #d5dae1;
                       border-bottom: 1px solid #c4cad3; padding: 4px 6px; font-weight: bold; }
QTabBar::tab { padding: 6px 14px; }
QStatusBar QLabel { padding: 0 6px; }
QLineEdit#searchEdit { padding: 4px; }
"""


# High contrast: white on black, yellow focus and selection, every frame outlined.
HIGH_CONTRAST_SHEET = """
QWidget { background: #000000; color: #ffffff; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QAbstractItemView {
    border: 2px solid #ffffff; background: #000000; color: #ffffff;
    selection-background-color: #ffff00; selection-color: #000000; }
QPushButton, QToolButton { border: 2px solid #ffffff; padding: 4px 10px; background: #1a1a1a; }
QPushButton:disabled, QToolButton:disabled { color: #9a9a9a; border-color: #9a9a9a; }
QLabel:disabled { color: #9a9a9a; }
*:focus { outline: 3px solid #ffff00; border-color: #ffff00; }
QHeaderView::section { background: #000000; color: #ffff00; border: 1px solid #ffffff;
                       padding: 4px 6px; font-weight: bold; }
QTabBar::tab { padding: 6px 14px; border: 1px solid #ffffff; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
QMenuBar::item:selected, QMenu::item:selected { background: #ffff00; color: #000000; }
QGroupBox { border: 1px solid #ffffff; margin-top: 14px; }
QGroupBox::title { color: #ffff00; }
QRadioButton::indicator, QCheckBox::indicator { width: 12px; height: 12px;
    border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: #ffff00; }
"""


def apply_look(app: QApplication) -> None:
    """The theme and text size saved in « Préférences », applied to every window."""
    high = prefs.high_contrast()
    app.setFont(QFont(FONT_FAMILY, prefs.text_points()))
    palette = QPalette() if not high else _high_contrast_palette()
    if not high:
        palette.setColor(QPalette.ColorRole.Highlight, "#2f5d8c")
    app.setPalette(palette)
    app.setStyleSheet(HIGH_CONTRAST_SHEET if high else STYLE_SHEET)


def _high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.AlternateBase, "#1a1a1a"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#1a1a1a"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#ffff00"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
        (QPalette.ColorRole.ToolTipBase, "#000000"),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
        (QPalette.ColorRole.Link, "#00ffff"),
    ):
        palette.setColor(role, colour)
    return palette


# The faces the window uses. Not DejaVuSans-Stamp.ttf (the signature stamps' subset, whose
# family is also « DejaVu Sans »: Qt could draw the interface with it, short of glyphs) nor
# the serif of the documents.
GUI_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
             "DejaVuSans-BoldOblique.ttf")  # fmt: skip


def _register_fonts() -> None:
    for name in GUI_FONTS:
        QFontDatabase.addApplicationFont(str(FONTS / name))


def configure_application(app: QApplication, *, lang: str | None = None) -> None:
    """`lang`: fr or en; by default the one saved in « Préférences » (French at first)."""
    lang = lang or prefs.language()
    # A worker running Python (sorting the list, reading a workbook) keeps the interpreter's
    # lock for up to the switch interval each time the GUI thread asks for it, and a repaint
    # asks once per cell: at the default 5 ms, showing a dossier while the list's orders were
    # made stalled the window 70-90 ms; at 1 ms, 25-40. The lock only changes hands when a
    # thread waits for it: a worker alone runs as fast.
    sys.setswitchinterval(GIL_SWITCH_S)
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName("PTCE Desktop")
    QGuiApplication.setDesktopFileName("ptce-desktop")
    _register_fonts()
    i18n.install(app, lang)
    fmt.set_language(lang)
    if "Fusion" in QStyleFactory.keys():  # noqa: SIM118 - a list, not a dict
        app.setStyle("Fusion")
    apply_look(app)
    if app.property("ptceFitter") is None:
        fitter = WindowFitter(app)
        app.installEventFilter(fitter)
        app.setProperty("ptceFitter", fitter)
    icon = ICONS / "ptce.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
