"""The comparison of 2 to 4 dossiers as a landscape A4 PDF, in the house style.

One table: a column per dossier, rows grouped by section, the header row repeated on every
page, the rows whose values differ shaded and in bold. Fonts are the bundled DejaVu, embedded.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from .minutes_pdf import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SANS,
    SANS_BOLD,
    SHADE,
    TINT,
    cell,
    layout_table,
    para,
    register_fonts,
    rule,
    styles,
)

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 14 * mm
TOP_MARGIN = 16 * mm
BOTTOM_MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 62 * mm
DIFFERS = colors.HexColor("#fdf0c8")  # soft amber: readable in greyscale print too
DIFFERS_RULE = colors.HexColor("#c99a1e")


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    section: str
    label: str
    values: Sequence[str]
    differs: bool


def render_comparison(
    *,
    call_title: str,
    heads: Sequence[tuple[str, str]],  # (numero, pole name) per dossier
    rows: Sequence[Row],
    made_by: str = "",
) -> bytes:
    register_fonts()
    s = styles()
    differing = sum(r.differs for r in rows)
    numeros = ", ".join(n for n, _ in heads)
    story: list[Flowable] = [
        para(call_title, s.small),
        para(f"Comparaison de {len(heads)} dossiers", s.title),
        para(numeros, _subtitle()),
        Spacer(1, 4),
        _legend(differing),
        Spacer(1, 6),
        _table(heads, rows),
    ]
    if made_by:
        story += [Spacer(1, 8), rule(), para(f"Document établi par {made_by}.", s.note)]
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"Comparaison des dossiers {numeros}",
        subject=call_title,
        author="PTCE Desktop",
        creator="PTCE Desktop",
        lang="fr-FR",
        invariant=1,
        initialFontName=SANS,
    )
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        FRAME_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(f"Comparaison des dossiers {numeros}"))
    return out.getvalue()


def _subtitle() -> ParagraphStyle:
    return ParagraphStyle("compare_subtitle", parent=styles().subtitle, fontName=SANS)


def _legend(differing: int) -> Flowable:
    text = (
        f"{differing} ligne(s) où les dossiers diffèrent, surlignées et en gras. Les notes sont "
        "les moyennes des évaluations soumises ; les noms et descriptions ne sont pas comparés."
    )
    swatch = Table([[""]], colWidths=[9 * mm], rowHeights=[3.2 * mm])
    swatch.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 8, 10),  # else the empty cell asks for Helvetica
            ("BACKGROUND", (0, 0), (-1, -1), DIFFERS),
            ("LINEBEFORE", (0, 0), (0, -1), 2, DIFFERS_RULE),
        ]
    )
    return layout_table(
        [[swatch, para(text, styles().note)]],
        widths=[12 * mm, FRAME_WIDTH - 12 * mm],
        commands=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )


def _table(heads: Sequence[tuple[str, str]], rows: Sequence[Row]) -> Table:
    s = styles()
    value_w = (FRAME_WIDTH - LABEL_WIDTH) / len(heads)
    head_style = ParagraphStyle("compare_head", parent=s.head_cell, fontSize=8.5, leading=10.5)
    data: list[list[Any]] = [["", *(para(f"{n}\n{pole}", head_style) for n, pole in heads)]]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.25, RULE),
    ]
    section = None
    for r in rows:
        if r.section != section:
            section = r.section
            i = len(data)
            data.append([section.upper()] + [""] * len(heads))
            commands += [
                ("SPAN", (0, i), (-1, i)),
                ("FONT", (0, i), (-1, i), SANS_BOLD, 7.5, 9.5),
                ("TEXTCOLOR", (0, i), (-1, i), ACCENT),
                ("BACKGROUND", (0, i), (-1, i), TINT),
                ("TOPPADDING", (0, i), (-1, i), 5),
            ]
        i = len(data)
        style = s.cell_bold if r.differs else s.cell
        data.append(
            [
                cell(r.label, LABEL_WIDTH - 8, s.cell),
                *(cell(v, value_w - 8, style) for v in r.values),
            ]
        )
        commands.append(("TEXTCOLOR", (0, i), (0, i), MUTED))
        if r.differs:
            commands += [
                ("BACKGROUND", (1, i), (-1, i), DIFFERS),
                ("FONT", (1, i), (-1, i), SANS_BOLD, 8, 10),
                ("LINEBEFORE", (1, i), (1, i), 2, DIFFERS_RULE),
            ]
    table = Table(data, colWidths=[LABEL_WIDTH] + [value_w] * len(heads), repeatRows=1)
    table.setStyle(commands)
    return table


def _canvas_class(label: str) -> type[Canvas]:
    """Pages held back until the end so the footer can say "page X / Y"."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFillColor(MUTED)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.4)
                self.line(MARGIN, 12.5 * mm, PAGE_WIDTH - MARGIN, 12.5 * mm)
                self.setFont(SANS, 7.5)
                self.drawString(MARGIN, 8.5 * mm, label)
                self.drawRightString(PAGE_WIDTH - MARGIN, 8.5 * mm, f"page {n} / {total}")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas
