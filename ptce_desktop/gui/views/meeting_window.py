"""The projector window: the agenda item under deliberation, readable from the back of a room.

It only shows what `MeetingItem` carries (never the secretariat's private notes), in large
type, white on near-black. The secretariat's window drives it with `show_item`. Built in code
rather than Designer: its layout is a fixed poster, and its type scales with the screen.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.session_data import MeetingItem
from .. import format as fmt
from ..i18n import label as domain_label
from ..partials.envelope_gauge import EnvelopeGauge
from ..partials.fit import available

translate = QCoreApplication.translate

BACKGROUND = "#0f1419"
INK = "#ffffff"
MUTED = "#c8d0da"
ACCENT = "#ffd54f"
DISAGREE = "#ffb74d"  # rapporteurs two points or more apart on a criterion
SPREAD_ALERT = 2.0


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    # Top-aligned: a wrapped label given more height than its text must not float mid-way.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class MeetingWindow(QWidget):
    """Top-level window; closing it (or Échap) only hides it and tells the driver."""

    closed = Signal()
    step = Signal(int)  # -1 / +1 from the arrow keys pressed on the projector window

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Projection — comité de sélection"))
        self.setObjectName("meetingWindow")
        self.item: MeetingItem | None = None
        self.header = _label("header")
        self.title = _label("title")
        self.facts = _label("facts")
        self.recusal = _label("recusal")
        self.decision = _label("decision")
        # One table in one label: wrapped labels in a grid get clipped at 768 px.
        self.criteria = _label("criteria")
        self.gauges: list[EnvelopeGauge] = []
        self.gauge_row = QHBoxLayout()
        self.gauge_row.setSpacing(32)

        body = QHBoxLayout()
        body.setSpacing(48)
        left = QVBoxLayout()
        left.setSpacing(6)  # not the 48 px it would take from `body`
        left.addWidget(self._caption(self.tr("Notes des rapporteurs par critère (moyenne, écart)")))
        left.addWidget(self.criteria)
        left.addStretch(1)
        # One label for the whole column: wrapped labels stacked in a layout get clipped.
        self.side = _label("side")
        body.addLayout(left, 5)
        body.addWidget(self.side, 4)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("rule")
        layout = QVBoxLayout(self)
        # The type scales with the window, not the window with the text: never past the screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(10)
        for w in (self.header, self.title, self.facts, self.recusal, self.decision):
            layout.addWidget(w)
        layout.addWidget(rule)
        layout.addLayout(body, 1)
        layout.addWidget(self._caption(self.tr("Enveloppe par financeur")))
        layout.addLayout(self.gauge_row)
        self._apply_style(1000)
        self.show_item(None)

    # -- showing ------------------------------------------------------------------------------

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text.upper())
        label.setObjectName("caption")
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return label

    def show_item(self, item: MeetingItem | None, *, session_title: str = "") -> None:
        self.item = item
        if item is None:
            self.header.setText(escape(session_title or self.tr("Comité de sélection")))
            self.title.setText(self.tr("En attente du premier dossier"))
            for w in (self.facts, self.recusal, self.decision, self.side):
                w.clear()
            self.recusal.hide()
            self.decision.hide()
            self._fill_criteria(None)
            return
        e = item.entry
        self.header.setText(
            self.tr("Dossier <b>{position}</b> / {total}").format(
                position=e.position, total=item.total
            )
            + f" &nbsp;·&nbsp; {escape(e.numero)}"
            + (f" &nbsp;·&nbsp; {escape(session_title)}" if session_title else "")
        )
        self.title.setText(escape(e.pole_name))
        place = " · ".join(
            escape(x) for x in (e.region, _departement(e.departement), item.communes) if x
        )
        score = f"<b style='color:{ACCENT}'>{fmt.score(e.weighted_score)}</b>&nbsp;/&nbsp;100" + (
            " &nbsp;" + self.tr("(rang {rank})").format(rank=e.rank) if e.rank else ""
        )
        amount = f"<b style='color:{ACCENT}'>{fmt.eur(e.amount_requested)}</b>"
        self.facts.setText(
            f"{place}<br>"
            + self.tr("Porteur : {lead}").format(lead=escape(e.lead_name))
            + "<br>"
            + self.tr("Montant sollicité : {amount}").format(amount=amount)
            + " &nbsp;&nbsp; "
            + self.tr("Note pondérée : {score}").format(score=score)
        )
        if e.recused:
            names = ", ".join(escape(r.name) for r in e.recused)
            self.recusal.setText(
                (
                    self.tr(
                        "Déport : {names} quitte la salle et ne prend pas part à la délibération"
                    )
                    if len(e.recused) == 1
                    else self.tr(
                        "Déport : {names} quittent la salle et ne prennent pas part "
                        "à la délibération"
                    )
                ).format(names=names)
            )
            self.recusal.show()
        else:
            self.recusal.hide()
        d = e.decision
        if d is not None:
            amount = f" — {fmt.eur(d.amount_granted)}" if d.amount_granted else ""
            votes = self.tr("{votes_for} pour, {votes_against} contre").format(
                votes_for=d.votes_for, votes_against=d.votes_against
            )
            if d.votes_abstain:
                votes += (
                    self.tr(", {n} abstention")
                    if d.votes_abstain == 1
                    else self.tr(", {n} abstentions")
                ).format(n=d.votes_abstain)
            if d.casting_vote_used:
                votes += self.tr(", voix prépondérante du président")
            outcome = escape(domain_label(d.outcome.label))
            self.decision.setText(
                self.tr("Décision : {outcome} ({votes})").format(
                    outcome=f"<b>{outcome}{amount}</b>", votes=votes
                )
            )
            self.decision.setProperty("grant", d.outcome.is_grant)
            self.decision.style().unpolish(self.decision)
            self.decision.style().polish(self.decision)
            self.decision.show()
        else:
            self.decision.hide()
        self._fill_criteria(item)
        rapporteurs = "<br>".join(
            f"<b>{escape(r.name)}</b> — {escape(domain_label(r.opinion))}"
            + (f" ({fmt.score(r.weighted_score)})" if r.weighted_score is not None else "")
            + f"<br><span style='color:{MUTED}'>{escape(r.summary)}</span>"
            for r in item.rapporteurs
        )
        self.side.setText(
            _caption_html(self.tr("Membres du pôle"))
            + _members_text(item)
            + _caption_html(self.tr("Avis des rapporteurs"))
            + (rapporteurs or self.tr("Aucune évaluation soumise."))
        )
        self._fill_gauges(item)

    def _fill_criteria(self, item: MeetingItem | None) -> None:
        if item is None:
            self.criteria.clear()
            return
        rows = "".join(
            f"<tr><td>{escape(c.label)} <span style='color:{MUTED}'>({c.weight:g})</span></td>"
            "<td align='right' style='white-space:nowrap'>"
            + ("—" if c.mean is None else f"<b>{fmt.score(c.mean)}</b>&nbsp;/&nbsp;{c.scale_max}")
            + f"</td><td style='white-space:nowrap'>{self._spread_text(c.low, c.high, c.spread)}"
            "</td></tr>"
            for c in item.criteria
        )
        self.criteria.setText(f"<table width='100%' cellspacing='0' cellpadding='4'>{rows}</table>")

    @staticmethod
    def _spread_text(low: float | None, high: float | None, spread: float | None) -> str:
        if low is None or high is None or spread is None:
            return ""
        colour = DISAGREE if spread >= SPREAD_ALERT else MUTED
        mark = translate("MeetingWindow", " ▲ désaccord") if spread >= SPREAD_ALERT else ""
        span = translate("MeetingWindow", "de {low} à {high}").format(
            low=fmt.score(low), high=fmt.score(high)
        )
        return f"<span style='color:{colour}'>{span}{mark}</span>"

    def _fill_gauges(self, item: MeetingItem) -> None:
        while len(self.gauges) < len(item.envelope):
            g = EnvelopeGauge(dark=True)
            self.gauges.append(g)
            self.gauge_row.addWidget(g)
        for gauge, data in zip(self.gauges, item.envelope, strict=False):
            gauge.set_gauge(data)

    # -- placing and sizing -------------------------------------------------------------------

    def present(self) -> None:
        """Full screen on the second display when there is one, else a window beside."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.resize(QSize(1280, 800).boundedTo(available(self)))
            self.show()
        self.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_style(event.size().height())
        super().resizeEvent(event)

    def _apply_style(self, height: int) -> None:
        # Type follows the screen: about 44 lines of body text per screen height.
        base = max(13, height // 44)
        self.setStyleSheet(
            f"""
            QWidget#meetingWindow {{ background: {BACKGROUND}; }}
            QWidget {{ color: {INK}; font-size: {base}px; }}
            QLabel#header {{ color: {MUTED}; font-size: {int(base * 1.05)}px; }}
            QLabel#title {{ font-size: {int(base * 2.1)}px; font-weight: bold; }}
            QLabel#facts {{ font-size: {int(base * 1.2)}px; }}
            QLabel#caption {{ color: {ACCENT}; font-size: {int(base * 0.85)}px;
                              font-weight: bold; letter-spacing: 1px; margin-top: 6px; }}
            QLabel#recusal {{ background: {ACCENT}; color: #111111; padding: 6px 12px;
                              font-size: {int(base * 1.1)}px; font-weight: bold; }}
            QLabel#decision {{ background: #37474f; padding: 6px 12px;
                               font-size: {int(base * 1.2)}px; }}
            QLabel#decision[grant="true"] {{ background: #1b5e20; }}
            QLabel#criteria {{ font-size: {int(base * 1.05)}px; }}
            QFrame#rule {{ color: #3a4450; background: #3a4450; max-height: 2px; }}
            """
        )
        for g in self.gauges:
            g.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.step.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step.emit(-1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _caption_html(text: str) -> str:
    return (
        f"<p style='color:{ACCENT}; font-size:small; font-weight:bold; margin-top:10px; "
        f"margin-bottom:4px'>{escape(text.upper())}</p>"
    )


def _departement(code: str) -> str:
    return translate("MeetingWindow", "dép. {code}").format(code=code) if code else ""


def _members_text(item: MeetingItem) -> str:
    counts = Counter(category for _, category in item.members)
    summary = ", ".join(f"{domain_label(cat)} ({n})" for cat, n in counts.most_common())
    names = ", ".join(escape(name) for name, _ in item.members[:5])
    more = (
        translate("MeetingWindow", " et {n} autres").format(n=len(item.members) - 5)
        if len(item.members) > 5
        else ""
    )
    sectors = translate("MeetingWindow", "Secteurs : {sectors}").format(
        sectors=escape(item.sectors)
    )
    sectors = f"<br><span style='color:{MUTED}'>{sectors}</span>"
    return (
        translate("MeetingWindow", "<b>{n} membres</b> : {summary}").format(
            n=len(item.members), summary=escape(summary)
        )
        + "<br>"
        f"<span style='color:{MUTED}'>{names}{more}</span>" + (sectors if item.sectors else "")
    )
