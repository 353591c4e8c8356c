"""A candidacy file as the candidate would send it: the PDF attached to each demo dossier.

It is the candidate's document, not the State's: no "RÉPUBLIQUE FRANÇAISE" heading. The
demo makes about 180 of them, so it keeps to two fonts and plain table cells wherever
nothing needs to wrap (a Paragraph per cell is what costs time in reportlab).
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ptce_desktop.domain.model import Dossier

from .formatting import format_date_fr, format_eur, format_number
from .house_style import (
    FRAME_WIDTH,
    SANS,
    SANS_BOLD,
    Furniture,
    build_pdf,
    cell,
    data_table,
    flex_widths,
    layout_table,
    para,
    rule,
    styles,
    text_width,
)


def render_dossier(d: Dossier) -> bytes:
    year = f" {d.submitted_on.year}" if d.submitted_on else ""
    story = [
        *_title(d, year),
        *_identity(d),
        *_project(d),
        *_members(d),
        *_jobs(d),
        *_budget(d),
        *_commitment(d),
    ]
    return build_pdf(
        story,
        furniture=Furniture(
            label=f"Dossier de candidature n° {d.numero}", running_head=d.pole_name
        ),
        title=f"Dossier de candidature {d.numero} — {d.pole_name}",
        subject=f"Appel à projets PTCE{year}",
    )


@functools.cache
def _body() -> ParagraphStyle:
    """Sans-serif body: one font fewer to subset and embed, and the look of a form."""
    return ParagraphStyle("dossier_body", parent=styles().body, fontName=SANS, fontSize=9)


@functools.cache
def _h1() -> ParagraphStyle:
    # keepWithNext wraps heading and next flowable in a KeepTogether that lays the pair out
    # twice (a fifth of the time here): a conditional page break keeps headings off page ends.
    return ParagraphStyle("dossier_h1", parent=styles().h1, keepWithNext=0)


def _heading(text: str) -> list[Flowable]:
    return [CondPageBreak(70), para(text, _h1())]


@functools.cache
def _subtitle() -> ParagraphStyle:
    return ParagraphStyle("dossier_subtitle", parent=styles().subtitle, fontName=SANS)


def _title(d: Dossier, year: str) -> list[Flowable]:
    s = styles()
    return [
        para(f"Appel à projets « Pôles territoriaux de coopération économique »{year}", s.small),
        para("Dossier de candidature", s.title),
        para(d.pole_name, _subtitle()),
        para(f"Dossier n° {d.numero}", _subtitle()),
        Spacer(1, 6),
        rule(),
    ]


def _facts(rows: list[tuple[str, str]]) -> Flowable:
    """Label / value pairs; values wrap, labels stay plain strings."""
    value_w = FRAME_WIDTH * 0.7
    cells: list[list[Any]] = [[label, cell(value, value_w)] for label, value in rows if value]
    return layout_table(
        cells,
        widths=[FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.7],
        commands=[
            ("FONT", (0, 0), (0, -1), SANS_BOLD, 8, 10),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )


def _identity(d: Dossier) -> list[Flowable]:
    territory = f"{d.region} ({d.departement})" if d.departement else d.region
    contact = ", ".join(x for x in (d.contact_name, d.contact_email, d.contact_phone) if x)
    return [
        *_heading("1. Identification"),
        _facts(
            [
                ("Structure porteuse", d.lead_name),
                ("Forme juridique", d.lead_legal_form),
                ("SIRET", _siret(d.lead_siret)),
                ("Territoire", territory),
                ("Communes concernées", d.communes),
                ("Secteurs d'activité", ", ".join(d.sectors)),
                ("Contact", contact),
                ("Date de dépôt", format_date_fr(d.submitted_on) if d.submitted_on else ""),
            ]
        ),
    ]


def _siret(siret: str) -> str:
    """ "12345678900012" -> "123 456 789 00012" as printed on Kbis extracts."""
    digits = siret.replace(" ", "")
    if len(digits) != 14 or not digits.isdigit():
        return siret
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"


def _project(d: Dossier) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = _heading("2. Présentation du projet")
    paragraphs = [p.strip() for p in d.summary.split("\n\n") if p.strip()]
    out += [para(p, _body()) for p in paragraphs] or [para("Non renseigné.", s.note)]
    out += _heading("3. Mutualisation")
    pooled = [p.strip() for p in d.pooling.split("\n") if p.strip()]
    out += [para(p, _body()) for p in pooled] or [para("Non renseigné.", s.note)]
    return out


def _members(d: Dossier) -> list[Flowable]:
    category_w = max(
        [text_width("Catégorie", bold=True), *(text_width(m.category.label) for m in d.members)]
    )
    widths = flex_widths([None, category_w, text_width("000 000 000 00000"), FRAME_WIDTH * 0.18])
    rows: list[list[Any]] = [["Membre", "Catégorie", "SIRET", "Rôle"]]
    for m in d.members:
        name, role = cell(m.name, widths[0]), cell(m.role, widths[3])
        rows.append([name, m.category.label, _siret(m.siret), role])
    counts: dict[str, int] = {}
    for m in d.members:
        counts[m.category.label] = counts.get(m.category.label, 0) + 1
    summary = " ; ".join(f"{label} : {n}" for label, n in counts.items())
    return [
        *_heading("4. Membres du pôle"),
        para(f"{len(d.members)} membres ({summary})." if d.members else "Aucun membre.", _body()),
        data_table(rows, widths=widths),
    ]


def _jobs(d: Dossier) -> list[Flowable]:

    def n(value: int | None) -> str:
        return format_number(value) if value is not None else "—"

    rows = [
        ["Emplois existants", "Emplois créés (prévision)", "dont en insertion"],
        [n(d.jobs_existing), n(d.jobs_created), n(d.jobs_integration)],
    ]
    return [
        *_heading("5. Emplois"),
        data_table(rows, widths=[FRAME_WIDTH / 3] * 3, right=[0, 1, 2]),
    ]


def _budget(d: Dossier) -> list[Flowable]:
    s = styles()
    facts = [("Montant sollicité", format_eur(d.amount_requested))]
    if d.total_cost:
        share = 100 * d.amount_requested / d.total_cost
        facts.insert(0, ("Coût total du projet", format_eur(d.total_cost)))
        facts.append(("Part de la subvention", f"{format_number(share, decimals=1)} %"))
    rows: list[list[Any]] = [["Cofinanceur", "Type", "Montant", "Statut"]]
    total = sum(c.amount for c in d.cofundings)
    amount_w = max(text_width("Montant", bold=True), text_width(format_eur(total), bold=True))
    widths = flex_widths([None, FRAME_WIDTH * 0.22, amount_w + 6, text_width("sollicité") + 6])
    for c in d.cofundings:
        funder = cell(c.funder, widths[0])
        rows.append([funder, cell(c.funder_type, widths[1]), format_eur(c.amount), c.status.label])
    rows.append(["Total des cofinancements", "", format_eur(total), ""])
    out: list[Flowable] = [*_heading("6. Budget prévisionnel et cofinancements"), _facts(facts)]
    out.append(Spacer(1, 6))
    if d.cofundings:
        out.append(data_table(rows, widths=widths, right=[2], total_row=True))
    else:
        out.append(para("Aucun cofinancement déclaré.", s.note))
    return out


def _commitment(d: Dossier) -> list[Flowable]:
    signer = d.contact_name or "Le représentant légal"
    when = f" le {format_date_fr(d.submitted_on)}" if d.submitted_on else ""
    return [
        *_heading("7. Engagement"),
        para(
            f"Je soussigné(e), {signer}, représentant(e) légal(e) de {d.lead_name}, certifie "
            "exactes les informations du présent dossier et l'engagement des membres du pôle "
            "dans le projet de coopération décrit.",
            _body(),
        ),
        para(f"Fait{when}.", _body()),
    ]
