"""The side-by-side window: 2 to 4 dossiers field by field (differences marked, PDF export),
the rapporteurs of one dossier criterion by criterion (gaps of 2 points marked, comments side
by side), and the dossiers where rapporteurs disagree most (double-click opens one).

Reads go through `services.compare` on the main window's CallStore (a few quick queries); the
PDF is made by a background job on its own CallStore and written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
)

from ...io.files import safe_filename, write_atomic
from ...services import compare
from ...services.decision_support import DEFAULT_MOVES
from ...services.files import CallStore, open_call
from .. import errors, i18n
from .. import format as fmt
from .. import settings as prefs
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.grid_table import GAP_COLOUR, KEY_ROLE, GridModel, GridRow, apply_spans
from ..tasks import JobContext
from ..uiloader import child, load_ui

if TYPE_CHECKING:
    from ..main_window import MainWindow

TAB_DOSSIERS, TAB_RAPPORTEURS, TAB_DISAGREEMENTS = range(3)
translate = QCoreApplication.translate
NONE_PICKED = QT_TRANSLATE_NOOP("CompareWindow", "— aucun —")
TITLES = {
    TAB_DOSSIERS: QT_TRANSLATE_NOOP("CompareWindow", "Comparer des dossiers"),
    TAB_RAPPORTEURS: QT_TRANSLATE_NOOP("CompareWindow", "Comparer les rapporteurs"),
    TAB_DISAGREEMENTS: QT_TRANSLATE_NOOP("CompareWindow", "Désaccords entre rapporteurs"),
}


def _num(value: float | None) -> str:
    """A weight, score or spread in the interface's notation (up to two decimals)."""
    return "—" if value is None else fmt.number(value)


class CompareWindow(QMainWindow):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        load_ui("compare_window", self)
        self.main = main
        self.tabs = child(self, QTabWidget, "tabs")
        self.picks = [child(self, QComboBox, f"pick{i}") for i in range(1, 5)]
        self.only_differences = child(self, QCheckBox, "onlyDifferences")
        self.difference_count = child(self, QLabel, "differenceCount")
        self.export_button = child(self, QPushButton, "exportButton")
        self.dossiers_table = child(self, QTableView, "dossiersTable")
        self.rapporteur_pick = child(self, QComboBox, "rapporteurPick")
        self.rapporteur_summary = child(self, QLabel, "rapporteurSummary")
        self.scores_table = child(self, QTableView, "scoresTable")
        self.comments_table = child(self, QTableView, "commentsTable")
        self.splitter = child(self, QSplitter, "rapporteurSplitter")
        self.disagreements_intro = child(self, QLabel, "disagreementsIntro")
        self.disagreements_table = child(self, QTableView, "disagreementsTable")

        self.dossiers_model = GridModel(self)
        self.scores_model = GridModel(self, mark_colour=GAP_COLOUR)
        self.comments_model = GridModel(self, mark_colour=GAP_COLOUR)
        self.disagreements_model = GridModel(self, mark_colour=GAP_COLOUR)
        for view, model in (
            (self.dossiers_table, self.dossiers_model),
            (self.scores_table, self.scores_model),
            (self.comments_table, self.comments_model),
            (self.disagreements_table, self.disagreements_model),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setHighlightSections(False)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.comparison: compare.DossierComparison | None = None
        self.rapporteurs: compare.RapporteurComparison | None = None
        self.splitter.setSizes([360, 300])

        for combo in (*self.picks, self.rapporteur_pick):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        holder = self.picks[0].parentWidget()
        outer = holder.layout() if holder is not None else None
        first = outer.itemAt(0) if outer is not None else None
        grid = first.layout() if first is not None else None
        assert isinstance(grid, QGridLayout)  # the form's picker grid
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._fill_pickers()
        for combo in self.picks:
            combo.currentIndexChanged.connect(self.refresh_dossiers)
        self.rapporteur_pick.currentIndexChanged.connect(self.refresh_rapporteurs)
        self.only_differences.toggled.connect(self._show_comparison)
        self.export_button.clicked.connect(self.export_pdf)
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        keys = self.export_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.export_button.setToolTip(f"{self.export_button.toolTip()} ({keys})")
        self.tabs.currentChanged.connect(self._on_tab)
        self.disagreements_table.activated.connect(self._open_disagreement)
        self.disagreements_table.doubleClicked.connect(self._open_disagreement)
        close = QAction(self.tr("Fermer"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        state = prefs.settings().value("compare/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        geometry = prefs.settings().value("compare/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- opening ------------------------------------------------------------------------------

    @property
    def store(self) -> CallStore | None:
        return self.main.store

    def _fill_pickers(self) -> None:
        rows = self.main.overview.rows if self.main.overview else []
        for combo in (*self.picks, self.rapporteur_pick):
            combo.blockSignals(True)
            combo.clear()
            if combo is not self.rapporteur_pick:
                combo.addItem(self.tr(NONE_PICKED), None)
            for r in rows:
                combo.addItem(f"{r.numero} — {r.pole_name}", r.id)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.setCompleter(completer)
            combo.setCurrentIndex(-1 if combo is self.rapporteur_pick else 0)
            combo.blockSignals(False)

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        self._on_tab(tab)
        self.show()
        self.raise_()
        self.activateWindow()

    def compare_ids(self, ids: list[int]) -> None:
        """Fill the pickers with these dossiers (at most four) and compare them."""
        for combo, dossier_id in zip(self.picks, [*ids, None, None, None, None], strict=False):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(dossier_id), 0))
            if (line := combo.lineEdit()) is not None:
                line.setCursorPosition(0)  # the numero, not the end of the pole name
            combo.blockSignals(False)
        self.show_tab(TAB_DOSSIERS)

    def show_rapporteurs(self, dossier_id: int | None, *, bring_forward: bool = True) -> None:
        if dossier_id is not None:
            self.rapporteur_pick.blockSignals(True)
            self.rapporteur_pick.setCurrentIndex(self.rapporteur_pick.findData(dossier_id))
            self.rapporteur_pick.blockSignals(False)
        if bring_forward:
            self.show_tab(TAB_RAPPORTEURS)
        else:
            self.refresh_rapporteurs()

    def _on_tab(self, tab: int) -> None:
        self.setWindowTitle(f"{self.tr(TITLES[tab])} — PTCE Desktop")
        (self.refresh_dossiers, self.refresh_rapporteurs, self.refresh_disagreements)[tab]()

    # -- dossiers side by side ----------------------------------------------------------------

    def picked_ids(self) -> list[int]:
        ids = [c.currentData() for c in self.picks]
        return [i for i in ids if i is not None]

    def refresh_dossiers(self) -> None:
        ids = self.picked_ids()
        self.comparison = None
        if self.store is None:
            return
        if len(set(ids)) != len(ids):
            self._no_comparison(self.tr("Le même dossier est choisi deux fois."))
        elif len(ids) < compare.MIN_DOSSIERS:
            self._no_comparison(self.tr("Choisissez au moins deux dossiers (jusqu'à quatre)."))
        else:
            self.comparison = compare.compare_dossiers(self.store, ids)
        self._show_comparison()

    def _no_comparison(self, message: str) -> None:
        self.difference_count.setText(f"<i>{message}</i>")

    def _show_comparison(self) -> None:
        c = self.comparison
        self.export_button.setEnabled(c is not None)
        if c is None:
            self.dossiers_model.set_rows([], [])
            return
        rows: list[GridRow] = []
        section = None
        only = self.only_differences.isChecked()
        for r in c.rows:
            if only and not r.differs:
                continue
            if r.section != section:
                section = r.section
                rows.append(GridRow(cells=(i18n.message(section).upper(),), section=True))
            marked = frozenset(range(1, len(r.values) + 1)) if r.differs else frozenset()
            cells = (i18n.message(r.label), *(i18n.message(v) for v in r.values))
            rows.append(GridRow(cells=cells, marked=marked))
        heads = [f"{d.numero}\n{d.pole_name}" for d in c.dossiers]
        self.dossiers_model.set_rows(["", *heads], rows)
        apply_spans(self.dossiers_table, self.dossiers_model)
        n = len(c.differing)
        self.difference_count.setText(
            (
                self.tr("<b>{n}</b> lignes où les dossiers diffèrent, surlignées et en gras.")
                if n > 1
                else self.tr("<b>{n}</b> ligne où les dossiers diffèrent, surlignée et en gras.")
            ).format(n=n)
        )
        self._fit(self.dossiers_table, label_share=0.22)

    def export_pdf(self) -> None:
        c = self.comparison
        path = self.main.call_path()
        if c is None or path is None:
            return
        suggested = Path(str(prefs.settings().value("compare/last_dir", str(path.parent))))
        name = safe_filename("comparaison-" + "-".join(d.numero for d in c.dossiers)) + ".pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter la comparaison"),
            str(suggested / name),
            self.tr("Documents PDF (*.pdf)"),
        )
        if not chosen:
            return
        out = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        prefs.settings().setValue("compare/last_dir", str(out.parent))
        ids, actor = [d.id for d in c.dossiers], self.store.actor if self.store else ""
        reading, layout = self.tr("Lecture des dossiers"), self.tr("Mise en page")

        def work(ctx: JobContext) -> Path:
            ctx.progress(10, reading)
            store = open_call(path, actor=actor)
            try:
                ctx.progress(40, layout)
                pdf = compare.comparison_pdf(store, ids)
            finally:
                store.close()
            ctx.check()
            write_atomic(out, pdf)
            return out

        self.main.run_task(
            work,
            label=self.tr("Export de la comparaison"),
            on_done=lambda p: self.statusBar().showMessage(
                self.tr("Comparaison enregistrée : {path}").format(path=p), 8000
            ),
        )

    # -- rapporteurs of one dossier -----------------------------------------------------------

    def refresh_rapporteurs(self) -> None:
        dossier_id = self.rapporteur_pick.currentData()
        self.rapporteurs = None
        self.scores_model.set_rows([], [])
        self.comments_model.set_rows([], [])
        if self.store is None or dossier_id is None:
            self.rapporteur_summary.setText(self.tr("<i>Choisissez un dossier.</i>"))
            return
        refusal = compare.rapporteurs_refusal(self.store, dossier_id)
        if refusal:
            self.rapporteur_summary.setText(f"<i>{i18n.message(refusal)}</i>")
            return
        rc = self.rapporteurs = compare.compare_rapporteurs(self.store, dossier_id)
        if not rc.rapporteurs:
            self.rapporteur_summary.setText(
                self.tr("<b>{numero}</b> — {pole} : <i>aucune évaluation soumise.</i>").format(
                    numero=rc.numero, pole=rc.pole_name
                )
            )
            return
        self.rapporteur_summary.setText(_rapporteur_summary(rc))
        n = len(rc.rapporteurs)
        names = [r.name for r in rc.rapporteurs]
        every = frozenset(range(2, 2 + n + 1))
        rows = [
            GridRow(
                cells=(
                    c.label,
                    _num(c.weight),
                    *(_num(s) for s in c.scores),
                    _num(c.spread),
                    _num(c.mean),
                ),
                marked=every if c.gap else frozenset(),
                tooltip=self.tr("Écart de {spread} points entre rapporteurs").format(
                    spread=_num(c.spread)
                )
                if c.gap
                else "",
            )
            for c in rc.criteria
        ]
        spread = rc.weighted_spread
        totals = (fmt.score(r.weighted) for r in rc.rapporteurs)
        spread_text = "—" if spread is None else fmt.score(spread)
        rows.append(
            GridRow(cells=(self.tr("Note pondérée (sur 100)"), "", *totals, spread_text, ""))
        )
        opinions = (i18n.label(r.opinion) if r.opinion else "—" for r in rc.rapporteurs)
        rows.append(
            GridRow(
                cells=(self.tr("Avis"), "", *opinions, "", ""),
                marked=frozenset(range(2, 2 + n)) if rc.opinions_differ else frozenset(),
            )
        )
        self.scores_model.set_rows(
            [self.tr("Critère"), self.tr("Poids"), *names, self.tr("Écart"), self.tr("Moyenne")],
            rows,
            centred=range(1, n + 4),
        )
        comment_rows = [
            GridRow(
                cells=(c.label, *(x or "—" for x in c.comments)),
                marked=frozenset(range(1, n + 1)) if c.gap else frozenset(),
            )
            for c in rc.criteria
        ]
        comment_rows.append(
            GridRow(
                cells=(
                    self.tr("Appréciation générale"),
                    *(r.summary or "—" for r in rc.rapporteurs),
                )
            )
        )
        self.comments_model.set_rows([self.tr("Commentaires"), *names], comment_rows)
        self._fit(self.scores_table, label_share=0.3)
        self._fit(self.comments_table, label_share=0.22)
        # The scores take the height they need; the comments, usually longer, the rest.
        table = self.scores_table
        needed = (
            table.horizontalHeader().height()
            + 2 * table.frameWidth()
            + sum(table.rowHeight(i) for i in range(self.scores_model.rowCount()))
        )
        total = sum(self.splitter.sizes())
        if total > 0:
            top = min(needed + 2, int(total * 0.6))
            self.splitter.setSizes([top, total - top])

    # -- disagreements ------------------------------------------------------------------------

    def refresh_disagreements(self) -> None:
        self.disagreements_model.set_rows([], [])
        if self.store is None:
            return
        refusal = compare.committee_refusal(self.store)
        if refusal:
            self.disagreements_intro.setText(i18n.message(refusal))
            return
        found = compare.disagreements(self.store)
        gaps = sum(d.has_gap for d in found)
        moved = sum(d.moved for d in found)
        self.disagreements_intro.setText(
            self.tr(
                "{moved} dossier(s) dont le rang bouge de plus de {places} places une fois la "
                "sévérité des rapporteurs prise en compte (calibration, colonne « Rang brut → "
                "ajusté »), en tête de liste ; puis, sur {reviewed} dossiers à deux évaluations "
                "soumises ou plus, les {gaps} où les rapporteurs s'écartent de {gap} points ou "
                "plus sur un critère (surlignés), les plus discutés d'abord. Double-clic ou "
                "Entrée : ouvrir le dossier."
            ).format(
                moved=moved,
                places=DEFAULT_MOVES,
                reviewed=sum(d.reviews > 1 for d in found),
                gaps=gaps,
                gap=_num(compare.GAP),
            )
        )
        rows = [
            GridRow(
                cells=(
                    d.numero,
                    d.pole_name,
                    str(d.reviews),
                    _num(d.max_spread),
                    _num(d.total_spread),
                    d.rank_move,
                    ", ".join(d.concerned) or "—",
                ),
                marked=frozenset({3, 6} if d.has_gap else ()) | frozenset({5} if d.moved else ()),
                key=d.dossier_id,
            )
            for d in found
        ]
        self.disagreements_model.first_column_is_label = False
        self.disagreements_model.set_rows(
            [self.tr("Numéro"), self.tr("Pôle"), self.tr("Éval."), self.tr("Écart max."),
             self.tr("Somme des écarts"), self.tr("Rang brut → ajusté"),
             self.tr("Critères concernés")],
            rows,
            centred=(2, 3, 4, 5),
        )  # fmt: skip
        header = self.disagreements_table.horizontalHeader()
        self.disagreements_table.resizeColumnsToContents()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.disagreements_table.setColumnWidth(
            1, min(self.disagreements_table.columnWidth(1), 360)
        )

    def _open_disagreement(self, index: QModelIndex) -> None:
        dossier_id = index.data(KEY_ROLE)
        if dossier_id is None:
            return
        listing = self.main.dossier_list
        if not listing.select_dossier(dossier_id):
            listing.reset_filters()  # hidden by a filter: show everything, then select
            listing.select_dossier(dossier_id)
        self.main.raise_()
        self.main.activateWindow()

    # -- furniture ----------------------------------------------------------------------------

    def _fit(self, view: QTableView, *, label_share: float) -> None:
        """Label column a share of the window's width, the others share the rest equally;
        rows as tall as their text once the widths are settled."""
        header = view.horizontalHeader()
        columns = view.model().columnCount()
        if columns == 0:
            return
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if view is self.scores_table:  # short numbers: columns as wide as their titles
            for col in range(1, columns):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(0, max(int(self.width() * label_share), 180))
        QTimer.singleShot(0, view.resizeRowsToContents)

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.settings().setValue("compare/splitter", self.splitter.saveState())
        prefs.settings().setValue("compare/geometry", self.saveGeometry())
        super().closeEvent(event)


def _rapporteur_summary(rc: compare.RapporteurComparison) -> str:
    parts = [
        translate(
            "CompareWindow", "<b>{numero}</b> — {pole} : {n} évaluation(s) soumise(s)"
        ).format(numero=rc.numero, pole=rc.pole_name, n=len(rc.rapporteurs))
    ]
    gaps = rc.gaps
    if gaps:
        parts.append(
            "<span style='color:#8c1d18'>"
            + translate(
                "CompareWindow",
                "<b>écart de {gap} points ou plus</b> sur {n} critère(s) : {labels}",
            ).format(gap=_num(compare.GAP), n=len(gaps), labels=", ".join(c.label for c in gaps))
            + "</span>"
        )
    else:
        parts.append(
            translate("CompareWindow", "aucun écart de {gap} points ou plus").format(
                gap=_num(compare.GAP)
            )
        )
    if rc.opinions_differ:
        parts.append(translate("CompareWindow", "<b>avis divergents</b>"))
    return " · ".join(parts)


def _window(main: MainWindow) -> CompareWindow | None:
    if main.store is None:
        errors.show_error(
            main,
            translate("CompareWindow", "Comparaisons"),
            translate("CompareWindow", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    window = getattr(main, "compare_window", None)
    if window is None:
        window = main.compare_window = CompareWindow(main)
    return window


def _neighbours(main: MainWindow) -> list[int]:
    """The selected dossier and the next one shown in the list: a first pair to compare."""
    listing = main.dossier_list
    current = listing.table.currentIndex()
    if not current.isValid():
        return []
    ids = [listing.proxy.row_at(current.row()).id]
    if current.row() + 1 < listing.proxy.rowCount():
        ids.append(listing.proxy.row_at(current.row() + 1).id)
    return ids


def open_dossiers(main: MainWindow) -> CompareWindow | None:
    window = _window(main)
    if window is not None:
        if len(window.picked_ids()) < compare.MIN_DOSSIERS:
            window.compare_ids(_neighbours(main))
        else:
            window.show_tab(TAB_DOSSIERS)
    return window


def open_rapporteurs(main: MainWindow) -> CompareWindow | None:
    window = _window(main)
    if window is not None:
        window.show_rapporteurs(main.current_dossier_id())
    return window


def open_disagreements(main: MainWindow) -> CompareWindow | None:
    window = _window(main)
    if window is not None:
        window.show_tab(TAB_DISAGREEMENTS)
    return window
