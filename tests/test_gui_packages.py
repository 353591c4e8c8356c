"""Rapporteur mode through the real window: open a package, score in the scoring dock, send the
return back, and the secretariat's window imports it with a summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.gui.views import package_actions
from ptce_desktop.gui.views.package_dialogs import PrepareDialog
from ptce_desktop.services import packages
from ptce_desktop.services import review as desk
from ptce_desktop.services.demo import make_demo
from ptce_desktop.store.db import CallStore
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle, open_and_wait
from tests.package_helpers import PASSPHRASE, three_rapporteurs

pytestmark = pytest.mark.usefixtures("cheap_scrypt")


def test_open_a_package_score_and_send_it_back(
    qtbot, gui_app, tmp_path: Path, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "appel.ptce"
    make_demo(path, dossiers=6, stage="review", actor="Secrétariat").close()
    who = three_rapporteurs(path)[0]
    pkg = tmp_path / "paquet.ptcepkg"
    with CallStore.open(path, actor="Secrétariat") as store:
        packages.export_package(store, rapporteur=who.id, out=pkg, passphrase=PASSPHRASE)

    window = MainWindow()
    add_main_window(qtbot, window)
    window.show()
    package_actions.open_package_file(window, pkg, PASSPHRASE)
    qtbot.waitUntil(lambda: window.store is not None or bool(error_dialogs), timeout=WAIT_MS)
    assert not error_dialogs
    qtbot.waitUntil(
        lambda: window.action("actionSendBack").isEnabled() and window.tasks.idle, timeout=WAIT_MS
    )
    assert window.store.actor == who.name and "mode rapporteur" in window.windowTitle()
    assert not window.action("actionIdentity").isEnabled()  # identity fixed to the rapporteur
    badge = window.findChild(QLabel, "rapporteurBadge")
    assert badge.isVisible() and "aucun retour" in badge.text()
    assert (
        window.dossier_list.visible_count()
        == window.store.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        < 6
    )  # only their dossiers

    dossier_id = who.fresh[0]
    assert window.dossier_list.select_dossier(dossier_id)
    dock = window.scoring_dock
    dock.show_dossier(dossier_id)
    row = next(iter(dock.rows.values()))
    row.buttons[0].setFocus()
    qtbot.keyClick(row.buttons[0], Qt.Key.Key_3)
    grid = desk.open_grid(window.store, dossier_id)
    assert grid.lines[0].score == 3

    out = tmp_path / "retour.ptcepkg"
    package_actions.send_back(window, out)
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "dernier retour n° 1" in badge.text(), timeout=WAIT_MS)
    assert not error_dialogs

    # The secretariat's window: Fichier > Importer > Retour d'un rapporteur…
    open_and_wait(qtbot, window, path, error_dialogs)
    package_actions.import_returns(window, [out], {out: PASSPHRASE})
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "returnsSummary") is not None,
                    timeout=WAIT_MS)  # fmt: skip
    summary = window.findChild(QMessageBox, "returnsSummary")
    assert "1 ajouté" in summary.text()
    summary.close()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    with CallStore.open(path, actor=who.name) as store:
        assert desk.open_grid(store, dossier_id).lines[0].score == 3
        assert store.conn.execute("SELECT count(*) FROM package_returns").fetchone()[0] == 1
    close_when_idle(qtbot, window)


def test_the_prepare_dialog_proposes_a_passphrase_of_seven_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PrepareDialog([(1, "Anne", 2), (2, "Paul", 3)], None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert len(dialog.phrase.text().split()) == 7
    assert len(dialog.chosen()) == 2  # « Tous les rapporteurs » first
    phrases = {p for _, _, p in dialog.chosen()}
    assert len(phrases) == 2  # each rapporteur their own
    dialog.who.setCurrentIndex(2)
    assert dialog.chosen() == [(2, "Paul", dialog.phrase.text())]


def test_the_returns_summary_says_when_a_note_was_changed_on_both_sides(
    qtbot, gui_app, tmp_path: Path, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "appel.ptce"
    make_demo(path, dossiers=6, stage="review", actor="Secrétariat").close()
    who = three_rapporteurs(path)[0]
    with CallStore.open(path, actor=who.name) as office:
        note = desk.add_note(office, who.fresh[0], "Première idée")
        packages.export_package(
            office, rapporteur=who.id, out=tmp_path / "p.ptcepkg", passphrase=PASSPHRASE
        )
    opened = packages.open_package(
        tmp_path / "p.ptcepkg", passphrase=PASSPHRASE, workdir=tmp_path / "portable"
    )
    out = tmp_path / "retour.ptcepkg"
    with CallStore.open(opened.call_file, actor=who.name) as laptop:
        desk.edit_note(laptop, note, body="Idée du portable", shared=False)
        packages.make_return(laptop, out=out, passphrase=PASSPHRASE)
    with CallStore.open(path, actor=who.name) as office:
        desk.edit_note(office, note, body="Idée du bureau", shared=False)

    window = MainWindow(user="Secrétariat")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, path, error_dialogs)
    package_actions.import_returns(window, [out], {out: PASSPHRASE})
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "returnsSummary") is not None,
                    timeout=WAIT_MS)  # fmt: skip
    summary = window.findChild(QMessageBox, "returnsSummary")
    assert "1 modifié(s) des deux côtés (les deux versions gardées)" in summary.text()
    assert "  en double : annotation sur" in summary.detailedText()
    summary.close()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    with CallStore.open(path, actor="x") as store:
        bodies = {r[0] for r in store.conn.execute("SELECT body FROM annotations")}
    assert "Idée du bureau" in bodies
    assert f"« Version du rapporteur » (retour n° 1 de {who.name})\nIdée du portable" in bodies
    close_when_idle(qtbot, window)
