"""The status bar's « Mode rapporteur » badge and what a working copy changes in the window,
set each time a call is opened: light on purpose (no package code, no cryptography), since it
runs on the GUI thread at every opening."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ...services.package_origin import Origin, origin_of
from ..uiloader import child

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate


def rapporteur_mode(window: MainWindow) -> None:
    """A working copy: identity fixed, « Renvoyer » on, and the title and status bar say so."""
    origin = origin_of(window.store) if window.store else None
    window.action("actionSendBack").setEnabled(origin is not None)
    window.action("actionIdentity").setEnabled(origin is None)
    if origin is not None and window.store is not None:
        window.setWindowTitle(
            window.windowTitle()
            + translate("PackageActions", " — mode rapporteur ({actor})").format(
                actor=window.store.actor
            )
        )
    show_badge(window, origin)


def show_badge(window: MainWindow, origin: Origin | None) -> None:
    badge = child(window, QLabel, "rapporteurBadge")
    badge.setVisible(origin is not None)
    if origin is not None:
        sent = (
            translate("PackageActions", "dernier retour n° {n}").format(n=origin.last_return)
            if origin.last_return
            else translate("PackageActions", "aucun retour")
        )
        badge.setText(
            "  "
            + translate(
                "PackageActions", "Mode rapporteur · {sent} · Renvoyer : Ctrl+Alt+R"
            ).format(sent=sent)
            + "  "
        )
        badge.setToolTip(
            translate(
                "PackageActions",
                "Copie de travail hors ligne (paquet édition {edition}). "
                "Fichier > Renvoyer au secrétariat écrit le retour à lui remettre.",
            ).format(edition=origin.edition)
        )
