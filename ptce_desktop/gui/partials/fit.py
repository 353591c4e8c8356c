"""Windows that fit the screen they open on (a 1366×768 laptop, a 1280×720 projector) and
remember their geometry per screen size.

`WindowFitter`, installed once on the application, sees every window shown: it restores the
geometry saved for that window on a screen of that size, bounds it to the screen, and saves it
again when the window hides. Windows and dialogs added later need nothing more than an
objectName.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QWidget,
)

from .. import settings as prefs

# Room left for the window frame and title bar, which availableGeometry does not include.
FRAME_MARGIN = QSize(16, 40)
FITTED = "ptceFitted"
# Windows that keep their own layout (the main window saves its docks too).
OWN_GEOMETRY = "ptceOwnGeometry"
# Qt's standard dialogs size themselves; only bound them.
STANDARD_DIALOGS = (QMessageBox, QFileDialog, QProgressDialog)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area that scrolls when the window is smaller."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def available(widget: QWidget) -> QSize:
    """The room for `widget`'s window: its screen's available geometry less the frame."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 768) - FRAME_MARGIN
    return screen.availableGeometry().size() - FRAME_MARGIN


def screen_key(widget: QWidget) -> str:
    """The screen size, part of every geometry key: a layout made on a 1920×1080 monitor is
    not forced on the 1366×768 laptop."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    size = screen.size() if screen is not None else QSize(0, 0)
    return f"{size.width()}x{size.height()}"


def _key(widget: QWidget) -> str:
    return f"geometry/{screen_key(widget)}/{widget.objectName() or type(widget).__name__}"


def restore_geometry(widget: QWidget) -> None:
    s = prefs.settings()
    key = _key(widget)
    geometry = s.value(f"{key}/window")
    if isinstance(geometry, QByteArray):
        widget.restoreGeometry(geometry)
    for splitter in widget.findChildren(QSplitter):
        state = s.value(f"{key}/{splitter.objectName()}")
        if splitter.objectName() and isinstance(state, QByteArray):
            splitter.restoreState(state)


def save_geometry(widget: QWidget) -> None:
    s = prefs.settings()
    key = _key(widget)
    s.setValue(f"{key}/window", widget.saveGeometry())
    for splitter in widget.findChildren(QSplitter):
        if splitter.objectName():
            s.setValue(f"{key}/{splitter.objectName()}", splitter.saveState())
    s.sync()


def bound_to_screen(widget: QWidget) -> None:
    if (layout := widget.layout()) is not None:
        layout.activate()  # the minimum size the window will really have
    room = available(widget)
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(widget.size().boundedTo(room))
    top_left = widget.screen().availableGeometry().topLeft() if widget.screen() else None
    if top_left is not None and (widget.x() < top_left.x() or widget.y() < top_left.y()):
        widget.move(max(widget.x(), top_left.x()), max(widget.y(), top_left.y()))


class WindowFitter(QObject):
    """Application event filter: every window and dialog fits its screen when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(
            watched, QMainWindow | QDialog
        ):
            remembered = not isinstance(watched, STANDARD_DIALOGS) and not watched.property(
                OWN_GEOMETRY
            )
            if kind == QEvent.Type.Show and watched.isWindow():
                if remembered and not watched.property(FITTED):
                    watched.setProperty(FITTED, True)
                    restore_geometry(watched)
                bound_to_screen(watched)
            elif kind == QEvent.Type.Hide and remembered and watched.property(FITTED):
                save_geometry(watched)
        return False
