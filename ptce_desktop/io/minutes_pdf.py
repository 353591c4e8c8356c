"""The procès-verbal of a committee session as a PDF, in the house style (io/house_style.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, TableStyle

from ptce_desktop.domain.model import AttendanceStatus, Outcome

from .formatting import format_date_fr, format_eur, format_score
from .grammar import agree
from .house_style import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RULE,
    SANS,
    SANS_BOLD,
    SERIF,
    TINT,
    Furniture,
    build_pdf,
    cell,
    data_table,
    flex_widths,
    layout_table,
    letterhead,
    line,
    markup,
    numero_width,
    para,
    rule,
    styles,
    text_width,
)
from .minutes_data import AgendaItem, DecisionLine, MinutesData, RankingLine, RapporteurScores

# --- Signature boxes ---------------------------------------------------------------------

BOX_WIDTH = 230.0
BOX_HEIGHT = 80.0


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a signature field goes: page index from 0, rect (x1, y1, x2, y2) in PDF points."""

    name: str
    page_index: int
    rect: tuple[float, float, float, float]


class _SignatureBlock(Flowable):
    """Two labelled boxes pushed to the bottom of the page it lands on (the last one)."""

    def __init__(self, boxes: Sequence[tuple[str, str, str]], made: str) -> None:
        super().__init__()
        self.boxes = boxes  # (field name, title, person's name)
        self.made = made
        self.placed: list[SignatureBox] = []
        self.need = BOX_HEIGHT + 58

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        # Take all that is left so the boxes sit on the bottom margin; if too little is left,
        # ask for more than fits and platypus moves the block to a new page.
        self.width = aw
        self.height = ah if ah >= self.need else self.need
        return aw, self.height

    def draw(self) -> None:
        canv = self.canv
        gap = (self.width - len(self.boxes) * BOX_WIDTH) / max(len(self.boxes) - 1, 1)
        self.placed = []
        canv.saveState()
        if self.made:
            canv.setFont(SERIF, 9.5)
            canv.setFillColor(INK)
            canv.drawString(0, BOX_HEIGHT + 44, self.made)
        for i, (field_name, title, person) in enumerate(self.boxes):
            x = i * (BOX_WIDTH + gap)
            canv.setFillColor(INK)
            canv.setFont(SANS_BOLD, 8.5)
            canv.drawString(x, BOX_HEIGHT + 18, title)
            canv.setFont(SANS, 8.5)
            canv.drawString(x, BOX_HEIGHT + 6, person)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.6)
            canv.rect(x, 0, BOX_WIDTH, BOX_HEIGHT)
            x1, y1 = canv.absolutePosition(x, 0)
            x2, y2 = canv.absolutePosition(x + BOX_WIDTH, BOX_HEIGHT)
            rect = (round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))
            self.placed.append(SignatureBox(field_name, canv.getPageNumber() - 1, rect))
        canv.restoreState()


# --- The minutes -------------------------------------------------------------------------

_STATUS_ORDER = {
    AttendanceStatus.PRESENT: 0,
    AttendanceStatus.REPRESENTED: 1,
    AttendanceStatus.EXCUSED: 2,
}


def render_minutes_with_boxes(
    data: MinutesData, *, anchor: str = ""
) -> tuple[bytes, list[SignatureBox]]:
    """The PDF and where its two signature boxes ("chair", "secretary") were drawn. `anchor`:
    the audit chain's head the signatures will anchor, printed above the boxes."""
    made = f"Fait le {format_date_fr(data.session_date)}"
    if data.made_at:
        made = f"Fait à {data.made_at}, le {format_date_fr(data.session_date)}"
    signatures = _SignatureBlock(
        [
            ("chair", data.chair_title, data.chair),
            ("secretary", data.secretary_title, data.secretary),
        ],
        made,
    )
    story = _numbered(
        [
            *_opening(data),
            *_attendance(data),
            *_agenda(data),
            *_examination(data),
            *_decisions(data),
            *_envelope(data),
            Spacer(1, 8),
            para("L'ordre du jour étant épuisé, la séance est levée.", styles().body),
            *_annexes(data),
            *([Spacer(1, 10), para(anchor, styles().note)] if anchor else []),
            signatures,
        ]
    )
    pdf = build_pdf(
        story,
        furniture=Furniture(
            label=f"Procès-verbal {data.document_id}",
            fingerprint=f"Empreinte SHA-256 des données de la séance : {data.data_sha256}",
            running_head=f"{data.call_title} — séance du {format_date_fr(data.session_date)}",
        ),
        title="Procès-verbal de la séance du comité de sélection",
        subject=data.call_title,
    )
    return pdf, list(signatures.placed)


class _Heading(Flowable):
    """A section title of the minutes, replaced by `_numbered` with its number (its rank)."""

    def __init__(self, title: str, *, annex: bool = False) -> None:
        super().__init__()
        self.title, self.annex = title, annex


def _numbered(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with each heading numbered in order: "1. …" for sections, "Annexe 1 — …"."""
    counts = Counter[bool]()
    out: list[Flowable] = []
    for part in story:
        if isinstance(part, _Heading):
            counts[part.annex] += 1
            n = counts[part.annex]
            text = f"Annexe {n} — {part.title}" if part.annex else f"{n}. {part.title}"
            out.append(para(text, styles().h1))
        else:
            out.append(part)
    return out


def _opening(data: MinutesData) -> list[Flowable]:
    s = styles()
    when = format_date_fr(data.session_date)
    if data.session_time:
        when += f" à {data.session_time}"
    lines = [
        f"{data.session_title} du {when}" if data.session_title else f"Séance du {when}",
    ]
    if data.session_place:
        lines.append(data.session_place)
    return [
        letterhead(data.ministries, [f"Réf. {data.document_id}"]),
        para("Procès-verbal de la séance du comité de sélection", s.title),
        para(data.call_title, s.subtitle),
        *(para(line, s.subtitle) for line in lines),
        Spacer(1, 6),
        rule(),
    ]


def _attendance(data: MinutesData) -> list[Flowable]:
    s = styles()
    widths = [FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.28]
    rows: list[list[Any]] = [["Membre", "Institution", "Présence"]]
    for m in sorted(data.members, key=lambda m: _STATUS_ORDER[m.status]):
        name = f"{m.name} ({m.role})" if m.role else m.name
        if m.status is AttendanceStatus.REPRESENTED:
            status = f"{agree('représenté', m.name)} par {m.proxy_holder or '?'}"
        elif m.status is AttendanceStatus.EXCUSED:
            status = agree("excusé", m.name)
        else:
            status = agree("présent", m.name)
        rows.append(
            [cell(text, w) for text, w in zip((name, m.institution, status), widths, strict=True)]
        )
    q = data.quorum
    excused = q.members - q.counted
    reached = "atteint : le comité peut valablement délibérer" if q.reached else "non atteint"
    quorum_text = (
        f"Le comité compte {q.members} membres : {q.present} {_plural('présent', q.present)}, "
        f"{q.represented} {_plural('représenté', q.represented)} et {excused} "
        f"{_plural('excusé', excused)}. Avec {q.counted} membres présents ou représentés pour "
        f"un quorum de {q.required} (la moitié des membres), le quorum est {reached}."
    )
    out: list[Flowable] = [
        _Heading("Membres du comité et quorum"),
        para(
            f"La séance est présidée par {data.chair}. Le secrétariat est assuré par "
            f"{data.secretary}.",
            s.body,
        ),
        data_table(rows, widths=widths),
        Spacer(1, 6),
        markup("<b>Quorum.</b> {text}", s.body, text=quorum_text),
    ]
    if q.note:
        out.append(para(q.note, s.body))
    return out


def _plural(word: str, n: int) -> str:
    return word + "s" if n > 1 else word


def _agenda(data: MinutesData) -> list[Flowable]:
    s = styles()
    nw = numero_width(item.numero for item in data.agenda)
    amount_w = text_width("Montant sollicité", bold=True)
    pole_w = (FRAME_WIDTH - nw - amount_w) * 0.6
    widths = [nw, pole_w, FRAME_WIDTH - nw - amount_w - pole_w, amount_w]
    rows: list[list[Any]] = [["N°", "Pôle", "Région (département)", "Montant sollicité"]]
    for item in data.agenda:
        rows.append(
            [
                item.numero,
                cell(item.pole_name, widths[1]),
                cell(_territory(item), widths[2]),
                format_eur(item.amount_requested),
            ]
        )
    return [
        _Heading("Ordre du jour"),
        para("1° vérification du quorum ;", s.body_tight),
        para(
            f"2° examen des {len(data.agenda)} dossiers inscrits, dans l'ordre suivant :",
            s.body_tight,
        ),
        Spacer(1, 3),
        data_table(rows, widths=widths, right=[3]),
        Spacer(1, 4),
        para("3° classement et liste complémentaire ;", s.body_tight),
        para("4° répartition de l'enveloppe entre les financeurs.", s.body_tight),
    ]


def _territory(item: AgendaItem) -> str:
    return f"{item.region} ({item.departement})" if item.departement else item.region


def _examination(data: MinutesData) -> list[Flowable]:
    out: list[Flowable] = [_Heading("Examen des dossiers")]
    funders = {f.code: f.name for f in data.funders}
    codes = [c.code for c in data.criteria]
    for index, item in enumerate(data.agenda, start=1):
        out.append(KeepTogether(_dossier_block(index, item, funders, codes)))
    return out


def _dossier_block(
    index: int, item: AgendaItem, funders: Mapping[str, str], codes: Sequence[str]
) -> list[Flowable]:
    s = styles()
    w = FRAME_WIDTH
    score = "non noté"
    if item.weighted_score is not None:
        score = f"{format_score(item.weighted_score)} / 100"
        if item.max_spread is not None:
            score += f" (écart maximal entre rapporteurs : {format_score(item.max_spread)})"
    # Plain strings where nothing wraps: a Paragraph per cell costs ~0.1 ms.
    facts: list[list[Any]] = [
        ["Structure porteuse", cell(item.lead_name, w * 0.76)],
        ["Territoire", cell(_territory(item), w * 0.76)],
        ["Montant sollicité", format_eur(item.amount_requested)],
        ["Note pondérée", score],
    ]
    means = [c for c in codes if c in item.criterion_means] or list(item.criterion_means)
    if means:
        text = " ; ".join(f"{c} : {format_score(item.criterion_means[c])}" for c in means)
        facts.append(["Moyennes par critère", cell(text, w * 0.76)])
    table = layout_table(
        facts,
        widths=[w * 0.24, w * 0.76],
        commands=[
            ("FONT", (0, 0), (0, -1), SANS_BOLD, 8, 10),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )
    out: list[Flowable] = [
        line(f"3.{index} Dossier {item.numero} — {item.pole_name}", s.h2, width=w),
        table,
        Spacer(1, 3),
    ]
    for name in item.recused:
        out.append(
            para(
                f"{name} s'est {agree('déporté', name)} et n'a pas pris part à la délibération.",
                s.small,
            )
        )
    out.append(_decision_box(item.decision, funders))
    return out


def _decision_box(decision: DecisionLine | None, funders: Mapping[str, str]) -> Flowable:
    s = styles()
    lines: list[Flowable] = []
    w = FRAME_WIDTH - 14  # inside the paddings
    if decision is None:
        lines.append(para("Le dossier n'a pas été délibéré au cours de la séance.", s.small))
    else:
        lines.append(line(f"Décision : {decision_label(decision)}", s.small_bold, width=w))
        lines.append(line(vote_sentence(decision), s.small, width=w))
        if decision.outcome.is_grant:
            lines.append(para(f"Montant accordé : {grant_sentence(decision, funders)}", s.small))
        if decision.conditions:
            lines.append(line(decision.conditions, s.small, width=w, label="Conditions :"))
        if decision.reasons:
            lines.append(line(decision.reasons, s.small, width=w, label="Motifs :"))
        if decision.envelope_override:
            override = decision.envelope_override
            lines.append(line(override, s.small, width=w, label="Dépassement d'enveloppe :"))
    return layout_table(
        [[lines]],
        widths=[FRAME_WIDTH],
        commands=[
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),  # the 14 points taken from `w`
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def decision_label(decision: DecisionLine) -> str:
    """ "retenu", or "inscrit sur la liste complémentaire, au rang 2"."""
    if decision.outcome is Outcome.RESERVE:
        return f"inscrit sur la liste complémentaire, au rang {decision.reserve_rank}"
    return decision.outcome.label


def vote_sentence(decision: DecisionLine) -> str:
    abstain = _plural("abstention", decision.votes_abstain)
    text = (
        f"Votes : {decision.votes_for} pour, {decision.votes_against} contre, "
        f"{decision.votes_abstain} {abstain}."
    )
    if decision.casting_vote_used:
        text += " Les voix étant partagées, la voix de la présidence a été prépondérante."
    return text


def grant_sentence(decision: DecisionLine, funders: Mapping[str, str]) -> str:
    """ "150 000 € (État : 120 000 € ; Caisse des dépôts : 30 000 €)"."""
    text = format_eur(decision.amount_granted)
    parts = [
        f"{funders.get(code, code)} : {format_eur(amount)}"
        for code, amount in decision.split.items()
        if amount
    ]
    return f"{text} ({' ; '.join(parts)})" if parts else text


_COUNTED_OUTCOMES = {  # singular, plural
    Outcome.SELECTED: ("retenu", "retenus"),
    Outcome.SELECTED_WITH_CONDITIONS: ("retenu sous conditions", "retenus sous conditions"),
    Outcome.RESERVE: (
        "inscrit sur la liste complémentaire",
        "inscrits sur la liste complémentaire",
    ),
    Outcome.DEFERRED: ("ajourné", "ajournés"),
    Outcome.NOT_SELECTED: ("non retenu", "non retenus"),
}


def outcome_count(outcome: Outcome, n: int) -> str:
    return f"{n} {_COUNTED_OUTCOMES[outcome][n > 1]}"


def _decisions(data: MinutesData) -> list[Flowable]:
    s = styles()
    counts = Counter(i.decision.outcome for i in data.agenda if i.decision)
    summary = ", ".join(outcome_count(o, counts[o]) for o in Outcome if counts[o])
    examined = f"{len(data.agenda)} {_plural('dossier', len(data.agenda))}"
    out: list[Flowable] = [
        _Heading("Décisions et liste complémentaire"),
        para(f"Sur {examined} : {summary or 'aucune décision'}.", s.body),
    ]
    granted = [i for i in data.agenda if i.decision and i.decision.outcome.is_grant]
    funders = data.funders
    rows: list[list[Any]] = [
        [
            "N°",
            "Pôle et décision",
            para("Montant accordé", s.head_right),
            *(para(f.short_name or f.name, s.head_right) for f in funders),
        ]
    ]
    totals = {f.code: 0.0 for f in funders}
    total = 0.0
    for item in granted:
        d = item.decision
        assert d is not None
        total += d.amount_granted
        for f in funders:
            totals[f.code] += d.split.get(f.code, 0.0)
        rows.append(
            [
                item.numero,
                [para(item.pole_name, s.cell), para(d.outcome.label, s.note)],
                format_eur(d.amount_granted),
                *(format_eur(d.split.get(f.code, 0.0)) for f in funders),
            ]
        )
    rows.append(["Total", "", format_eur(total), *(format_eur(totals[f.code]) for f in funders)])
    # Amount columns as wide as their widest (bold) total; headers wrap above them.
    amount_w = max(58.0, text_width(format_eur(total), bold=True))
    numero_w = numero_width(i.numero for i in granted)
    out += [
        para("Dossiers retenus", s.h2),
        data_table(
            rows,
            widths=flex_widths([numero_w, None, amount_w, *([amount_w] * len(funders))]),
            right=range(2, 3 + len(funders)),
            total_row=True,
        ),
        para("Liste complémentaire", s.h2),
    ]
    # The list the committee voted, in its rank order (not the one the ranking computes).
    reserve = sorted(
        (
            (i, d)
            for i in data.agenda
            if (d := i.decision) is not None and d.outcome is Outcome.RESERVE
        ),
        key=lambda pair: pair[1].reserve_rank or 0,
    )
    if not reserve:
        out.append(para("Le comité n'a inscrit aucun dossier sur la liste complémentaire.", s.body))
        return out
    out.append(
        para(
            "Le comité a inscrit les dossiers suivants, dans cet ordre, sur la liste "
            "complémentaire : ils pourront être retenus si des crédits se libèrent.",
            s.body,
        )
    )
    rows = [["Rang", "N°", "Pôle", "Note / 100", "Montant sollicité"]]
    widths = flex_widths(
        [text_width("Rang", bold=True), numero_width(i.numero for i, _ in reserve), None,
         text_width("Note / 100", bold=True), text_width("Montant sollicité", bold=True)]
    )  # fmt: skip
    rows += [
        [str(d.reserve_rank), i.numero, cell(i.pole_name, widths[2]),
         format_score(i.weighted_score), format_eur(i.amount_requested)]
        for i, d in reserve
    ]  # fmt: skip
    out.append(data_table(rows, widths=widths, right=[0, 3, 4]))
    return out


def _ranking_widths(lines: Sequence[RankingLine]) -> list[float | None]:
    """Rang, N°, Pôle (flexible), Note, Montant sollicité, Cumul, Situation."""
    amount = text_width("Montant sollicité", bold=True)
    return [
        text_width("Rang", bold=True),
        numero_width(r.numero for r in lines),
        None,
        text_width("Note / 100", bold=True),
        amount,
        max(amount * 0.8, max((text_width(format_eur(r.cumulated)) for r in lines), default=0)),
        88,
    ]


def _ranking_cells(r: RankingLine, pole_width: float) -> list[Any]:
    return [
        str(r.rank) if r.rank is not None else "—",
        r.numero,
        cell(r.pole_name, pole_width),
        format_score(r.weighted_score),
        format_eur(r.amount_requested),
    ]


def _envelope(data: MinutesData) -> list[Flowable]:
    s = styles()
    session = session_grants(data)
    rows: list[list[Any]] = [
        ["Financeur", "Part de l'enveloppe", "Accordé en séance", "Disponible"]
    ]
    for f in data.funders:
        rows.append(
            [
                para(f.name, s.cell),
                format_eur(f.share),
                format_eur(session.get(f.code, 0.0)),
                format_eur(round(f.share - session.get(f.code, 0.0), 2)),
            ]
        )
    share = sum(f.share for f in data.funders) or data.envelope
    granted = sum(session.values())
    rows.append(["Total", format_eur(share), format_eur(granted), format_eur(share - granted)])
    amount_w = text_width("Part de l'enveloppe", bold=True) + 10
    out: list[Flowable] = [
        _Heading("Enveloppe par financeur"),
        para(
            f"L'enveloppe de l'appel à projets s'élève à {format_eur(data.envelope)}. "
            f"Les montants accordés au cours de la séance se répartissent ainsi :",
            s.body,
        ),
        data_table(
            rows, widths=flex_widths([None, *[amount_w] * 3]), right=[1, 2, 3], total_row=True
        ),
    ]
    over = [f for f in data.funders if session.get(f.code, 0.0) > f.share + 0.005]
    if over:
        names = ", ".join(f.name for f in over)
        out.append(para(f"La part de {names} est dépassée.", s.body))
    earlier = [f for f in data.funders if f.granted > session.get(f.code, 0.0) + 0.005]
    if earlier:
        text = " ; ".join(f"{f.name} : {format_eur(f.granted)}" for f in earlier)
        out.append(
            para(f"Montants engagés sur l'appel, séances antérieures comprises : {text}.", s.body)
        )
    return out


def session_grants(data: MinutesData) -> dict[str, float]:
    """Funder code -> total granted by this session's decisions."""
    totals: dict[str, float] = {}
    for item in data.agenda:
        if item.decision and item.decision.outcome.is_grant:
            for code, amount in item.decision.split.items():
                totals[code] = round(totals.get(code, 0.0) + amount, 2)
    return totals


def _annexes(data: MinutesData) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [PageBreak(), _Heading("Classement complet", annex=True)]
    if data.ranking:
        rows: list[list[Any]] = [
            ["Rang", "N°", "Pôle", "Note / 100", "Montant sollicité", "Cumul", "Situation"]
        ]
        widths = flex_widths(_ranking_widths(data.ranking))
        for r in data.ranking:
            cumulated = format_eur(r.cumulated) if r.rank is not None else "—"
            rows.append([*_ranking_cells(r, widths[2]), cumulated, cell(_standing(r), widths[6])])
        out.append(data_table(rows, widths=widths, right=[0, 3, 4, 5]))
    else:
        out.append(para("Aucun classement n'a été établi.", s.body))
    out += _grid_annex(data)
    out += _calibration_annex(data)
    return out


def _calibration_annex(data: MinutesData) -> list[Flowable]:
    """The last annex, only when calibration was shown to the committee: method and offsets."""
    if not data.calibration_method:
        return []
    s = styles()
    w = FRAME_WIDTH
    out: list[Flowable] = [
        _Heading("Calibration des rapporteurs présentée au comité", annex=True),
        para(data.calibration_method, s.body),
    ]
    if data.calibration:
        rows: list[list[Any]] = [["Rapporteur", "Évaluations", "Décalage (sur 100)", "Incertitude"]]
        for c in data.calibration:
            sign = "+" if c.offset >= 0 else "−"
            rows.append(
                [
                    cell(c.rapporteur, w * 0.5),
                    str(c.reviews),
                    f"{sign}{format_score(abs(c.offset))}",
                    f"± {format_score(c.uncertainty)}",
                ]
            )
        out.append(data_table(rows, widths=[w * 0.5, w * 0.15, w * 0.2, w * 0.15], right=[1, 2, 3]))
        out.append(
            para(
                "Un décalage positif signifie que le rapporteur note plus haut que le comité dans "
                "son ensemble. Les décisions ont été prises sur les notes brutes.",
                s.note,
            )
        )
    return out


def _standing(r: RankingLine) -> str:
    if r.rank is None:
        return r.excluded_reason or "non classé"
    if r.within_envelope:
        return "dans l'enveloppe"
    return "proposé en liste complémentaire" if r.reserve else "hors enveloppe"


def _grid_annex(data: MinutesData) -> list[Flowable]:
    s = styles()
    w = FRAME_WIDTH
    out: list[Flowable] = [_Heading("Grille d'évaluation et notes des rapporteurs", annex=True)]
    if not data.criteria:
        out.append(para("Aucune grille d'évaluation n'est définie.", s.body))
        return out
    rows: list[list[Any]] = [["Code", "Critère", "Pondération", "Échelle", "Seuil éliminatoire"]]
    for c in data.criteria:
        threshold = format_score(c.eliminatory_below) if c.eliminatory_below is not None else "—"
        rows.append(
            [
                c.code,
                cell(c.label, w * 0.48),
                format_score(c.weight, decimals=0 if float(c.weight).is_integer() else 1),
                f"{c.scale_min} à {c.scale_max}",
                threshold,
            ]
        )
    out.append(
        data_table(rows, widths=[w * 0.1, w * 0.48, w * 0.13, w * 0.11, w * 0.18], right=[2, 4])
    )
    if not data.scores:
        return out
    out.append(para("Notes par dossier et par rapporteur", s.h2))
    codes = [c.code for c in data.criteria]
    by_dossier: dict[str, list[RapporteurScores]] = {}
    for sc in data.scores:
        by_dossier.setdefault(sc.numero, []).append(sc)
    means = {i.numero: i for i in data.agenda}
    order = [r.numero for r in data.ranking] + [i.numero for i in data.agenda]
    order += list(by_dossier)
    crit_w = max(32.0, *(text_width(c, bold=True) for c in codes))
    numero_w = numero_width(sc.numero for sc in data.scores)
    widths = flex_widths(
        [numero_w, None, *([crit_w] * len(codes)), text_width("Note / 100", bold=True) + 4]
    )
    rows = [["N°", "Rapporteur", *codes, "Note / 100"]]
    mean_rows: list[int] = []
    for numero in dict.fromkeys(order):
        for sc in by_dossier.get(numero, ()):
            rows.append(
                [
                    numero,
                    cell(sc.rapporteur, widths[1]),
                    *(format_score(sc.scores.get(c)) for c in codes),
                    format_score(sc.weighted_score),
                ]
            )
        item = means.get(numero)
        if item is not None and numero in by_dossier:
            rows.append(
                [
                    "",
                    "Moyenne",
                    *(format_score(item.criterion_means.get(c)) for c in codes),
                    format_score(item.weighted_score),
                ]
            )
            mean_rows.append(len(rows) - 1)
    table = data_table(rows, widths=widths, right=range(2, len(codes) + 3))
    table.setStyle(
        TableStyle(
            [("FONT", (0, r), (-1, r), SANS_BOLD, 8, 10) for r in mean_rows]
            + [("BACKGROUND", (0, r), (-1, r), TINT) for r in mean_rows]
        )
    )
    out.append(table)
    return out
