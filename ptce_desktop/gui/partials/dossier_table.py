"""The dossier list: a table model over `browse.list_rows` and a filtering proxy.

Sorting is done by the source model on precomputed Python keys (a few milliseconds at 10,000
rows); letting the proxy sort would call `data()` from C++ hundreds of thousands of times.
The proxy only filters, and follows the source order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.model import OUTCOME_LABELS, Outcome
from ...services.browse import ListRow
from .. import format as fmt

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

GREEN, RED, GREY = QColor("#1b6e3a"), QColor("#b3261e"), QColor("#6b6b6b")
OUTCOME_ORDER = {o: i for i, o in enumerate(Outcome)}


def fold(text: str) -> str:
    """Sort key ignoring case and accents: "Île-de-France" sorts with the I."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def natural(text: str) -> tuple:
    """Sort key where digits compare as numbers: PTCE-2013-99 before PTCE-2013-100."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, fold(p)) for p in re.split(r"(\d+)", text) if p
    )


def eligibility_text(row: ListRow) -> str:
    if row.eligible is None:
        return "à contrôler"
    text = "éligible" if row.eligible else "inéligible"
    return f"{text} (dérog.)" if row.overrides else text


@dataclass(slots=True, frozen=True)
class _Col:
    title: str
    text: Callable[[ListRow], str]
    key: Callable[[ListRow], Any]  # None sorts last whichever the order
    right: bool = False


COLUMNS: tuple[_Col, ...] = (
    _Col("N°", lambda r: r.numero, lambda r: natural(r.numero)),
    _Col("Pôle", lambda r: r.pole_name, lambda r: fold(r.pole_name)),
    _Col("Région", lambda r: r.region, lambda r: fold(r.region)),
    _Col("Demandé", lambda r: fmt.eur(r.amount_requested), lambda r: r.amount_requested, True),
    _Col(
        "Éligibilité",
        eligibility_text,
        lambda r: None if r.eligible is None else (int(r.eligible), -r.overrides),
    ),
    _Col("Note", lambda r: fmt.score(r.score), lambda r: r.score, True),
    _Col(
        "Éval.",
        lambda r: f"{r.reviews_done}/{r.reviews_expected}" if r.reviews_expected else "—",
        lambda r: (
            (r.reviews_done / r.reviews_expected, r.reviews_expected)
            if r.reviews_expected
            else None
        ),
        True,
    ),
    _Col(
        "Décision",
        lambda r: OUTCOME_LABELS[r.outcome] if r.outcome else "—",
        lambda r: None if r.outcome is None else OUTCOME_ORDER[r.outcome],
    ),
)
COL_AMOUNT = 3


class DossierTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ListRow] = []
        self._key_cache: dict[int, dict[int, Any]] = {}

    def set_rows(self, rows: list[ListRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._key_cache.clear()
        self.endResetModel()

    def replace_row(self, new: ListRow) -> None:
        """Refresh one dossier's line in place (after an override, for example)."""
        for i, r in enumerate(self.rows):
            if r.id == new.id:
                self.rows[i] = new
                for keys in self._key_cache.values():
                    keys.pop(new.id, None)
                for column, keys in self._key_cache.items():
                    keys[new.id] = COLUMNS[column].key(new)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    def row_of(self, dossier_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == dossier_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _colour(row: ListRow, column: int) -> QBrush | None:
        if column == 4:
            colour = GREY if row.eligible is None else GREEN if row.eligible else RED
            return QBrush(colour)
        if column == 7 and row.outcome is not None:
            return QBrush(GREEN if row.outcome.is_grant else GREY)
        return None

    @staticmethod
    def _tooltip(row: ListRow, column: int) -> str | None:
        if column in (1, 2):
            return row.pole_name if column == 1 else row.region
        if column == 4 and row.overrides:
            return f"{row.overrides} règle(s) modifiée(s) par une dérogation justifiée"
        if column == 7 and row.outcome is not None and row.amount_granted:
            return f"{OUTCOME_LABELS[row.outcome]} : {fmt.eur(row.amount_granted)} accordés"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        keys = self._keys(column)
        ties = self._keys(0)  # equal values keep the number order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in persistent]
        present = [r for r in self.rows if keys[r.id] is not None]
        missing = [r for r in self.rows if keys[r.id] is None]
        present.sort(
            key=lambda r: (keys[r.id], ties[r.id]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        missing.sort(key=lambda r: ties[r.id])
        self.rows = present + missing
        position = {r.id: i for i, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(position[d], p.column()) for d, p in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _keys(self, column: int) -> dict[int, Any]:
        """Sort keys by dossier id, computed once per column: folding accents and splitting
        numbers for 10,000 rows costs more than the sort itself."""
        cached = self._key_cache.get(column)
        if cached is None:
            key = COLUMNS[column].key
            cached = self._key_cache[column] = {r.id: key(r) for r in self.rows}
        return cached


@dataclass(slots=True)
class Filters:
    ids: set[int] | None = None  # from the full-text search; None: no search
    region: str = ""
    sector: str = ""
    eligibility: str = ""  # "", "eligible", "ineligible", "override", "unchecked"
    review: str = ""  # "", "none", "pending", "complete"
    decision: str = ""  # "", "none", or an Outcome value

    def accepts(self, r: ListRow) -> bool:
        if self.ids is not None and r.id not in self.ids:
            return False
        if self.region and r.region != self.region:
            return False
        if self.sector and self.sector not in r.sectors:
            return False
        if self.eligibility and not _eligibility_matches(self.eligibility, r):
            return False
        if self.review and r.review_state != self.review:
            return False
        if self.decision:
            outcome = r.outcome.value if r.outcome else "none"
            if outcome != self.decision:
                return False
        return True


def _eligibility_matches(wanted: str, r: ListRow) -> bool:
    return {
        "eligible": r.eligible is True,
        "ineligible": r.eligible is False,
        "override": r.overrides > 0,
        "unchecked": r.eligible is None,
    }[wanted]


class DossierFilterProxy(QSortFilterProxyModel):
    """Filters on search results and the combo boxes; sorting is delegated to the source."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self.setDynamicSortFilter(False)

    def set_filters(self, filters: Filters) -> None:
        self.beginFilterChange()
        self.filters = filters
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DossierTableModel)
        return self.filters.accepts(model.rows[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def row_at(self, proxy_row: int) -> ListRow:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, DossierTableModel)
        return model.rows[source.row()]
