"""The dossier list driven through the real widgets: search, count, sort, selection."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from ptce_desktop.domain.model import Outcome
from ptce_desktop.gui.partials.dossier_table import (
    COL_AMOUNT,
    COLUMNS,
    ROW_ROLE,
    DossierTableModel,
    column_order,
)
from ptce_desktop.services import browse
from ptce_desktop.services.browse import ListRow
from ptce_desktop.store.overview import fts_query
from tests.gui_helpers import WAIT_MS


def visible_rows(window) -> list[ListRow]:
    proxy = window.dossier_list.proxy
    return [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]


def type_search(qtbot, window, text: str) -> None:
    edit = window.dossier_list.search_edit
    before = window.dossier_list.count_label.text()
    qtbot.keyClicks(edit, text)  # QTest types ASCII only: accented words go through FTS folding
    # Debounced: the list changes a moment after typing stops.
    qtbot.waitUntil(lambda: window.dossier_list.count_label.text() != before, timeout=WAIT_MS)


def test_search_narrows_the_list_and_the_count(qtbot, main_window) -> None:
    total = len(visible_rows(main_window))
    assert main_window.dossier_list.count_label.text() == f"{total} dossiers"
    type_search(qtbot, main_window, "cooperative")
    rows = visible_rows(main_window)
    assert 0 < len(rows) < total
    assert main_window.dossier_list.count_label.text() == f"{len(rows)} dossiers sur {total}"
    main_window.dossier_list.reset_filters()
    assert len(visible_rows(main_window)) == total


def test_search_ignores_accents(qtbot, main_window) -> None:
    accented = [r for r in visible_rows(main_window) if "énergies renouvelables" in r.sectors]
    assert accented, "the demo should hold a dossier in renewable energies"
    type_search(qtbot, main_window, "energie")
    shown = {r.id for r in visible_rows(main_window)}
    assert {r.id for r in accented} <= shown
    assert len(shown) < len(main_window.dossier_list.model.all_rows)


def test_filters_combine_with_search(qtbot, main_window) -> None:
    lst = main_window.dossier_list
    lst.eligibility_combo.setCurrentIndex(lst.eligibility_combo.findData("ineligible"))
    rows = visible_rows(main_window)
    assert rows and all(r.eligible is False for r in rows)
    lst.decision_combo.setCurrentIndex(lst.decision_combo.findData("selected"))
    assert visible_rows(main_window) == []
    assert lst.count_label.text().startswith("0 dossier sur ")


def test_sorting_by_amount_is_numeric(qtbot, main_window) -> None:
    amounts = [r.amount_requested for r in visible_rows(main_window)]
    # Text order would differ: "82 000 €" sorts after "290 000 €" as text.
    assert min(amounts) < 100_000 <= max(amounts)
    header = main_window.dossier_list.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, COL_AMOUNT)
    )
    first = [r.amount_requested for r in visible_rows(main_window)]
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, COL_AMOUNT)
    )
    second = [r.amount_requested for r in visible_rows(main_window)]
    ascending, descending = sorted(first), sorted(first, reverse=True)
    assert {tuple(first), tuple(second)} == {tuple(ascending), tuple(descending)}


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_selecting_a_row_shows_the_dossier(qtbot, main_window) -> None:
    table = main_window.dossier_list.table
    row = visible_rows(main_window)[4]
    rect = table.visualRect(main_window.dossier_list.proxy.index(4, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = main_window.dossier_view
    assert view.pole_label.text() == row.pole_name
    assert view.tabs.currentWidget() is view.summary
    text = view.summary.browser.toPlainText()
    dossier = view.file.dossier
    assert dossier.id == row.id
    assert dossier.lead_name in text and dossier.members[0].name in text
    assert "Entreprise ESS" in text  # members grouped under French category labels


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("energie", '"energie"*'),
        ('coop "pôle', '"coop"* "pôle"*'),
        ("NEAR( OR *", '"NEAR"* "OR"*'),
        ("PTCE-2013-004", '"PTCE 2013 004"*'),
        ("  ", None),
    ],
)
def test_search_text_is_made_safe_for_fts(typed: str, expected: str | None) -> None:
    assert fts_query(typed) == expected


def test_search_shows_exactly_what_the_full_text_index_matches(qtbot, main_window) -> None:
    type_search(qtbot, main_window, "cooperative")
    conn = sqlite3.connect(f"{main_window.call_path().resolve().as_uri()}?mode=ro", uri=True)
    try:
        matched = {
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?",
                (fts_query("cooperative"),),
            )
        }
    finally:
        conn.close()
    shown = visible_rows(main_window)
    assert matched and [r.id for r in shown] == [
        r.id for r in main_window.dossier_list.model.all_rows if r.id in matched
    ]
    assert {r.id for r in shown} == matched


def test_every_column_sorts_as_the_orders_made_all_at_once(qtbot, main_window) -> None:
    """The window's sorts (each column ordered from the number order when first asked) give
    what `column_order` gives for each column, and so does a model given no order at all;
    the number order read as is when it is already natural."""
    lst = main_window.dossier_list
    rows = browse.list_rows(main_window.store)
    reference, on_demand = DossierTableModel(), DossierTableModel()
    reference.set_rows(rows, {c: column_order(rows, c) for c in range(len(COLUMNS))})
    on_demand.set_rows(rows)
    for column in range(lst.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            lst.table.sortByColumn(column, order)
            reference.sort(column, order)
            on_demand.sort(column, order)
            expected = [r.id for r in reference.rows]
            assert [r.id for r in visible_rows(main_window)] == expected, (column, order)
            assert [r.id for r in on_demand.rows] == expected, (column, order)


def test_list_rows_keep_their_types(main_window) -> None:
    rows = browse.list_rows(main_window.store)
    assert rows == [browse.list_row(main_window.store, r.id) for r in rows]
    assert all(isinstance(r.sectors, tuple) and r.eligible in (True, False, None) for r in rows)
    assert {type(r.outcome) for r in rows} <= {Outcome, type(None)}
    assert any(r.eligible is True for r in rows) and any(r.eligible is False for r in rows)
