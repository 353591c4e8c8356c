"""The dossier list's model: its shortcut for « no filter but the search » must give exactly
what the filters accept, whichever filter is set."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from ptce_desktop.domain.model import Outcome
from ptce_desktop.gui.partials.dossier_table import (
    DossierTableModel,
    Filters,
    column_order,
    number_order,
)
from ptce_desktop.services.browse import ListRow


def _row(i: int) -> ListRow:
    return ListRow(
        id=i,
        numero=f"PTCE-{i}",
        pole_name=f"Pôle {i}",
        region=("Bretagne", "Corse")[i % 2],
        sectors=("énergie",) if i % 3 else ("mobilité",),
        amount_requested=1000.0 * i,
        eligible=(None, True, False)[i % 3],
        overrides=int(i % 4 == 0),
        score=None,
        reviews_done=i % 2,
        reviews_expected=1,
        outcome=Outcome.SELECTED if i % 5 == 0 else None,
        amount_granted=None,
    )


def _rows() -> list[ListRow]:
    return [_row(i) for i in range(1, 31)]


SET = {
    "ids": {1, 2, 3, 10},
    "region": "Corse",
    "sector": "mobilité",
    "eligibility": "ineligible",
    "review": "complete",
    "decision": "selected",
    "mine": {2, 4, 6},
}


def test_every_filter_alone_and_with_the_search_keeps_what_it_accepts(qapp) -> None:
    rows = _rows()
    model = DossierTableModel()
    model.set_rows(rows, number_order(rows))
    names = [f.name for f in dataclasses.fields(Filters)]
    assert set(names) <= set(SET), "a new filter: give it a value in SET"
    for name in names:
        for with_search in (False, True):
            values = {name: SET[name]} | ({"ids": SET["ids"]} if with_search else {})
            filters = Filters(**values)
            model.set_filters(filters)
            expected = [r.id for r in model.all_rows if filters.accepts(r)]
            assert [r.id for r in model.rows] == expected, values
            assert 0 < len(expected) < len(rows) or name == "ids", values
    model.set_filters(Filters())
    assert len(model.rows) == len(rows)


def test_the_number_order_is_natural_whether_read_in_it_or_not() -> None:
    def numbered(numbers: list[str]) -> list[ListRow]:
        return [_row(i)._replace(numero=n) for i, n in enumerate(numbers, start=1)]

    def order(numbers: list[str]) -> list[str]:
        return [r.numero for r in column_order(numbered(numbers), 0)[0]]

    same_shape = [f"PTCE-2013-{i:04d}" for i in range(1, 1200)]
    assert order(same_shape) == same_shape  # read in text order, which is the natural one
    assert order(same_shape[::-1]) == same_shape
    mixed = ["PTCE-2013-100", "PTCE-2013-2", "PTCE-2013-99"]  # text order, not natural
    assert order(mixed) == ["PTCE-2013-2", "PTCE-2013-99", "PTCE-2013-100"]
    accents = ["PTCE-É-1", "PTCE-e-2", "PTCE-F-1"]  # shapes differ: the folded key decides
    assert order(sorted(accents)) == ["PTCE-É-1", "PTCE-e-2", "PTCE-F-1"]


def test_counters_after_one_prefix_sort_as_the_natural_key_does() -> None:
    """The shortcut for « one prefix and a counter » gives exactly the natural key's order,
    ties (007 and 7) kept as read; any other shape goes the general way."""
    from ptce_desktop.gui.partials.dossier_table import _counters, natural

    def numbered(numbers: list[str]) -> list[ListRow]:
        return [_row(i)._replace(numero=n) for i, n in enumerate(numbers, start=1)]

    counters = ["PTCE-2013-100", "PTCE-2013-2", "PTCE-2013-007", "PTCE-2013-99", "PTCE-2013-7"]
    rows = numbered(counters)
    assert _counters(rows) == [100, 2, 7, 99, 7]
    natural_order = sorted(rows, key=lambda r: natural(r.numero))
    assert column_order(rows, 0)[0] == natural_order
    assert [r.numero for r in natural_order][1:3] == ["PTCE-2013-007", "PTCE-2013-7"]
    for other in (
        ["PTCE-2013-1", "AAP-2013-2"],  # two prefixes
        ["PTCE-2013-1", "PTCE-2013-1b"],  # a number not ending with its counter
        ["PTCE-2013-1", "PTCE-2013-"],  # no counter at all
    ):
        assert _counters(numbered(other)) is None, other
        assert column_order(numbered(other), 0)[0] == sorted(
            numbered(other), key=lambda r: natural(r.numero)
        )


def test_each_column_is_ordered_from_the_number_order_when_first_asked(qapp) -> None:
    rows = _rows()[::-1]  # read in no particular order
    model = DossierTableModel()
    model.set_rows(rows, number_order(rows))
    assert list(model._orders) == [0]  # only the order shown is made ahead
    for column in range(model.columnCount()):
        present, missing = column_order(rows, column)
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.rows == present + missing, column
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rows == present[::-1] + missing, column
    assert len(model._orders) == model.columnCount()  # each made once, then copied
    # A line replaced: every order is made again, with the line where it now belongs.
    model.replace_row(rows[0]._replace(amount_requested=10**9))
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].id == rows[0].id
