"""What the scoring grid and the annotations share: one undo stack over their edits, in an
« Édition » menu, and a signal telling each view that a dossier's review data changed.

An edit is done first (written to the file in its own transaction) and only then pushed, so a
refused change never reaches the stack; undo and redo write the file again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from .. import errors

if TYPE_CHECKING:
    from ..main_window import MainWindow

Action = Callable[[], object]


class _Command(QUndoCommand):
    def __init__(self, desk: ReviewDesk, text: str, do: Action, undo: Action, dossier_id: int):
        super().__init__(text)
        self._desk, self._do, self._undo, self.dossier_id = desk, do, undo, dossier_id
        self._done_already = True  # QUndoStack.push calls redo(): the edit is already written

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._desk.apply(self, self._do)

    def undo(self) -> None:
        self._desk.apply(self, self._undo)


class ReviewDesk(QObject):
    """One per main window (see `desk_for`)."""

    changed = Signal(int)  # a dossier's grid or notes changed through undo/redo

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.undo_action = self.stack.createUndoAction(window, self.tr("&Annuler"))
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.stack.createRedoAction(window, self.tr("&Rétablir"))
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        menu = QMenu(self.tr("Éd&ition"), window)
        menu.setObjectName("menuEdit")
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        bar = window.menuBar()
        view_menu = window.findChild(QMenu, "menuView")
        bar.insertMenu(view_menu.menuAction(), menu) if view_menu else bar.addMenu(menu)
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        self.edit_menu = menu
        # Edits of another file make no sense once it is closed.
        window.call_opened.connect(lambda _p: self.stack.clear())

    def run(self, text: str, do: Action, undo: Action, dossier_id: int) -> bool:
        """Do an edit now; on success it goes on the undo stack. Errors are shown."""
        try:
            do()
        except Exception as exc:
            errors.show_error(self.window, self.tr("Modification refusée"), _sentence(exc))
            return False
        self.stack.push(_Command(self, text, do, undo, dossier_id))
        return True

    def apply(self, command: _Command, action: Action) -> None:
        try:
            action()
        except Exception as exc:
            command.setObsolete(True)  # e.g. the review was submitted since: drop the step
            errors.show_error(self.window, self.tr("Annulation impossible"), _sentence(exc))
        self.changed.emit(command.dossier_id)


def _sentence(exc: Exception) -> str:
    text = errors.message(exc) or type(exc).__name__
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def desk_for(window: MainWindow) -> ReviewDesk:
    desk = getattr(window, "review_desk", None)
    if desk is None:
        desk = ReviewDesk(window)
        window.review_desk = desk
    return desk
