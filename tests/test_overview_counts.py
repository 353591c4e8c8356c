"""The window's counts come partly from the list's rows: they must be those of `ptce stats`."""

from __future__ import annotations

from pathlib import Path

from ptce_desktop.services import browse
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.stats import stats


def test_overview_counts_are_the_stats(demo_call: Path) -> None:
    with CallStore.open(demo_call, actor="test") as store:
        with store.transaction("une dérogation et une inéligibilité"):
            store.conn.execute(
                "UPDATE eligibility_results SET passed = 0 WHERE dossier_id = 1 AND rule = "
                "(SELECT min(rule) FROM eligibility_results WHERE dossier_id = 1)"
            )
            store.conn.execute("DELETE FROM eligibility_results WHERE dossier_id = 2")
        overview = browse.call_overview(store)
        expected = stats(store)
    assert overview.counts == expected
    assert list(overview.counts) == list(expected)  # same order, for the status bar
    assert expected["ineligible"] > 0 and expected["eligible"] + expected["ineligible"] == (
        expected["dossiers"] - 1
    )
