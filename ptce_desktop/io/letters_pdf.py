"""Letters around a session: the members' convocation and the candidates' notifications.

Same house style as the minutes. A batch of letters is one PDF whose page count restarts
with each letter, so it can be printed and posted as it is; each letter can also be rendered
on its own, to be attached to an e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from ptce_desktop.domain.model import Outcome

from .files import safe_filename
from .formatting import format_date_fr, format_eur
from .grammar import feminine
from .house_style import (
    FRAME_WIDTH,
    Furniture,
    SectionStart,
    build_pdf,
    cell,
    data_table,
    flex_widths,
    letterhead,
    markup,
    numero_width,
    para,
    styles,
    text_width,
)
from .minutes_data import AgendaItem, ConvocationData, LetterData, MemberLine

REDRESS = (
    "La présente décision peut faire l'objet d'un recours gracieux auprès de son auteur ou "
    "d'un recours contentieux devant le tribunal administratif compétent dans un délai de deux "
    "mois à compter de sa notification."
)
INLINE_AGENDA = 8  # longer agendas go to an annex so the letter itself fits on one page
CLOSING = "Je vous prie d'agréer, {civility}, l'expression de ma considération distinguée."


def civility(name: str) -> str:
    """The salutation a letter opens with, from the civility in the recipient's name."""
    stripped = name.strip()
    if feminine(stripped):
        return "Madame"
    if stripped.startswith(("M.", "Monsieur")):
        return "Monsieur"
    return "Madame, Monsieur"


def quoted(name: str) -> str:
    """Name in French quotation marks, unless it already carries some."""
    return name if "«" in name else f"« {name} »"


def _dated(made_at: str, when: date) -> str:
    return f"{made_at}, le {format_date_fr(when)}" if made_at else f"Le {format_date_fr(when)}"


def _address_block(lines: Sequence[str], dated: str) -> list[Flowable]:
    """Recipient on the right, as in a window envelope, then the place and date."""
    s = styles()
    block = ParagraphStyle(
        "address", parent=s.body, alignment=TA_LEFT, leftIndent=FRAME_WIDTH * 0.5
    )
    out: list[Flowable] = [Spacer(1, 16)]
    out += [para(line, block) for line in lines if line]
    out += [Spacer(1, 14), para(dated, ParagraphStyle("dated", parent=block, spaceAfter=14))]
    return out


def _closing(salutation: str, title: str, name: str) -> Flowable:
    """The courtesy formula and the signature, never split from each other."""
    s = styles()
    block = ParagraphStyle("sign", parent=s.body, alignment=TA_LEFT, leftIndent=FRAME_WIDTH * 0.5)
    return KeepTogether(
        [
            para(CLOSING.format(civility=salutation), s.body),
            Spacer(1, 10),
            para(title, block),
            Spacer(1, 30),
            para(name, block),
        ]
    )


def _object(text: str) -> Flowable:
    return markup("<b>Objet :</b> {text}", styles().body, text=text)


# --- Convocation -------------------------------------------------------------------------


def render_convocation(data: ConvocationData) -> bytes:
    """One convocation per member (or one addressed to all when there are no recipients)."""
    recipients: Sequence[MemberLine | None] = data.recipients or [None]
    story: list[Flowable] = []
    for i, member in enumerate(recipients):
        if i:
            story.append(PageBreak())
        label = f"Convocation {data.document_id}"
        if member is not None:
            label += f" — {member.name}"
        story.append(SectionStart(label))
        story += _convocation(data, member)
    return build_pdf(
        story,
        furniture=Furniture(label=f"Convocation {data.document_id}"),
        title="Convocation à la séance du comité de sélection",
        subject=data.call_title,
    )


def _convocation(data: ConvocationData, member: MemberLine | None) -> list[Flowable]:
    s = styles()
    when = format_date_fr(data.session_date)
    if data.session_time:
        when += f" à {data.session_time}"
    where = f", {data.session_place}" if data.session_place else ""
    if member is None:
        address = ["Mesdames et Messieurs les membres du comité de sélection"]
        salutation = "Madame, Monsieur"
    else:
        address = [member.name, member.institution]
        salutation = civility(member.name)
    # The title is free text ("Séance plénière", "2e séance"): quoted, not woven into the sentence.
    session = f" ({data.session_title})" if data.session_title else ""
    inline_agenda = len(data.agenda) <= INLINE_AGENDA
    listed = ":" if inline_agenda else "dont la liste figure en annexe ;"
    proxy = (
        "Le comité ne peut valablement délibérer que si la moitié au moins de ses membres sont "
        "présents ou représentés. Si vous ne pouvez pas assister à la séance, vous pouvez donner "
        "mandat à un autre membre du comité, qui ne peut en détenir qu'un seul ; je vous remercie "
        "d'en informer le secrétariat"
    )
    proxy += f" ({data.reply_to})." if data.reply_to else "."
    out: list[Flowable] = [
        letterhead(data.ministries, [f"Réf. {data.document_id}"]),
        *_address_block(address, _dated(data.made_at, data.issued_on or date.today())),
        _object(f"convocation à la séance du comité de sélection — {data.call_title}"),
        Spacer(1, 6),
        para(f"{salutation},", s.body),
        para(
            f"J'ai l'honneur de vous convier à la séance du comité de sélection{session}, qui se "
            f"tiendra le {when}{where}.",
            s.body,
        ),
        para("L'ordre du jour est le suivant :", s.body),
        para("1° vérification du quorum ;", s.body_tight),
        para(f"2° examen de {_dossiers(len(data.agenda))} {listed}", s.body_tight),
        *([Spacer(1, 3), agenda_table(data.agenda), Spacer(1, 4)] if inline_agenda else []),
        para("3° classement et liste complémentaire ;", s.body_tight),
        para("4° répartition de l'enveloppe entre les financeurs ;", s.body_tight),
        para("5° questions diverses.", s.body),
        para(proxy, s.body),
        para(
            "Si vous avez un intérêt personnel à l'un des dossiers inscrits, je vous remercie de "
            "le déclarer au secrétariat avant la séance : vous ne prendrez part ni à son examen "
            "ni à sa délibération, et le procès-verbal en fera mention.",
            s.body,
        ),
        _closing(salutation, data.chair_title, data.chair),
    ]
    if not inline_agenda:
        out += [
            PageBreak(),
            para("Annexe — Dossiers inscrits à l'ordre du jour", s.h1),
            agenda_table(data.agenda),
        ]
    return out


def _dossiers(n: int) -> str:
    return "1 dossier" if n == 1 else f"{n} dossiers"


def agenda_table(agenda: Sequence[AgendaItem]) -> Flowable:
    rows: list[list[Any]] = [["N°", "Pôle", "Structure porteuse", "Région", "Montant sollicité"]]
    widths = flex_widths(
        [
            numero_width(i.numero for i in agenda),
            None,
            None,
            # Regions are never split: "Auvergne-Rhône-Alpes" must fit on one line.
            max([text_width("Région", bold=True), *(text_width(i.region) for i in agenda)]),
            text_width("Montant sollicité", bold=True),
        ]
    )
    for item in agenda:
        rows.append(
            [
                item.numero,
                cell(item.pole_name, widths[1]),
                cell(item.lead_name, widths[2]),
                item.region,
                format_eur(item.amount_requested),
            ]
        )
    return data_table(rows, widths=widths, right=[4])


# --- Notifications -----------------------------------------------------------------------


def render_notification_letter(letter: LetterData) -> bytes:
    return render_notification_letters([letter])


def render_notification_letters(letters: Sequence[LetterData]) -> bytes:
    """All letters in one PDF, one after the other, each starting on a new page."""
    story: list[Flowable] = []
    for i, letter in enumerate(letters):
        if i:
            story.append(PageBreak())
        story.append(SectionStart(f"Notification {letter.document_id}"))
        story += _notification(letter)
    first = letters[0] if letters else None
    return build_pdf(
        story or [Spacer(1, 1)],
        furniture=Furniture(label=f"Notification {first.document_id}" if first else ""),
        title="Notification de la décision du comité de sélection",
        subject=first.call_title if first else "",
    )


def render_each_notification(letters: Sequence[LetterData]) -> dict[str, bytes]:
    """File name (`notification-<numero made safe>.pdf`, unique) -> that candidate's letter as
    its own PDF; a « / » in a numero never makes a path."""
    files: dict[str, bytes] = {}
    for letter in letters:
        base = f"notification-{safe_filename(letter.numero)}"
        name, n = f"{base}.pdf", 1
        while name in files:  # two numeros that differ only by unsafe characters
            n += 1
            name = f"{base}-{n}.pdf"
        files[name] = render_notification_letter(letter)
    return files


def _notification(letter: LetterData) -> list[Flowable]:
    s = styles()
    d = letter.decision
    salutation = civility(letter.recipient) if letter.recipient else "Madame, Monsieur"
    address = [letter.recipient, letter.lead_name, *letter.address]
    issued = letter.issued_on or letter.session_date
    out: list[Flowable] = [
        letterhead(
            letter.ministries, [f"Réf. {letter.document_id}", f"Dossier n° {letter.numero}"]
        ),
        *_address_block(address, _dated(letter.made_at, issued)),
        _object(f"{letter.call_title} — décision du comité de sélection"),
        Spacer(1, 6),
        para(f"{salutation},", s.body),
        para(
            f"Réuni le {format_date_fr(letter.session_date)}, le comité de sélection a examiné "
            f"le dossier n° {letter.numero} présenté par {letter.lead_name} pour le pôle "
            f"{quoted(letter.pole_name)}, qui sollicitait une subvention de "
            f"{format_eur(letter.amount_requested)}.",
            s.body,
        ),
    ]
    if d.outcome.is_grant:
        verdict = "retenu" if d.outcome is Outcome.SELECTED else "retenu sous conditions"
        out.append(
            markup(
                "J'ai le plaisir de vous informer que votre projet a été <b>{verdict}</b> : "
                "une subvention de <b>{amount}</b> vous est accordée.",
                s.body,
                verdict=verdict,
                amount=format_eur(d.amount_granted),
            )
        )
        out += _split_table(letter)
        if d.conditions:
            out.append(
                para(
                    "Le versement de la subvention est subordonné aux conditions suivantes : "
                    f"{d.conditions}",
                    s.body,
                )
            )
        out.append(
            para(
                "Une convention précisant les modalités de versement et de suivi vous sera "
                "adressée prochainement.",
                s.body,
            )
        )
    elif d.outcome is Outcome.RESERVE:
        out.append(
            markup(
                "Le comité a inscrit votre projet sur la <b>liste complémentaire</b>, au rang "
                "<b>{rank}</b> : il pourra être retenu si des crédits se libèrent, dans l'ordre "
                "de cette liste. Aucune subvention ne vous est accordée à ce stade ; vous serez "
                "informé de toute suite donnée.",
                s.body,
                rank=str(d.reserve_rank),
            )
        )
    elif d.outcome is Outcome.DEFERRED:
        out.append(
            markup(
                "Le comité a décidé d'<b>ajourner</b> l'examen de votre dossier, qui sera de "
                "nouveau présenté lors d'une prochaine séance.",
                s.body,
            )
        )
    else:
        out.append(
            markup(
                "J'ai le regret de vous informer que votre projet n'a <b>pas été retenu</b>.",
                s.body,
            )
        )
    if d.reasons:
        out.append(markup("<b>Motifs :</b> {reasons}", s.body, reasons=d.reasons))
    out += [para(text, s.body) for text in letter.extra]
    if letter.contact:
        out.append(para(f"Pour toute question, vous pouvez contacter {letter.contact}.", s.body))
    out.append(_closing(salutation, letter.signatory_title, letter.signatory))
    out += [CondPageBreak(40), Spacer(1, 12), para(REDRESS, s.note)]
    return out


def _split_table(letter: LetterData) -> list[Flowable]:
    d = letter.decision
    parts = [(code, amount) for code, amount in d.split.items() if amount]
    if not parts:
        return []
    names = {f.code: f.name for f in letter.funders}
    rows: list[list[Any]] = [["Financeur", "Montant"]]
    widths = [FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.2]
    rows += [[cell(names.get(code, code), widths[0]), format_eur(a)] for code, a in parts]
    rows.append(["Total", format_eur(d.amount_granted)])
    table = data_table(rows, widths=widths, right=[1], total_row=True)
    table.hAlign = "LEFT"
    return [
        para("Cette subvention est financée comme suit :", styles().body),
        table,
        Spacer(1, 8),
    ]
