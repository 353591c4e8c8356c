"""The side-by-side window and the score charts, driven through the real widgets."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ptce_desktop.gui.partials.grid_table import KEY_ROLE, MARKED_ROLE
from ptce_desktop.gui.views import charts
from ptce_desktop.gui.views import compare_window as cw
from ptce_desktop.services import compare
from ptce_desktop.services.browse import SECRETARIAT
from ptce_desktop.store.calls import read_criteria
from ptce_desktop.store.db import CallStore
from tests.compare_helpers import envelope_for_half_the_demand, set_scores, two_review_dossier
from tests.gui_helpers import WAIT_MS


def _rows(model) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _row(model, label: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)


def test_compare_window_shows_the_chosen_dossiers_values(committee_window, qtbot, tmp_path):
    w = committee_window
    w.open_file()
    store = w.store
    ids = [r[0] for r in store.conn.execute("SELECT id FROM dossiers ORDER BY numero LIMIT 3")]
    regions = [
        store.conn.execute("SELECT region FROM dossiers WHERE id = ?", (i,)).fetchone()[0]
        for i in ids
    ]
    w.dossier_list.select_dossier(ids[0])
    w.action("actionCompareDossiers").trigger()
    win = w.compare_window
    assert win.isVisible() and win.tabs.currentIndex() == cw.TAB_DOSSIERS
    assert win.picked_ids()[:1] == [ids[0]] and len(win.picked_ids()) == 2  # current + next
    # Pick a third dossier with the keyboard-usable combo.
    win.picks[2].setCurrentIndex(win.picks[2].findData(ids[2]))
    assert win.picked_ids() == ids
    model = win.dossiers_model
    assert model.columnCount() == 4
    numero = store.conn.execute("SELECT numero FROM dossiers WHERE id = ?", (ids[1],)).fetchone()
    assert model.headerData(2, Qt.Orientation.Horizontal).startswith(numero[0])
    r = _row(model, "Région")
    assert [model.index(r, c).data() for c in (1, 2, 3)] == regions
    marked = [model.index(r, c).data(MARKED_ROLE) for c in (1, 2, 3)]
    assert marked == [len(set(regions)) > 1] * 3
    assert model.index(r, 1).data(Qt.ItemDataRole.FontRole).bold() == (len(set(regions)) > 1)
    pole = _row(model, "Pôle")
    assert not model.index(pole, 1).data(MARKED_ROLE)
    # Only the differences: every value row left is marked, and there are fewer rows.
    every = model.rowCount()
    win.only_differences.setChecked(True)
    assert model.rowCount() < every
    value_rows = [i for i, row in enumerate(model.rows) if not row.section]
    assert value_rows and all(model.index(i, 1).data(MARKED_ROLE) for i in value_rows)
    # A dossier picked twice: no table, a message, no export.
    win.picks[1].setCurrentIndex(win.picks[1].findData(ids[0]))
    assert model.rowCount() == 0 and "deux fois" in win.difference_count.text()
    assert not win.export_button.isEnabled()


def test_export_pdf_runs_in_the_background_and_writes_the_file(
    committee_window, qtbot, tmp_path, monkeypatch
):
    w = committee_window
    w.open_file()
    ids = [r[0] for r in w.store.conn.execute("SELECT id FROM dossiers ORDER BY numero LIMIT 2")]
    win = cw.open_dossiers(w)
    win.compare_ids(ids)
    out = tmp_path / "export" / "comparaison"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(win.export_button, Qt.MouseButton.LeftButton)
    pdf = out.with_suffix(".pdf")
    qtbot.waitUntil(lambda: pdf.exists() and not w.tasks.busy, timeout=WAIT_MS)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert all(d.numero in text for d in win.comparison.dossiers)
    assert list(out.parent.iterdir()) == [pdf]


def test_rapporteur_view_highlights_a_gap_and_shows_comments(committee_window, qtbot):
    w = committee_window
    with CallStore.open(w.path, actor=SECRETARIAT) as s:
        dossier = two_review_dossier(s)
        set_scores(s, dossier, {"cooperation": (1, 4), "territory": (2, 3)})
        labels = {c.code: c.label for c in read_criteria(s)}
        rc = compare.compare_rapporteurs(s, dossier)
    w.open_file()
    assert w.dossier_list.select_dossier(dossier)
    w.action("actionCompareRapporteurs").trigger()
    win = w.compare_window
    assert win.tabs.currentIndex() == cw.TAB_RAPPORTEURS
    model = win.scores_model
    names = [r.name for r in rc.rapporteurs]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)] == names
    gap, small = _row(model, labels["cooperation"]), _row(model, labels["territory"])
    assert [model.index(gap, c).data() for c in (2, 3, 4)] == ["1", "4", "3"]
    assert all(model.index(gap, c).data(MARKED_ROLE) for c in (2, 3, 4))
    assert model.index(gap, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert [model.index(small, c).data() for c in (2, 3, 4)] == ["2", "3", "1"]
    assert not any(model.index(small, c).data(MARKED_ROLE) for c in (2, 3, 4))
    assert "écart de 2 points ou plus" in win.rapporteur_summary.text()
    # Comments side by side, one column per rapporteur.
    comments = win.comments_model
    row = _row(comments, labels["cooperation"])
    coop = next(c for c in rc.criteria if c.code == "cooperation")
    assert [comments.index(row, c).data() for c in (1, 2)] == [x or "—" for x in coop.comments]
    # The view follows the main list's selection while it is shown.
    other = two_review_dossier(w.store, skip=1)
    w.dossier_list.select_dossier(other)
    assert win.rapporteur_pick.currentData() == other


def test_disagreements_sorted_and_double_click_selects_the_dossier(committee_window, qtbot):
    w = committee_window
    w.open_file()
    w.action("actionDisagreements").trigger()
    win = w.compare_window
    assert win.tabs.currentIndex() == cw.TAB_DISAGREEMENTS
    expected = [d.dossier_id for d in compare.disagreements(w.store)]
    model = win.disagreements_model
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] == expected
    spreads = [float(model.index(r, 3).data()) for r in range(model.rowCount())]
    assert spreads == sorted(spreads, reverse=True)
    # Double-click the third row: the main list selects that dossier, even through a filter.
    w.dossier_list.search_edit.setText("zzzz introuvable")
    w.dossier_list._run_search()
    view = win.disagreements_table
    index = model.index(2, 1)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.current_dossier_id() == expected[2]
    assert w.dossier_view.file.dossier.id == expected[2]


def test_scores_are_refused_to_someone_outside_the_committee(main_window, qtbot):
    # The shared fixture's « Testeur » is neither on the committee nor a rapporteur.
    win = cw.open_disagreements(main_window)
    assert win.disagreements_model.rowCount() == 0
    assert "réservées au comité" in win.disagreements_intro.text()
    chart_window = charts.open_charts(main_window)
    assert not chart_window.tabs.isVisibleTo(chart_window)
    assert "réservées au comité" in chart_window.message.text()


def test_charts_window_has_the_expected_series(committee_window, qtbot):
    w = committee_window
    with CallStore.open(w.path, actor=SECRETARIAT) as store:
        envelope_for_half_the_demand(store)  # a cut-off line to draw
    w.open_file()
    w.action("actionScoreCharts").trigger()
    win = w.charts_window
    assert win.isVisible() and win.tabs.isVisibleTo(win)
    criteria = read_criteria(w.store)
    dist = win.distribution_view.chart()
    [bars] = dist.series()
    assert isinstance(bars, QBarSeries) and not isinstance(bars, QStackedBarSeries)
    assert [s.label() for s in bars.barSets()] == [str(v) for v in range(6)]
    assert all(s.count() == len(criteria) for s in bars.barSets())
    found = compare.score_distribution(w.store)
    assert [bars.barSets()[5].at(i) for i in range(len(criteria))] == [d.counts[5] for d in found]
    scores = compare.weighted_scores(w.store)
    weighted = win.weighted_view.chart()
    stacked = next(s for s in weighted.series() if isinstance(s, QStackedBarSeries))
    line = next(s for s in weighted.series() if isinstance(s, QLineSeries))
    assert len(weighted.series()) == 2
    assert all(s.count() == len(scores.dossiers) for s in stacked.barSets())
    totals = [sum(s.at(i) for s in stacked.barSets()) for i in range(len(scores.dossiers))]
    assert totals == pytest.approx([d.weighted for d in scores.dossiers])
    assert [p.y() for p in line.points()] == [scores.cutoff, scores.cutoff]
