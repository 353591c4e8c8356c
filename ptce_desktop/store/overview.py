"""Read-only queries behind the GUI's dossier list, search and history panes."""

from __future__ import annotations

import re
from typing import Any

from .db import CallStore

# One pass over each table, aggregated per dossier, then joined: per-row correlated subqueries
# over the views would recompute them for every dossier. The score is the domain's rule
# (scoring.aggregate): the weighted score of each criterion's mean over the complete submitted
# reviews, means rounded to 2 decimals first. One column per criterion (the grid has a handful)
# lets SQLite group scores by review in index order, with no sort of every score.
_LIST_SQL = """
WITH elig AS (
    SELECT dossier_id, min(coalesce(override_passed, passed)) AS eligible,
           sum(override_passed IS NOT NULL) AS overrides
    FROM eligibility_results {elig_where} GROUP BY dossier_id
),
per_review AS (
    SELECT r.dossier_id, {per_review}
    FROM reviews r JOIN scores s ON s.review_id = r.id
    WHERE r.state = 'submitted' AND r.set_aside = 0 {review_where}
    GROUP BY r.id HAVING count(s.score) = {n}
),
means AS (SELECT dossier_id, {means} FROM per_review GROUP BY dossier_id),
done AS (
    SELECT dossier_id, count(*) AS n FROM reviews
    WHERE state = 'submitted' AND set_aside = 0 {done_where} GROUP BY dossier_id
),
expected AS (SELECT dossier_id, count(*) AS n FROM assignments {done_where0} GROUP BY dossier_id),
decision AS (
    SELECT dossier_id, outcome, amount_granted FROM decisions
    WHERE id IN (SELECT max(id) FROM decisions {done_where0} GROUP BY dossier_id)
)
SELECT d.id, d.numero, d.pole_name, d.region, d.sectors, d.amount_requested,
       e.eligible, coalesce(e.overrides, 0), {weighted}, coalesce(dn.n, 0),
       coalesce(ex.n, 0), dc.outcome, dc.amount_granted
FROM dossiers d
LEFT JOIN elig e ON e.dossier_id = d.id
LEFT JOIN means m ON m.dossier_id = d.id
LEFT JOIN done dn ON dn.dossier_id = d.id
LEFT JOIN expected ex ON ex.dossier_id = d.id
LEFT JOIN decision dc ON dc.dossier_id = d.id
{where}
ORDER BY d.numero
"""


def list_sql(store: CallStore, *, one: bool) -> str:
    """The list's query (for every dossier, or `one` by :id); the benchmarks time it bare."""
    criteria = store.conn.execute(
        "SELECT id, weight, scale_min, scale_max FROM criteria ORDER BY id"
    ).fetchall()
    if criteria:
        per_review = ", ".join(
            f"sum(CASE WHEN s.criterion_id = {cid} THEN s.score END) AS c{cid}"
            for cid, *_ in criteria
        )
        means = ", ".join(f"round(avg(c{cid}), 2) AS m{cid}" for cid, *_ in criteria)
        total = sum(w for _, w, _, _ in criteria)
        terms = " + ".join(
            f"{float(w)!r} * (m.m{cid} - {lo}) / {float(hi - lo)!r}" for cid, w, lo, hi in criteria
        )
        weighted = f"round(100.0 * ({terms}) / {float(total)!r}, 2)"
    else:
        per_review, means, weighted = "0 AS none", "0 AS none", "NULL"
    # For one dossier (a refresh after a change) every part is narrowed to it, by index.
    return _LIST_SQL.format(
        per_review=per_review,
        means=means,
        n=len(criteria),
        weighted=weighted,
        elig_where="WHERE dossier_id = :id" if one else "",
        review_where="AND r.dossier_id = :id" if one else "",
        done_where="AND dossier_id = :id" if one else "",
        done_where0="WHERE dossier_id = :id" if one else "",
        where="WHERE d.id = :id" if one else "",
    )


def dossier_list(store: CallStore) -> list[tuple[Any, ...]]:
    """One tuple per dossier, in numero order: id, numero, pole_name, region, sectors,
    amount_requested, eligible (1/0/None), overrides, weighted score, reviews submitted,
    reviews expected, latest decision outcome, amount granted."""
    return store.conn.execute(list_sql(store, one=False)).fetchall()


def dossier_list_row(store: CallStore, dossier_id: int) -> tuple[Any, ...] | None:
    """The same line for one dossier."""
    row: tuple[Any, ...] | None = store.conn.execute(
        list_sql(store, one=True), {"id": dossier_id}
    ).fetchone()
    return row


_TOKEN = re.compile(r"\S+")


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from what a user typed: each word quoted, matched as a prefix, all
    words required. None when there is nothing to search for."""
    tokens = []
    for raw in _TOKEN.findall(text):
        # Keep only characters the tokenizer indexes; quotes and operators lose their meaning.
        word = "".join(ch if ch.isalnum() else " " for ch in raw).strip()
        if word:
            tokens.append('"' + word.replace('"', '""') + '"*')
    return " ".join(tokens) or None


def search_ids(store: CallStore, text: str) -> set[int] | None:
    """Ids of the dossiers matching `text` (accents ignored); None when `text` is blank."""
    query = fts_query(text)
    if query is None:
        return None
    rows = store.conn.execute(
        "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?", (query,)
    )
    return {r[0] for r in rows}


def latest_decision(store: CallStore, dossier_id: int) -> dict[str, Any] | None:
    return next(
        store.query(
            "SELECT d.*, s.title AS session_title, s.date AS session_date FROM decisions d "
            "JOIN sessions s ON s.id = d.session_id WHERE d.dossier_id = ? "
            "ORDER BY d.id DESC LIMIT 1",
            [dossier_id],
        ),
        None,
    )


def review_counts(store: CallStore, dossier_id: int) -> tuple[int, int]:
    """(submitted reviews, assigned rapporteurs) of one dossier."""
    done, expected = store.conn.execute(
        "SELECT (SELECT count(*) FROM reviews WHERE dossier_id = ?1 AND state = 'submitted' "
        "AND set_aside = 0), "
        "(SELECT count(*) FROM assignments WHERE dossier_id = ?1)",
        (dossier_id,),
    ).fetchone()
    return done, expected


def audit_entries(store: CallStore, table: str, row_id: int) -> list[dict[str, Any]]:
    """The audit log of one row, oldest first."""
    return list(
        store.query(
            "SELECT id, ts, actor, action, operation, before, after, hash FROM audit_log "
            "WHERE table_name = ? AND row_id = ? ORDER BY id",
            [table, row_id],
        )
    )


def eligibility_result_id(store: CallStore, dossier_id: int, rule: str) -> int | None:
    row = store.conn.execute(
        "SELECT id FROM eligibility_results WHERE dossier_id = ? AND rule = ?", (dossier_id, rule)
    ).fetchone()
    return row[0] if row else None


# Rows of these tables belong to one dossier through their dossier_id column. Annotations are
# left out: a private note must not show through the history.
_DOSSIER_TABLES = (
    "members",
    "cofundings",
    "attachments",
    "eligibility_results",
    "conflicts",
    "assignments",
    "reviews",
    "decisions",
)


def dossier_history(store: CallStore, dossier_id: int, *, limit: int = 500) -> list[dict[str, Any]]:
    """Audit entries about one dossier and its rows, newest first; index lookups only."""
    pairs = [("dossiers", dossier_id)]
    for table in _DOSSIER_TABLES:
        pairs += [
            (table, r[0])
            for r in store.conn.execute(
                f"SELECT id FROM {table} WHERE dossier_id = ?", (dossier_id,)
            )
        ]
    if not pairs:
        return []
    values = ", ".join("(?, ?)" for _ in pairs)
    return list(
        store.query(
            f"WITH wanted(t, r) AS (VALUES {values}) "
            "SELECT a.id, a.ts, a.actor, a.action, a.table_name, a.row_id, a.operation, "
            "a.before, a.after FROM wanted JOIN audit_log a "
            "ON a.table_name = wanted.t AND a.row_id = wanted.r "
            "ORDER BY a.id DESC LIMIT ?",
            [v for pair in pairs for v in pair] + [limit],
        )
    )
