"""A rapporteur's return at the secretariat, in SQL: the returns merged, reviews written as
they came, incoming reviews waiting beside a differing submitted one, notes by uid, proposed
conflicts. Callers hold the transaction (see services/packages.py)."""

from __future__ import annotations

import json
from typing import Any

from .audit import now_iso
from .db import CallStore, inserted_id

REVIEW_FIELDS = ("state", "opinion", "summary")


def last_sequence(store: CallStore, package_id: int) -> int:
    sql = "SELECT coalesce(max(sequence), 0) FROM package_returns WHERE package_id = ?"
    return int(store.conn.execute(sql, (package_id,)).fetchone()[0])


def record_return(store: CallStore, *, package_id: int, person_id: int, sequence: int) -> int:
    cur = store.conn.execute(
        "INSERT INTO package_returns (package_id, person_id, sequence, imported_at) "
        "VALUES (?, ?, ?, ?)",
        (package_id, person_id, sequence, now_iso()),
    )
    return inserted_id(cur)


def set_summary(store: CallStore, return_id: int, summary: dict[str, Any]) -> None:
    store.conn.execute(
        "UPDATE package_returns SET summary = ? WHERE id = ?",
        (json.dumps(summary, ensure_ascii=False, sort_keys=True), return_id),
    )


def dossier_by_numero(store: CallStore, numero: str) -> int | None:
    row = store.conn.execute("SELECT id FROM dossiers WHERE numero = ?", (numero,)).fetchone()
    return row[0] if row else None


def criteria_by_code(store: CallStore) -> dict[str, int]:
    return {code: cid for cid, code in store.conn.execute("SELECT id, code FROM criteria")}


def review(store: CallStore, *, dossier_id: int, person_id: int) -> dict[str, Any] | None:
    """A review as a return carries it: state, opinion, summary, scores by criterion code."""
    row = next(
        store.query(
            "SELECT id, state, opinion, summary, submitted_at FROM reviews "
            "WHERE dossier_id = ? AND person_id = ?",
            (dossier_id, person_id),
        ),
        None,
    )
    if row is None:
        return None
    row["scores"] = {
        code: [score, comment]
        for code, score, comment in store.conn.execute(
            "SELECT c.code, s.score, s.comment FROM scores s JOIN criteria c "
            "ON c.id = s.criterion_id WHERE s.review_id = ? ORDER BY c.code",
            (row["id"],),
        )
    }
    return row


def write_review(
    store: CallStore, *, dossier_id: int, person_id: int, item: dict[str, Any]
) -> None:
    """Make a person's review of a dossier what `item` says (set-aside flag kept)."""
    store.conn.execute(
        "INSERT INTO reviews (dossier_id, person_id, state, opinion, summary, submitted_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_id, person_id) DO UPDATE "
        "SET state = excluded.state, opinion = excluded.opinion, summary = excluded.summary, "
        "submitted_at = excluded.submitted_at, updated_at = excluded.updated_at",
        (dossier_id, person_id, item["state"], item["opinion"], item["summary"],
         item.get("submitted_at"), item.get("updated_at") or now_iso()),
    )  # fmt: skip
    review_id = store.conn.execute(
        "SELECT id FROM reviews WHERE dossier_id = ? AND person_id = ?", (dossier_id, person_id)
    ).fetchone()[0]
    codes = criteria_by_code(store)
    wanted = {codes[code]: value for code, value in item["scores"].items()}
    for (criterion_id,) in list(
        store.conn.execute("SELECT criterion_id FROM scores WHERE review_id = ?", (review_id,))
    ):
        if criterion_id not in wanted:
            store.conn.execute(
                "DELETE FROM scores WHERE review_id = ? AND criterion_id = ?",
                (review_id, criterion_id),
            )
    for criterion_id, (score, comment) in wanted.items():
        store.conn.execute(
            "INSERT INTO scores (review_id, criterion_id, score, comment) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (review_id, criterion_id) DO UPDATE SET score = excluded.score, "
            "comment = excluded.comment WHERE score IS NOT excluded.score "
            "OR comment IS NOT excluded.comment",
            (review_id, criterion_id, score, comment),
        )


def save_pending(
    store: CallStore, *, dossier_id: int, person_id: int, return_id: int, item: dict[str, Any]
) -> None:
    store.conn.execute(
        "INSERT INTO pending_reviews (dossier_id, person_id, return_id, state, opinion, summary, "
        "submitted_at, updated_at, scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (dossier_id, person_id) DO UPDATE SET return_id = excluded.return_id, "
        "state = excluded.state, opinion = excluded.opinion, summary = excluded.summary, "
        "submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, "
        "scores = excluded.scores",
        (dossier_id, person_id, return_id, item["state"], item["opinion"], item["summary"],
         item.get("submitted_at"), item.get("updated_at") or now_iso(),
         json.dumps(item["scores"], sort_keys=True)),
    )  # fmt: skip


def drop_pending(store: CallStore, *, dossier_id: int, person_id: int) -> None:
    store.conn.execute(
        "DELETE FROM pending_reviews WHERE dossier_id = ? AND person_id = ?",
        (dossier_id, person_id),
    )


def pending(store: CallStore) -> list[dict[str, Any]]:
    """Every waiting review with its dossier number, author and return."""
    rows = list(
        store.query(
            "SELECT w.*, d.numero, p.name AS person_name, r.sequence, k.uid AS package_uid "
            "FROM pending_reviews w JOIN dossiers d ON d.id = w.dossier_id "
            "JOIN people p ON p.id = w.person_id JOIN package_returns r ON r.id = w.return_id "
            "JOIN packages k ON k.id = r.package_id ORDER BY d.numero, p.name"
        )
    )
    for row in rows:
        row["scores"] = json.loads(row["scores"])
    return rows


def annotation(store: CallStore, uid: str) -> dict[str, Any] | None:
    return next(store.query("SELECT * FROM annotations WHERE uid = ?", (uid,)), None)


def attachment_id(store: CallStore, *, dossier_id: int, sha256: str | None) -> int | None:
    if not sha256:
        return None
    row = store.conn.execute(
        "SELECT id FROM attachments WHERE dossier_id = ? AND sha256 = ? ORDER BY id LIMIT 1",
        (dossier_id, sha256),
    ).fetchone()
    return row[0] if row else None


def write_annotation(
    store: CallStore,
    *,
    dossier_id: int,
    person_id: int,
    attachment_id: int | None,
    item: dict[str, Any],
) -> None:
    store.conn.execute(
        "INSERT INTO annotations (uid, dossier_id, person_id, attachment_id, page, body, shared, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) "
        "WHERE uid != '' DO UPDATE SET attachment_id = excluded.attachment_id, "
        "page = excluded.page, body = excluded.body, shared = excluded.shared, "
        "updated_at = excluded.updated_at",
        (item["uid"], dossier_id, person_id, attachment_id, item["page"], item["body"],
         int(item["shared"]), item["created_at"], item["updated_at"]),
    )  # fmt: skip


def delete_annotation(store: CallStore, uid: str) -> None:
    store.conn.execute("DELETE FROM annotations WHERE uid = ?", (uid,))


def has_conflict_row(store: CallStore, *, person_id: int, dossier_id: int) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM conflicts WHERE person_id = ? AND dossier_id = ?",
            (person_id, dossier_id),
        ).fetchone()
        is not None
    )


def propose_conflict(
    store: CallStore,
    *,
    person_id: int,
    dossier_id: int,
    item: dict[str, Any],
    declared_by: str,
    origin: str,
) -> None:
    store.conn.execute(
        "INSERT INTO conflicts (person_id, dossier_id, reason, declared_at, state, declared_by, "
        "origin) VALUES (?, ?, ?, ?, 'proposed', ?, ?)",
        (person_id, dossier_id, item["reason"], item["declared_at"], declared_by, origin),
    )
