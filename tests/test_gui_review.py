"""The rapporteur's desk through the real widgets: the grid writes each change at once under
my name, survives a crash, refuses the recused, locks on submit; undo writes the file back;
annotations are added, searched and kept private; the reviews tab shows who may see what."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ptce_desktop.gui.views.annotations_dock import AnnotationsDock
from ptce_desktop.gui.views.scoring_dock import ScoringDock
from ptce_desktop.services import browse
from ptce_desktop.services import review as desk
from ptce_desktop.store.db import CallStore
from tests.gui_helpers import WAIT_MS
from tests.review_helpers import fresh_assignment, recused
from tests.test_gui_list import type_search, visible_rows


def become(qtbot, window, name: str, dossier_id: int) -> ScoringDock:  # type: ignore[no-untyped-def]
    """Work as `name` on `dossier_id`, as after Fichier > Changer d'identité."""
    window.store.actor = name
    window.dossier_list.select_dossier(-1)
    assert window.dossier_list.select_dossier(dossier_id)
    dock: ScoringDock = window.scoring_dock
    dock.show_dossier(dossier_id)
    return dock


def score_row(dock: ScoringDock, index: int):  # type: ignore[no-untyped-def]
    return list(dock.rows.values())[index]


def db_score(store: CallStore, dossier_id: int, criterion_id: int) -> float | None:
    return next(
        ln.score
        for ln in desk.open_grid(store, dossier_id).lines
        if ln.criterion.id == criterion_id
    )


def test_a_score_typed_in_the_grid_is_in_the_file_and_the_audit_log(qtbot, main_window) -> None:
    store = main_window.store
    name, dossier_id = fresh_assignment(store)
    dock = become(qtbot, main_window, name, dossier_id)
    assert dock.grid_pane.isVisibleTo(dock) and not dock.message.isVisibleTo(dock)
    row = score_row(dock, 0)
    row.buttons[0].setFocus()
    qtbot.keyClick(row.buttons[0], Qt.Key.Key_4)  # a digit on the focused row sets its score
    assert row.group.checkedId() == 4
    cid = row.criterion.id
    assert db_score(store, dossier_id, cid) == 4
    actor, action = store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE table_name = 'scores' ORDER BY id DESC"
    ).fetchone()
    assert actor == name and row.criterion.label in action and "4/5" in action
    assert "4 / 100" not in dock.total_label.text() and "provisoire" in dock.total_label.text()
    # Arrow keys move the score too, and each move is written. Qt moves between radio
    # buttons from the application's focus widget, so wait until the window has it.
    main_window.activateWindow()
    row.buttons[4].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.buttons[4], timeout=WAIT_MS)
    qtbot.keyClick(row.buttons[4], Qt.Key.Key_Right)
    assert db_score(store, dossier_id, cid) == 5

    # A crash right after a change: the connection dies without any save step; reopen.
    qtbot.keyClicks(row.comment, "Gouvernance claire")
    row.comment.editingFinished.emit()
    path = store.path
    store.conn.close()
    again = CallStore.open(path, actor=name)
    try:
        line = desk.open_grid(again, dossier_id).lines[0]
        assert (line.score, line.comment) == (5, "Gouvernance claire")
    finally:
        main_window.store = again  # the window closes it on teardown


def test_below_threshold_is_flagged_and_the_total_is_live(qtbot, main_window) -> None:
    name, dossier_id = fresh_assignment(main_window.store)
    dock = become(qtbot, main_window, name, dossier_id)
    row = next(r for r in dock.rows.values() if r.criterion.eliminatory_below)
    row.buttons[0].setFocus()
    qtbot.keyClick(row.buttons[0], Qt.Key.Key_0)
    assert "éliminatoire" in row.flag.text()
    assert "Note éliminatoire" in dock.total_label.text()
    for r in dock.rows.values():
        r.buttons[0].setFocus()
        qtbot.keyClick(r.buttons[0], Qt.Key.Key_5)
    assert "Total pondéré : <b>100,0 / 100</b>" in dock.total_label.text()
    assert "éliminatoire" not in row.flag.text()


def test_a_conflicted_person_cannot_open_the_grid(qtbot, main_window) -> None:
    store = main_window.store
    name, dossier_id = recused(store)
    before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    dock = become(qtbot, main_window, name, dossier_id)
    assert dock.message.isVisibleTo(dock) and "conflit d'intérêts" in dock.message.text()
    assert not dock.grid_pane.isVisibleTo(dock) and dock.grid is None
    qtbot.keyClick(dock, Qt.Key.Key_3)
    assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    main_window.dossier_view.tabs.setCurrentWidget(main_window.reviews_tab)  # filled when shown
    assert "conflit" in main_window.reviews_tab.browser.toPlainText()


def test_submit_locks_and_reopen_is_audited(qtbot, main_window, error_dialogs) -> None:
    store = main_window.store
    name, dossier_id = fresh_assignment(store)
    dock = become(qtbot, main_window, name, dossier_id)
    main_window.dossier_view.tabs.setCurrentWidget(main_window.reviews_tab)  # follows the dock
    assert "(vous)" not in main_window.reviews_tab.browser.toPlainText()
    score_row(dock, 0).buttons[3].click()
    qtbot.keyClick(dock.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dock.submit()  # a refused submit: the message, still a draft
    assert error_dialogs and "sans note" in error_dialogs[-1][1]
    assert desk.open_grid(store, dossier_id).state == "draft"
    for r in dock.rows.values():
        r.buttons[2].click()
    dock.submit()
    assert desk.open_grid(store, dossier_id).submitted
    assert not score_row(dock, 0).buttons[0].isEnabled() and dock.reopen_button.isVisibleTo(dock)
    assert "verrouillée" in dock.message.text()
    assert "(vous)" in main_window.reviews_tab.browser.toPlainText()
    dock.reopen()
    assert desk.open_grid(store, dossier_id).state == "draft"
    actor, action = store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE table_name = 'reviews' ORDER BY id DESC"
    ).fetchone()
    assert actor == name and action.startswith("réouverture de l'évaluation")
    assert score_row(dock, 0).buttons[0].isEnabled()


def test_undo_and_redo_write_the_file(qtbot, main_window) -> None:
    store = main_window.store
    name, dossier_id = fresh_assignment(store)
    dock = become(qtbot, main_window, name, dossier_id)
    row = score_row(dock, 1)
    row.buttons[2].click()
    row.buttons[4].click()
    cid = row.criterion.id
    undo = main_window.findChild(type(main_window.review_desk.undo_action), "actionUndo")
    assert undo.shortcut().toString() == "Ctrl+Z"
    undo.trigger()
    assert db_score(store, dossier_id, cid) == 2 and row.group.checkedId() == 2
    undo.trigger()
    assert db_score(store, dossier_id, cid) is None and row.group.checkedId() == -1
    main_window.review_desk.redo_action.trigger()
    assert db_score(store, dossier_id, cid) == 2
    # Annotations share the stack: undoing an added note deletes it from the file.
    notes: AnnotationsDock = main_window.annotations_dock
    notes.show_dossier(dossier_id)
    notes.editor.setPlainText("Relire le budget")
    notes.save()
    assert [n.body for n in desk.notes_for(store, dossier_id)] == ["Relire le budget"]
    undo.trigger()
    assert desk.notes_for(store, dossier_id) == []
    main_window.review_desk.redo_action.trigger()
    assert [n.body for n in desk.notes_for(store, dossier_id)] == ["Relire le budget"]


def test_annotations_searched_and_private_ones_hidden(qtbot, main_window) -> None:
    store = main_window.store
    name, dossier_id = fresh_assignment(store)
    become(qtbot, main_window, name, dossier_id)
    notes: AnnotationsDock = main_window.annotations_dock
    notes.show_dossier(dossier_id)
    notes.editor.setPlainText("Ressourcerie xylophone partagée")
    notes.shared_check.setChecked(True)
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    notes.editor.setPlainText("Mon doute zeppelin")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert notes.model.rowCount() == 2
    # The main list's search (FTS) finds the shared note, never the private one.
    type_search(qtbot, main_window, "xylophone")
    assert [r.id for r in visible_rows(main_window)] == [dossier_id]
    main_window.dossier_list.reset_filters()
    assert browse.search(store, "zeppelin") == set()
    # The dock's own search finds my private note; someone else sees only the shared one.
    qtbot.keyClicks(notes.search_edit, "zeppelin")
    qtbot.waitUntil(lambda: notes.searching and notes.model.rowCount() == 1, timeout=WAIT_MS)
    other = next(
        p for p in browse.people(store)
        if p.is_member and (p.id, dossier_id) not in set(desk.people_rows.conflicts(store))
    )  # fmt: skip
    store.actor = other.name
    notes.refresh()
    assert notes.model.rowCount() == 0
    notes.search_edit.clear()
    notes.refresh()
    assert [notes.model.record(i).body for i in range(notes.model.rowCount())] == [
        "Ressourcerie xylophone partagée"
    ]
    assert not notes.save_button.isEnabled() or notes.editing is None


def test_a_note_on_a_page_needs_a_page_shown(qtbot, main_window, error_dialogs) -> None:
    store = main_window.store
    name, dossier_id = fresh_assignment(store)
    become(qtbot, main_window, name, dossier_id)
    notes: AnnotationsDock = main_window.annotations_dock
    notes.target_combo.setCurrentIndex(1)
    notes.editor.setPlainText("Page à vérifier")
    notes.save()
    assert error_dialogs and "Aucune page affichée" in error_dialogs[-1][1]
    assert desk.notes_for(store, dossier_id) == []
