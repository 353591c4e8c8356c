"""A read-only table model over a short list of records (rules, co-fundings, attachments,
history): each column says how to show, sort and colour a record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from .. import theme

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class Column(Generic[R]):  # not slotted: Column[X](...) sets __orig_class__
    title: str
    text: Callable[[R], str]
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    colour: Callable[[R], str | None] | None = None  # a colour name, or None
    bold: Callable[[R], bool] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self.records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Titles marked with QT_TRANSLATE_NOOP("columns", ...) follow the language.
            return QCoreApplication.translate("columns", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec, col = self.records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(rec)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(rec) or None
        if role == Qt.ItemDataRole.ForegroundRole and col.colour and not theme.high_contrast():
            name = col.colour(rec)
            return QBrush(QColor(name)) if name else None
        if role == Qt.ItemDataRole.FontRole and col.bold and col.bold(rec):
            font = QFont()
            font.setBold(True)
            return font
        if role == RECORD_ROLE:
            return rec
        return None
