"""Every version of one person's reviews a call file held, replayed from its audit log: what a
package's return compares so that a review is updated only where the rapporteur changed it.

A version is a review as a return carries it (state, opinion, summary, scores by criterion
code), taken after each logged change to the review or one of its scores. The log marks no
transaction boundary, so the states in the middle of one (a review written score by score) are
versions too: a version is never missed, at the price of a few that only ever lasted a moment.
"""

from __future__ import annotations

import json
from typing import Any

from .db import CallStore
from .package_returns import REVIEW_FIELDS


def review_version(review: dict[str, Any]) -> dict[str, Any]:
    """The part of a review both sides compare."""
    scores = {code: list(value) for code, value in review["scores"].items()}
    return {**{k: review.get(k) for k in REVIEW_FIELDS}, "scores": scores}


def review_histories(store: CallStore, *, person_id: int) -> dict[int, list[dict[str, Any]]]:
    """dossier id -> every version of `person_id`'s review of it, oldest first."""
    codes = {cid: code for cid, code in store.conn.execute("SELECT id, code FROM criteria")}
    reviews: dict[int, dict[str, Any]] = {}  # review id -> its row as the log last said
    scores: dict[int, dict[str, list[Any]]] = {}  # review id -> code -> [score, comment]
    found: dict[int, list[dict[str, Any]]] = {}
    cursor = store.conn.execute(
        "SELECT table_name, operation, before, after FROM audit_log "
        "WHERE table_name IN ('reviews', 'scores') ORDER BY id"
    )
    for table, operation, before, after in cursor:
        state = json.loads(after or before)
        if table == "reviews":
            review_id = state["id"]
            if operation == "delete":
                reviews.pop(review_id, None)
            else:
                reviews[review_id] = state
        else:
            review_id = state["review_id"]
            review_scores = scores.setdefault(review_id, {})
            code = codes.get(state["criterion_id"], str(state["criterion_id"]))
            if operation == "delete":
                review_scores.pop(code, None)
            else:
                review_scores[code] = [state["score"], state["comment"]]
        row = reviews.get(review_id)
        if row is None or row["person_id"] != person_id:
            continue
        version = review_version({**row, "scores": scores.get(review_id, {})})
        versions = found.setdefault(row["dossier_id"], [])
        if version not in versions:
            versions.append(version)
    return found
