"""« Aide à la décision »: rapporteur calibration beside the raw scores, and envelope
scenarios side by side. Everything is computed on a worker; nothing here decides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.scenario import Parameters
from ...io.files import write_atomic
from ...services import compare
from ...services import decision_support as support
from ...services.deliberation import list_sessions
from ...services.files import CallStore, open_call
from .. import errors
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.records import Column, RecordTableModel

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate
MOVED = "#b3261e"
MAX_SCENARIOS = 4


def _signed(value: float) -> str:
    return ("+" if value >= 0 else "−") + fmt.score(abs(value))


def _places(value: int) -> str:
    return ("+" if value >= 0 else "−") + str(abs(value))


_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Rapporteur"),
    QT_TRANSLATE_NOOP("columns", "Évaluations"),
    QT_TRANSLATE_NOOP("columns", "Décalage (sur 100)"),
    QT_TRANSLATE_NOOP("columns", "Incertitude"),
    QT_TRANSLATE_NOOP("columns", "Dossier"),
    QT_TRANSLATE_NOOP("columns", "Rang brut"),
    QT_TRANSLATE_NOOP("columns", "Moyenne brute"),
    QT_TRANSLATE_NOOP("columns", "Moyenne ajustée"),
    QT_TRANSLATE_NOOP("columns", "Rang ajusté"),
    QT_TRANSLATE_NOOP("columns", "Déplacement"),
)


def scenario_label(params: Parameters) -> str:
    """What a scenario changes, in a few words (services.decision_support.scenario_label, in
    the interface's language)."""
    if params.label:
        return params.label
    parts = []
    if params.share != 1:
        parts.append(
            translate("DecisionSupportWindow", "{share} des montants").format(
                share=fmt.integer(round(params.share * 100)) + ("%" if fmt.is_english() else " %")
            )
        )
    if params.cutoff_rank is not None:
        parts.append(
            translate("DecisionSupportWindow", "les {n} premiers").format(n=params.cutoff_rank)
        )
    for code, amount in sorted(params.funder_shares.items()):
        parts.append(f"{code} = {fmt.eur(amount)}")
    if params.force_in:
        parts.append(
            translate("DecisionSupportWindow", "imposés : {numeros}").format(
                numeros=", ".join(sorted(params.force_in))
            )
        )
    if params.force_out:
        parts.append(
            translate("DecisionSupportWindow", "écartés : {numeros}").format(
                numeros=", ".join(sorted(params.force_out))
            )
        )
    return translate("DecisionSupportWindow", " ; ").join(parts) or translate(
        "DecisionSupportWindow", "Classement, montants demandés"
    )


def _table(model: RecordTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _scenario_cell(i: int) -> Callable[[tuple[str, list[str]]], str]:
    """The text of scenario `i` in a comparison row (label, one text per scenario)."""
    return lambda row: row[1][i]


class CalibrationPage(QWidget):
    def __init__(self, window: DecisionSupportWindow) -> None:
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.shrinkage = QDoubleSpinBox(minimum=0, maximum=50, value=3, singleStep=1, decimals=1)
        self.shrinkage.setAccessibleName(self.tr("Rétrécissement k"))
        self.moves = QSpinBox(minimum=0, maximum=100, value=support.DEFAULT_MOVES)
        self.moves.setAccessibleName(self.tr("Places de déplacement signalées"))
        refresh = QPushButton(self.tr("&Recalculer"))
        refresh.clicked.connect(self.refresh)
        shrinkage_label = QLabel(self.tr("Rétrécissement &k :"))
        shrinkage_label.setBuddy(self.shrinkage)
        moves_label = QLabel(self.tr("Si&gnaler un rang qui bouge de plus de"))
        moves_label.setBuddy(self.moves)
        controls.addWidget(shrinkage_label)
        controls.addWidget(self.shrinkage)
        controls.addWidget(moves_label)
        controls.addWidget(self.moves)
        places = QLabel(self.tr("places"))
        places.setObjectName("placesCaption")
        controls.addWidget(places)
        controls.addStretch(1)
        controls.addWidget(refresh)
        layout.addLayout(controls)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.rapporteurs: RecordTableModel[support.RapporteurOffset] = RecordTableModel(
            [
                Column("Rapporteur", lambda r: r.name),
                Column("Évaluations", lambda r: str(r.reviews), align_right=True),
                Column("Décalage (sur 100)", lambda r: _signed(r.offset), align_right=True,
                       tooltip=lambda r: self.tr("positif : note plus haut que le comité")),
                Column("Incertitude", lambda r: "± " + fmt.score(r.uncertainty),
                       align_right=True),
            ]
        )  # fmt: skip
        self.dossiers: RecordTableModel[support.DossierCalibration] = RecordTableModel(
            [
                Column("Dossier", lambda d: d.numero, bold=lambda d: self._moved(d)),
                Column("Rang brut", lambda d: str(d.raw_rank), align_right=True),
                Column("Moyenne brute", lambda d: fmt.score(d.raw_mean), align_right=True),
                Column("Moyenne ajustée", lambda d: fmt.score(d.adjusted_mean),
                       align_right=True),
                Column("Rang ajusté", lambda d: str(d.adjusted_rank), align_right=True),
                Column("Déplacement", lambda d: _places(d.moved) if d.moved
                       else "—", align_right=True,
                       colour=lambda d: MOVED if self._moved(d) else None),
            ]
        )  # fmt: skip
        split = QSplitter(Qt.Orientation.Horizontal)
        for title, model in (
            (
                self.tr("Sévérité estimée des rapporteurs"),
                self.rapporteurs,
            ),
            (
                translate(
                    "DecisionSupportWindow",
                    "Dossiers : notes brutes et ajustées (les plus déplacés d'abord)",
                ),
                self.dossiers,
            ),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(_table(model))
            split.addWidget(box)
        split.setSizes([540, 800])  # the rapporteurs' four columns in view at 1366 px
        layout.addWidget(split, 1)

    def _moved(self, d: support.DossierCalibration) -> bool:
        return abs(d.moved) > self.moves.value()

    def refresh(self) -> None:
        shrinkage, moves = self.shrinkage.value(), self.moves.value()

        def work(store: CallStore) -> support.CalibrationReport:
            return support.calibrate(store, shrinkage=shrinkage, moves_more_than=moves)

        self.window_.compute(work, self._show, self._refused, label=self.tr("Calibration"))

    def _refused(self, message: str) -> None:
        self.message.setText(
            self.tr("<b>Calibration impossible :</b> {message}").format(message=message)
        )
        self.rapporteurs.set_records([])
        self.dossiers.set_records([])

    def _show(self, report: support.CalibrationReport) -> None:
        moved = {d.numero for d in report.moves}
        self.message.setText(
            translate(
                "DecisionSupportWindow",
                "Note = qualité du dossier + décalage du rapporteur, ajusté par moyennes "
                "alternées ; décalages rétrécis vers zéro par n / (n + {k}) (n : évaluations du "
                "rapporteur) ; contrôle par notes centrées-réduites pour les rapporteurs d'au "
                "moins {z} évaluations. Affiché à côté des notes brutes, jamais à leur place.",
            ).format(k=fmt.number(report.shrinkage), z=report.z_min_reviews)
            + "<br>"
            + translate(
                "DecisionSupportWindow",
                "<b>{n}</b> dossier(s) dont le rang bouge de plus de {places} places une fois "
                "ajusté : à discuter en priorité.",
            ).format(n=len(report.moves), places=self.moves.value())
        )
        self.rapporteurs.set_records(report.rapporteurs)
        self.dossiers.set_records(
            report.moves + [d for d in report.dossiers if d.numero not in moved]
        )


class ScenarioEditor(QGroupBox):
    """One scenario's parameters."""

    def __init__(self, number: int, funders: list[tuple[str, str, float]]) -> None:
        super().__init__(self.tr("Scénario {n}").format(n=number))
        form = QFormLayout(self)
        self.share = QSpinBox(minimum=1, maximum=100, value=100, suffix=" %")
        self.share.setAccessibleName(self.tr("Scénario {n} : part financée").format(n=number))
        self.cutoff = QSpinBox(minimum=0, maximum=10_000, value=0)
        self.cutoff.setSpecialValueText("—")
        self.cutoff.setAccessibleName(self.tr("Scénario {n} : rang de coupure").format(n=number))
        self.force_in = QLineEdit(placeholderText=self.tr("numéros séparés par des virgules"))
        self.force_in.setAccessibleName(self.tr("Scénario {n} : dossiers imposés").format(n=number))
        self.force_out = QLineEdit(placeholderText=self.tr("numéros séparés par des virgules"))
        self.force_out.setAccessibleName(
            self.tr("Scénario {n} : dossiers écartés").format(n=number)
        )
        form.addRow(self.tr("Part financée :"), self.share)
        form.addRow(self.tr("Seulement les N premiers :"), self.cutoff)
        form.addRow(self.tr("Imposés :"), self.force_in)
        form.addRow(self.tr("Écartés :"), self.force_out)
        self.funders: dict[str, QDoubleSpinBox] = {}
        for code, name, amount in funders:
            box = QDoubleSpinBox(minimum=0, maximum=1e10, decimals=0, value=amount,
                                 singleStep=10_000)  # fmt: skip
            if fmt.is_english():
                box.setPrefix("€")
            else:
                box.setSuffix(" €")
            box.setGroupSeparatorShown(True)
            box.setAccessibleName(
                self.tr("Scénario {n} : part de {name}").format(n=number, name=name)
            )
            box.setProperty("default", amount)
            box.setToolTip(name)
            self.funders[code] = box
            form.addRow(self.tr("{code} :").format(code=code), box)

    def parameters(self) -> Parameters:
        def numeros(edit: QLineEdit) -> frozenset[str]:
            return frozenset(n.strip() for n in edit.text().split(",") if n.strip())

        return Parameters(
            share=self.share.value() / 100,
            cutoff_rank=self.cutoff.value() or None,
            funder_shares={
                code: box.value()
                for code, box in self.funders.items()
                if abs(box.value() - float(box.property("default"))) > 0.5
            },
            force_in=numeros(self.force_in),
            force_out=numeros(self.force_out),
        )


class ScenarioPage(QWidget):
    def __init__(self, window: DecisionSupportWindow) -> None:
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Séance"))
        self.count = QSpinBox(minimum=1, maximum=MAX_SCENARIOS, value=2)
        self.count.setAccessibleName(self.tr("Nombre de scénarios"))
        self.count.valueChanged.connect(self._show_editors)
        compute = QPushButton(self.tr("Ca&lculer"))
        compute.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Exporter en &PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.apply_button = QPushButton(self.tr("&Appliquer le scénario…"))
        self.apply_button.setToolTip(
            translate(
                "DecisionSupportWindow",
                "Pré-remplit le formulaire de décision de chaque dossier de la séance : une "
                "proposition, jamais une décision avant le vote.",
            )
        )
        self.apply_menu = QMenu(self.apply_button)
        self.apply_button.setMenu(self.apply_menu)
        session_label, count_label = (
            QLabel(self.tr("Séa&nce :")),
            QLabel(self.tr("Scénari&os :")),
        )
        session_label.setBuddy(self.session)
        count_label.setBuddy(self.count)
        for w in (session_label, self.session, count_label, self.count):
            top.addWidget(w)
        top.addStretch(1)
        for button in (compute, self.pdf_button, self.apply_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.editors_host = QWidget()
        self.editors_layout = QGridLayout(self.editors_host)
        self.editors_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editors_host)
        self.message = QLabel(
            translate(
                "DecisionSupportWindow",
                "Aucune décision n'est écrite : les scénarios sont des simulations.",
            )
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.results: RecordTableModel[tuple[str, list[str]]] = RecordTableModel([])
        self.results_view = _table(self.results)
        layout.addWidget(self.results_view, 1)
        self.editors: list[ScenarioEditor] = []

    def load(self, store: CallStore) -> None:
        current = self.session.currentData()
        self.session.clear()
        for s, _items, _decided in list_sessions(store):
            self.session.addItem(f"{s.id} — {s.title} ({fmt.day(s.date.isoformat())})", s.id)
        if current is not None and self.session.findData(current) >= 0:
            self.session.setCurrentIndex(self.session.findData(current))
        funders = support.call_funders(store)
        for editor in self.editors:
            editor.deleteLater()
        self.editors = [ScenarioEditor(i, funders) for i in range(1, MAX_SCENARIOS + 1)]
        self.editors[1].share.setValue(80)
        for i, editor in enumerate(self.editors):
            self.editors_layout.addWidget(editor, 0, i)
        self._show_editors()
        self.refresh()

    def _show_editors(self) -> None:
        for i, editor in enumerate(self.editors):
            editor.setVisible(i < self.count.value())
        self.apply_menu.clear()
        for i in range(self.count.value()):
            action = self.apply_menu.addAction(self.tr("Scénario {n}").format(n=i + 1))
            action.triggered.connect(lambda _c=False, n=i: self.apply(n))

    def _chosen(self) -> tuple[int | None, list[Parameters]]:
        return self.session.currentData(), [
            e.parameters() for e in self.editors[: self.count.value()]
        ]

    def refresh(self) -> None:
        session_id, params = self._chosen()
        if session_id is None:
            self.message.setText(
                translate(
                    "DecisionSupportWindow",
                    "Créez d'abord une séance : les scénarios portent sur elle.",
                )
            )
            return

        def work(store: CallStore) -> list[support.ScenarioResult]:
            return support.run_scenarios(store, session_id=session_id, scenarios=params)

        self.window_.compute(
            work,
            self._show,
            self.message.setText,
            label=self.tr("Scénarios"),
        )

    def _show(self, results: list[support.ScenarioResult]) -> None:
        heads = [self.tr("Scénario {n}").format(n=i) + "\n" + scenario_label(r.outcome.parameters)
                 for i, r in enumerate(results, start=1)]  # fmt: skip
        columns: list[Column[tuple[str, list[str]]]] = [Column("", lambda row: row[0])]
        for i, head in enumerate(heads):
            columns.append(Column(head, _scenario_cell(i), align_right=True,
                                  bold=lambda row: len(set(row[1])) > 1))  # fmt: skip
        rows: list[tuple[str, list[str]]] = []
        outcomes = [r.outcome for r in results]
        rows.append(
            (
                self.tr("Dossiers financés"),
                [str(len(o.funded)) for o in outcomes],
            )
        )
        rows.append(
            (
                self.tr("Montant total"),
                [fmt.eur(o.total) for o in outcomes],
            )
        )
        rows.append(
            (
                self.tr("Reste de l'enveloppe"),
                [fmt.eur(o.remaining) for o in outcomes],
            )
        )
        for k, total in enumerate(outcomes[0].totals if outcomes else ()):
            rows.append((self.tr("{funder} — ce scénario").format(funder=total.name),
                         [fmt.eur(o.totals[k].scenario) for o in outcomes]))  # fmt: skip
            rows.append((self.tr("{funder} — reste").format(funder=total.name),
                         [fmt.eur(o.totals[k].remaining) for o in outcomes]))  # fmt: skip
        rows.append((self.tr("Entrent (par rapport au classement)"),
                     [", ".join(r.comparison.entering) or "—" for r in results]))  # fmt: skip
        rows.append(
            (
                self.tr("Sortent"),
                [", ".join(r.comparison.leaving) or "—" for r in results],
            )
        )
        rows.append((self.tr("Imposés hors enveloppe"),
                     [", ".join(o.impossible) or "—" for o in outcomes]))  # fmt: skip
        self.results.columns = columns
        self.results.set_records(rows)
        self.results_view.resizeRowsToContents()
        self.message.setText(
            translate(
                "DecisionSupportWindow",
                "Aucune décision n'est écrite. En gras : les lignes où les scénarios diffèrent.",
            )
        )

    def export_pdf(self) -> None:
        session_id, params = self._chosen()
        if session_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les scénarios"),
            f"scenarios-seance-{session_id}.pdf",
            "PDF (*.pdf)",
        )
        if not name:
            return

        def work(store: CallStore) -> Path:
            pdf = support.scenarios_pdf(store, session_id=session_id, scenarios=params)
            write_atomic(Path(name), pdf)
            return Path(name)

        done = self.tr("Scénarios exportés : {path}")
        self.window_.compute(
            work,
            lambda p: self.message.setText(done.format(path=p)),
            self.message.setText,
            label=self.tr("Export des scénarios"),
        )

    def apply(self, index: int) -> None:
        session_id, params = self._chosen()
        if session_id is None:
            return
        chosen = params[index]

        def work(store: CallStore) -> dict[str, support.Proposal]:
            return support.apply_scenario(store, session_id=session_id, params=chosen)

        def done(proposals: dict[str, support.Proposal]) -> None:
            selected = sum(p.outcome == "selected" for p in proposals.values())
            self.message.setText(
                translate(
                    "DecisionSupportWindow",
                    "Scénario {n} proposé sur {count} dossiers de l'ordre du jour ({selected} "
                    "retenus) : le formulaire de décision de chacun est pré-rempli, rien n'est "
                    "décidé avant le vote.",
                ).format(n=index + 1, count=len(proposals), selected=selected)
            )

        self.window_.compute(
            work,
            done,
            self.message.setText,
            label=self.tr("Application du scénario"),
        )


class DecisionSupportWindow(QMainWindow):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.setWindowTitle(self.tr("Aide à la décision"))
        self.tabs = QTabWidget()
        self.calibration = CalibrationPage(self)
        self.scenarios = ScenarioPage(self)
        self.tabs.addTab(self.calibration, self.tr("&Calibration des rapporteurs"))
        self.tabs.addTab(self.scenarios, self.tr("&Scénarios d'enveloppe"))
        self.setCentralWidget(self.tabs)
        self.resize(1200, 680)
        close = QAction(self.tr("Fermer"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)

    def compute(self, work: Any, on_done: Any, on_failed: Any, *, label: str) -> None:
        """Run `work(store)` on a worker with its own connection to the call file."""
        store = self.main.store
        if store is None:
            return
        path, actor = store.path, store.actor

        def job(_ctx: Any) -> Any:
            with open_call(path, actor=actor) as own:
                return work(own)

        task = self.main.tasks.run(job, label=label)
        task.done.connect(on_done)
        task.failed.connect(on_failed)

    def refresh(self) -> None:
        store = self.main.store
        if store is None:
            return
        refusal = compare.committee_refusal(store)
        if refusal:
            self.calibration.message.setText(errors.message(refusal))
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.scenarios.load(store)
        self.calibration.refresh()


def open_decision_support(main: MainWindow, tab: int = 0) -> DecisionSupportWindow | None:
    if main.store is None:
        errors.show_error(
            main,
            translate("DecisionSupportWindow", "Aide à la décision"),
            translate("DecisionSupportWindow", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    window = getattr(main, "decision_support_window", None)
    if window is None:
        window = main.decision_support_window = DecisionSupportWindow(main)
        main.call_opened.connect(lambda _p: window.refresh() if window.isVisible() else None)
    window.refresh()
    window.tabs.setCurrentIndex(tab)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
