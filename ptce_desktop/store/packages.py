"""Rapporteurs' packages in SQL: building a working copy from the call file, the package
records on both sides, and the rows a return brings back.

A working copy is a new call file filled from the secretariat's through SQLite (the live file
is ATTACHed read-only, never read as plain bytes) inside one audited transaction: its audit log
tells only of what it holds, and `ptce audit verify` passes on it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..text import t
from .audit import entries, now_iso
from .db import CallStore
from .review_versions import review_histories, review_version

SOURCE = "src"

# Tables copied row for row into a working copy, with the filter that keeps only what its
# rapporteur may take away (:p the rapporteur, temp.pkg_dossiers their dossiers).
_DOSSIER_ROWS = (
    ("dossiers", "id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("members", "dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("cofundings", "dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("attachments", "dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("eligibility_results", "dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
)
_CALL_ROWS = (("calls", "1"), ("funders", "1"), ("criteria", "1"), ("people", "id = :p"))
# Copied without their ids (a laptop numbers its own), matched by what they are about.
_OWN_ROWS = (
    ("assignments", "person_id = :p AND dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("conflicts", "person_id = :p AND dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("reviews", "person_id = :p AND dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
    ("annotations", "person_id = :p AND dossier_id IN (SELECT id FROM temp.pkg_dossiers)"),
)
_NO_ID = {"assignments", "conflicts", "reviews", "annotations"}
_CLEARED = {"conflicts": {"session_id": "NULL"}}


@dataclass(slots=True, frozen=True)
class IssuedPackage:
    id: int
    uid: str
    person_id: int
    edition: int
    grid: str


@dataclass(slots=True, frozen=True)
class Origin:
    """A working copy's package (laptop side)."""

    package_uid: str
    call_uid: str
    person_id: int
    edition: int
    grid: str
    key_check: str
    last_return: int


def call_uid(store: CallStore) -> str:
    row = store.conn.execute("SELECT uid FROM calls ORDER BY id LIMIT 1").fetchone()
    if row is None:
        raise LookupError(t("fichier sans appel"))
    uid: str = row[0]
    return uid


def grid_fingerprint(store: CallStore) -> str:
    """The criteria's codes, scales and weights: a review is only comparable on the same grid."""
    rows = store.conn.execute(
        "SELECT code, scale_min, scale_max, weight FROM criteria ORDER BY code"
    ).fetchall()
    return hashlib.sha256(json.dumps(rows).encode("utf-8")).hexdigest()[:32]


def assigned_dossiers(store: CallStore, person_id: int) -> list[int]:
    """Dossiers a rapporteur has to review: assigned, no active conflict."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT a.dossier_id FROM assignments a JOIN dossiers d ON d.id = a.dossier_id "
            "WHERE a.person_id = ? AND NOT EXISTS (SELECT 1 FROM active_conflicts c "
            "WHERE c.person_id = a.person_id AND c.dossier_id = a.dossier_id) ORDER BY d.numero",
            (person_id,),
        )
    ]


def issued(store: CallStore, person_id: int) -> IssuedPackage | None:
    row = store.conn.execute(
        "SELECT id, uid, person_id, edition, grid FROM packages WHERE person_id = ?", (person_id,)
    ).fetchone()
    return IssuedPackage(*row) if row else None


def issued_by_uid(store: CallStore, uid: str) -> IssuedPackage | None:
    row = store.conn.execute(
        "SELECT id, uid, person_id, edition, grid FROM packages WHERE uid = ?", (uid,)
    ).fetchone()
    return IssuedPackage(*row) if row else None


def record_issue(store: CallStore, *, uid: str, person_id: int, edition: int, grid: str) -> None:
    store.conn.execute(
        "INSERT INTO packages (uid, person_id, edition, grid, issued_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (person_id) DO UPDATE SET edition = excluded.edition, grid = excluded.grid, "
        "issued_at = excluded.issued_at",
        (uid, person_id, edition, grid, now_iso()),
    )


# -- building and refreshing a working copy ---------------------------------------------------


@contextmanager
def attached(target: CallStore, source: Path) -> Iterator[None]:
    """`source` readable as schema `src` on the target's connection (read-only, SQLite's own
    locking: the secretariat may keep the file open meanwhile)."""
    uri = f"{Path(source).resolve().as_uri()}?mode=ro"
    target.conn.execute(f"ATTACH DATABASE ? AS {SOURCE}", (uri,))
    try:
        yield
    finally:
        if target.conn.in_transaction:
            target.conn.execute("ROLLBACK")
        target.conn.execute(f"DETACH DATABASE {SOURCE}")


def _columns(target: CallStore, table: str) -> list[str]:
    return [r[1] for r in target.conn.execute(f"PRAGMA main.table_info({table})")]


def _copy(target: CallStore, table: str, where: str, person_id: int) -> None:
    columns = [c for c in _columns(target, table) if not (c == "id" and table in _NO_ID)]
    cleared = _CLEARED.get(table, {})
    chosen = ", ".join(cleared.get(c, c) for c in columns)
    target.conn.execute(
        f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {chosen} FROM {SOURCE}.{table} "
        f"WHERE {where} ORDER BY id",
        {"p": person_id},
    )


def _copy_scores(target: CallStore, person_id: int) -> None:
    """Scores of the reviews just copied, re-attached to their new review ids."""
    target.conn.execute(
        f"INSERT INTO main.scores (review_id, criterion_id, score, comment) "
        f"SELECT n.id, s.criterion_id, s.score, s.comment FROM {SOURCE}.scores s "
        f"JOIN {SOURCE}.reviews r ON r.id = s.review_id "
        f"JOIN main.reviews n ON n.dossier_id = r.dossier_id AND n.person_id = r.person_id "
        f"WHERE r.person_id = :p AND r.dossier_id IN (SELECT id FROM temp.pkg_dossiers) "
        f"ORDER BY s.id",
        {"p": person_id},
    )


def _set_dossiers(target: CallStore, dossier_ids: list[int]) -> None:
    target.conn.execute("CREATE TEMP TABLE IF NOT EXISTS pkg_dossiers (id INTEGER PRIMARY KEY)")
    target.conn.execute("DELETE FROM temp.pkg_dossiers")
    target.conn.executemany(
        "INSERT INTO temp.pkg_dossiers (id) VALUES (?)", [(d,) for d in dossier_ids]
    )


def fill_working_copy(target: CallStore, *, person_id: int, dossier_ids: list[int]) -> None:
    """Inside a transaction with the call file attached: the call, its grid and funders, the
    rapporteur, their dossiers with attachments, their own reviews, notes and conflicts."""
    _set_dossiers(target, dossier_ids)
    for table, where in (*_CALL_ROWS, *_DOSSIER_ROWS, *_OWN_ROWS):
        _copy(target, table, where, person_id)
    _copy_scores(target, person_id)


def add_new_dossiers(target: CallStore, *, person_id: int) -> list[str]:
    """Inside a transaction with a re-issued working copy attached: the dossiers it brings that
    this copy lacks, with what comes with them; assignments it no longer holds are removed.
    Returns the numbers of the dossiers added."""
    new = [
        r[0]
        for r in target.conn.execute(
            f"SELECT id FROM {SOURCE}.dossiers "
            "WHERE numero NOT IN (SELECT numero FROM main.dossiers) ORDER BY numero"
        )
    ]
    _set_dossiers(target, new)
    for table, where in (*_DOSSIER_ROWS, *_OWN_ROWS):
        _copy(target, table, where, person_id)
    _copy_scores(target, person_id)
    target.conn.execute(
        f"DELETE FROM main.assignments WHERE person_id = ? AND dossier_id NOT IN "
        f"(SELECT dossier_id FROM {SOURCE}.assignments WHERE person_id = ?)",
        (person_id, person_id),
    )
    return [
        r[0]
        for r in target.conn.execute(
            "SELECT numero FROM main.dossiers WHERE id IN (SELECT id FROM temp.pkg_dossiers) "
            "ORDER BY numero"
        )
    ]


def write_origin(target: CallStore, origin: Origin) -> None:
    target.conn.execute(
        "INSERT INTO package_origin (id, package_uid, call_uid, person_id, edition, grid, "
        "key_check, last_return, issued_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET edition = excluded.edition, grid = excluded.grid, "
        "key_check = excluded.key_check, last_return = excluded.last_return",
        (origin.package_uid, origin.call_uid, origin.person_id, origin.edition, origin.grid,
         origin.key_check, origin.last_return, now_iso()),
    )  # fmt: skip


def read_origin(store: CallStore) -> Origin | None:
    row = store.conn.execute(
        "SELECT package_uid, call_uid, person_id, edition, grid, key_check, last_return "
        "FROM package_origin WHERE id = 1"
    ).fetchone()
    return Origin(*row) if row else None


# -- what a return carries ---------------------------------------------------------------------


def own_reviews(store: CallStore, person_id: int) -> list[dict[str, Any]]:
    """A rapporteur's reviews with their scores by criterion code, each with every version
    this copy held (`versions`): the secretariat then updates a review only where the
    rapporteur changed it."""
    histories = review_histories(store, person_id=person_id)
    reviews = list(
        store.query(
            "SELECT r.id, r.dossier_id, d.numero AS dossier, r.state, r.opinion, r.summary, "
            "r.submitted_at, r.updated_at FROM reviews r JOIN dossiers d ON d.id = r.dossier_id "
            "WHERE r.person_id = ? ORDER BY d.numero",
            (person_id,),
        )
    )
    for review in reviews:
        review["scores"] = {
            code: [score, comment]
            for code, score, comment in store.conn.execute(
                "SELECT c.code, s.score, s.comment FROM scores s "
                "JOIN criteria c ON c.id = s.criterion_id WHERE s.review_id = ? ORDER BY c.code",
                (review.pop("id"),),
            )
        }
        review["versions"] = histories.get(review.pop("dossier_id")) or [review_version(review)]
    return reviews


def own_conflicts(store: CallStore, person_id: int) -> list[dict[str, Any]]:
    return list(
        store.query(
            "SELECT d.numero AS dossier, c.reason, c.declared_at FROM active_conflicts c "
            "JOIN dossiers d ON d.id = c.dossier_id WHERE c.person_id = ? ORDER BY d.numero",
            (person_id,),
        )
    )


def note_version(state: dict[str, Any]) -> dict[str, Any]:
    """What a note says, as versions are compared on both sides (where it sits, its text,
    whether it is shared)."""
    return {
        "page": state.get("page"),
        "body": state.get("body"),
        "shared": int(bool(state.get("shared"))),
    }


@dataclass(slots=True)
class NoteHistory:
    """Every version one note (by uid) had in this file, oldest first, from its audit log."""

    dossier_id: int
    person_id: int
    versions: list[dict[str, Any]]
    deleted: bool = False  # its last entry is a deletion
    restored: bool = False  # deleted once, then brought back (undo)


def note_histories(store: CallStore) -> dict[str, NoteHistory]:
    """uid -> history of every note this file's audit log knows (entries from before notes had
    uids are left out: a package never carried those)."""
    found: dict[str, NoteHistory] = {}
    for _position, entry in entries(store.conn, tables=("annotations",)):
        states = [s for s in (entry.before, entry.after) if s]
        uid = states[0].get("uid", "") if states else ""
        if not uid:
            continue
        history = found.setdefault(
            uid, NoteHistory(states[0]["dossier_id"], states[0]["person_id"], [])
        )
        for state in states:
            version = note_version(state)
            if version not in history.versions:
                history.versions.append(version)
        history.restored = history.restored or (history.deleted and entry.operation == "insert")
        history.deleted = entry.operation == "delete"
    return found


def own_annotations(store: CallStore, person_id: int) -> list[dict[str, Any]]:
    """A rapporteur's notes, each with every version this copy held (`versions`) and whether
    it was deleted and brought back here (`restored`): the secretariat then updates a note
    only where the rapporteur changed it."""
    histories = note_histories(store)
    notes = list(
        store.query(
            "SELECT a.uid, d.numero AS dossier, t.sha256 AS attachment_sha256, a.page, a.body, "
            "a.shared, a.created_at, a.updated_at FROM annotations a "
            "JOIN dossiers d ON d.id = a.dossier_id "
            "LEFT JOIN attachments t ON t.id = a.attachment_id "
            "WHERE a.person_id = ? ORDER BY a.uid",
            (person_id,),
        )
    )
    for note in notes:
        held = histories.get(note["uid"])
        note["versions"] = held.versions if held else [note_version(note)]
        note["restored"] = bool(held and held.restored)
    return notes


def deleted_annotations(store: CallStore, person_id: int) -> list[dict[str, Any]]:
    """The rapporteur's notes deleted in this working copy and not brought back, read from its
    audit log: each uid with its dossier and every version of it this copy held (a deletion
    at the secretariat is then made only of a version the rapporteur saw)."""
    numeros = dict(store.conn.execute("SELECT id, numero FROM dossiers").fetchall())
    return [
        {"uid": uid, "dossier": numeros.get(h.dossier_id, ""), "versions": h.versions}
        for uid, h in sorted(note_histories(store).items())
        if h.deleted and h.person_id == person_id
    ]
