"""Parts of the session window that hold state: the attendance grid with its live quorum, and
the decision form with its live envelope gauges. Both talk to the window through signals and
plain data; the window calls the services."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.model import Attendance, AttendanceStatus, Funder, Outcome
from ...services.decision_support import Proposal
from ...services.session_data import AgendaEntry, FunderGauge, QuorumInfo, SessionReport
from .. import format as fmt
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, label
from ..partials.envelope_gauge import EnvelopeGauge
from ..partials.fields import NumberField, problems
from ..uiloader import child

NOT_RECORDED = QT_TRANSLATE_NOOP("SessionPanels", "— non renseigné —")
STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED, AttendanceStatus.EXCUSED)
OUTCOMES = tuple(Outcome)
OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b71c1c"
PROPOSAL_COLOUR = "#8a4b00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionPanels", text)


def quorum_html(q: QuorumInfo) -> str:
    if q.members == 0:
        return f"<b style='color:{BAD_COLOUR}'>" + QCoreApplication.translate(
            "SessionPanels",
            "Aucun membre du comité enregistré</b> : ajoutez les membres avant de prendre les "
            "présences.",
        )
    ok, bad = theme.ink(OK_COLOUR, accent=True), theme.ink(BAD_COLOUR, accent=True)
    verdict = (
        f"<b style='color:{ok}'>"
        + QCoreApplication.translate("SessionPanels", "quorum atteint")
        + "</b>"
        if q.reached
        else f"<b style='color:{bad}'>"
        + QCoreApplication.translate("SessionPanels", "quorum non atteint")
        + "</b>"
        + (QCoreApplication.translate("SessionPanels", " (seconde convocation)") if q.note else "")
    )
    return QCoreApplication.translate(
        "SessionPanels",
        "{present} présents + {represented} représentés = <b>{counted}</b> / {members} "
        "(il en faut {required}) — {verdict}",
    ).format(
        present=q.present,
        represented=q.represented,
        counted=q.counted,
        members=q.members,
        required=q.required,
        verdict=verdict,
    )


class AttendanceGrid(QObject):
    """One row per member: status, and the proxy holder when represented."""

    changed = Signal(list)  # list[Attendance], after each user change

    def __init__(self, host: QWidget, grid: QGridLayout) -> None:
        super().__init__(host)
        self.host, self.grid = host, grid
        self.rows: list[tuple[int, QComboBox, QComboBox]] = []
        self._filling = False

    def set_report(self, report: SessionReport) -> None:
        self._filling = True
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.rows.clear()
        names = [(a.person_id, a.name) for a in report.attendance]
        for header, col in (
            (self.tr("Membre"), 0),
            (self.tr("Présence"), 1),
            (self.tr("Mandat donné à"), 2),
        ):
            caption = QLabel(f"<b>{header}</b>")
            self.grid.addWidget(caption, 0, col)
        for row, a in enumerate(report.attendance, start=1):
            name = QLabel(
                f"{a.name}{self.tr(' (président·e)') if a.is_chair else ''}"
                f"<br><small>{a.institution}</small>"
            )
            status = QComboBox()
            status.setObjectName(f"status_{a.person_id}")
            status.addItem(_tr(NOT_RECORDED), None)
            for s in STATUSES:
                status.addItem(label(s.label), s.value)
            status.setCurrentIndex(0 if a.status is None else STATUSES.index(a.status) + 1)
            proxy = QComboBox()
            proxy.setObjectName(f"proxy_{a.person_id}")
            proxy.addItem("—", None)
            for pid, n in names:
                if pid != a.person_id:
                    proxy.addItem(n, pid)
            proxy.setCurrentIndex(max(0, proxy.findData(a.proxy_holder_id)))
            proxy.setEnabled(a.status is AttendanceStatus.REPRESENTED)
            for w, col in ((name, 0), (status, 1), (proxy, 2)):
                self.grid.addWidget(w, row, col)
            status.currentIndexChanged.connect(self._on_change)
            proxy.currentIndexChanged.connect(self._on_change)
            self.rows.append((a.person_id, status, proxy))
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(len(self.rows) + 1, 1)
        self._filling = False

    def attendance(self) -> list[Attendance]:
        out = []
        for pid, status, proxy in self.rows:
            code = status.currentData()
            if code is None:
                continue
            s = AttendanceStatus(code)
            holder = proxy.currentData() if s is AttendanceStatus.REPRESENTED else None
            out.append(Attendance(person_id=pid, status=s, proxy_holder_id=holder))
        return out

    def set_status(
        self, person_id: int, status: AttendanceStatus, holder: int | None = None
    ) -> None:
        """What a click in the grid does (used by tests and « Tous présents »)."""
        for pid, s, proxy in self.rows:
            if pid == person_id:
                self._filling = True
                proxy.setCurrentIndex(max(0, proxy.findData(holder)))
                self._filling = False
                s.setCurrentIndex(STATUSES.index(status) + 1)

    def all_present(self) -> None:
        self._filling = True
        for _, s, proxy in self.rows:
            s.setCurrentIndex(1)
            proxy.setCurrentIndex(0)
        self._filling = False
        self._on_change()

    def _on_change(self) -> None:
        for _, s, proxy in self.rows:
            represented = s.currentData() == AttendanceStatus.REPRESENTED.value
            proxy.setEnabled(represented)
        if self._filling:
            return
        # A represented member needs a holder: wait until one is chosen.
        if any(
            s.currentData() == "represented" and p.currentData() is None for _, s, p in self.rows
        ):
            return
        self.changed.emit(self.attendance())


class DecisionForm(QObject):
    """The decision on the current agenda item: outcome, amount, split, votes, reasons."""

    edited = Signal()  # amount or split changed: the envelope gauges follow

    def __init__(self, window: QWidget, funders: Sequence[Funder]) -> None:
        super().__init__(window)
        self.funders = list(funders)
        self.outcome = child(window, QComboBox, "outcomeCombo")
        self.reserve_rank = child(window, QSpinBox, "reserveRankSpin")
        self.amount = child(window, NumberField, "amountSpin").configure(
            caption=self.tr("Montant accordé"), maximum=0, euros=True
        )
        self.requested = child(window, QLabel, "requestedLabel")
        self.votes_for, self.votes_against, self.votes_abstain = (
            child(window, NumberField, name).configure(caption=caption, integer=True)
            for name, caption in (
                ("votesForSpin", self.tr("Votes pour")),
                ("votesAgainstSpin", self.tr("Votes contre")),
                ("votesAbstainSpin", self.tr("Abstentions")),
            )
        )
        self.voters = child(window, QLabel, "votersLabel")
        self.casting = child(window, QComboBox, "castingCombo")
        self.reasons = child(window, QPlainTextEdit, "reasonsEdit")
        self.conditions = child(window, QPlainTextEdit, "conditionsEdit")
        self.override = child(window, QLineEdit, "overrideEdit")
        self.message = child(window, QLabel, "decisionMessage")
        self.save = child(window, QPushButton, "saveDecisionButton")
        self.propose = child(window, QPushButton, "proposeSplitButton")
        # A scenario's proposal pre-fills the form: said above it, never taken for a decision.
        self.proposal_note = QLabel()
        self.proposal_note.setObjectName("proposalNote")
        self.proposal_note.setWordWrap(True)
        self.proposal_note.hide()
        box = child(window, QWidget, "decisionBox")
        parent = box.parentWidget()
        side = parent.layout() if parent is not None else None
        assert isinstance(side, QBoxLayout)  # the form's side column holds decisionBox
        side.insertWidget(side.indexOf(box), self.proposal_note)
        split_host = child(window, QWidget, "splitHost")
        split_layout = split_host.layout()
        assert split_layout is not None  # the form gives splitHost a layout
        self.split: dict[str, NumberField] = {}
        for f in self.funders:
            caption = QLabel(f.code)
            caption.setToolTip(f.name)
            spin = NumberField().configure(
                caption=self.tr("Part {code} ({name})").format(code=f.code, name=f.name), euros=True
            )
            spin.setObjectName(f"split_{f.code}")
            caption.setBuddy(spin)
            split_layout.addWidget(caption)
            split_layout.addWidget(spin)
            spin.valueChanged.connect(self._split_edited)
            self.split[f.code] = spin
        for o in OUTCOMES:
            self.outcome.addItem(label(o.label), o.value)
        # Tab goes through the decision in the order it is taken, then to « Enregistrer ».
        chain = [
            self.outcome, self.reserve_rank, self.amount, *self.split.values(), self.propose,
            self.votes_for, self.votes_against, self.votes_abstain, self.casting, self.reasons,
            self.conditions, self.override, self.save,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.casting.addItem(self.tr("Voix du président : —"), None)
        self.casting.addItem(self.tr("Président : pour"), True)
        self.casting.addItem(self.tr("Président : contre"), False)
        self.entry: AgendaEntry | None = None
        self._filling = False
        self._proposer: Callable[[float], dict[str, float]] | None = None
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.amount.valueChanged.connect(self._amount_changed)
        for spin in (self.votes_for, self.votes_against, self.votes_abstain):
            spin.valueChanged.connect(self._votes_changed)
            spin.setMaximumWidth(70)

    def set_proposer(self, proposer: Callable[[float], dict[str, float]]) -> None:
        """`proposer(amount) -> {code: amount}`: the proposed split for the current dossier."""
        self._proposer = proposer

    # -- filling ------------------------------------------------------------------------------

    def show_entry(
        self,
        entry: AgendaEntry | None,
        *,
        grant_min: float,
        grant_max: float,
        reserve_rank: int = 1,
        proposal: Proposal | None = None,
    ) -> None:
        """`reserve_rank`: the rank a reserve decision on the entry would get by default;
        `proposal`: an applied scenario's, pre-filled only while nothing is decided."""
        self._filling = True
        self.entry = entry
        self.message.clear()
        self.override.clear()
        self.proposal_note.hide()
        if entry is None:
            self._filling = False
            return
        d = entry.decision
        for spin in (self.votes_for, self.votes_against, self.votes_abstain):
            spin.setMaximum(entry.voters, self.tr("nombre de votants"))
        self.voters.setText(self.tr("sur {voters} votants").format(voters=entry.voters))
        self.requested.setText(
            self.tr("sollicité : {amount}").format(amount=fmt.eur(entry.amount_requested))
        )
        if entry.amount_requested < grant_max:
            self.amount.setMaximum(max(entry.amount_requested, 0), self.tr("montant sollicité"))
        else:
            self.amount.setMaximum(grant_max, self.tr("plafond de l'appel"))
        self.amount.setMinimum(grant_min, self.tr("plancher de l'appel"))
        self.reserve_rank.setValue(reserve_rank)
        if d is None:
            # The dossiers the ranking puts after the cut-off are proposed for the reserve list.
            proposed = Outcome.RESERVE if entry.ranking_reserve else Outcome.SELECTED
            self.outcome.setCurrentIndex(OUTCOMES.index(proposed))
            self.amount.setValue(min(entry.amount_requested, grant_max))
            self.votes_for.setValue(entry.voters)
            self.votes_against.setValue(0)
            self.votes_abstain.setValue(0)
            self.reasons.clear()
            self.conditions.clear()
            if proposal is not None:
                self._fill_proposal(proposal)
            self._filling = False
            if proposal is not None and proposal.split:
                self.apply_split(proposal.split)
            else:
                self._amount_changed()
        else:
            self.outcome.setCurrentIndex(OUTCOMES.index(d.outcome))
            self.amount.setValue(d.amount_granted)
            for code, spin in self.split.items():
                spin.setValue(d.split.get(code, 0.0))
            self.votes_for.setValue(d.votes_for)
            self.votes_against.setValue(d.votes_against)
            self.votes_abstain.setValue(d.votes_abstain)
            self.reasons.setPlainText(d.reasons)
            self.conditions.setPlainText(d.conditions)
            self.override.setText(d.envelope_override)
            self._filling = False
            self.message.setText(
                f"<span style='color:{OK_COLOUR}'>"
                + self.tr("Décision enregistrée : {outcome}").format(outcome=label(d.outcome.label))
                + (self.tr(", rang {rank}").format(rank=d.reserve_rank) if d.reserve_rank else "")
                + (self.tr(" (voix prépondérante du président)") if d.casting_vote_used else "")
                + "</span>"
            )
        self._outcome_changed()
        self._votes_changed()

    def _fill_proposal(self, proposal: Proposal) -> None:
        outcome = Outcome(proposal.outcome)
        self.outcome.setCurrentIndex(OUTCOMES.index(outcome))
        if outcome.is_grant:
            self.amount.setValue(proposal.amount)
            what = self.tr("{outcome}, {amount}").format(
                outcome=label(outcome.label), amount=fmt.eur(proposal.amount)
            )
        else:
            what = label(outcome.label)
        colour = theme.ink(PROPOSAL_COLOUR, accent=True)
        self.proposal_note.setStyleSheet(
            f"QLabel {{ border: 1px solid {colour}; border-radius: 3px; padding: 4px; }}"
        )
        self.proposal_note.setText(
            f"<span style='color:{colour}'><b>"
            + self.tr("Proposition du scénario « {scenario} » : {what}").format(
                scenario=proposal.scenario, what=what
            )
            + "</b><br>"
            + self.tr(
                "Formulaire pré-rempli : rien n'est décidé avant le vote et « Enregistrer la "
                "décision »."
            )
            + "</span>"
        )
        self.proposal_note.show()

    # -- reading ------------------------------------------------------------------------------

    def current_outcome(self) -> Outcome:
        return Outcome(self.outcome.currentData())

    def current_split(self) -> dict[str, float]:
        if not self.current_outcome().is_grant:
            return {}
        return {code: spin.value() for code, spin in self.split.items()}

    def problems(self) -> list[str]:
        """The typed numbers that cannot be saved, each naming its bound."""
        fields = [self.votes_for, self.votes_against, self.votes_abstain]
        if self.current_outcome().is_grant:
            fields += [self.amount, *self.split.values()]
        return problems(fields)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for `deliberation.record_decision` (without session and dossier)."""
        grant = self.current_outcome().is_grant
        return {
            "outcome": self.current_outcome(),
            "amount_granted": self.amount.value() if grant else 0.0,
            "split": self.current_split() if grant else None,
            "votes_for": self.votes_for.value(),
            "votes_against": self.votes_against.value(),
            "votes_abstain": self.votes_abstain.value(),
            "chair_votes_for": self.casting.currentData(),
            "reasons": self.reasons.toPlainText(),
            "conditions": self.conditions.toPlainText(),
            "envelope_override": self.override.text(),
            "reserve_rank": self.reserve_rank.value()
            if self.current_outcome() is Outcome.RESERVE
            else None,
        }

    def show_error(self, message: str) -> None:
        text = message[:1].upper() + message[1:]
        self.message.setText(
            f"<b style='color:{BAD_COLOUR}'>" + self.tr("Refusé : {why}").format(why=text) + "</b>"
        )

    # -- reactions ----------------------------------------------------------------------------

    def _outcome_changed(self) -> None:
        grant = self.current_outcome().is_grant
        for w in (self.amount, self.propose, *self.split.values()):
            w.setEnabled(grant)
        self.conditions.setEnabled(self.current_outcome() is Outcome.SELECTED_WITH_CONDITIONS)
        self.reserve_rank.setVisible(self.current_outcome() is Outcome.RESERVE)
        if not self._filling:
            self.edited.emit()

    def _amount_changed(self) -> None:
        if self._filling or self._proposer is None:
            return
        self.apply_split(self._proposer(self.amount.value()))

    def apply_split(self, split: dict[str, float]) -> None:
        self._filling = True
        for code, spin in self.split.items():
            spin.setValue(split.get(code, 0.0))
        self._filling = False
        self.edited.emit()

    def _split_edited(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _votes_changed(self) -> None:
        tie = self.votes_for.value() == self.votes_against.value() > 0
        self.casting.setEnabled(tie)
        if not tie:
            self.casting.setCurrentIndex(0)


class GaugeRow(QObject):
    """The envelope gauges, one per funder, in a layout that stays visible."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.gauges: dict[str, EnvelopeGauge] = {}

    def set_gauges(self, gauges: Sequence[FunderGauge]) -> None:
        for g in gauges:
            if g.code not in self.gauges:
                widget = EnvelopeGauge()
                widget.setObjectName(f"gauge_{g.code}")
                layout = self.host.layout()
                assert layout is not None  # the host is a form container with its layout
                layout.addWidget(widget)
                self.gauges[g.code] = widget
            self.gauges[g.code].set_gauge(g)

    def exceeded(self) -> list[str]:
        return [c for c, w in self.gauges.items() if w.gauge and w.gauge.exceeded]
