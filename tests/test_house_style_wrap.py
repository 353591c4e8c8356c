"""Paragraphs of the house style break their lines once per width: platypus wraps the same
paragraph several times at the same width while laying out a table. The lines must be the same
as a plain reportlab Paragraph's, and so must the whole PDF."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph
from test_minutes_pdf import sample_minutes

from ptce_desktop.io import house_style
from ptce_desktop.io.house_style import para, styles
from ptce_desktop.io.minutes_pdf import render_minutes_with_boxes

TEXT = "Le pôle réunit des structures du territoire autour d'achats groupés. " * 6


def test_lines_are_broken_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    p = para(TEXT, styles().body)
    calls: list[object] = []
    original = Paragraph.breakLines

    def counted(self: Paragraph, widths: list[float]) -> object:
        calls.append(widths)
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    first = p.wrap(200, 1000)
    assert p.wrap(200, 40) == first and len(calls) == 1
    narrow = p.wrap(100, 1000)
    assert narrow[1] > first[1] and len(calls) == 2
    assert p.wrap(200, 1000) == first and len(calls) == 3  # the last width is the one kept
    plain = Paragraph(p.text, p.style)
    assert plain.wrap(200, 1000) == first
    assert plain.blPara.lines == p.blPara.lines


def test_the_minutes_are_the_bytes_plain_paragraphs_give(monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample_minutes(30)
    ours, boxes = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    monkeypatch.setattr(house_style, "_Paragraph", Paragraph)
    plain, plain_boxes = render_minutes_with_boxes(data, anchor="Chaîne d'audit : abc")
    assert ours == plain and boxes == plain_boxes


def test_too_narrow_a_width_is_not_kept() -> None:
    p = para(TEXT, styles().body)
    assert p.wrap(0, 1000) == (0, 0x7FFFFFFF)
    assert p.wrap(0, 1000) == (0, 0x7FFFFFFF)
    assert p.wrap(200, 1000)[1] > 0


def test_lines_dropped_by_a_split_are_broken_again() -> None:
    """A split that finds no room drops the lines (`del blPara`): the next wrap, on the next
    page, must break them again rather than answer from what is gone."""
    p = para(TEXT, styles().body)
    first = p.wrap(200, 1000)
    assert p.split(200, 5) == []  # not one line fits: the whole paragraph goes onwards
    assert not hasattr(p, "blPara")
    assert p.wrap(200, 1000) == first and hasattr(p, "blPara")
