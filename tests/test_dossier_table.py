"""The dossier list's model: its shortcut for « no filter but the search » must give exactly
what the filters accept, whichever filter is set."""

from __future__ import annotations

import dataclasses

from ptce_desktop.domain.model import Outcome
from ptce_desktop.gui.partials.dossier_table import DossierTableModel, Filters, sort_orders
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
    model.set_rows(rows, sort_orders(rows))
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
