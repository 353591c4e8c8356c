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
    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base
        for cls in CUSTOM_WIDGETS:
            self.registerCustomWidget(cls)

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None:
            return self._base  # the form's top level is the instance we fill
        return super().createWidget(class_name, parent, name)


def load_ui(name: str, base: QWidget) -> QWidget:
    """Fill `base` from ui/<name>.ui; raises FileNotFoundError naming the form."""
    path = UI / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(
            translate("UiLoader", "formulaire introuvable : {path}").format(path=path)
        )
    try:
        loader = _IntoLoader(base)
        loader.setWorkingDirectory(QDir(str(UI)))
        widget = loader.load(file, None)
    finally:
        file.close()
        # The loader is a child of `base` and pointed back at it: a reference cycle that the
        # garbage collector may free on a worker thread, which crashes Qt. Break it.
        loader._base = None  # type: ignore[assignment]
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
