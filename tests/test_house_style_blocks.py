"""Kept-together blocks, plain-text paragraphs handed their fragment, text rows measured
without Table's loop: the PDF must be, byte for byte, what reportlab's KeepTogether, parsed
Paragraphs and Table give (these tests fail if reportlab changes what it draws)."""

from __future__ import annotations

import subprocess
from io import BytesIO

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Indenter,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from test_house_style_table import RARE
from test_minutes_pdf import sample_minutes

from ptce_desktop.io import house_style, minutes_pdf
from ptce_desktop.io.house_style import (
    FRAME_WIDTH,
    TINT,
    Block,
    Furniture,
    build_pdf,
    data_table,
    layout_table,
    line,
    para,
    styles,
)
from ptce_desktop.io.minutes_pdf import render_minutes_with_boxes

TEXTS = [
    "Coopérative de territoire Saint-Étienne-de-Montluc et communes associées",
    "Pôle « Économie circulaire » : recyclerie ; ateliers ! Quoi ?",
    "  espaces   en trop   autour  ",
    "un\u00a0espace\u00a0insécable et des mots-composés-très-longs-qui-ne-tiennent-pas",
    "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement",
    RARE,
    "x",
]


def _parsed(text: str, style: ParagraphStyle) -> Paragraph:
    """What `para` gave before: the escaped text through reportlab's parser."""
    return house_style._Paragraph(house_style.inline(text, style), style)


def _drawn(flowable: Flowable, width: float) -> bytes:
    out = BytesIO()
    canvas = Canvas(out, pageCompression=0, invariant=1)
    flowable.wrapOn(canvas, width, 800)
    flowable.drawOn(canvas, 50, 100)
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [40, 120, 480])
def test_a_plain_paragraph_draws_what_the_parsed_one_draws(text: str, width: float) -> None:
    for style in (styles().body, styles().cell, styles().note, styles().h2):
        ours = para(text, style)
        assert ours.text == _parsed(text, style).text
        assert _drawn(ours, width) == _drawn(_parsed(text, style), width), (style.name, text)


def test_texts_with_markup_characters_are_parsed() -> None:
    for text in ["A & B", "<b>gras</b>", "150\u202f000 €", "deux\nlignes", "", "   "]:
        ours = para(text, styles().cell)
        assert _drawn(ours, 200) == _drawn(_parsed(text, styles().cell), 200), repr(text)


def test_a_split_plain_paragraph_is_the_bytes_a_parsed_one_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Paragraphs that run over a page are split from their fragments."""

    def story() -> list[Flowable]:
        text = " ".join(TEXTS[:5]) * 12
        return [house_style.para(text, styles().body) for _ in range(6)]

    ours = build_pdf(story(), furniture=Furniture(label="x"), title="x")
    monkeypatch.setattr(house_style, "para", _parsed)
    assert ours == build_pdf(story(), furniture=Furniture(label="x"), title="x")


def test_the_minutes_are_the_bytes_parsed_paragraphs_give(monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample_minutes(30)
    ours, _ = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    monkeypatch.setattr(house_style, "para", _parsed)
    monkeypatch.setattr(minutes_pdf, "para", _parsed)
    assert ours == render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")[0]


def _dossier(i: int) -> list[Flowable]:
    """A block like a dossier's in the minutes: heading (kept with the next), facts, notes,
    a shaded box; its height varies."""
    s = styles()
    facts = [["Structure", para(TEXTS[i % len(TEXTS)], s.cell)], ["Montant", f"{i} 000 €"]]
    box = [line(f"Décision {i}", s.small_bold, width=FRAME_WIDTH - 14)]
    box += [para(TEXTS[(i + k) % len(TEXTS)], s.small) for k in range(i % 4)]
    return [
        line(f"3.{i} Dossier {i}", s.h2, width=FRAME_WIDTH),
        layout_table(facts, widths=[FRAME_WIDTH * 0.24, FRAME_WIDTH * 0.76]),
        Spacer(1, 3),
        *(para(f"Membre {k} s'est déporté.", s.small) for k in range(i % 3)),
        layout_table(
            [[box]],
            widths=[FRAME_WIDTH],
            commands=[("BACKGROUND", (0, 0), (-1, -1), TINT), ("LEFTPADDING", (0, 0), (-1, -1), 7)],
        ),
    ]


def _blocks_pdf(keep: type[Flowable], count: int = 60, tall: bool = False) -> bytes:
    story: list[Flowable] = [para("Examen des dossiers", styles().body)]
    for i in range(count):
        story.append(keep(_dossier(i)))
        if tall and i == 5:  # taller than a page: split as KeepTogether splits it
            story.append(keep([para(f"Paragraphe {k} : " + TEXTS[0], styles().body)
                               for k in range(90)]))  # fmt: skip
    story.append(data_table([["a", "b"]] * 40, widths=[100, 100]))
    return build_pdf(story, furniture=Furniture(label="x"), title="x")


@pytest.mark.parametrize("tall", [False, True])
def test_blocks_are_the_bytes_keep_together_gives(tall: bool) -> None:
    ours = _blocks_pdf(Block, tall=tall)
    assert ours == _blocks_pdf(KeepTogether, tall=tall)
    assert ours.count(b"/Type /Page\n") > 8  # blocks moved to next pages


def test_a_heading_kept_with_a_block_goes_with_it_to_the_next_page(tmp_path) -> None:
    """KeepTogether left a keep-with-next heading alone at the foot of a page when the
    dossier block after it moved on; a block takes its heading along, wherever the page
    ends."""
    moved = 0
    for lines in range(40, 52):
        filler = [para(f"Ligne {k}", styles().body_tight) for k in range(lines)]
        pdf = build_pdf(
            [*filler, para("3. Examen des dossiers", styles().h1), Block(_dossier(3))],
            furniture=Furniture(label="x"),
            title="x",
        )
        path = tmp_path / "b.pdf"
        path.write_bytes(pdf)
        pages = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split("\f")
        (page,) = [p for p in pages if "Examen des dossiers" in p]
        assert "Dossier 3" in page, lines
        moved += page is not pages[0]
    assert moved  # some filler sizes push them to the next page


def test_a_block_of_frame_actions_or_nothing_is_a_keep_together() -> None:
    def pdf(keep: type[Flowable]) -> bytes:
        s = styles()
        story = [para("Avant", s.body) for _ in range(50)]
        story += [keep([para("Retrait", s.body), Indenter(left=30), *_dossier(2)]), keep([])]
        story += [keep(_dossier(i)) for i in range(4)]
        return build_pdf(story, furniture=Furniture(label="x"), title="x")

    assert pdf(Block) == pdf(KeepTogether)


def test_text_rows_are_measured_as_table_measures_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows of strings (one line, several, empty) in several fonts and paddings, among rows
    holding paragraphs, over several pages."""

    def pdf() -> bytes:
        rows: list[list[object]] = [["N°", "Texte", "Note"]]
        for i in range(150):
            text = "\n".join(["ligne"] * (i % 4)) if i % 5 else para(TEXTS[i % 7], styles().cell)
            rows.append([str(i), text, f"{i / 3:.2f}"])
        table = data_table(rows, widths=[40, 300, 60], right=[2])
        table.setStyle([("FONT", (0, 9), (-1, 12), "DejaVuSerif", 11, 14),
                        ("TOPPADDING", (1, 20), (1, 30), 7)])  # fmt: skip
        return build_pdf([table], furniture=Furniture(label="x"), title="x")

    ours = pdf()
    monkeypatch.setattr(house_style, "_Table", Table)
    assert ours == pdf()


def _plain_layout_table(rows, *, widths, commands=()) -> Table:  # type: ignore[no-untyped-def]
    """What `layout_table` gave before its cells' styles were cached."""
    table = Table(list(rows), colWidths=list(widths))
    base = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    table.setStyle(TableStyle(base + list(commands)))
    return table


def test_layout_tables_are_the_bytes_uncached_tables_give(monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample_minutes(30)
    ours, _ = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    monkeypatch.setattr(house_style, "layout_table", _plain_layout_table)
    monkeypatch.setattr(minutes_pdf, "layout_table", _plain_layout_table)
    assert ours == render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")[0]


def test_a_command_on_one_layout_table_leaves_its_likes_alone() -> None:
    def facts() -> Table:
        return layout_table([["Note", "12"], ["Montant", "3 €"]], widths=[100, 200],
                            commands=[("TOPPADDING", (0, 0), (-1, -1), 1)])  # fmt: skip

    def pdf(*tables: Table) -> bytes:
        return build_pdf(list(tables), furniture=Furniture(label="x"), title="x")

    alone = pdf(facts())
    changed, other = facts(), facts()
    changed.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif-Bold", 12, 15),
                      ("TEXTCOLOR", (0, 1), (1, 1), TINT)])  # fmt: skip
    assert pdf(other) == alone
    assert pdf(changed) != alone
    plain = _plain_layout_table([["Note", "12"], ["Montant", "3 €"]], widths=[100, 200],
                                commands=[("TOPPADDING", (0, 0), (-1, -1), 1)])  # fmt: skip
    plain.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif-Bold", 12, 15),
                    ("TEXTCOLOR", (0, 1), (1, 1), TINT)])  # fmt: skip
    assert pdf(changed) == pdf(plain)
    assert pdf(facts()) == alone


def test_texts_drawn_without_text_objects_are_the_bytes_draw_string_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Page heads and footers, one-line cells and lines: what the canvas's drawString writes."""
    data = sample_minutes(30)
    ours, _ = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")

    def draw_string(canv: Canvas, x: float, y: float, text: str) -> None:
        canv.drawString(x, y, text)

    monkeypatch.setattr(house_style, "_draw_string", draw_string)
    assert ours == render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")[0]


def test_texts_are_coded_as_split_string_codes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts in the codes the font subsets gave their characters, new ones, a second subset,
    no-break spaces, characters the font lacks: as reportlab's splitString, text after text."""
    house_style.register_fonts()
    font = house_style.pdfmetrics.getFont(house_style.SANS)
    ours, theirs = Canvas(BytesIO()), Canvas(BytesIO())
    texts = ["abc", "abc", "a\u00a0b c", "Été 2013 : 1\u202f234 €", RARE, "abc ŒŸ", "\u4e00x", "",
             "ordinaire", "\u00a0", *TEXTS, *TEXTS]  # fmt: skip
    for text in texts:
        assert house_style._split_string(ours, font, text) == font.splitString(text, theirs._doc), (
            text
        )
    data = sample_minutes(30)
    pdf, _ = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    monkeypatch.setattr(
        house_style, "_split_string", lambda canv, font, text: font.splitString(text, canv._doc)
    )
    assert pdf == render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")[0]
