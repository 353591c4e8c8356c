"""The comparison of 2 to 4 dossiers as a landscape A4 PDF, in the house style.

One table: a column per dossier, rows grouped by section, the header row repeated on every
page, the rows whose values differ shaded and in bold. Fonts are the bundled DejaVu, embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from .house_style import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SANS,
    SANS_BOLD,
    SHADE,
    TINT,
    Furniture,
    StyleCommand,
    build_pdf,
    cell,
    frame_width,
    layout_table,
    para,
    register_fonts,
    rule,
    styles,
)

PAGE = landscape(A4)
FRAME_WIDTH = frame_width(PAGE)
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
    heading: str = "",
    title: str = "",
    note: str = "",
    subject: str = "dossiers",
) -> bytes:
    """Columns side by side (dossiers by default; scenarios pass their own heading, title and
    note), the rows where they differ shaded."""
    register_fonts()
    s = styles()
    differing = sum(r.differs for r in rows)
    numeros = ", ".join(n for n, _ in heads)
    story: list[Flowable] = [
        para(call_title, s.small),
        para(heading or f"Comparaison de {len(heads)} dossiers", s.title),
        para(numeros, _subtitle()),
        Spacer(1, 4),
        _legend(differing, note, subject),
        Spacer(1, 6),
        _table(heads, rows),
    ]
    if made_by:
        story += [Spacer(1, 8), rule(), para(f"Document établi par {made_by}.", s.note)]
    title = title or f"Comparaison des dossiers {numeros}"
    return build_pdf(
        story, furniture=Furniture(label=title), title=title, subject=call_title, pagesize=PAGE
    )


def _subtitle() -> ParagraphStyle:
    return ParagraphStyle("compare_subtitle", parent=styles().subtitle, fontName=SANS)


def _legend(differing: int, note: str, subject: str) -> Flowable:
    text = note or (
        "Les notes sont les moyennes des évaluations soumises ; les noms et descriptions ne "
        "sont pas comparés."
    )
    text = f"{differing} ligne(s) où les {subject} diffèrent, surlignées et en gras. {text}"
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
    commands: list[StyleCommand] = [
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
