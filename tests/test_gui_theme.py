"""Préférences > high contrast and text size, through the dialog's widgets: saved, applied to
the whole application at once (palette, font), and the inks that were soft colours on white
(an ineligible dossier's failed rules in dark red) turn bright on black."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ptce_desktop.gui import settings as prefs
from ptce_desktop.gui import theme
from ptce_desktop.gui.dialogs.preferences import PreferencesDialog
from ptce_desktop.gui.setup import apply_look
from ptce_desktop.gui.views.dossier_view import badges_html
from ptce_desktop.services import browse
from ptce_desktop.store.db import CallStore


@pytest.fixture
def standard_look(qapp: QApplication) -> Iterator[QApplication]:
    """Every test starts and ends in the standard look (QSettings are a throwaway folder)."""
    prefs.set_look(language="fr", high_contrast=False, text_points=prefs.DEFAULT_POINTS)
    apply_look(qapp)
    yield qapp
    prefs.set_look(language="fr", high_contrast=False, text_points=prefs.DEFAULT_POINTS)
    apply_look(qapp)


def _ineligible_badges(path: Path) -> str:
    with CallStore.open(path, actor="test") as store:
        for row in browse.list_rows(store):
            f = browse.dossier_file(store, row.id)
            if f.eligible is False:
                return badges_html(f)
    raise AssertionError("la démo n'a pas de dossier inéligible")


def test_high_contrast_and_text_size_from_the_dialog(qtbot, standard_look, demo_call) -> None:  # type: ignore[no-untyped-def]
    app = standard_look
    assert not theme.high_contrast()
    assert "color:#b3261e" in _ineligible_badges(demo_call)

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert not dialog.contrast.isChecked() and dialog.points.value() == prefs.DEFAULT_POINTS
    dialog.contrast.setChecked(True)
    dialog.points.setValue(14)
    dialog.accept()

    assert prefs.high_contrast() and prefs.text_points() == 14  # saved for the next start
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert app.font().pointSize() == 14
    assert theme.high_contrast() and theme.ink("#444444") == theme.HIGH_CONTRAST_INK
    badges = _ineligible_badges(demo_call)
    assert f"color:{theme.HIGH_CONTRAST_ACCENT}" in badges and "#b3261e'>" not in badges


def test_cancel_changes_nothing(qtbot, standard_look) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.contrast.setChecked(True)
    dialog.points.setValue(20)
    dialog.reject()
    assert not prefs.high_contrast() and prefs.text_points() == prefs.DEFAULT_POINTS
    assert not theme.high_contrast() and standard_look.font().pointSize() == prefs.DEFAULT_POINTS


def test_an_eliminatory_score_stays_readable_in_high_contrast(  # type: ignore[no-untyped-def]
    qtbot, standard_look, main_window
) -> None:
    from PySide6.QtCore import Qt

    from tests.review_helpers import fresh_assignment
    from tests.test_gui_review import become

    prefs.set_look(language="fr", high_contrast=True, text_points=prefs.DEFAULT_POINTS)
    apply_look(standard_look)
    name, dossier_id = fresh_assignment(main_window.store)
    dock = become(qtbot, main_window, name, dossier_id)
    row = next(r for r in dock.rows.values() if r.criterion.eliminatory_below)
    row.buttons[0].setFocus()
    qtbot.keyClick(row.buttons[0], Qt.Key.Key_0)
    assert "éliminatoire" in row.flag.text()
    # White text stays on black (no soft red behind it); the warnings are yellow, not dark red.
    assert "background: #000000" in row.styleSheet() and "#fdecea" not in row.styleSheet()
    assert theme.HIGH_CONTRAST_ACCENT in row.styleSheet()
    assert f"color: {theme.HIGH_CONTRAST_ACCENT}" in row.flag.styleSheet()
    assert f"color:{theme.HIGH_CONTRAST_ACCENT}" in dock.total_label.text()
