"""Errors as the user sees them: refusals by type, the unexpected as unexpected (#18)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ptce_desktop.gui import errors
from ptce_desktop.gui.views import people_window, session_window


def _click_when_shown(label: str, seen: list[str], tries: int = 100) -> None:
    """Click `label` on the modal box once it shows; gives up after `tries` (no stray timer)."""

    def click(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == label).click()
        elif left:
            QTimer.singleShot(20, lambda: click(left - 1))

    QTimer.singleShot(0, lambda: click(tries))


def test_an_unexpected_error_is_shown_as_such_with_its_traceback(monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, t, m, d="": shown.append((t, m, d)))
    try:
        {}["missing row"]
    except KeyError:
        errors._hook(*sys.exc_info())  # type: ignore[arg-type]
    [(title, message, details)] = shown
    assert title == "Erreur inattendue"
    assert message.startswith("Une erreur inattendue") and "KeyError : 'missing row'" in message
    assert "Traceback" in details and "KeyError: 'missing row'" in details


def test_the_detail_of_an_error_can_be_copied(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()
    seen: list[str] = []
    _click_when_shown("Copier le détail", seen)
    errors.show_error(None, "Erreur inattendue", "Une erreur", "Traceback: KeyError")
    assert seen == ["Une erreur"]
    assert QApplication.clipboard().text() == "Erreur inattendue\nUne erreur\n\nTraceback: KeyError"


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
