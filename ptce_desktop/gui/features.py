"""Screens that plug into the main window through its plug-in points.

Each entry names a module with `install(window: MainWindow) -> None`, which adds its menu
actions, docks or tabs. Keeping the list here lets a feature be added (or removed) with one
line, without touching the main window.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

FEATURES: tuple[str, ...] = (
    "views.scoring_dock",
    "views.annotations_dock",
    "views.reviews_tab",
    "views.import_dialog",
    "views.export_actions",
    "views.minutes_dialog",
    "views.compare_window",
    "views.charts",
    "dialogs.preferences",
)


def install_features(window: MainWindow) -> None:
    for name in FEATURES:
        import_module(f"{__package__}.{name}").install(window)
