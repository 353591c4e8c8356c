"""Tables of the house style measure their rows once and draw one-line text cells with their own
code, and one-line texts skip the Paragraph: the PDF must be, byte for byte, what plain reportlab
Tables and Paragraphs give."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from test_minutes_pdf import sample_minutes

from ptce_desktop.io import house_style, minutes_pdf
from ptce_desktop.io.house_style import (
    ACCENT,
    MUTED,
    SERIF,
    Furniture,
    build_pdf,
    data_table,
    line,
    markup,
    para,
    styles,
)
from ptce_desktop.io.minutes_pdf import render_minutes_with_boxes

# More than 224 distinct characters: reportlab's second font subset is used too.
RARE = "".join(chr(c) for c in range(0x100, 0x17F)) + "ŒœŸ€–—’“”…"
WORDS = ["Hérault", "Finistère", "1 234 567 €", "Île-de-France", "", "« Coopérative »", RARE]


def _long_table_pdf() -> bytes:
    rows: list[list[object]] = [["N°", "Pôle", "Montant", "Note"]]
    for i in range(260):
        word = WORDS[i % len(WORDS)]
        pole = para(f"Pôle {i} : {word} " * 3, styles().cell) if i % 9 == 0 else f"{word} {i}"
        rows.append([f"PTCE-{i:04d}", pole, f"{i * 1037} €\nsoit {i} %" if i % 11 == 0 else word,
                     f"{i / 7:.2f}"])  # fmt: skip
    table = data_table(rows, widths=[60, 250, 100, 70], right=[2, 3], total_row=True)
    # Commands over the whole table after narrower ones: they must win over the cells' own.
    later = [
        ("TEXTCOLOR", (0, 7), (-1, 7), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("FONT", (0, 0), (-1, -1), SERIF, 7.5, 9),
        ("LEFTPADDING", (1, 0), (1, -1), 9),
    ]
    table.setStyle(TableStyle(later))  # fmt: skip
    story = [para("Tableau d'essai", styles().h1), table]
    return build_pdf(story, furniture=Furniture(label="essai"), title="essai")


def test_a_long_table_is_the_bytes_a_plain_table_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = _long_table_pdf()
    monkeypatch.setattr(house_style, "_Table", Table)
    assert ours == _long_table_pdf()


def test_the_minutes_are_the_bytes_a_plain_table_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample_minutes(30)
    ours, boxes = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    monkeypatch.setattr(house_style, "_Table", Table)
    plain, plain_boxes = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    assert ours == plain and boxes == plain_boxes


def test_rows_are_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table spread over pages is wrapped and split several times: its paragraph cells are
    measured at the first wrap only, then drawn."""
    measured: list[object] = []
    original = Table._listCellGeom

    def counted(self: Table, V: object, w: float, s: object, **kw: object) -> object:
        measured.append(V)
        return original(self, V, w, s, **kw)

    monkeypatch.setattr(Table, "_listCellGeom", counted)
    rows = [["N°", "Pôle"]] + [[str(i), [para(f"Pôle {i}", styles().cell)]] for i in range(300)]
    build_pdf([data_table(rows, widths=[40, 200])], furniture=Furniture(label="x"), title="x")
    assert len(measured) == 2 * 300  # once measured, once drawn
    measured.clear()
    monkeypatch.setattr(house_style, "_Table", Table)
    build_pdf([data_table(rows, widths=[40, 200])], furniture=Furniture(label="x"), title="x")
    assert len(measured) == 3 * 300  # a plain Table measures them twice


def _paragraph(text: str, style: ParagraphStyle, *, width: float, label: str = "") -> Paragraph:
    """What `line` stands for."""
    if label:
        return markup("<b>{label}</b> {text}", style, label=label, text=text)
    return para(text, style)


def test_one_line_texts_are_the_bytes_paragraphs_give(monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample_minutes(30)
    ours, _ = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    monkeypatch.setattr(minutes_pdf, "line", _paragraph)
    assert ours == render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")[0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Votes : 9 pour,  0 contre, 0 abstention.", ""),  # spaces collapse as in a paragraph
        ("« Signer » la convention ;\u00a0 avant le 1er mars !", "Conditions :"),  # not at U+00A0
        ("Enveloppe épuisée ; à représenter lors d'une séance ultérieure.", "Motifs :"),
    ],
)
def test_a_line_draws_what_its_paragraph_draws(text: str, label: str) -> None:
    def drawn(flowable: Flowable) -> bytes:
        out = BytesIO()
        canvas = Canvas(out, pageCompression=0, invariant=1)
        flowable.wrapOn(canvas, 480, 100)
        flowable.drawOn(canvas, 50, 700)
        canvas.save()
        return out.getvalue()

    small = styles().small
    ours = line(text, small, width=480, label=label)
    assert type(ours).__name__ == "_Line"
    assert drawn(ours) == drawn(_paragraph(text, small, width=480, label=label))


def test_a_line_is_a_paragraph_when_it_may_not_fit() -> None:
    small = styles().small
    assert (
        type(line("Votes : 9 pour, 0 contre, 0 abstention.", small, width=200)).__name__ == "_Line"
    )
    for text, width in [
        ("Votes : 9 pour, 0 contre, 0 abstention.", 100),  # wraps
        ("Montant accordé : 150\u202f000\u00a0€", 400),  # a narrow space, set smaller
        ("Décision :\nretenu", 400),
        ("Caisse des dépôts & consignations", 400),  # drawn in pieces by a paragraph
        ("<b>coopération</b>", 400),  # shown as typed, by a paragraph
    ]:
        assert isinstance(line(text, small, width=width), Paragraph), text
    assert isinstance(line("Note", styles().cell_right, width=400), Paragraph)  # right-aligned
    long = line("Enveloppe épuisée. " * 8, small, width=400, label="Motifs :")
    assert isinstance(long, Paragraph) and long.text.startswith("<b>Motifs")
