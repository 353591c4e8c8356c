"""Annotations: notes on a dossier or on a page of one of its attachments, private or shared.

Only shared notes reach the dossier search index (schema triggers); private ones are read
back here only for their author.
"""

from __future__ import annotations

from typing import Any

from .audit import now_iso
from .db import CallStore, inserted_id

_SELECT = (
    "SELECT a.*, p.name AS person_name, d.numero, t.filename AS attachment_name "
    "FROM annotations a JOIN people p ON p.id = a.person_id "
    "JOIN dossiers d ON d.id = a.dossier_id "
    "LEFT JOIN attachments t ON t.id = a.attachment_id "
)


def insert(
    store: CallStore,
    *,
    dossier_id: int,
    person_id: int,
    body: str,
    shared: bool,
    attachment_id: int | None = None,
    page: int | None = None,
    annotation_id: int | None = None,
    created_at: str | None = None,
    uid: str = "",
) -> int:
    """A new note; `annotation_id`/`created_at`/`uid` bring a deleted note back as it was
    (undo: a package's return then knows it is the same note). '' draws a new uid."""
    now = now_iso()
    cur = store.conn.execute(
        "INSERT INTO annotations (id, dossier_id, person_id, attachment_id, page, body, shared, "
        "created_at, updated_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (annotation_id, dossier_id, person_id, attachment_id, page, body, int(shared),
         created_at or now, now, uid),
    )  # fmt: skip
    return inserted_id(cur)


def update(store: CallStore, annotation_id: int, *, body: str, shared: bool) -> None:
    store.conn.execute(
        "UPDATE annotations SET body = ?, shared = ?, updated_at = ? WHERE id = ?",
        (body, int(shared), now_iso(), annotation_id),
    )


def delete(store: CallStore, annotation_id: int) -> None:
    store.conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))


def get(store: CallStore, annotation_id: int) -> dict[str, Any] | None:
    return next(store.query(_SELECT + "WHERE a.id = ?", (annotation_id,)), None)


def visible(
    store: CallStore, *, person_id: int | None, dossier_id: int | None = None
) -> list[dict[str, Any]]:
    """Shared notes and the person's own private ones, oldest first; one dossier or all."""
    where = "WHERE (a.shared = 1 OR a.person_id = ?)"
    params: list[object] = [person_id if person_id is not None else -1]
    if dossier_id is not None:
        where += " AND a.dossier_id = ?"
        params.append(dossier_id)
    return list(store.query(_SELECT + where + " ORDER BY a.dossier_id, a.id", params))
