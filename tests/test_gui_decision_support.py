"""The « Aide à la décision » window driven through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from ptce_desktop.gui.views.decision_support_window import open_decision_support
from ptce_desktop.services import decision_support as support
from ptce_desktop.store.db import CallStore
from tests.gui_helpers import WAIT_MS


def _cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [
            model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    ]


def test_calibration_column_shows_raw_and_adjusted_side_by_side(committee_window, qtbot) -> None:
    main_window = committee_window
    main_window.open_file()
    window = open_decision_support(main_window, 0)
    assert window is not None
    page = window.calibration
    qtbot.waitUntil(lambda: page.dossiers.rowCount() > 0, timeout=WAIT_MS)
    with CallStore.open(main_window.store.path, actor="t") as store:
        report = support.calibrate(store, moves_more_than=page.moves.value())
    rows = _cells(page.dossiers)
    by_numero = {r[0]: r for r in rows}
    for d in report.dossiers:
        assert by_numero[d.numero][1] == str(d.raw_rank)
        assert by_numero[d.numero][4] == str(d.adjusted_rank)
    # The dossiers whose rank moves beyond the threshold come first.
    assert [r[0] for r in rows[: len(report.moves)]] == [d.numero for d in report.moves]
    assert page.rapporteurs.rowCount() == len(report.rapporteurs)
    # A lower threshold lists more dossiers first, after recomputing on the worker.
    page.moves.setValue(0)
    page.refresh()
    expected = sum(1 for d in report.dossiers if d.moved)
    qtbot.waitUntil(lambda: f"<b>{expected}</b> dossier" in page.message.text(), timeout=WAIT_MS)
    window.close()


def test_two_scenarios_side_by_side_then_one_applied_as_proposals(committee_window, qtbot) -> None:
    main_window = committee_window
    main_window.open_file()
    window = open_decision_support(main_window, 1)
    assert window is not None
    page = window.scenarios
    assert page.session.count() >= 1 and page.count.value() == 2
    page.editors[0].share.setValue(100)
    page.editors[1].share.setValue(80)
    page.refresh()
    qtbot.waitUntil(lambda: page.results.rowCount() > 0, timeout=WAIT_MS)
    rows = {r[0]: r[1:] for r in _cells(page.results)}
    session_id = page.session.currentData()
    with CallStore.open(main_window.store.path, actor="t") as store:
        full, partial = support.run_scenarios(
            store,
            session_id=session_id,
            scenarios=[page.editors[0].parameters(), page.editors[1].parameters()],
        )
    assert rows["Dossiers financés"] == [
        str(len(full.outcome.funded)),
        str(len(partial.outcome.funded)),
    ]
    assert page.results.columnCount() == 3
    # The demo's session is closed: applying is refused with the reason, nothing written.
    with CallStore.open(main_window.store.path, actor="t") as store:
        before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    page.apply(1)
    qtbot.waitUntil(lambda: "close" in page.message.text(), timeout=WAIT_MS)
    with CallStore.open(main_window.store.path, actor="t") as store:
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    window.close()


def test_reviews_tab_shows_the_history_of_the_visible_reviews(committee_window, qtbot) -> None:
    window = committee_window
    with CallStore.open(window.path, actor="t") as store:
        dossier_id, numero = store.conn.execute(
            "SELECT d.id, d.numero FROM dossiers d JOIN reviews r ON r.dossier_id = d.id "
            "WHERE r.state = 'submitted' ORDER BY d.id LIMIT 1"
        ).fetchone()
        expected = support.review_history(store, numero=numero)
    window.open_file()
    window.dossier_list.select_dossier(-1)
    tab = window.reviews_tab
    window.dossier_view.tabs.setCurrentWidget(tab)
    assert window.dossier_list.select_dossier(dossier_id)
    qtbot.waitUntil(lambda: "Historique des versions" in tab.browser.toPlainText(), timeout=WAIT_MS)
    assert "Changement" not in tab.browser.toPlainText()  # on demand only
    tab.browser.anchorClicked.emit(QUrl("ptce:history"))
    text = tab.browser.toPlainText()
    assert "Changement" in text
    assert expected and all(e.change in text for e in expected)
