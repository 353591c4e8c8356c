"""The dossier view: a header (pole, number, territory, status) over the tabs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from ...domain.model import OUTCOME_LABELS, Outcome
from ...services.browse import DossierFile
from .. import format as fmt
from .. import theme
from ..i18n import label
from ..uiloader import child, load_ui
from .attachments_tab import AttachmentsTab
from .budget_tab import BudgetTab
from .eligibility_tab import EligibilityTab
from .summary_tab import SummaryTab

TAB_SUMMARY, TAB_BUDGET, TAB_ATTACHMENTS, TAB_ELIGIBILITY = range(4)
translate = QCoreApplication.translate


def _badge(text: str, colour: str) -> str:
    return (
        f"<span style='background:{colour};color:white;font-weight:bold'>"
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )


def badges_html(f: DossierFile) -> str:
    parts = []
    if f.eligible is None:
        parts.append(_badge(translate("DossierView", "éligibilité à contrôler"), "#6b6b6b"))
    elif f.eligible:
        word = (
            translate("DossierView", "éligible (dérogation)")
            if f.overrides
            else translate("DossierView", "éligible")
        )
        parts.append(_badge(word, "#1b6e3a"))
    else:
        parts.append(_badge(translate("DossierView", "inéligible"), "#b3261e"))
        failed = ", ".join(r.label for r in f.rules if not r.effective)
        colour = theme.ink("#b3261e", accent=True)  # dark red is unreadable on black
        parts.append(f"<span style='color:{colour}'>{escape(failed)}</span>")
    if f.reviews_expected:
        parts.append(
            translate("DossierView", "évaluations {done}/{expected}").format(
                done=f.reviews_done, expected=f.reviews_expected
            )
        )
    if f.decision:
        outcome = Outcome(f.decision["outcome"])
        text = label(OUTCOME_LABELS[outcome])
        if outcome.is_grant:
            text += f" — {fmt.eur(f.decision['amount_granted'])}"
        parts.append(_badge(text, "#1f3a5f" if outcome.is_grant else "#6b6b6b"))
    return " &nbsp; ".join(parts)


class DossierView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("dossier_view", self)
        self.stack = child(self, QStackedWidget, "stack")
        self.pole_label = child(self, QLabel, "poleLabel")
        self.subtitle_label = child(self, QLabel, "subtitleLabel")
        self.badges_label = child(self, QLabel, "badgesLabel")
        self.tabs = child(self, QTabWidget, "tabs")
        font = QFont(self.pole_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.pole_label.setFont(font)
        self.subtitle_label.setStyleSheet(f"color: {theme.ink('#444444')}")

        self.summary = SummaryTab()
        self.budget = BudgetTab()
        self.attachments = AttachmentsTab()
        self.eligibility = EligibilityTab()
        for widget, title in (
            (self.summary, self.tr("Résu&mé")),
            (self.budget, self.tr("&Budget")),
            (self.attachments, self.tr("&Pièces")),
            (self.eligibility, self.tr("É&ligibilité")),
        ):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._on_tab)
        self.file: DossierFile | None = None
        self._stale: set[int] = set()  # tabs not yet filled with the shown dossier
        self._keep_rule: str | None = None
        self.show_file(None)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Where later screens (reviews, annotations, decision) plug into the dossier view.
        The widget may define `show_file(DossierFile)`; it is called with the dossier shown,
        when the tab is in sight (at once, or when it is next chosen)."""
        return self.tabs.addTab(widget, title)

    def show_file(self, f: DossierFile | None, *, keep_rule: str | None = None) -> None:
        self.file = f
        if f is None:
            self.stack.setCurrentIndex(0)
            return
        d = f.dossier
        self.pole_label.setText(d.pole_name)
        where = ", ".join(x for x in (d.communes, d.departement and f"({d.departement})") if x)
        self.subtitle_label.setText(
            f"{d.numero} · {d.region}{' · ' + where if where else ''} · "
            + self.tr("porté par {lead}").format(lead=d.lead_name)
        )
        self.badges_label.setText(badges_html(f))
        # Only the tab in sight is filled now, each other one when it is chosen: going down
        # the list with the arrow keys fills one tab per dossier, not every one.
        self._stale = set(range(self.tabs.count()))
        self._keep_rule = keep_rule
        self.stack.setCurrentIndex(1)
        self._on_tab(self.tabs.currentIndex())

    def _fill(self, index: int) -> None:
        if self.file is None or index not in self._stale:
            return
        self._stale.discard(index)
        tab = self.tabs.widget(index)
        if tab is self.eligibility:
            self.eligibility.show_file(self.file, keep_rule=self._keep_rule)
        elif callable(show := getattr(tab, "show_file", None)):
            show(self.file)

    def _on_tab(self, index: int) -> None:
        self._fill(index)
        if self.tabs.widget(index) is self.attachments:
            self.attachments.activate()
        else:
            self.attachments.deactivate()
