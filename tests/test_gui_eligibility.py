"""Eligibility overrides through the real dialog: refused without a justification, stored,
audit-logged and shown with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ptce_desktop.gui.dialogs.override import OverrideDialog
from ptce_desktop.gui.views.dossier_view import TAB_ELIGIBILITY
from ptce_desktop.services import browse


def _dossier_failing_one_rule(window) -> tuple[int, str]:
    for row in window.dossier_list.model.rows:
        if row.eligible is False:
            failed = [r for r in browse.rules_for(window.store, row.id) if not r.effective]
            if len(failed) == 1:
                return row.id, failed[0].rule
    raise AssertionError("the demo should hold a dossier failing exactly one rule")


def _open_override_dialog(qtbot, window, rule: str) -> OverrideDialog:
    view = window.dossier_view
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    view.eligibility.select_rule(rule)
    qtbot.mouseClick(view.eligibility.override_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(OverrideDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _click_ok(qtbot, dialog: OverrideDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_override_needs_a_written_justification(qtbot, main_window) -> None:
    dossier_id, rule = _dossier_failing_one_rule(main_window)
    assert main_window.dossier_list.select_dossier(dossier_id)
    before = browse.rule_audit_trail(main_window.store, dossier_id, rule)
    dialog = _open_override_dialog(qtbot, main_window, rule)
    assert dialog.pass_radio.isChecked()  # a failed rule: the likely override is "met"

    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "justifiée" in dialog.error_label.text()
    assert browse.rule_audit_trail(main_window.store, dossier_id, rule) == before
    assert not any(r.overridden for r in browse.rules_for(main_window.store, dossier_id))

    reason = "Attestation d'adhésion reçue le 12 septembre, jointe au dossier."
    dialog.reason_edit.setPlainText(reason)
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Stored, with who and when...
    stored = {r.rule: r for r in browse.rules_for(main_window.store, dossier_id)}[rule]
    assert stored.override_passed is True and stored.override_reason == reason
    assert stored.override_by == "Testeur" and stored.override_at
    # ... sealed in the audit log under the user's name ...
    trail = browse.rule_audit_trail(main_window.store, dossier_id, rule)
    assert len(trail) == len(before) + 1
    assert trail[-1]["actor"] == "Testeur" and "dérogation" in trail[-1]["action"]
    assert trail[-1]["hash"]  # sealed in the hash chain
    # ... and shown wherever the result is: rule table, header, list, history.
    tab = main_window.dossier_view.eligibility
    marked = [i for i in range(tab.model.rowCount()) if tab.model.index(i, 3).data() == "oui"]
    assert len(marked) == 1
    assert reason in tab.model.index(marked[0], 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Testeur" in tab.model.index(marked[0], 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Testeur" in tab.detail_label.text() and "accordée par" in tab.detail_label.text()
    assert "dérogation" in main_window.dossier_view.badges_label.text()
    row = main_window.dossier_list.model.rows[main_window.dossier_list.model.row_of(dossier_id)]
    assert row.eligible is True and row.overrides == 1
    shown = main_window.dossier_list.model.index(
        main_window.dossier_list.model.row_of(dossier_id), 4
    )
    assert shown.data() == "éligible (dérog.)"
    history = [
        main_window.history_model.record(i) for i in range(main_window.history_model.rowCount())
    ]
    assert history[0].actor == "Testeur" and history[0].what == "éligibilité"


def test_cancelled_override_writes_nothing(qtbot, main_window) -> None:
    dossier_id, rule = _dossier_failing_one_rule(main_window)
    main_window.dossier_list.select_dossier(dossier_id)
    before = browse.rule_audit_trail(main_window.store, dossier_id, rule)
    dialog = _open_override_dialog(qtbot, main_window, rule)
    dialog.reason_edit.setPlainText("Une justification assez longue mais abandonnée.")
    dialog.reject()
    QApplication.processEvents()
    assert browse.rule_audit_trail(main_window.store, dossier_id, rule) == before


def test_wrapped_reasons_are_measured_when_the_tab_shows(qtbot, main_window) -> None:
    """Shown while another tab is in front, a dossier's rules get their heights once the
    eligibility tab comes to the front: long reasons wrap instead of being cut."""
    view = main_window.dossier_view
    view.tabs.setCurrentIndex(0)
    main_window.dossier_view.eligibility.table.setColumnWidth(2, 120)  # narrow: reasons wrap
    dossier_id, _rule = _dossier_failing_one_rule(main_window)
    assert main_window.dossier_list.select_dossier(dossier_id)
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    table = view.eligibility.table
    heights = [table.rowHeight(i) for i in range(table.model().rowCount())]
    table.resizeRowsToContents()
    assert heights == [table.rowHeight(i) for i in range(len(heights))]
    assert max(heights) > min(heights)  # a wrapped reason made its row taller
