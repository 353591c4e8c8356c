"""Every control of the main views has a name a screen reader can say (its accessible name, its
text, or the label it is the buddy of: what Qt's accessibility interface reports), and the
decision form is walked with Tab in the order a decision is taken."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle, open_and_wait

CONTROLS = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
    QAbstractItemView,
)  # fmt: skip


def unnamed(window: QWidget) -> list[str]:
    """The controls of `window` (every tab, shown or not) that have no accessible name; Qt's
    own parts (header views, a line edit's clear button, corner buttons) are left out."""
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or w.window() is not window:
            continue
        if isinstance(w, QHeaderView) or w.objectName().startswith("qt_"):
            continue
        if isinstance(w.parent(), QLineEdit | QComboBox | QAbstractSpinBox | QTabBar):
            continue
        interface = QAccessible.queryAccessibleInterface(w)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(w).__name__} « {w.objectName()} »")
    return found


def test_every_control_of_the_main_views_has_a_name(  # type: ignore[no-untyped-def]
    qtbot, gui_app, demo_call: Path, error_dialogs
) -> None:
    from ptce_desktop.gui.dialogs.new_session import NewSessionDialog
    from ptce_desktop.gui.dialogs.preferences import PreferencesDialog
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.gui.views import minutes_dialog
    from ptce_desktop.store.db import CallStore

    with CallStore.open(demo_call, actor="lecture") as store:
        rapporteur, dossier = store.conn.execute(
            "SELECT p.name, a.dossier_id FROM assignments a JOIN people p ON p.id = a.person_id "
            "ORDER BY a.dossier_id LIMIT 1"
        ).fetchone()
    window = MainWindow(user=rapporteur)
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, demo_call, error_dialogs)  # windows close when it comes
    window.dossier_list.select_dossier(dossier)
    qtbot.waitUntil(lambda: bool(window.scoring_dock.rows), timeout=WAIT_MS)
    window.open_sessions()
    views = {
        "fenêtre principale": window,
        "séances": window.session_window,
        "procès-verbal": minutes_dialog.open_minutes(window),
        "nouvelle séance": NewSessionDialog(window.store, window),
        "préférences": PreferencesDialog(window),
    }
    missing = {name: unnamed(view) for name, view in views.items()}
    assert not any(missing.values()), f"contrôles sans nom : {missing}"
    # The scoring grid's choices say which criterion and which score.
    row = next(iter(window.scoring_dock.rows.values()))
    assert row.criterion.label in row.buttons[0].accessibleName()
    close_when_idle(qtbot, window)


def test_the_decision_form_is_walked_in_order_with_tab(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.open_sessions()
    form = main_window.session_window.form
    order = [form.outcome, form.amount, *form.split.values(), form.propose, form.votes_for,
             form.votes_against, form.votes_abstain, form.casting, form.reasons,
             form.conditions, form.override, form.save]  # fmt: skip
    walked, w = [], form.outcome
    for _ in range(len(order) + 1):
        walked.append(w)
        w = w.nextInFocusChain()
        while w not in order and w is not form.outcome:
            w = w.nextInFocusChain()
        if w is form.outcome:
            break
    assert walked[: len(order)] == order
    main_window.session_window.close()
