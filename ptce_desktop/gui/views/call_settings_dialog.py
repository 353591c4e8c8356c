"""Appel > Paramètres de l'appel…: the call's settings in four tabs, checked as they are typed.

The dialog edits a `Call` and saves it through services/call_settings.apply, the service behind
`ptce call apply`: the same checks, the same audit label. Once a review is submitted the grid's
codes, weights and scales are read-only, with the reason shown above the grid.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.call_checks import InvalidSettings, frozen_grid_changes, settings_problems
from ...domain.call_settings import RULE_PARAMETERS, parse_call
from ...domain.eligibility import RULE_DESCRIPTIONS
from ...domain.model import Call, Criterion, EligibilitySettings, Funder
from ...io.call_settings import SettingsFileError, read_settings, write_settings
from ...services import call_settings
from ...services.files import StoreError, open_call
from .. import errors
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP
from ..tasks import Job, JobContext

if TYPE_CHECKING:
    from ..main_window import MainWindow

MAX_AMOUNT = 1e12
translate = QCoreApplication.translate
TOML_FILTER = QT_TRANSLATE_NOOP("CallSettingsDialog", "Paramètres d'appel (*.toml)")
FUNDER_COLUMNS = (
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Code"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Nom"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Groupe"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Montant (€)"),
)
CRITERION_COLUMNS = (
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Code"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Libellé"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Description"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Poids"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Min"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Max"),
    QT_TRANSLATE_NOOP("CallSettingsDialog", "Seuil élim."),
)
# The rules' descriptions (domain/eligibility.py), in the interface's language.
_RULES = (
    QT_TRANSLATE_NOOP("rules", "Au moins une entreprise de l'ESS parmi les membres"),
    QT_TRANSLATE_NOOP("rules", "Au moins une entreprise hors ESS (commerciale) parmi les membres"),
    QT_TRANSLATE_NOOP("rules", "Un nombre minimal de membres (personnes morales)"),
    QT_TRANSLATE_NOOP(
        "rules", "Cofinancement des collectivités, plafonné par collectivité et au total"
    ),
    QT_TRANSLATE_NOOP("rules", "Montant demandé entre grant_min et grant_max"),
    QT_TRANSLATE_NOOP("rules", "SIRET du porteur valide"),
    QT_TRANSLATE_NOOP("rules", "Pièces obligatoires jointes au dossier"),
)


def _titles(titles: tuple[str, ...]) -> list[str]:
    return [translate("CallSettingsDialog", t) for t in titles]


# Criterion columns frozen once a review is submitted: code, weight, scale.
FROZEN_COLUMNS = (0, 3, 4, 5)


def _amount_box(value: float = 0.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, MAX_AMOUNT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    if fmt.is_english():
        box.setPrefix("€")
    else:
        box.setSuffix(" €")
    box.setValue(value)
    return box


def _int_box(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _texts(line: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in line.split(",") if t.strip())


class CallSettingsDialog(QDialog):
    """Edits a copy of the call's settings; `settings()` is the Call the form describes."""

    def __init__(self, call: Call, *, frozen_reason: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paramètres de l'appel"))
        self.resize(1000, 640)
        self.original = call
        self.frozen_reason = frozen_reason
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&Général"))
        self.tabs.addTab(self._funders_tab(), self.tr("&Financeurs"))
        self.tabs.addTab(self._grid_tab(), self.tr("G&rille"))
        self.tabs.addTab(self._eligibility_tab(), self.tr("É&ligibilité"))
        self.problem = QLabel()
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold")
        self.import_button = QPushButton(self.tr("&Importer…"))
        self.import_button.setToolTip(
            self.tr("Remplir le formulaire depuis un fichier de paramètres TOML")
        )
        self.export_button = QPushButton(self.tr("Exp&orter…"))
        self.export_button.setToolTip(
            self.tr("Écrire ces paramètres dans un fichier TOML commenté")
        )
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enregistrer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.fill(call)

    # -- the tabs -------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        self.title = QLineEdit()
        self.year = _int_box(2013, 1900, 2200)
        self.year.setGroupSeparatorShown(False)
        self.reference = QLineEdit()
        self.reference.setToolTip(
            self.tr("Préfixe des procès-verbaux : « PV-2013 » donne PV-2013-S1")
        )
        self.place = QLineEdit()
        self.place.setToolTip(self.tr("« Fait à … » au bas des procès-verbaux et des courriers"))
        self.ministries = QPlainTextEdit()
        self.ministries.setToolTip(self.tr("Un ministère par ligne, dans l'ordre de l'en-tête"))
        self.ministries.setTabChangesFocus(True)
        self.ministries.setMaximumHeight(140)
        self.envelope = _amount_box()
        self.grant_min = _amount_box()
        self.grant_max = _amount_box()
        self.per_dossier = _int_box(2, 1, 20)
        self.tie_break = QLineEdit()
        self.tie_break.setToolTip(
            self.tr(
                "Codes de critères, « submitted_on » (dépôt le plus ancien d'abord) ou "
                "« amount_requested » (montant le plus faible d'abord), séparés par des virgules"
            )
        )
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Titre :"), self.title),
            (self.tr("&Année :"), self.year),
            (self.tr("Référence des P&V :"), self.reference),
            (self.tr("Lie&u :"), self.place),
            (self.tr("&Ministères (en-tête) :"), self.ministries),
            (self.tr("&Enveloppe :"), self.envelope),
            (self.tr("Subvention mi&nimale :"), self.grant_min),
            (self.tr("Subvention ma&ximale :"), self.grant_max),
            (self.tr("Ra&pporteurs par dossier :"), self.per_dossier),
            (self.tr("&Départage des ex aequo :"), self.tie_break),
        ):
            form.addRow(label, widget)
        for edit in (self.title, self.reference, self.place, self.tie_break):
            edit.textChanged.connect(self.check)
        self.ministries.textChanged.connect(self.check)
        for box in (self.year, self.envelope, self.grant_min, self.grant_max, self.per_dossier):
            box.valueChanged.connect(self.check)
        host = QWidget()
        host.setLayout(form)
        return host

    def _table_tab(self, table: QTableWidget, add: QPushButton, remove: QPushButton,
                   above: QWidget | None = None) -> QWidget:  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        host = QWidget()
        layout = QVBoxLayout(host)
        if above is not None:
            layout.addWidget(above)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return host

    def _funders_tab(self) -> QWidget:
        self.funders = QTableWidget(0, len(FUNDER_COLUMNS))
        self.funders.setObjectName("fundersTable")
        self.funders.setHorizontalHeaderLabels(_titles(FUNDER_COLUMNS))
        header = self.funders.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.funders.setColumnWidth(2, 170)
        self.funders.setColumnWidth(3, 170)
        self.funders.itemChanged.connect(self.check)
        self.add_funder = QPushButton(self.tr("A&jouter un financeur"))
        self.remove_funder = QPushButton(self.tr("Retirer le financeur"))
        self.add_funder.clicked.connect(
            lambda: self._add_funder(Funder(code="", name="", amount=0))
        )
        self.remove_funder.clicked.connect(lambda: self._remove_row(self.funders))
        self.funder_total = QLabel()
        return self._table_tab(self.funders, self.add_funder, self.remove_funder, self.funder_total)

    def _grid_tab(self) -> QWidget:
        self.criteria = QTableWidget(0, len(CRITERION_COLUMNS))
        self.criteria.setObjectName("criteriaTable")
        self.criteria.setHorizontalHeaderLabels(_titles(CRITERION_COLUMNS))
        header = self.criteria.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.criteria.setColumnWidth(0, 130)
        self.criteria.setColumnWidth(1, 240)
        threshold = header.sectionSizeFromContents(6).width()  # « Elim. threshold » whole
        self.criteria.setColumnWidth(6, max(threshold + 8, header.defaultSectionSize()))
        self.criteria.itemChanged.connect(self.check)
        self.add_criterion = QPushButton(self.tr("Ajouter un &critère"))
        self.remove_criterion = QPushButton(self.tr("Retirer le critère"))
        self.add_criterion.clicked.connect(
            lambda: self._add_criterion(Criterion(code="", label="", weight=0))
        )
        self.remove_criterion.clicked.connect(lambda: self._remove_row(self.criteria))
        self.frozen_label = QLabel()
        self.frozen_label.setObjectName("frozenLabel")
        self.frozen_label.setWordWrap(True)
        self.weight_total = QLabel()
        above = QWidget()
        column = QVBoxLayout(above)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.frozen_label)
        column.addWidget(self.weight_total)
        if self.frozen_reason:
            self.frozen_label.setText(self.frozen_reason[:1].upper() + self.frozen_reason[1:])
            self.frozen_label.setStyleSheet("background: #fff4d6; padding: 6px")
            self.add_criterion.setEnabled(False)
            self.remove_criterion.setEnabled(False)
        else:
            self.frozen_label.hide()
        return self._table_tab(self.criteria, self.add_criterion, self.remove_criterion, above)

    def _eligibility_tab(self) -> QWidget:
        # A rule with parameters is a checkable group of them; one without, a check box.
        self.rule_boxes: dict[str, QGroupBox | QCheckBox] = {}
        column = QVBoxLayout()
        for rule, params in RULE_PARAMETERS.items():
            text = f"{rule} — {translate('rules', RULE_DESCRIPTIONS[rule])}"
            box: QGroupBox | QCheckBox
            if params:
                box = QGroupBox(text)
                box.setCheckable(True)
            else:
                box = QCheckBox(text)
            box.toggled.connect(self.check)
            self.rule_boxes[rule] = box
            column.addWidget(box)
        self.min_members = _int_box(3, 0, 1000)
        self.require_authority = QCheckBox(self.tr("Un cofinancement d'une collectivité est exigé"))
        self.max_each = self._percent_box()
        self.max_total = self._percent_box()
        self.attachments = QLineEdit()
        self.attachments.setToolTip(self.tr("Types de pièces exigés, séparés par des virgules"))
        for rule, rows in (
            ("min_members", [(self.tr("Membres au moins :"), self.min_members)]),
            ("authority_cofunding", [
                ("", self.require_authority),
                (self.tr("Part maximale par collectivité :"), self.max_each),
                (self.tr("Part maximale de toutes les collectivités :"), self.max_total),
            ]),
            ("attachments", [(self.tr("Types de pièces exigés :"), self.attachments)]),
        ):  # fmt: skip
            form = QFormLayout(self.rule_boxes[rule])
            for label, widget in rows:
                form.addRow(label, widget)
        self.min_members.valueChanged.connect(self.check)
        self.require_authority.toggled.connect(self.check)
        self.attachments.textChanged.connect(self.check)
        column.addStretch(1)
        host = QWidget()
        host.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        return scroll

    def _percent_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100)
        box.setDecimals(1)
        box.setSuffix(" %")
        box.valueChanged.connect(self.check)
        return box

    # -- rows -----------------------------------------------------------------------------------

    def _add_funder(self, f: Funder) -> None:
        row = self.funders.rowCount()
        self.funders.insertRow(row)
        for col, text in enumerate((f.code, f.name, f.group)):
            self.funders.setItem(row, col, QTableWidgetItem(text))
        box = _amount_box(f.amount)
        box.valueChanged.connect(self.check)
        self.funders.setCellWidget(row, 3, box)
        self.check()

    def _add_criterion(self, c: Criterion) -> None:
        row = self.criteria.rowCount()
        self.criteria.blockSignals(True)
        self.criteria.insertRow(row)
        for col, text in enumerate((c.code, c.label, c.description)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.criteria.setItem(row, col, item)
        weight = QDoubleSpinBox()
        weight.setRange(0, 100)
        weight.setDecimals(2)
        weight.setValue(c.weight)
        low, high = _int_box(c.scale_min, -100, 100), _int_box(c.scale_max, -100, 100)
        threshold = QDoubleSpinBox()
        threshold.setRange(-101, 100)
        threshold.setDecimals(1)
        threshold.setSpecialValueText(self.tr("aucun"))
        threshold.setValue(-101 if c.eliminatory_below is None else c.eliminatory_below)
        threshold.setToolTip(self.tr("Seuil éliminatoire de la moyenne (« aucun » : pas de seuil)"))
        for col, box in ((3, weight), (4, low), (5, high), (6, threshold)):
            box.valueChanged.connect(self.check)
            self.criteria.setCellWidget(row, col, box)
        if self.frozen_reason and c.code in {x.code for x in self.original.criteria}:
            self._freeze_row(row)
        self.criteria.blockSignals(False)
        self.check()

    def _freeze_row(self, row: int) -> None:
        reason = self.frozen_reason or ""
        code = self.criteria.item(row, 0)
        if code is not None:
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            code.setToolTip(reason)
        for col in FROZEN_COLUMNS[1:]:
            box = self.criteria.cellWidget(row, col)
            assert isinstance(box, QAbstractSpinBox)
            box.setReadOnly(True)
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            box.setEnabled(False)
            box.setToolTip(reason)

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
            self.check()

    # -- the form and the Call ------------------------------------------------------------------

    def fill(self, call: Call) -> None:
        """Show `call` in the form (the call's own settings, or an imported file's)."""
        self._filling = True
        self.title.setText(call.title)
        self.year.setValue(call.year)
        self.reference.setText(call.reference)
        self.place.setText(call.place)
        self.ministries.setPlainText("\n".join(call.ministries))
        self.envelope.setValue(call.envelope)
        self.grant_min.setValue(call.grant_min)
        self.grant_max.setValue(call.grant_max)
        self.per_dossier.setValue(call.rapporteurs_per_dossier)
        self.tie_break.setText(", ".join(call.tie_break))
        self.funders.setRowCount(0)
        for f in call.funders:
            self._add_funder(f)
        self.criteria.setRowCount(0)
        for c in call.criteria:
            self._add_criterion(c)
        e = call.eligibility
        for rule, box in self.rule_boxes.items():
            box.setChecked(e.enabled(rule))
        self.min_members.setValue(e.min_members)
        self.require_authority.setChecked(e.require_authority_cofunding)
        self.max_each.setValue(100 * e.authority_cofunding_max_each)
        self.max_total.setValue(100 * e.authority_cofunding_max_total)
        self.attachments.setText(", ".join(e.required_attachments))
        self._filling = False
        self.check()

    def _cell(self, table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _value(self, table: QTableWidget, row: int, col: int) -> float:
        box = table.cellWidget(row, col)
        assert isinstance(box, QSpinBox | QDoubleSpinBox)
        return box.value()

    def settings(self) -> Call:
        funders = [
            Funder(code=self._cell(self.funders, r, 0), name=self._cell(self.funders, r, 1),
                   group=self._cell(self.funders, r, 2), amount=self._value(self.funders, r, 3))
            for r in range(self.funders.rowCount())
        ]  # fmt: skip
        criteria = []
        for r in range(self.criteria.rowCount()):
            threshold = self._value(self.criteria, r, 6)
            criteria.append(
                Criterion(
                    code=self._cell(self.criteria, r, 0),
                    label=self._cell(self.criteria, r, 1),
                    description=self._cell(self.criteria, r, 2),
                    weight=self._value(self.criteria, r, 3),
                    scale_min=int(self._value(self.criteria, r, 4)),
                    scale_max=int(self._value(self.criteria, r, 5)),
                    eliminatory_below=None if threshold < -100 else threshold,
                    position=r,
                )
            )
        eligibility = EligibilitySettings(
            min_members=self.min_members.value(),
            require_authority_cofunding=self.require_authority.isChecked(),
            authority_cofunding_max_each=round(self.max_each.value() / 100, 4),
            authority_cofunding_max_total=round(self.max_total.value() / 100, 4),
            required_attachments=_texts(self.attachments.text()),
            disabled_rules=tuple(r for r, box in self.rule_boxes.items() if not box.isChecked()),
        )
        return replace(
            self.original,
            title=self.title.text().strip(),
            year=self.year.value(),
            reference=self.reference.text().strip(),
            place=self.place.text().strip(),
            ministries=tuple(
                m.strip() for m in self.ministries.toPlainText().splitlines() if m.strip()
            ),
            envelope=self.envelope.value(),
            grant_min=self.grant_min.value(),
            grant_max=self.grant_max.value(),
            rapporteurs_per_dossier=self.per_dossier.value(),
            tie_break=_texts(self.tie_break.text()),
            funders=funders,
            criteria=criteria,
            eligibility=eligibility,
        )

    def problems(self) -> list[str]:
        call = self.settings()
        found = [errors.message(str(p)) for p in settings_problems(call)]
        if self.frozen_reason:
            frozen = frozen_grid_changes(self.original, call)
            found += [f"{c} : {self.frozen_reason}" for c in frozen]
        return found

    def check(self) -> None:
        """Say the first problem, naming its key; Enregistrer only while there is none."""
        if getattr(self, "_filling", True):
            return
        call = self.settings()
        funded = sum(f.amount for f in call.funders)
        self.funder_total.setText(
            self.tr("Total des parts : {funded} pour une enveloppe de {envelope}").format(
                funded=fmt.eur(funded), envelope=fmt.eur(call.envelope)
            )
        )
        weights = sum(c.weight for c in call.criteria)
        self.weight_total.setText(
            self.tr("Total des poids : {total} / 100").format(total=fmt.number(weights))
        )
        found = self.problems()
        more = self.tr(" (et {n} autre(s))").format(n=len(found) - 1) if len(found) > 1 else ""
        self.problem.setText(f"{found[0]}{more}" if found else "")
        self.problem.setToolTip("\n".join(found))
        self.ok_button.setEnabled(not found)
        self.export_button.setEnabled(not found)

    def accept(self) -> None:
        if self.problems():  # the button is disabled then; Enter must not get round it
            self.check()
            return
        super().accept()

    # -- files ----------------------------------------------------------------------------------

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer des paramètres"), "", self.tr(TOML_FILTER)
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Fill the form from a settings file; an unreadable or invalid one changes nothing."""
        try:
            call = parse_call(read_settings(path))
        except SettingsFileError as exc:
            errors.show_error(self, self.tr("Importer des paramètres"), errors.message(exc))
            return False
        except InvalidSettings as exc:
            text = f"{path.name} : {errors.message(exc)}"
            details = "\n".join(f"{p.key} : {errors.message(p.message)}" for p in exc.problems)
            errors.show_error(self, self.tr("Importer des paramètres"), text, details)
            return False
        self.fill(replace(call, template=self.original.template))
        return True

    def export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les paramètres"), "parametres-appel.toml", self.tr(TOML_FILTER)
        )
        if name:
            out = Path(name) if name.lower().endswith(".toml") else Path(name + ".toml")
            write_settings(out, self.settings())


def save(window: MainWindow, call: Call) -> Job | None:
    """Apply the settings off the GUI thread (the dossiers may be screened again)."""
    path = window.call_path()
    if path is None:  # the call was closed meanwhile
        return None
    actor = window.current_actor()

    def work(_ctx: JobContext) -> list[str]:
        with open_call(path, actor=actor) as store:
            return call_settings.apply(store, call)

    def done(keys: list[str]) -> None:
        said = (
            translate("CallSettingsDialog", "Paramètres de l'appel modifiés : {keys}").format(
                keys=", ".join(keys)
            )
            if keys
            else translate("CallSettingsDialog", "Paramètres de l'appel inchangés")
        )
        window.statusBar().showMessage(said, 15_000)
        if keys:
            window.reload()

    return window.run_task(
        work,
        label=translate("CallSettingsDialog", "Paramètres de l'appel"),
        on_done=done,
        cancellable=False,
    )


def edit_settings(window: MainWindow) -> CallSettingsDialog | None:
    """Open the dialog on the open call; on Enregistrer, save through the service."""
    if window.store is None:
        errors.show_error(
            window,
            translate("CallSettingsDialog", "Paramètres de l'appel"),
            translate("CallSettingsDialog", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    try:
        call = call_settings.current(window.store)
        reason = call_settings.grid_frozen_reason(window.store)
    except (StoreError, LookupError) as exc:
        errors.show_error(
            window, translate("CallSettingsDialog", "Paramètres de l'appel"), errors.message(exc)
        )
        return None
    dialog = CallSettingsDialog(call, frozen_reason=reason, parent=window)
    dialog.setObjectName("callSettingsDialog")
    dialog.accepted.connect(lambda: save(window, dialog.settings()))
    dialog.open()
    return dialog
