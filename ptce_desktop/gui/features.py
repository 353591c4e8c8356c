"""Screens that plug into the main window through its plug-in points.

Each entry names a function `install(window: MainWindow) -> None` (module.function, relative
to this package), which adds the screen's menu actions, docks or tabs. Keeping the list here
lets a feature be added (or removed) with one line, without touching the main window.

Start-up stays quick: the docks and tabs shown in the first window are built at once, every
other screen only puts its actions in place (feature_actions.py) and is imported when one of
them is first triggered (`later`).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow

FEATURES: tuple[str, ...] = (
    "views.scoring_dock.install",
    "views.annotations_dock.install",
    "views.reviews_tab.install",
    "feature_actions.import_dialog",
    "feature_actions.ds_import_dialog",
    "feature_actions.export_actions",
    "feature_actions.minutes_dialog",
    "feature_actions.compare_window",
    "feature_actions.charts",
    "feature_actions.call_settings_dialog",
    "feature_actions.assignment_window",
    "feature_actions.people_window",
    "feature_actions.decision_support_window",
    "feature_actions.package_actions",
    "feature_actions.preferences",
)


def call_menu(window: MainWindow) -> QMenu:
    """The menu « Appel » (the call's settings, its people, assignment), made on first use,
    before « Aide »."""
    menu = window.menuBar().findChild(QMenu, "menuCall")
    if menu is None:
        menu = QMenu("App&el", window.menuBar())
        menu.setObjectName("menuCall")
        help_menu = window.menuBar().findChild(QMenu, "menuHelp")
        if help_menu is None:
            window.menuBar().addMenu(menu)
        else:
            window.menuBar().insertMenu(help_menu.menuAction(), menu)
    return menu


def later(module: str, function: str) -> Callable[..., Any]:
    """`function` of the module `module` (relative to this package), imported at the first
    call: a screen's code, and the libraries it works with, load when first asked for."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(import_module(f"{__package__}.{module}"), function)(*args, **kwargs)

    return call


def install_features(window: MainWindow) -> None:
    for name in FEATURES:
        module, _, function = name.rpartition(".")
        later(module, function)(window)
