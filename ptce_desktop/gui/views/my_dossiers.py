"""« Mes dossiers »: the list's filter for a rapporteur with assignments, set each time a call
is opened (kept apart from the people window, whose import brings the people sheet's reader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...services.review import my_assignments, whoami

if TYPE_CHECKING:
    from ..main_window import MainWindow


def refresh_my_dossiers(window: MainWindow) -> None:
    """« Mes dossiers » for a rapporteur with assignments, with their progress."""
    if window.store is None:
        return
    me = whoami(window.store)
    mine = my_assignments(window.store) if me.person and me.person.is_rapporteur else []
    window.dossier_list.set_mine(
        {a.dossier_id for a in mine} if mine else None,
        scored=sum(a.state == "soumise" for a in mine),
    )
