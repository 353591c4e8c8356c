"""“Qui êtes-vous ?”: the person of the call the audit log will name for this file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ...domain.model import Person
from ...services.browse import SECRETARIAT
from ..i18n import roles_text
from ..uiloader import child, load_ui


def _describe(p: Person) -> str:
    """« institution — roles » as the lists show it."""
    return " — ".join(x for x in (p.institution, roles_text(p)) if x)


class IdentityDialog(QDialog):
    def __init__(
        self, people: list[Person], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_ui("identity_dialog", self)
        self.filter_edit = child(self, QLineEdit, "filterEdit")
        self.list = child(self, QListWidget, "peopleList")
        self.buttons = child(self, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        entries = [(p.name, _describe(p)) for p in people]
        entries.append(
            (SECRETARIAT, self.tr("secrétariat du comité (sans être une personne de l'appel)"))
        )
        for name, detail in entries:
            item = QListWidgetItem(f"{name}\n    {detail}" if detail else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
            if name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(self.list.count() - 1)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.setFocus()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None and (
            self.list.currentItem() is None or self.list.currentItem().isHidden()
        ):
            self.list.setCurrentRow(first)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
