"""Access keys (the underlined letter of « &Enregistrer ») are unique among what a window
shows at once, in French and in English: two widgets with the same letter make Alt+letter
cycle between them instead of acting. The people window, the densest, is checked here."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from ptce_desktop.gui.setup import configure_application
from ptce_desktop.gui.views.people_window import open_people_window


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Each access key of the buttons, buddied labels and tabs `window` shows, with the texts
    that carry it."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.buddy() is not None
    ]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain:
            keys[plain[plain.index("&") + 1].lower()].append(text)
    return keys


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_people_window_has_no_access_key_twice(main_window, qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    configure_application(qapp, lang=lang)
    try:
        window = open_people_window(main_window)
        assert window is not None
        keys = access_keys(window)
        assert len(keys) >= 15  # the check sees the window's widgets
        assert {k: v for k, v in keys.items() if len(v) > 1} == {}
        window.close()
    finally:
        configure_application(qapp, lang="fr")
