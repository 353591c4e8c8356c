"""Éligibilité tab: each rule's verdict with its reason; overrides with who, when and why."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

from ...domain.eligibility import reason_message
from ...services.browse import DossierFile, RuleView
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP, message
from ..partials.records import Column, RecordTableModel
from ..uiloader import child, load_ui

GREEN, RED = "#1b6e3a", "#b3261e"
REASON_WIDTH = 220
translate = QCoreApplication.translate


# The rules' names (domain/eligibility.py, stored with each result), by code, in the
# interface's language; the reasons too when they read as the rules' sentences.
RULE_NAMES = {
    "ess_member": QT_TRANSLATE_NOOP("EligibilityTab", "Entreprise de l'ESS"),
    "commercial_member": QT_TRANSLATE_NOOP("EligibilityTab", "Entreprise commerciale"),
    "min_members": QT_TRANSLATE_NOOP("EligibilityTab", "Nombre de membres"),
    "authority_cofunding": QT_TRANSLATE_NOOP("EligibilityTab", "Cofinancement des collectivités"),
    "amount_bounds": QT_TRANSLATE_NOOP("EligibilityTab", "Montant demandé"),
    "lead_siret": QT_TRANSLATE_NOOP("EligibilityTab", "SIRET du porteur"),
    "attachments": QT_TRANSLATE_NOOP("EligibilityTab", "Pièces obligatoires"),
}


def rule_name(r: RuleView) -> str:
    name = RULE_NAMES.get(r.rule)
    return translate("EligibilityTab", name) if name == r.label else r.label


def reason(r: RuleView) -> str:
    """The reason the check wrote (stored in French), in the interface's language when it
    reads as one of the rules' sentences."""
    return message(reason_message(r.reason))


def verdict(passed: bool) -> str:
    return (
        translate("EligibilityTab", "respectée")
        if passed
        else translate("EligibilityTab", "non respectée")
    )


def override_text(r: RuleView) -> str:
    """A marker: the pane is narrow; who, when and why are in the tooltip and below."""
    return translate("EligibilityTab", "oui") if r.overridden else ""


def override_tooltip(r: RuleView) -> str:
    if not r.overridden:
        return ""
    return translate("EligibilityTab", "{who}, {when} : « {why} »").format(
        who=r.override_by, when=fmt.timestamp(r.override_at), why=r.override_reason
    )


_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Règle"),
    QT_TRANSLATE_NOOP("columns", "Contrôle"),
    QT_TRANSLATE_NOOP("columns", "Motif"),
    QT_TRANSLATE_NOOP("columns", "Dérogation"),
    QT_TRANSLATE_NOOP("columns", "Retenu"),
)


COLUMNS = (
    Column[RuleView]("Règle", rule_name),
    Column[RuleView](
        "Contrôle",
        lambda r: verdict(r.passed),
        colour=lambda r: GREEN if r.passed else RED,
    ),
    Column[RuleView]("Motif", lambda r: reason(r), tooltip=lambda r: reason(r)),
    Column[RuleView]("Dérogation", override_text, tooltip=override_tooltip),
    Column[RuleView](
        "Retenu",
        lambda r: verdict(r.effective),
        colour=lambda r: GREEN if r.effective else RED,
        bold=lambda r: r.overridden,
    ),
)


def verdict_html(f: DossierFile) -> str:
    if f.eligible is None:
        return translate(
            "EligibilityTab",
            "<b>Éligibilité non contrôlée</b> : lancez le contrôle d'éligibilité.",
        )
    colour = GREEN if f.eligible else RED
    word = (
        translate("EligibilityTab", "Dossier éligible")
        if f.eligible
        else translate("EligibilityTab", "Dossier inéligible")
    )
    failed = [rule_name(r) for r in f.rules if not r.effective]
    text = f"<span style='color:{colour};font-weight:bold'>{word}</span>"
    if failed:
        text += translate("EligibilityTab", " — règle(s) non respectée(s) : {rules}").format(
            rules=escape(", ".join(failed))
        )
    if f.overrides:
        text += translate("EligibilityTab", " · {n} dérogation(s)").format(n=len(f.overrides))
    return text


def rule_detail_html(r: RuleView) -> str:
    text = translate("EligibilityTab", "<b>{rule}</b> : {reason}").format(
        rule=escape(rule_name(r)), reason=escape(reason(r))
    )
    if r.overridden:
        text += "<br>" + translate(
            "EligibilityTab", "<b>Dérogation</b> ({verdict}) accordée par {who} le {when}"
        ).format(
            verdict=verdict(bool(r.override_passed)),
            who=escape(r.override_by),
            when=fmt.timestamp(r.override_at),
        )
        text += f"<br><i>« {escape(r.override_reason)} »</i>"
    return text


class EligibilityTab(QWidget):
    """Asks for overrides through signals; the main window runs the use case."""

    override_requested = Signal(str)  # rule code
    clear_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("eligibility_tab", self)
        self._rows_measured = True  # False: the rows wait for the tab to show (show_file)
        self.verdict_label = child(self, QLabel, "verdictLabel")
        self.table = child(self, QTableView, "rulesTable")
        self.detail_label = child(self, QLabel, "ruleDetailLabel")
        self.override_button = child(self, QPushButton, "overrideButton")
        self.clear_button = child(self, QPushButton, "clearOverrideButton")
        self.model: RecordTableModel[RuleView] = RecordTableModel(COLUMNS, self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The reason wraps in a column of its own width: stretched, it was squeezed to a few
        # letters when the pane is narrow (the table scrolls sideways instead).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(2, REASON_WIDTH)
        self.table.selectionModel().currentRowChanged.connect(self._on_rule)
        self.override_button.clicked.connect(self._request_override)
        self.clear_button.clicked.connect(self._request_clear)
        QShortcut(QKeySequence("Ctrl+D"), self, self._request_override)
        self._update_buttons()

    def show_file(self, f: DossierFile, *, keep_rule: str | None = None) -> None:
        self.verdict_label.setText(verdict_html(f))
        self.model.set_records(f.rules)
        # Long reasons wrap instead of being cut: measured now when the tab shows, else when
        # it is next shown (measuring every wrapped reason is most of showing a dossier).
        self._rows_measured = self.isVisible()
        if self._rows_measured:
            self.table.resizeRowsToContents()
        rows = [i for i, r in enumerate(f.rules) if r.rule == keep_rule]
        if rows:
            self.table.selectRow(rows[0])
        elif f.rules:
            # Point at the first failed rule: that is where a person looks first.
            failed = [i for i, r in enumerate(f.rules) if not r.effective]
            self.table.selectRow(failed[0] if failed else 0)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._rows_measured:
            self._rows_measured = True
            self.table.resizeRowsToContents()

    def current_rule(self) -> RuleView | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_rule(self, rule: str) -> None:
        for i, r in enumerate(self.model.records):
            if r.rule == rule:
                self.table.selectRow(i)

    def _on_rule(self, current: QModelIndex, _previous: QModelIndex) -> None:
        r = self.model.record(current.row()) if current.isValid() else None
        self.detail_label.setText(rule_detail_html(r) if r else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.current_rule()
        self.override_button.setEnabled(r is not None)
        self.clear_button.setEnabled(r is not None and r.overridden)

    def _request_override(self) -> None:
        r = self.current_rule()
        if r is not None:
            self.override_requested.emit(r.rule)

    def _request_clear(self) -> None:
        r = self.current_rule()
        if r is not None and r.overridden:
            self.clear_requested.emit(r.rule)
