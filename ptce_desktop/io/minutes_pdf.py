"""The procès-verbal of a committee session as a PDF, and the house style of every document.

The house style (fonts, paragraph styles, tables, page furniture) lives here because the
minutes are its main user; the letters and the dossier PDF import it from this module.
Only the bundled DejaVu fonts are used and embedded: the Marianne font and logo are reserved
to State services.
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ptce_desktop.domain.model import AttendanceStatus, Outcome
from ptce_desktop.paths import FONTS

from .formatting import NBSP, NNBSP, format_date_fr, format_eur, format_score
from .minutes_data import AgendaItem, DecisionLine, MinutesData, RankingLine

# --- House style -------------------------------------------------------------------------

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
SANS_BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#22304a")
MUTED = colors.HexColor("#5f6670")
RULE = colors.HexColor("#9aa0a8")
SHADE = colors.HexColor("#e6e8ec")
TINT = colors.HexColor("#f4f5f7")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 18 * mm
BOTTOM_MARGIN = 22 * mm  # room for the two footer lines
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN


def frame_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts once per process (parsing a TTF costs ~10 ms)."""
    files = {
        SANS: "DejaVuSans.ttf",
        SANS_BOLD: "DejaVuSans-Bold.ttf",
        SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
        SANS_BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
        SERIF: "DejaVuSerif.ttf",
        SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / filename)))
    # Binary streams: ASCII85 only makes fonts 25 % larger, and without reportlab's C
    # accelerator its pure-Python encoder costs a few ms per document.
    rl_config.useA85 = 0
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_OBLIQUE, boldItalic=SANS_BOLD_OBLIQUE
    )
    # No serif italic is bundled: <i> in serif text stays upright rather than fall back to Times.
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD
    )


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    body_tight: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    republic: ParagraphStyle
    ministry: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SERIF,
        fontSize=9.5,
        leading=13.2,
        textColor=INK,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
    )
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8, leading=10, textColor=INK)
    h1 = ParagraphStyle(
        "h1",
        fontName=SANS_BOLD,
        fontSize=11.5,
        leading=15,
        textColor=ACCENT,
        spaceBefore=12,
        spaceAfter=6,
        keepWithNext=1,
    )
    return Styles(
        body=body,
        body_tight=ParagraphStyle("body_tight", parent=body, spaceAfter=1),
        small=ParagraphStyle("small", parent=cell, fontSize=8.5, leading=11),
        note=ParagraphStyle("note", parent=cell, fontName=SANS_OBLIQUE, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head_cell=ParagraphStyle(
            "head_cell", parent=cell, fontName=SANS_BOLD, fontSize=7.5, leading=9.5
        ),
        head_right=ParagraphStyle(
            "head_right",
            parent=cell,
            fontName=SANS_BOLD,
            fontSize=7.5,
            leading=9.5,
            alignment=TA_RIGHT,
        ),
        title=ParagraphStyle(
            "title",
            fontName=SANS_BOLD,
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            fontName=SERIF,
            fontSize=10,
            leading=14,
            alignment=TA_CENTER,
            textColor=INK,
        ),
        h1=h1,
        h2=ParagraphStyle(
            "h2",
            parent=h1,
            fontSize=9.5,
            leading=12.5,
            spaceBefore=10,
            spaceAfter=3,
            textColor=INK,
        ),
        republic=ParagraphStyle(
            "republic", fontName=SANS_BOLD, fontSize=10.5, leading=13, textColor=INK
        ),
        ministry=ParagraphStyle("ministry", fontName=SANS, fontSize=8, leading=10, textColor=INK),
    )


# French punctuation takes a no-break space before it, so it never starts a line.
_TIGHT = [(f" {c}", f"{NBSP}{c}") for c in ":;!?»"] + [("« ", f"«{NBSP}")]


def inline(text: str, style: ParagraphStyle) -> str:
    """Escape user text for a paragraph and keep amounts and punctuation unbroken.

    reportlab breaks lines at U+202F (but not at U+00A0): a no-break space set smaller
    stands in for the narrow one, so "1 234 567 €" never splits.
    """
    out = escape(text)
    for plain, tight in _TIGHT:
        out = out.replace(plain, tight)
    narrow = f'<font size="{style.fontSize * 0.63:.2f}">{NBSP}</font>'
    return out.replace(NNBSP, narrow).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and reasons come from users)."""
    return Paragraph(inline(text, style), style)


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A paragraph whose template carries the markup and whose values are escaped."""
    for plain, tight in _TIGHT:
        template = template.replace(plain, tight)
    return Paragraph(template.format(**{k: inline(v, style) for k, v in values.items()}), style)


def cell(text: str, width: float, style: ParagraphStyle | None = None) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line, else a wrapping paragraph.

    Plain strings are drawn at once, where a Paragraph is parsed and wrapped several times:
    on a long table this is most of the rendering time.
    """
    style = style or styles().cell
    if "\n" not in text and text_width(text, size=style.fontSize) - 1 <= width:
        return text
    return para(text, style)


def text_width(text: str, *, bold: bool = False, size: float = 8) -> float:
    """Width a table column needs for `text` on one line, padding included."""
    register_fonts()
    return pdfmetrics.stringWidth(text, SANS_BOLD if bold else SANS, size) + 7


def data_table(
    rows: Sequence[Sequence[Any]],
    *,
    widths: Sequence[float],
    right: Iterable[int] = (),
    total_row: bool = False,
    header: bool = True,
) -> Table:
    """A sober table: shaded header repeated on each page, hairlines between rows."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), SANS_BOLD, 7.5, 9.5),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    for col in right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if total_row:
        commands += [
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8, 10),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def layout_table(
    rows: Sequence[Sequence[Any]], *, widths: Sequence[float], commands: Sequence[tuple] = ()
) -> Table:
    """A borderless table for layout; the font is set so no cell falls back to Helvetica."""
    table = Table(list(rows), colWidths=list(widths))
    base: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    table.setStyle(TableStyle(base + list(commands)))
    return table


def letterhead(ministries: Sequence[str], right: Sequence[str] = ()) -> Table:
    """The words "RÉPUBLIQUE FRANÇAISE" over the ministries, left; a reference block, right."""
    s = styles()
    left: list[Flowable] = [
        para("RÉPUBLIQUE FRANÇAISE", s.republic),
        _Rule(width=36, thickness=1.2, space=3),
        *(para(m, s.ministry) for m in ministries),
    ]
    right_style = ParagraphStyle("ref", parent=s.ministry, alignment=TA_RIGHT, textColor=MUTED)
    return layout_table(
        [[left, [para(line, right_style) for line in right]]],
        widths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38],
    )


class _Rule(Flowable):
    def __init__(self, *, width: float, thickness: float = 0.5, space: float = 4) -> None:
        super().__init__()
        self.rule_width, self.thickness, self.space = width, thickness, space

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.rule_width = min(self.rule_width, aw)
        return self.rule_width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        self.canv.line(0, y, self.rule_width, y)


def rule(width: float = FRAME_WIDTH, *, thickness: float = 0.5, space: float = 4) -> Flowable:
    return _Rule(width=width, thickness=thickness, space=space)


class SectionStart(Flowable):
    """Restarts the page count and footer label where drawn: one per letter in a batch."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._ptce_section += 1  # type: ignore[attr-defined]
        self.canv._ptce_label = self.label  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True, kw_only=True)
class Furniture:
    """What every page shows outside the frame."""

    label: str  # footer, left: document kind and id
    fingerprint: str = ""  # footer, second line (the SHA-256 of the data)
    running_head: str = ""  # top of every page but the first of a section


def _canvas_class(furniture: Furniture, pagesize: tuple[float, float]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so footers can say "page X / Y"."""
    page_width, page_height = pagesize

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._ptce_pages: list[dict[str, Any]] = []
            self._ptce_section = 0
            self._ptce_label = furniture.label

        def showPage(self) -> None:
            self._ptce_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["_ptce_section"] for state in self._ptce_pages)
            seen: Counter[int] = Counter()
            for state in self._ptce_pages:
                self.__dict__.update(state)
                seen[self._ptce_section] += 1
                self._furniture(seen[self._ptce_section], totals[self._ptce_section])
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, page: int, total: int) -> None:
            self.saveState()
            self.setFillColor(MUTED)
            if furniture.running_head and page > 1:
                self.setFont(SANS, 7)
                self.drawString(MARGIN, page_height - 11 * mm, furniture.running_head)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 15.5 * mm, page_width - MARGIN, 15.5 * mm)
            self.setFont(SANS, 7.5)
            self.drawString(MARGIN, 11.5 * mm, self._ptce_label)
            self.drawRightString(page_width - MARGIN, 11.5 * mm, f"page {page} / {total}")
            if furniture.fingerprint:
                self.setFont(SANS, 6.5)
                self.drawString(MARGIN, 8 * mm, furniture.fingerprint)
            self.restoreState()

    return PagedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    furniture: Furniture,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """Lay out `story` on `pagesize` (A4 portrait, or `landscape(A4)`) with the house margins
    and page furniture; the frame is `frame_width(pagesize)` wide."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        subject=subject,
        author="PTCE Desktop",
        creator="PTCE Desktop",
        lang="fr-FR",
        invariant=1,  # same data, same bytes: no creation date or random id in the file
        initialFontName=SANS,
    )
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        frame_width(pagesize),
        pagesize[1] - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(furniture, pagesize))
    return out.getvalue()


def feminine(name: str) -> bool:
    """Agreement of past participles ("déportée", "excusée") from the civility in the name."""
    return name.strip().startswith(("Mme", "Madame", "Mlle"))


def agree(word: str, name: str) -> str:
    return word + "e" if feminine(name) else word


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


def render_minutes(data: MinutesData) -> bytes:
    return render_minutes_with_boxes(data)[0]


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
    story = [
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
        para("1. Membres du comité et quorum", s.h1),
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
        para("2. Ordre du jour", s.h1),
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
    s = styles()
    out: list[Flowable] = [para("3. Examen des dossiers", s.h1)]
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
        markup(
            "3.{i} Dossier {numero} — {pole}",
            s.h2,
            i=str(index),
            numero=item.numero,
            pole=item.pole_name,
        ),
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
    lines: list[Paragraph] = []
    if decision is None:
        lines.append(para("Le dossier n'a pas été délibéré au cours de la séance.", s.small))
    else:
        lines.append(markup("<b>Décision : {label}</b>", s.small, label=decision_label(decision)))
        lines.append(para(vote_sentence(decision), s.small))
        if decision.outcome.is_grant:
            lines.append(para(f"Montant accordé : {grant_sentence(decision, funders)}", s.small))
        if decision.conditions:
            lines.append(markup("<b>Conditions :</b> {t}", s.small, t=decision.conditions))
        if decision.reasons:
            lines.append(markup("<b>Motifs :</b> {t}", s.small, t=decision.reasons))
        if decision.envelope_override:
            lines.append(
                markup(
                    "<b>Dépassement d'enveloppe :</b> {t}", s.small, t=decision.envelope_override
                )
            )
    return layout_table(
        [[lines]],
        widths=[FRAME_WIDTH],
        commands=[
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
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
        para("4. Décisions et liste complémentaire", s.h1),
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
        (i for i in data.agenda if i.decision and i.decision.outcome is Outcome.RESERVE),
        key=lambda i: i.decision.reserve_rank or 0,  # type: ignore[union-attr]
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
        [text_width("Rang", bold=True), numero_width(i.numero for i in reserve), None,
         text_width("Note / 100", bold=True), text_width("Montant sollicité", bold=True)]
    )  # fmt: skip
    rows += [
        [str(i.decision.reserve_rank), i.numero, cell(i.pole_name, widths[2]),  # type: ignore[union-attr]
         format_score(i.weighted_score), format_eur(i.amount_requested)]
        for i in reserve
    ]  # fmt: skip
    out.append(data_table(rows, widths=widths, right=[0, 3, 4]))
    return out


def numero_width(numeros: Iterable[str]) -> float:
    return max([text_width("N°", bold=True), *(text_width(n) + 2 for n in numeros)])


def flex_widths(widths: Sequence[float | None]) -> list[float]:
    """Column widths filling the frame: the None columns share what the others leave."""
    fixed = sum(w for w in widths if w is not None)
    flexible = sum(1 for w in widths if w is None) or 1
    rest = max(FRAME_WIDTH - fixed, 0) / flexible
    return [rest if w is None else w for w in widths]


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
        para("5. Enveloppe par financeur", s.h1),
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
    out: list[Flowable] = [PageBreak(), para("Annexe 1 — Classement complet", s.h1)]
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
    """Annex 3, only when calibration was shown to the committee: method and offsets."""
    if not data.calibration_method:
        return []
    s = styles()
    w = FRAME_WIDTH
    out: list[Flowable] = [
        para("Annexe 3 — Calibration des rapporteurs présentée au comité", s.h1),
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
    out: list[Flowable] = [para("Annexe 2 — Grille d'évaluation et notes des rapporteurs", s.h1)]
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
    by_dossier: dict[str, list] = {}
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
