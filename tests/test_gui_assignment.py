"""« Attribution des dossiers » through the real widgets: a click assigns in the file, Space
unassigns, conflicts are greyed and refuse, the automatic assignment previews then writes in
one transaction, and a grid goes out and comes back in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

from ptce_desktop.gui.views import assignment_window as aw
from ptce_desktop.services.browse import SECRETARIAT
from ptce_desktop.store.db import CallStore
from tests.assignment_helpers import pairs
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle, open_and_wait


@pytest.fixture
def window(qtbot, gui_app, assignment_call: Path, error_dialogs) -> Iterator:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.main_window import MainWindow

    main = MainWindow(user=SECRETARIAT)
    add_main_window(qtbot, main)
    main.show()
    open_and_wait(qtbot, main, assignment_call, error_dialogs)
    assert not error_dialogs
    main.menuBar().findChild(QMenu, "menuCall").actions()  # the menu exists
    main.action("actionAssignment").trigger()
    win = main.assignment_window
    qtbot.addWidget(win)
    yield win
    win.changed = False  # no re-reading of the call on the way out
    win.close()
    close_when_idle(qtbot, main)


def written(path: Path) -> set[tuple[int, int, str]]:
    with CallStore.open(path, actor="test") as store:
        return pairs(store)


def click(qtbot, win, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    table = win.table
    rect = table.visualRect(win.model.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_assigns_in_the_file_and_space_unassigns(qtbot, window, error_dialogs) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    assert model.rowCount() == 9 and model.columnCount() == 1 + 5
    header = model.headerData(3, Qt.Orientation.Horizontal)
    assert header.endswith("0 dossier")
    assert model.headerData(1, Qt.Orientation.Vertical).startswith("PTCE-2013-002  ")
    window.table.scrollTo(model.index(1, 3))
    click(qtbot, window, 1, 3)
    dossier, person = model.dossier(1).id, model.rapporteur(3).id
    assert written(window.path) == {(dossier, person, "manual")}
    assert model.headerData(3, Qt.Orientation.Horizontal).endswith("1 dossier")
    assert model.index(1, 0).data() == "1/2"
    assert model.index(1, 3).data() == "✓"
    window.table.setFocus()
    window.table.setCurrentIndex(model.index(1, 3))
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert written(window.path) == set()
    assert not error_dialogs


def test_a_conflict_is_greyed_and_never_assigned(qtbot, window, error_dialogs) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    anne = next(c for c in range(1, model.columnCount())
                if model.rapporteur(c).email == "anne@exemple.fr")  # fmt: skip
    index = model.index(0, anne)
    assert model.is_conflict(index)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert index.data() == "conflit"
    assert "administratrice d'un membre" in index.data(Qt.ItemDataRole.ToolTipRole)
    click(qtbot, window, 0, anne)
    window.toggle(index)  # even asked directly
    assert written(window.path) == set()
    assert not error_dialogs


def test_automatic_assignment_previews_then_writes(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = {}

    def run(dialog: aw.AutoAssignDialog) -> int:
        seen["first"] = dialog.summary.text()
        dialog.per_dossier.setValue(3)
        dialog.avoid_region.setChecked(True)
        seen["rows"] = dialog.added_model.rowCount()
        seen["summary"] = dialog.summary.text()
        assert dialog.apply_button.isEnabled()
        assert written(window.path) == set()  # a preview writes nothing
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(aw.AutoAssignDialog, "exec", run)
    qtbot.mouseClick(window.auto_button, Qt.MouseButton.LeftButton)
    assert "18 attribution(s) à ajouter" in seen["first"]
    assert seen["rows"] == 27 and "27 attribution(s) à ajouter" in seen["summary"]
    assert "Tous les rapporteurs sont reliés" in seen["summary"]
    rows = written(window.path)
    assert len(rows) == 27 and {m for _, _, m in rows} == {"automatic"}
    # Three each, over the call's own two per dossier.
    assert all(window.model.index(r, 0).data() == "3/2" for r in range(9))
    with CallStore.open(window.path, actor="test") as store:
        actions = {r[0] for r in store.conn.execute(
            "SELECT action FROM audit_log WHERE table_name = 'assignments'")}  # fmt: skip
    assert actions == {"répartition automatique : 27 attribution(s)"}
    # Everything assigned: the dialog has nothing to apply.
    monkeypatch.setattr(
        aw.AutoAssignDialog, "exec",
        lambda d: seen.update(again=d.apply_button.isEnabled()) or QDialog.DialogCode.Rejected,
    )  # fmt: skip
    window.auto_assign()
    assert seen["again"] is False


def test_grid_export_and_import_from_the_window(
    qtbot, window, tmp_path: Path, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    main = window.main
    column = 1
    for row in range(2):
        click(qtbot, window, row + 1, column)
    person = window.model.rapporteur(column)
    out = tmp_path / "grille.xlsx"
    aw.export_grid_to(main, person.id, out)
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    wb = openpyxl.load_workbook(out)
    ws = wb["grille"]
    ws["C3"] = 9  # off the scale
    wb.save(out)
    aw.import_grid_from(main, out, submit=False)
    qtbot.waitUntil(lambda: bool(error_dialogs), timeout=WAIT_MS)
    title, message = error_dialogs[0]
    assert title == "Importer une grille remplie" and "rien n'a été écrit" in message
    ws["C3"] = 4
    wb.save(out)
    error_dialogs.clear()
    aw.import_grid_from(main, out, submit=False)
    qtbot.waitUntil(lambda: "1 évaluation(s) modifiée(s)" in main.statusBar().currentMessage(),
                    timeout=WAIT_MS)  # fmt: skip
    assert not error_dialogs
    with CallStore.open(window.path, actor="test") as store:
        assert store.conn.execute("SELECT score FROM scores").fetchall() == [(4.0,)]
    qtbot.waitUntil(lambda: not main.tasks.busy, timeout=WAIT_MS)  # the call re-read


def test_the_window_fits_a_small_screen(window) -> None:  # type: ignore[no-untyped-def]
    assert window.width() <= 1366 and window.height() <= 768
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
