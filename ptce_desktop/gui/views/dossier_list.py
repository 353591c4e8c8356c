"""The dossier list: instant search, filters, sortable columns, "N dossiers sur M"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ...domain.model import OUTCOME_LABELS, Outcome
from ...services.browse import ListRow
from .. import i18n
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.dossier_table import (
    DossierTableModel,
    Filters,
    SortOrders,
    fold,
)
from ..uiloader import child, load_ui

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not run a query

ELIGIBILITY_CHOICES = (
    ("", QT_TRANSLATE_NOOP("DossierList", "Éligibilité : toutes")),
    ("eligible", QT_TRANSLATE_NOOP("DossierList", "Éligibles")),
    ("ineligible", QT_TRANSLATE_NOOP("DossierList", "Inéligibles")),
    ("override", QT_TRANSLATE_NOOP("DossierList", "Avec dérogation")),
    ("unchecked", QT_TRANSLATE_NOOP("DossierList", "Non contrôlés")),
)
MINE = "mine"  # the review filter's « Mes dossiers », offered to a rapporteur
REVIEW_CHOICES = (
    ("", QT_TRANSLATE_NOOP("DossierList", "Évaluations : toutes")),
    ("none", QT_TRANSLATE_NOOP("DossierList", "Sans rapporteur")),
    ("pending", QT_TRANSLATE_NOOP("DossierList", "Évaluations en cours")),
    ("complete", QT_TRANSLATE_NOOP("DossierList", "Évaluations terminées")),
)
DECISION_CHOICES = (
    ("", QT_TRANSLATE_NOOP("DossierList", "Décision : toutes")),
    ("none", QT_TRANSLATE_NOOP("DossierList", "Sans décision")),
    *((o.value, OUTCOME_LABELS[o]) for o in Outcome),
)
# Widest expected text of each column (the pole column stretches), measured in the real font.
COLUMN_SAMPLES = (
    "PTCE-2013-0000",
    "",
    "Nouvelle-Aquitaine",
    "290 000 €",
    "éligible (dérog.)",
    "100,0",
    "Éval.",
    "non retenu",
)

Searcher = Callable[[str], "set[int] | None"]


class DossierListView(QWidget):
    """Emits `current_changed(id)` with the selected dossier's id, or -1 when none."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("dossier_list", self)
        self.search_edit = child(self, QLineEdit, "searchEdit")
        self.region_combo = child(self, QComboBox, "regionCombo")
        self.sector_combo = child(self, QComboBox, "sectorCombo")
        self.eligibility_combo = child(self, QComboBox, "eligibilityCombo")
        self.review_combo = child(self, QComboBox, "reviewCombo")
        self.decision_combo = child(self, QComboBox, "decisionCombo")
        self.reset_button = child(self, QPushButton, "resetButton")
        self.table = child(self, QTableView, "table")
        self.count_label = child(self, QLabel, "countLabel")

        self.model = DossierTableModel(self)
        self.proxy = self.model  # the rows as shown (the model filters and sorts itself)
        self.table.setModel(self.model)
        self._configure_table()
        self._searcher: Searcher = lambda _text: None
        self._search_ids: set[int] | None = None
        self._shown_id = -1  # the dossier last announced by current_changed
        self._mine: set[int] | None = None  # a rapporteur's assigned dossiers
        self._progress = ""  # « mes évaluations : 3 / 8 »

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self._run_search)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._apply_filters)
        self.reset_button.clicked.connect(self.reset_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._fill_fixed_combos()
        self._fill_value_combo(self.region_combo, self.tr("Toutes les régions"), set())
        self._fill_value_combo(self.sector_combo, self.tr("Tous les secteurs"), set())

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.region_combo,
            self.sector_combo,
            self.eligibility_combo,
            self.review_combo,
            self.decision_combo,
        )

    def _configure_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        bold = QFontMetrics(header.font())
        for col, sample in enumerate(COLUMN_SAMPLES):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), bold.horizontalAdvance(title) + 8)
            self.table.setColumnWidth(col, width + 16)
        # The pole column takes the room left, but never less than a readable name: when the
        # pane is narrow (a dock open beside it) the list scrolls sideways instead.
        self._pole_min = metrics.horizontalAdvance("Cluster des Services à la pers") + 16
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(
            lambda col, _old, _new: self._fit_pole() if col != 1 else None
        )
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Every row the same height: after a search or a sort the view places 10,000 rows by
        # one multiplication instead of a section each (half the time of a search as seen).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _fit_pole(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        width = max(self._pole_min, self.table.viewport().width() - others)
        if header.sectionSize(1) != width:
            header.resizeSection(1, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pole()
        return super().eventFilter(watched, event)

    def _fill_fixed_combos(self) -> None:
        for combo, choices in (
            (self.eligibility_combo, ELIGIBILITY_CHOICES),
            (self.review_combo, REVIEW_CHOICES),
            (self.decision_combo, DECISION_CHOICES),
        ):
            combo.blockSignals(True)
            combo.clear()
            for key, label in choices:
                shown = translate("DossierList", label)
                if shown == label:  # an outcome: a domain label
                    shown = i18n.label(label)
                combo.addItem(shown[:1].upper() + shown[1:], key)
            combo.blockSignals(False)

    # -- public API ---------------------------------------------------------------------------

    def set_rows(
        self, rows: list[ListRow], searcher: Searcher, orders: SortOrders | None = None
    ) -> None:
        """Show a new call's dossiers; `searcher(text)` gives the ids matching the search;
        `orders` are the rows' `number_order`, best made on the worker that read them."""
        self._searcher = searcher
        self._search_ids = None
        self.model.set_rows(rows, orders)
        self._fill_value_combos(rows)
        self.reset_filters()

    def update_rows(self, rows: list[ListRow], orders: SortOrders | None = None) -> None:
        """The same call's dossiers read again (another program changed the file): filters,
        search and the selected dossier are kept; `current_changed` only if it disappeared."""
        kept, shown = self.current_id(), self._shown_id
        chosen = [(c, c.currentData()) for c in (self.region_combo, self.sector_combo)]
        self.model.set_rows(rows, orders)
        self._fill_value_combos(rows)
        for combo, value in chosen:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        if self.search_edit.text().strip():
            self._search_ids = self._searcher(self.search_edit.text())
        self.blockSignals(True)
        self._apply_filters()
        self.blockSignals(False)
        self._shown_id = shown
        if kept is None or not self.select_dossier(kept):
            self._announce(-1)

    def set_mine(self, ids: set[int] | None, *, scored: int = 0) -> None:
        """A rapporteur's dossiers: « Mes dossiers » becomes the review filter's first choice
        and is selected; their progress (scored / assigned) shows beside the count. None: the
        current person has no assignment (the choice goes)."""
        combo = self.review_combo
        had = combo.findData(MINE) >= 0
        self._progress = (
            ""
            if ids is None
            else self.tr("mes évaluations : {scored} / {total}").format(
                scored=scored, total=len(ids)
            )
        )
        if had and ids == self._mine:  # only the progress moved
            self._update_count()
            return
        self._mine = ids
        combo.blockSignals(True)
        if ids is not None and not had:
            combo.insertItem(0, self.tr("Mes dossiers"), MINE)
            combo.setCurrentIndex(0)
        elif ids is None and had:
            combo.removeItem(combo.findData(MINE))
            combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self._apply_filters()
        if self.current_id() is None:
            self.select_first()

    def refresh_row(self, row: ListRow) -> None:
        self.model.replace_row(row)
        self._update_count()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def reset_filters(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._debounce.stop()
        self._search_ids = None
        self._apply_filters()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def select_dossier(self, dossier_id: int) -> bool:
        row = self.model.row_of(dossier_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def select_first(self) -> None:
        if self.model.rowCount():
            self._select_row(0)

    def select_relative(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self._select_row(max(0, min(count - 1, row)))

    def visible_count(self) -> int:
        return self.model.rowCount()

    # -- internals ----------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _fill_value_combos(self, rows: list[ListRow]) -> None:
        """The region and sector filters offer the values the rows have."""
        self._fill_value_combo(
            self.region_combo, self.tr("Toutes les régions"), {r.region for r in rows}
        )
        self._fill_value_combo(
            self.sector_combo, self.tr("Tous les secteurs"), {s for r in rows for s in r.sectors}
        )

    @staticmethod
    def _fill_value_combo(combo: QComboBox, all_label: str, values: set[str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, "")
        for value in sorted(values, key=fold):
            combo.addItem(value, value)
        combo.blockSignals(False)

    def _run_search(self) -> None:
        self._debounce.stop()
        self._search_ids = self._searcher(self.search_edit.text())
        self._apply_filters()

    def _apply_filters(self) -> None:
        kept = self.current_id()
        review = self.review_combo.currentData() or ""
        self.model.set_filters(
            Filters(
                ids=self._search_ids,
                region=self.region_combo.currentData() or "",
                sector=self.sector_combo.currentData() or "",
                eligibility=self.eligibility_combo.currentData() or "",
                review=review if review != MINE else "",
                decision=self.decision_combo.currentData() or "",
                mine=self._mine if review == MINE else None,
            )
        )
        self._update_count()
        # The model was reset: keep the selected dossier when it is still shown.
        if kept is None or not self.select_dossier(kept):
            self._announce(-1)

    def _update_count(self) -> None:
        shown, total = len(self.model.rows), len(self.model.all_rows)
        count = self.tr("{n} dossier") if shown <= 1 else self.tr("{n} dossiers")
        if shown == total:
            text = count.format(n=total)
        else:
            text = self.tr("{count} sur {total}").format(count=count.format(n=shown), total=total)
        self.count_label.setText(f"{text}  ·  {self._progress}" if self._progress else text)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._announce(self.model.row_at(current.row()).id if current.isValid() else -1)

    def _announce(self, dossier_id: int) -> None:
        """Tell the window, once per change: re-selecting the same dossier after a filter
        change must not reload its view."""
        if dossier_id != self._shown_id:
            self._shown_id = dossier_id
            self.current_changed.emit(dossier_id)
