"""The house style of every PDF the app makes: fonts, colours, paragraph styles, tables, page
furniture and the document builder. The minutes, the letters, the dossier and the comparison
PDFs all use it. Only the bundled DejaVu fonts are used and embedded: the Marianne font and logo
are reserved to State services.
"""

from __future__ import annotations

import copy
import functools
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
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
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NullActionFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paragraph import split as rl_split  # type: ignore[attr-defined]
from reportlab.platypus.tables import (  # type: ignore[attr-defined]  # not in its stubs
    LINECOMMANDS,
    CellStyle,
    _setCellStyle,
)

from ptce_desktop.paths import FONTS

from .formatting import NBSP, NNBSP

# A TableStyle command: name, first cell, last cell, its values: ("FONT", (0, 0), (-1, -1), …).
StyleCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[Any, ...]]
# A table's rows as reportlab takes them: lists or tuples of cells.
Rows: TypeAlias = Sequence[list[Any] | tuple[Any, ...]]

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
    small_bold: ParagraphStyle
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
        small_bold=ParagraphStyle(
            "small_bold", parent=cell, fontName=SANS_BOLD, fontSize=8.5, leading=11
        ),
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


class _Paragraph(Paragraph):
    """A Paragraph that breaks its lines once per width: platypus wraps the same paragraph
    again and again at the same width (a table sizing its rows, KeepTogether measuring, the
    frame placing, the table drawing its cells), and line breaking is most of the layout's
    time. Breaking depends on the width alone (and the style, fixed), so the lines, the
    height and the drawn PDF are the same. The lines kept are those of the last wrap, and
    only while they are still the paragraph's (a split that finds no room drops them)."""

    _wrapped: tuple[float, object] | None = None  # (width, the lines broken at it)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = getattr(self, "blPara", None)
        if lines is not None and self._wrapped == (availWidth, lines):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        lines = getattr(self, "blPara", None)
        # Too narrow a width breaks no lines: nothing kept.
        broken = lines is not None and getattr(self, "width", None) == availWidth
        self._wrapped = (availWidth, lines) if broken else None
        return width, height


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and reasons come from users).

    Text without markup characters, narrow spaces or line breaks is handed to the paragraph
    as the one fragment its parser would make of it (a copy of the style's, see `_fragment`),
    its French punctuation tied: the parse costs as much as the line breaking, and the
    minutes have some 500 such paragraphs (the pôles' names in the ranking above all)."""
    markup_text = inline(text, style)
    if not text.strip() or set(text) & _NOT_PLAIN or style.textTransform:
        return _Paragraph(markup_text, style)
    tight = text
    for plain, tight_form in _TIGHT:
        tight = tight.replace(plain, tight_form)
    frag = _fragment(style).clone(text=tight, link=[], us_lines=[])
    return _Paragraph(cleanBlockQuotedText(markup_text), style, frags=[frag])


_NOT_PLAIN = frozenset("&<>\n\r\t" + NNBSP)


@functools.lru_cache(maxsize=64)
def _fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's paragraph parser makes of a plain text in `style` (the text
    aside): what `para` clones. Kept per style (styles are long-lived)."""
    return Paragraph("x", style).frags[0]


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A paragraph whose template carries the markup and whose values are escaped."""
    for plain, tight in _TIGHT:
        template = template.replace(plain, tight)
    return _Paragraph(template.format(**{k: inline(v, style) for k, v in values.items()}), style)


class _Line(Flowable):
    """One line of text in a paragraph style, drawn where and as the paragraph would draw it
    (its baseline a font size below the top of a `leading` high box), with the style's
    spacing and keep-with-next, but without the paragraph's markup parsing and line
    breaking: a Paragraph costs some 0.2 ms, and the minutes have four such lines a dossier.
    `runs`: the text in pieces, each with its font (a bold label, then the rest)."""

    def __init__(self, runs: Sequence[tuple[str, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.runs, self.style = runs, style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        style, canv = self.style, self.canv
        x, y = style.leftIndent + style.firstLineIndent, style.leading - style.fontSize
        canv.saveState()
        if len(self.runs) == 1:  # a paragraph of one font draws it so
            canv.setFillColor(style.textColor)
            canv.setFont(self.runs[0][1], style.fontSize, style.leading)
            _draw_string(canv, x, y, self.runs[0][0])
        else:  # and of several fonts so
            text: Any = canv.beginText(x, y)  # _setFont, _textOut: what Paragraph calls
            text.setLeading(style.leading)
            text.setFillColor(style.textColor)
            for i, (run, font) in enumerate(self.runs, start=1):
                text._setFont(font, style.fontSize)
                text._textOut(run, i == len(self.runs))
            canv.drawText(text)
        canv.restoreState()


class Block(Flowable):
    """Flowables kept on one page as KeepTogether keeps them, each drawn where the frame would
    draw it, but measured and placed as one: KeepTogether copies the frame to measure its
    content, then hands each flowable back to the document, which places them one by one and
    bundles each keep-with-next heading with its follower into another KeepTogether (most of
    the layout of the minutes' 200 dossier blocks). A block taller than the room left is
    given back to KeepTogether, which moves it to the next page, or splits it when it is
    taller than a page. Unlike KeepTogether, it takes along a keep-with-next heading before
    it (KeepTogether left the heading alone at the foot of the page).

    The content's spaces merge as the frame merges them (a flowable's space before less the
    previous one's space after). A frame action or a zero-size flowable among the content (an
    Indenter, a spacer that gives its space on) is left to KeepTogether, as is no content."""

    def __init__(self, content: Sequence[Flowable]) -> None:
        super().__init__()
        self.content = list(content)
        self._plain = bool(content) and not any(
            hasattr(f, "frameAction") or getattr(f, "_ZEROSIZE", False) for f in content
        )
        self._places: list[tuple[Flowable, float, float]] = []  # flowable, top to its foot, width

    def getSpaceBefore(self) -> float:  # as KeepTogether's
        return next((f.getSpaceBefore() for f in self.content if not _acts(f)), 0)

    def getSpaceAfter(self) -> float:
        return next((f.getSpaceAfter() for f in reversed(self.content) if not _acts(f)), 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._plain:
            return availWidth, 0xFFFFFF  # too tall anywhere: split into a KeepTogether
        y, after, places = 0.0, 0.0, []
        for i, f in enumerate(self.content):
            space = max(f.getSpaceBefore() - after, 0) if i else 0  # as Frame._add
            w, h = f.wrapOn(self.canv, availWidth, 0xFFFFFFF)
            y -= h + space
            places.append((f, y, w))
            after = f.getSpaceAfter()
            y -= after
        self._places = places
        self.width, self.height = availWidth, -(y + after)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Too tall for what is left: KeepTogether moves it to the next page, or splits it
        # when even a page is too short (the NullAction hands it to the document as is).
        return [NullActionFlowable(), KeepTogether(self.content)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        for f, foot, w in self._places:
            f.drawOn(canvas, x, top + foot, _sW=self.width - w)  # type: ignore[call-arg]  # as Frame


def _acts(flowable: Flowable) -> bool:
    return hasattr(flowable, "frameAction")


def line(text: str, style: ParagraphStyle, *, width: float, label: str = "") -> Flowable:
    """Plain text that shows on one line at `width`, after a bold `label` if any: a `_Line`
    when it surely fits, left-aligned, without narrow spaces (the paragraph sets those apart)
    nor &, <, > (which the paragraph draws in pieces); else the paragraph `para(text)` or
    `markup("<b>{label}</b> {text}")`. Nothing in the text is read as markup either way."""
    words = " ".join(rl_split(text))  # a paragraph's spaces collapse likewise (not U+00A0)
    runs = [(words, style.fontName)]
    if label:
        runs = [
            (" ".join(rl_split(label)), tt2ps(style.fontName, 1, 0)),
            (f" {words}", style.fontName),
        ]
    if (
        style.alignment == TA_LEFT
        and _is_truetype(style.fontName)
        and not set(text + label) & {"\n", NNBSP, "&", "<", ">"}
        and sum(pdfmetrics.stringWidth(r, f, style.fontSize) for r, f in runs) <= width - 1
    ):
        return _Line(runs, style)
    if label:
        return markup("<b>{label}</b> {text}", style, label=label, text=text)
    return para(text, style)


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


_SHARED_CELLS = 64  # below this many cells, a class of their own costs more than it saves
# The style commands that set cell attributes, and which ones (reportlab's _setCellStyle).
_CELL_ATTRIBUTES = {
    "FONT": {"fontname", "fontsize", "leading"},
    "FONTNAME": {"fontname"},
    "FACE": {"fontname"},
    "SIZE": {"fontsize"},
    "FONTSIZE": {"fontsize"},
    "LEADING": {"leading"},
    "TEXTCOLOR": {"color"},
    "ALIGN": {"alignment"},
    "ALIGNMENT": {"alignment"},
    "VALIGN": {"valign"},
    "LEFTPADDING": {"leftPadding"},
    "RIGHTPADDING": {"rightPadding"},
    "TOPPADDING": {"topPadding"},
    "BOTTOMPADDING": {"bottomPadding"},
}


class _Table(Table):
    """reportlab's Table, drawing the same PDF faster on long tables: style commands over the
    whole table set once (`__init__`), rows measured once (`_calc_height`), one-line text
    cells written without a text object each (`_drawCell`)."""

    # reportlab's own state and methods, missing from its stubs
    _argW: list[Any]
    _argH: list[Any]
    _rowHeights: list[Any]
    _curcellstyle: CellStyle | None
    _cellStyles: list[list[CellStyle]]
    _cellvalues: list[list[Any]]
    _spanCmds: list[Any]
    _minRowHeights: list[float] | None

    def __init__(self, data: Rows, **kwargs: Any) -> None:
        """A long table's cells share a class of their own, where a style command that covers
        the whole table sets its value once (as a class attribute) rather than in each cell:
        reportlab applies each command to every cell it covers, 80,000 times for the minutes
        of 200 dossiers. A cell's own value, set by a narrower command, still wins."""
        self._cells: type[CellStyle] | None = None
        self._per_cell: set[str] = set()  # attributes some cells hold themselves
        # Cells handed in (a layout table's cached ones, a split's share of its table's) are
        # copied before a command changes them.
        self._borrowed = kwargs.get("cellStyles") is not None
        width = max((len(row) for row in data), default=0)
        if kwargs.get("cellStyles") is None and len(data) * width >= _SHARED_CELLS:
            cells = self._cells = type("_Cells", (CellStyle,), {})
            kwargs["cellStyles"] = [
                [cells(repr((i, j))) for j in range(width)] for i in range(len(data))
            ]
        super().__init__(data, **kwargs)

    def _addCommand(self, cmd: Any) -> None:
        sets = _CELL_ATTRIBUTES.get(cmd[0], set())
        shared = sets and self._cells is not None and not sets & self._per_cell
        if shared and tuple(cmd[1]) == (0, 0) and tuple(cmd[2]) == (-1, -1):
            _setCellStyle([[self._cells]], 0, 0, cmd[0], cmd[3:])
            return
        self._per_cell |= sets
        if self._borrowed and cmd[0] not in _NOT_PER_CELL and cmd[0] not in LINECOMMANDS:
            self._cellStyles = [[copy.copy(c) for c in row] for row in self._cellStyles]
            self._borrowed = False
        super()._addCommand(cmd)  # type: ignore[misc]

    def _calc_height(
        self,
        availHeight: float,
        availWidth: float,
        H: list[float | None] | None = None,
        W: list[float] | None = None,
    ) -> None:
        """Platypus measures a table at each wrap and split (a long table is wrapped and split
        three times before its first page is laid out, each time every row of it); with
        fixed column widths the rows' heights cannot change: the first measure is kept, the
        others only place the rows. Rows of text cells alone are measured here, as Table
        measures them (leading times lines, plus paddings) without its general loop over
        each cell (spans, flowables, fonts): most rows of the long annexes; the other rows
        are left to Table."""
        if None in self._argH and not self._spanCmds and not self._minRowHeights:
            self._argH = _text_row_heights(self._argH, self._cellvalues, self._cellStyles)
            if None not in self._argH:
                self._rowHeights = self._argH  # Table sets it when it measures a row
        super()._calc_height(availHeight, availWidth, H, W)  # type: ignore[misc]
        fixed = all(isinstance(w, int | float) for w in self._argW)
        if fixed and None in self._argH and None not in self._rowHeights:
            self._argH = self._rowHeights

    def _drawCell(
        self,
        cellval: Any,
        cellstyle: CellStyle,
        pos: tuple[float, float],
        size: tuple[float, float],
    ) -> None:
        """A one-line text cell, top-aligned, drawn with the very operators Table._drawCell
        would write through the canvas's drawString (a text object per cell: most of a long
        table's time), at a fraction of the cost; any other cell is Table's."""
        canv: Any = self.canv
        just = cellstyle.alignment
        if (
            type(cellval) is not str
            or "\n" in cellval
            or just not in ("LEFT", "RIGHT")
            or cellstyle.valign != "TOP"
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.href
            or cellstyle.destination
            or not canv.bottomup
            or not _is_truetype(cellstyle.fontname)
        ):
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        if self._curcellstyle is not cellstyle:  # as Table._drawCell sets them
            cur = self._curcellstyle
            color = cellstyle.color  # mostly the very same object: reportlab's == is slow
            if cur is None or (color is not cur.color and color != cur.color):
                canv.setFillColor(color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        y = rowpos + rowheight - cellstyle.topPadding - cellstyle.fontsize
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        else:
            width = _string_width(cellval, canv._fontname, canv._fontsize)
            x = colpos + colwidth - cellstyle.rightPadding - width
        _draw_string(canv, x, y, cellval)


def _text_row_heights(
    heights: Sequence[float | None], rows: Sequence[Sequence[Any]], cells: Sequence[Any]
) -> list[float | None]:
    """`heights` with those of the unmeasured rows whose cells are all strings, computed as
    Table._calc_height computes them, in the same order of operations."""
    out = list(heights)
    for i, known in enumerate(heights):
        if known is not None:
            continue
        tallest = 0.0
        for value, style in zip(rows[i], cells[i], strict=True):
            if type(value) is not str:
                break
            height = (style.leading or 1.2 * style.fontsize) * (value.count("\n") + 1)
            height += style.bottomPadding + style.topPadding
            if height > tallest:
                tallest = height
        else:
            out[i] = tallest
    return out


@functools.cache
def _is_truetype(font_name: str) -> bool:
    """Whether the registered font is a TrueType one (reportlab's subsetting fonts)."""
    return bool(getattr(pdfmetrics.getFont(font_name), "_dynamicFont", False))


@functools.lru_cache(maxsize=8192)
def _string_width(text: str, font_name: str, size: float) -> float:
    """`pdfmetrics.stringWidth`, kept: right-aligned cells repeat the same scores and amounts
    down a long table (the grid annex's 9,000 cells)."""
    return pdfmetrics.stringWidth(text, font_name, size)


def _draw_string(canv: Any, x: float, y: float, text: str) -> None:
    """`canv.drawString(x, y, text)` in the canvas's TrueType font, the same operators
    written, without a text object (its fixed cost is most of a short string's)."""
    xy = f"{_FIGURES.get(x) or _figure(x)} {_FIGURES.get(y) or _figure(y)}"
    canv._code.append(f"BT 1 0 0 1 {xy} Tm {_text_ops(canv, text)} T* ET")


_FIGURES: dict[float, str] = {}  # fp_str of the positions written: columns and rows recur


def _figure(value: float) -> str:
    """`fp_str(value)`, kept (the same position figures recur down a table and across its
    columns; fp_str(x, y) is fp_str(x), a space, fp_str(y))."""
    if len(_FIGURES) > 50_000:
        _FIGURES.clear()
    text = _FIGURES[value] = fp_str(value)
    return text


def _text_ops(canv: Any, text: str) -> str:
    """What reportlab's text object writes for `text` in the canvas's (TrueType) font: the
    font subset's selection before each run of characters, each run shown. Kept per canvas
    (the same figures and names recur down a table): a character keeps the code its font
    subset gave it first, so the same text gives the same operators all through a document."""
    known: dict[tuple[str, float, float, str], str] = canv.__dict__.setdefault("_ptce_ops", {})
    key = (canv._fontname, canv._fontsize, canv._leading, text)
    ops = known.get(key)
    if ops is None:
        font: Any = pdfmetrics.getFont(canv._fontname)
        doc = canv._doc
        tf = f"{fp_str(canv._fontsize)} Tf {fp_str(canv._leading)} TL"
        parts, current = [], -1
        for subset, run in _split_string(canv, font, text):
            if subset != current:
                parts.append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
                current = subset
            parts.append(f"({canv._escape(run)}) Tj")
        ops = known[key] = " ".join(parts)
    return ops


def _split_string(canv: Any, font: Any, text: str) -> list[tuple[int, bytes]]:
    """`font.splitString(text, doc)`: the text in runs of one font subset, each character as
    its code there. A text whose characters all have a code in the first subset already (most
    texts, once a few pages are written) is translated at once, rather than character by
    character: the table is the subset's codes so far (reportlab's `assignments`, no-break
    spaces coded as spaces as splitString codes them), kept per canvas and font until the
    subset grows. Any other text, or a new character, goes through splitString."""
    doc = canv._doc
    state = font.state.get(doc)
    if state is None or not text:
        return font.splitString(text, doc)  # type: ignore[no-any-return]
    tables: dict[str, tuple[int, frozenset[str], dict[int, int]]]
    tables = canv.__dict__.setdefault("_ptce_codes", {})
    assigned = state.assignments
    known = tables.get(font.fontName)
    if known is None or known[0] != len(assigned):
        codes = {c: n for c, n in assigned.items() if n < 256}
        if 32 in codes:
            codes[0xA0] = codes[32]
        known = tables[font.fontName] = (len(assigned), frozenset(map(chr, codes)), codes)
    if not known[1].issuperset(text):
        return font.splitString(text, doc)  # type: ignore[no-any-return]
    return [(0, text.translate(known[2]).encode("latin-1"))]


def data_table(
    rows: Rows,
    *,
    widths: Sequence[float],
    right: Iterable[int] = (),
    total_row: bool = False,
    header: bool = True,
) -> Table:
    """A sober table: shaded header repeated on each page, hairlines between rows."""
    table = _Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[StyleCommand] = [
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
    rows: Rows, *, widths: Sequence[float], commands: Sequence[StyleCommand] = ()
) -> Table:
    """A borderless table for layout; the font is set so no cell falls back to Helvetica.

    Its cells' styles are those a table of its shape and commands had (see `_styled_cells`):
    the minutes lay out 400 such small tables alike, two a dossier."""
    rows = list(rows)
    every: list[StyleCommand] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        *commands,
    ]
    own = tuple(c for c in every if c[0] in _CELL_ATTRIBUTES)
    rest = [c for c in every if c[0] not in _CELL_ATTRIBUTES]
    shape = (len(rows), max((len(row) for row in rows), default=0))
    try:
        small = len(rows) * shape[1] < _SHARED_CELLS and all(c[0] in _LAYOUT for c in rest)
        styled = _styled_cells(*shape, own) if small else None
    except TypeError:  # a command with a list in it: not a key
        styled = None
    if styled is None:
        table = _Table(rows, colWidths=list(widths))
        table.setStyle(TableStyle(every))
        return table
    table = _Table(rows, colWidths=list(widths), cellStyles=[list(row) for row in styled])
    if rest:
        table.setStyle(TableStyle(rest))
    return table


# The commands a table keeps for drawing (backgrounds, lines) rather than set in its cells.
_NOT_PER_CELL = frozenset({"BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT",
                           "ROUNDEDCORNERS"})  # fmt: skip
_LAYOUT = frozenset({"BACKGROUND", *LINECOMMANDS})


@functools.lru_cache(maxsize=64)
def _styled_cells(rows: int, columns: int, commands: tuple[StyleCommand, ...]) -> list[list[Any]]:
    """The cell styles reportlab's Table sets from `commands` on a table of that shape. Shared by
    the tables of that shape and commands: a table copies them before a later command changes
    its own (`_Table._addCommand`)."""
    table = Table([[""] * columns] * rows)
    table.setStyle(TableStyle(list(commands)))
    return table._cellStyles  # type: ignore[attr-defined,no-any-return]  # not in its stubs


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
        if isinstance(self.canv, SectionedCanvas):
            self.canv._ptce_section += 1
            self.canv._ptce_label = self.label


class SectionedCanvas(Canvas):
    """The canvas `build_pdf` draws on: pages counted by section (see SectionStart)."""

    _ptce_section: int
    _ptce_label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Furniture:
    """What every page shows outside the frame."""

    label: str  # footer, left: document kind and id
    fingerprint: str = ""  # footer, second line (the SHA-256 of the data)
    running_head: str = ""  # top of every page but the first of a section


def _canvas_class(furniture: Furniture, pagesize: tuple[float, float]) -> type[SectionedCanvas]:
    """A canvas that holds pages back until the end, so footers can say "page X / Y"."""
    page_width, page_height = pagesize

    class PagedCanvas(SectionedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._ptce_pages: list[dict[str, Any]] = []
            self._ptce_section = 0
            self._ptce_label = furniture.label

        def showPage(self) -> None:
            self._ptce_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own reset, not in its stubs

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
            """Drawn with the operators drawString writes (`_draw_string`: the same head and
            footer texts on every page)."""
            self.saveState()
            self.setFillColor(MUTED)
            if furniture.running_head and page > 1:
                self.setFont(SANS, 7)
                _draw_string(self, MARGIN, page_height - 11 * mm, furniture.running_head)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 15.5 * mm, page_width - MARGIN, 15.5 * mm)
            self.setFont(SANS, 7.5)
            _draw_string(self, MARGIN, 11.5 * mm, self._ptce_label)
            count = f"page {page} / {total}"
            width = _string_width(count, SANS, 7.5)
            _draw_string(self, page_width - MARGIN - width, 11.5 * mm, count)
            if furniture.fingerprint:
                self.setFont(SANS, 6.5)
                _draw_string(self, MARGIN, 8 * mm, furniture.fingerprint)
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


def numero_width(numeros: Iterable[str]) -> float:
    return max([text_width("N°", bold=True), *(text_width(n) + 2 for n in numeros)])


def flex_widths(widths: Sequence[float | None]) -> list[float]:
    """Column widths filling the frame: the None columns share what the others leave."""
    fixed = sum(w for w in widths if w is not None)
    flexible = sum(1 for w in widths if w is None) or 1
    rest = max(FRAME_WIDTH - fixed, 0) / flexible
    return [rest if w is None else w for w in widths]
