"""The one place where Qt Designer forms (ui/*.ui) are loaded.

`load_ui(name, base)` builds the form *into* `base` (a QMainWindow, QDialog or QWidget
subclass instance), like uic's loadUi, so screens subclass Qt classes and still keep their
layout in Designer. `child(base, Type, "objectName")` then gives typed access to a part.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDir, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..paths import UI
from .partials.fields import DateField, NumberField
from .partials.pdf_view import PdfView

translate = QCoreApplication.translate

T = TypeVar("T", bound=QObject)


# Widgets the forms use that Designer does not know: forms name them as custom widgets.

CUSTOM_WIDGETS: tuple[type[QWidget], ...] = (PdfView, NumberField, DateField)


class _IntoLoader(QUiLoader):
    def __init__(self) -> None:
        # Made with no library paths: QUiLoader loads every Designer plug-in it finds there
        # as it is made, and those PySide6 ships bring Qt WebEngine and Qt Quick into the
        # process (the forms use Qt's widgets and ours, registered below).
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            super().__init__()
        finally:
            QCoreApplication.setLibraryPaths(paths)
        self._base: QWidget | None = None
        self.setWorkingDirectory(QDir(str(UI)))
        for cls in CUSTOM_WIDGETS:
            self.registerCustomWidget(cls)

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None and self._base is not None:
            return self._base  # the form's top level is the instance we fill
        return super().createWidget(class_name, parent, name)


_LOADER: list[_IntoLoader] = []


def _shared_loader() -> _IntoLoader:
    """One loader for every form, made at the first: each new one would look for plug-ins
    again (in the current folder too)."""
    if not _LOADER:
        _LOADER.append(_IntoLoader())
    return _LOADER[0]


def load_ui(name: str, base: QWidget) -> QWidget:
    """Fill `base` from ui/<name>.ui; raises FileNotFoundError naming the form."""
    path = UI / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(
            translate("UiLoader", "formulaire introuvable : {path}").format(path=path)
        )
    loader = _shared_loader()
    try:
        loader._base = base
        widget = loader.load(file, None)
    finally:
        file.close()
        loader._base = None  # not kept alive by the loader
    if widget is None:
        raise RuntimeError(
            translate("UiLoader", "formulaire illisible : {path} ({why})").format(
                path=path, why=loader.errorString()
            )
        )
    name_controls(base)
    return widget


CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def name_controls(root: QWidget) -> None:
    """A control with neither an accessible name nor a label (its text, a buddy) is named
    after its placeholder or tooltip, so that a screen reader says what it is."""
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or w.accessibleName():
            continue
        if isinstance(w, QAbstractButton) and w.text():
            continue
        hint = w.placeholderText() if isinstance(w, QLineEdit | QPlainTextEdit) else ""
        if hint or w.toolTip():
            w.setAccessibleName(hint or w.toolTip())


def child(base: QObject, cls: type[T], name: str) -> T:
    """The named part of a loaded form, with its type checked."""
    found = base.findChild(cls, name)
    if found is None:
        raise LookupError(
            translate("UiLoader", "élément « {name} » ({kind}) absent du formulaire").format(
                name=name, kind=cls.__name__
            )
        )
    return found
