"""The dossier list: one table model over `browse.list_rows` that sorts and filters itself.

No QSortFilterProxyModel: a proxy calls back into Python once per row (sorting: hundreds of
thousands of times) and stalls the GUI at 10,000 rows. Here sorting copies one of the
orders, the number order made off the GUI thread (`number_order`) and each other column's from it
when first asked for, and filtering one list comprehension.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import compress, pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.model import OUTCOME_LABELS, Outcome
from ...services.browse import ListRow
from .. import format as fmt
from .. import i18n, theme
from ..i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

GREEN, RED, GREY = QColor("#1b6e3a"), QColor("#b3261e"), QColor("#6b6b6b")
# The view asks `data()` for about ten roles per visible cell at each repaint: the roles are
# compared as plain ints (an enum member per comparison costs more than the answer) and the
# brushes made once.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ROW = ROW_ROLE
ANSWERED = frozenset((DISPLAY, ALIGNMENT, FOREGROUND, TOOLTIP, ROW))
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
BRUSHES = {colour.name(): QBrush(colour) for colour in (GREEN, RED, GREY)}
OUTCOME_ORDER = {o: i for i, o in enumerate(Outcome)}


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Sort key ignoring case and accents: "Île-de-France" sorts with the I (memoised: a
    column holds few distinct regions)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key where digits compare as numbers: PTCE-2013-99 before PTCE-2013-100."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, fold(p)) for p in re.split(r"(\d+)", text) if p
    )


def eligibility_text(row: ListRow) -> str:
    if row.eligible is None:
        return translate("DossierTable", "à contrôler")
    text = (
        translate("DossierTable", "éligible")
        if row.eligible
        else translate("DossierTable", "inéligible")
    )
    return (
        translate("DossierTable", "{verdict} (dérog.)").format(verdict=text)
        if row.overrides
        else text
    )


@dataclass(slots=True, frozen=True)
class _Col:
    title: str
    text: Callable[[ListRow], str]
    key: Callable[[ListRow], Any]  # None sorts last whichever the order
    right: bool = False


# Column titles, translated when shown (headerData).
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Demandé"),
    QT_TRANSLATE_NOOP("columns", "Éligibilité"),
    QT_TRANSLATE_NOOP("columns", "Éval."),
)
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
        lambda r: i18n.label(OUTCOME_LABELS[r.outcome]) if r.outcome else "—",
        lambda r: None if r.outcome is None else OUTCOME_ORDER[r.outcome],
    ),
)
COL_AMOUNT = 3

# Per column, the rows in ascending order and those without a value (shown last either way).
Order = tuple[list[ListRow], list[ListRow]]
SortOrders = dict[int, Order]


def column_order(rows: list[ListRow], column: int) -> Order:
    """Ascending by the column's key; equal values keep the number order."""
    if _in_number_order(rows):  # as the list is read: no key to make for 10,000 numbers
        by_number = list(rows)
    elif (counters := _counters(rows)) is not None:
        by_number = [r for _, r in sorted(zip(counters, rows, strict=True), key=_first)]
    else:
        by_number = sorted(rows, key=lambda r: natural(r.numero))
    return _order(by_number, column) if column else (by_number, [])


_DIGIT_CHARS = "0123456789"


def _counters(rows: list[ListRow]) -> list[int] | None:
    """When every number is one prefix and a counter (PTCE-2013-7, PTCE-2013-10), the
    counters: their order is the natural one (equal counters keep their order, as equal
    natural keys do), at an int per row instead of a key of tuples. None otherwise."""
    prefix: str | None = None
    counters = []
    for r in rows:
        head = r.numero.rstrip(_DIGIT_CHARS)
        if prefix is None:
            prefix = head
        if head != prefix or len(head) == len(r.numero):
            return None
        counters.append(int(r.numero[len(head) :]))
    return counters


_DIGITS = str.maketrans("0123456789", "0000000000")


def _in_number_order(rows: list[ListRow]) -> bool:
    """True when the rows are in text order and every number has the same shape (the same
    characters but digits, at the same places): digit runs of equal length then compare as
    numbers, so that text order is the natural order (PTCE-2013-0099 before PTCE-2013-0100)."""
    numbers = [r.numero for r in rows]
    if not numbers:
        return True
    shape = numbers[0].translate(_DIGITS)
    return all(n.translate(_DIGITS) == shape for n in numbers) and all(
        a < b for a, b in pairwise(numbers)
    )


def _order(by_number: list[ListRow], column: int) -> Order:
    """One stable sort on the column's key alone: rows in number order stay so on ties."""
    key = COLUMNS[column].key
    keyed = [(key(r), r) for r in by_number]
    present = [kr for kr in keyed if kr[0] is not None]
    present.sort(key=_first)
    return [r for _, r in present], [r for k, r in keyed if k is None]


def _first(pair: tuple[Any, ListRow]) -> Any:
    return pair[0]


def number_order(rows: list[ListRow]) -> SortOrders:
    """The order the list is shown in (a few ms at 10,000 rows; up to 50 when numbers need the
    natural key): made on the worker that read the rows. Another column's order is made from
    it when first asked for (`_order`, 2 to 10 ms at 10,000 rows), on the GUI thread: made
    ahead on a worker, it slowed the repaints it ran beside (the two threads share the
    interpreter's lock)."""
    return {0: column_order(rows, 0)}


class DossierTableModel(QAbstractTableModel):
    """`all_rows`: every dossier in the sort order; `rows`: those the filters let through,
    which are the model's rows as the view sees them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows: list[ListRow] = []
        self.rows: list[ListRow] = []
        self.filters = Filters()
        self._all_ids: list[int] = []  # all_rows' ids, in their order
        self._orders: SortOrders = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[ListRow], orders: SortOrders | None = None) -> None:
        """`orders` from `number_order(rows)`, made off the GUI thread; else made on demand."""
        self.beginResetModel()
        self.all_rows = list(rows)
        self._orders = dict(orders) if orders is not None else {}
        self._sort_all()
        self.rows = self._filtered()
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        """Show only the rows `filters` accept (a reset: the caller restores the selection)."""
        self.beginResetModel()
        self.filters = filters
        self.rows = self._filtered()
        self.endResetModel()

    def replace_row(self, new: ListRow) -> None:
        """Refresh one dossier's line in place (after an override, for example); it stays
        where it is until the next sort or filter change, so the selection does not jump."""
        for rows in (self.all_rows, self.rows):
            for i, r in enumerate(rows):
                if r.id == new.id:
                    rows[i] = new
        self._orders.clear()  # remade at the next sort (one edited row: rare, ~20 ms)
        row = self.row_of(new.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, dossier_id: int) -> int | None:
        """The row showing this dossier, None when filtered out."""
        return next((i for i, r in enumerate(self.rows) if r.id == dossier_id), None)

    def row_at(self, row: int) -> ListRow:
        return self.rows[row]

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
            return translate("columns", COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        role = int(role)
        if role not in ANSWERED or not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return COLUMNS[column].text(row)
        if role == ALIGNMENT:
            return RIGHT if COLUMNS[column].right else None
        if role == FOREGROUND:  # the high-contrast theme keeps its own ink
            return None if theme.high_contrast() else self._colour(row, column)
        if role == TOOLTIP:
            return self._tooltip(row, column)
        return row  # ROW

    @staticmethod
    def _colour(row: ListRow, column: int) -> QBrush | None:
        if column == 4:
            colour = GREY if row.eligible is None else GREEN if row.eligible else RED
            return BRUSHES[colour.name()]
        if column == 7 and row.outcome is not None:
            return BRUSHES[(GREEN if row.outcome.is_grant else GREY).name()]
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
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in persistent]
        self._sort_all()
        self.rows = self._filtered()
        position = {r.id: i for i, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(position[d], p.column()) for d, p in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _sort_all(self) -> None:
        column, order = self._sort
        if 0 not in self._orders:
            self._orders[0] = column_order(self.all_rows, 0)
        if column not in self._orders:
            self._orders[column] = _order(self._orders[0][0], column)
        present, missing = self._orders[column]
        descending = order == Qt.SortOrder.DescendingOrder
        self.all_rows = (present[::-1] if descending else present[:]) + missing
        self._all_ids = [r.id for r in self.all_rows]

    def _filtered(self) -> list[ListRow]:
        f = self.filters
        if f.only_ids():  # no filter, or only a search: no Python call per row
            ids = f.ids
            if ids is None:
                return list(self.all_rows)
            return list(compress(self.all_rows, map(ids.__contains__, self._all_ids)))
        accepts = f.accepts
        return [r for r in self.all_rows if accepts(r)]


@dataclass(slots=True)
class Filters:
    ids: set[int] | None = None  # from the full-text search; None: no search
    region: str = ""
    sector: str = ""
    eligibility: str = ""  # "", "eligible", "ineligible", "override", "unchecked"
    review: str = ""  # "", "none", "pending", "complete"
    decision: str = ""  # "", "none", or an Outcome value
    mine: set[int] | None = None  # « Mes dossiers »: those assigned to the current rapporteur

    def only_ids(self) -> bool:
        """True when nothing but the search (if any) filters: every other field is at its
        default (a filter added later counts without a change here)."""
        return all(getattr(self, name) == default for name, default in _OTHER_DEFAULTS)

    def accepts(self, r: ListRow) -> bool:
        if self.ids is not None and r.id not in self.ids:
            return False
        if self.mine is not None and r.id not in self.mine:
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


_OTHER_DEFAULTS = tuple((f.name, f.default) for f in fields(Filters) if f.name != "ids")


def _eligibility_matches(wanted: str, r: ListRow) -> bool:
    return {
        "eligible": r.eligible is True,
        "ineligible": r.eligible is False,
        "override": r.overrides > 0,
        "unchecked": r.eligible is None,
    }[wanted]
