"""The dossier view fills the tab in sight when a dossier is chosen, and each other tab when it
is chosen in turn, always with the dossier shown at that moment."""

from __future__ import annotations

from ptce_desktop.services import browse


def test_only_the_tab_in_sight_is_filled_and_each_other_when_chosen(main_window) -> None:
    view, lst = main_window.dossier_view, main_window.dossier_list
    first, second = (lst.model.row_at(i).id for i in (0, 1))
    expected = browse.dossier_file(main_window.store, second)
    view.tabs.setCurrentWidget(view.summary)
    lst.select_dossier(first)
    lst.select_dossier(second)
    assert expected.dossier.lead_name in view.summary.browser.toPlainText()
    before = list(view.eligibility.model.records)
    assert before != list(expected.rules)  # not filled for the second dossier yet
    view.tabs.setCurrentWidget(view.eligibility)
    assert list(view.eligibility.model.records) == list(expected.rules)
    # Back to a tab filled earlier: it shows the dossier now in sight, not the one it had.
    lst.select_dossier(first)
    view.tabs.setCurrentWidget(view.summary)
    lead = browse.dossier_file(main_window.store, first).dossier.lead_name
    assert lead in view.summary.browser.toPlainText()
