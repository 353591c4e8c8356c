"""Set-ups shared by the side-by-side tests: scores chosen by the test on a demo dossier."""

from __future__ import annotations

from ptce_desktop.services import call_settings
from ptce_desktop.services.session_data import ranking
from ptce_desktop.store.db import CallStore


def envelope_for_half_the_demand(store: CallStore) -> None:
    """An envelope that funds about half the ranked dossiers (the funders' shares scaled
    alike), whatever the demo's draw: the cut-off falls inside the ranking."""
    call = call_settings.current(store)
    demand = sum(e.amount for e in ranking(store) if e.rank is not None)
    envelope = float(round(demand / 2, -3))
    for f in call.funders:
        f.amount = float(round(f.amount * envelope / call.envelope, -3))
    call.funders[-1].amount = envelope - sum(f.amount for f in call.funders[:-1])
    call.envelope = envelope
    call_settings.apply(store, call)


def two_review_dossier(store: CallStore, skip: int = 0) -> int:
    """The id of a dossier with exactly two submitted reviews (the `skip`-th one)."""
    rows = store.conn.execute(
        "SELECT dossier_id FROM reviews WHERE state = 'submitted' GROUP BY dossier_id "
        "HAVING count(*) = 2 ORDER BY dossier_id"
    ).fetchall()
    return rows[skip][0]


def set_scores(store: CallStore, dossier_id: int, by_code: dict[str, tuple[float, float]]) -> None:
    """Give the two submitted reviews of a dossier these scores (criterion code -> (first,
    second), reviews in author order); every other criterion gets 3 from both."""
    reviews = [
        r[0]
        for r in store.conn.execute(
            "SELECT r.id FROM reviews r JOIN people p ON p.id = r.person_id "
            "WHERE r.dossier_id = ? AND r.state = 'submitted' ORDER BY p.name, r.id",
            (dossier_id,),
        )
    ]
    assert len(reviews) == 2
    criteria = store.conn.execute("SELECT id, code FROM criteria").fetchall()
    with store.transaction("test : notes choisies"):
        for criterion_id, code in criteria:
            pair = by_code.get(code, (3, 3))
            for review_id, score in zip(reviews, pair, strict=True):
                store.conn.execute(
                    "UPDATE scores SET score = ? WHERE review_id = ? AND criterion_id = ?",
                    (score, review_id, criterion_id),
                )
