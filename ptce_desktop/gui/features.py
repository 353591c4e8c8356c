"""Screens that plug into the main window through its plug-in points.

Each entry names a module with `install(window: MainWindow) -> None`, which adds its menu
actions, docks or tabs. Keeping the list here lets a feature be added (or removed) with one
line, without touching the main window.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow

FEATURES: tuple[str, ...] = (
    "views.scoring_dock",
    "views.annotations_dock",
    "views.reviews_tab",
    "views.import_dialog",
    "views.ds_import_dialog",
    "views.export_actions",
    "views.minutes_dialog",
    "views.compare_window",
    "views.charts",
    "views.call_settings_dialog",
    "views.assignment_window",
    "views.people_window",
    "views.decision_support_window",
    "views.package_actions",
    "dialogs.preferences",
)


def call_menu(window: MainWindow) -> QMenu:
    """The menu « Appel » (the call's settings, its people, assignment), made on first use,
    before « Aide »."""
    menu = window.menuBar().findChild(QMenu, "menuCall")
    if menu is None:
        menu = QMenu("A&ppel", window.menuBar())
        menu.setObjectName("menuCall")
        help_menu = window.menuBar().findChild(QMenu, "menuHelp")
        if help_menu is None:
            window.menuBar().addMenu(menu)
        else:
            window.menuBar().insertMenu(help_menu.menuAction(), menu)
    return menu


def install_features(window: MainWindow) -> None:
    for name in FEATURES:
        import_module(f"{__package__}.{name}").install(window)
