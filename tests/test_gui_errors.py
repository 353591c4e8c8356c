"""Errors as the user sees them: refusals by type, the unexpected as unexpected (#18)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ptce_desktop.gui import errors
from ptce_desktop.gui.views import people_window, session_window


def _click_when_shown(label: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, click)


def test_an_unexpected_error_is_shown_as_such_and_its_detail_copied(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()
    seen: list[str] = []
    _click_when_shown("Copier le détail", seen)
    try:
        {}["missing row"]
    except KeyError:
        errors._hook(*sys.exc_info())  # type: ignore[arg-type]
    assert seen and seen[0].startswith("Une erreur inattendue")
    assert "KeyError : 'missing row'" in seen[0]
    copied = QApplication.clipboard().text()
    assert copied.startswith("Erreur inattendue\n")
    assert "Traceback" in copied and "KeyError: 'missing row'" in copied


def test_a_refusal_shows_no_copy_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()
    seen: list[str] = []
    _click_when_shown("OK", seen)
    errors.show_error(None, "Séance", "quorum non atteint")
    assert seen == ["quorum non atteint"]
    assert QApplication.clipboard().text() == ""


@pytest.mark.parametrize("exc", [KeyError("id"), LookupError("x"), ValueError("x")])
def test_windows_do_not_take_a_bare_lookup_or_value_error_for_a_refusal(exc: Exception) -> None:
    for refused in (session_window.REFUSED, people_window.REFUSED):
        assert not isinstance(exc, refused)
