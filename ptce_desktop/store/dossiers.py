"""Dossiers with their members, co-fundings and attachments."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from operator import attrgetter
from typing import Any

from ..domain.model import (
    Attachment,
    Cofunding,
    CofundingStatus,
    Dossier,
    Member,
    MemberCategory,
)
from ..text import t
from .audit import now_iso
from .bulk_audit import audited_inserts, triggers_set_aside
from .db import CallStore

DOSSIER_FIELDS = (
    "numero", "pole_name", "lead_name", "lead_siret", "lead_legal_form", "region", "departement",
    "communes", "sectors", "submitted_on", "total_cost", "amount_requested", "jobs_existing",
    "jobs_created", "jobs_integration", "pooling", "summary", "contact_name", "contact_email",
    "contact_phone",
)  # fmt: skip


_FIELDS = attrgetter(*DOSSIER_FIELDS)
_SECTORS, _SUBMITTED_ON = DOSSIER_FIELDS.index("sectors"), DOSSIER_FIELDS.index("submitted_on")


def _dossier_values(d: Dossier) -> tuple[object, ...]:
    """The dossier's DOSSIER_FIELDS as stored, in that order (no dict a row: an import
    writes 10,000)."""
    values = list(_FIELDS(d))
    values[_SECTORS] = ";".join(d.sectors)
    values[_SUBMITTED_ON] = d.submitted_on.isoformat() if d.submitted_on else None
    return tuple(values)


def _dossier_row(d: Dossier) -> dict[str, Any]:
    return dict(zip(DOSSIER_FIELDS, _dossier_values(d), strict=True))


# The full-text triggers that run once per inserted row: the members' one recomputes the whole
# dossier's member text at each member (quadratic per dossier). A bulk insert sets them aside
# in its own transaction and fills the index once at the end (see `insert_dossiers`).
ROW_SEARCH_TRIGGERS = ("search_dossier_insert", "search_members_insert")
FILL_SEARCH = """
INSERT INTO dossier_search (rowid, numero, pole_name, lead_name, region, sectors, summary,
    members, annotations)
SELECT d.id, d.numero, d.pole_name, d.lead_name, d.region, d.sectors, d.summary,
    coalesce((SELECT group_concat(m.name || ' ' || m.siret, ' ') FROM members m
              WHERE m.dossier_id = d.id), ''),
    ''
FROM dossiers d WHERE d.id > ? ORDER BY d.id
"""


# What a dossier's insert writes, in the order its audit entries go.
DOSSIER_TABLES = ("dossiers", "members", "cofundings", "attachments")
BULK_CACHE_KIB = 128 * 1024


@contextmanager
def bulk_cache(store: CallStore) -> Iterator[None]:
    """A page cache large enough for a bulk import's writes (the audit log, the indexes), so
    SQLite does not spill and re-read pages mid-transaction; the usual size comes back after,
    freeing the pages (an open window keeps a small cache)."""
    conn = store.conn
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def insert_dossiers(store: CallStore, dossiers: Sequence[Dossier]) -> list[int]:
    """Insert dossiers and everything they hold; call inside `store.transaction()`.

    The rows go in with `executemany` and ids given in sequence. Per-row triggers are set
    aside and their work done once for the whole batch: the full-text index of the new
    dossiers filled in one statement, every new row's audit entry written already sealed
    (`audited_inserts`); the triggers are made again from their own SQL, and a failure rolls
    everything back, triggers included."""
    conn = store.conn
    if not conn.in_transaction:
        raise RuntimeError("insert_dossiers must run inside store.transaction()")
    if not dossiers:
        return []
    with audited_inserts(store, DOSSIER_TABLES):
        last = conn.execute("SELECT coalesce(max(id), 0) FROM dossiers").fetchone()[0]
        ids = list(range(last + 1, last + 1 + len(dossiers)))
        for d, new_id in zip(dossiers, ids, strict=True):
            d.id = new_id
        with triggers_set_aside(conn, ROW_SEARCH_TRIGGERS):
            cols = ", ".join(("id", *DOSSIER_FIELDS))
            marks = ", ".join("?" for _ in range(len(DOSSIER_FIELDS) + 1))
            conn.executemany(
                f"INSERT INTO dossiers ({cols}) VALUES ({marks})",
                ((d.id, *_dossier_values(d)) for d in dossiers),
            )
            replace_children(store, dossiers)
            conn.execute(FILL_SEARCH, (last,))
    return ids


def replace_children(store: CallStore, dossiers: Iterable[Dossier]) -> None:
    """Write the members, co-fundings and attachments of dossiers that already have an id."""
    conn = store.conn
    members, cofundings, attachments = [], [], []
    added = now_iso()
    for d in dossiers:
        members += [
            (d.id, m.name, m.category.value, m.siret, m.role, i) for i, m in enumerate(d.members)
        ]
        cofundings += [
            (d.id, c.funder, c.funder_type, c.amount, c.status.value) for c in d.cofundings
        ]
        for a in d.attachments:
            a.sha256 = hashlib.sha256(a.content).hexdigest()
            a.size = len(a.content)
            attachments.append(
                (d.id, a.filename, a.kind, a.mime, a.size, a.sha256, a.content, added)
            )
    conn.executemany(
        "INSERT INTO members (dossier_id, name, category, siret, role, position) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        members,
    )
    conn.executemany(
        "INSERT INTO cofundings (dossier_id, funder, funder_type, amount, status) "
        "VALUES (?, ?, ?, ?, ?)",
        cofundings,
    )
    conn.executemany(
        "INSERT INTO attachments (dossier_id, filename, kind, mime, size, sha256, content, "
        "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        attachments,
    )


def _dossier_from_row(r: dict[str, Any]) -> Dossier:
    return Dossier(
        id=r["id"],
        numero=r["numero"],
        pole_name=r["pole_name"],
        lead_name=r["lead_name"],
        lead_siret=r["lead_siret"],
        lead_legal_form=r["lead_legal_form"],
        region=r["region"],
        departement=r["departement"],
        communes=r["communes"],
        sectors=tuple(s for s in r["sectors"].split(";") if s),
        submitted_on=date.fromisoformat(r["submitted_on"]) if r["submitted_on"] else None,
        total_cost=r["total_cost"],
        amount_requested=r["amount_requested"],
        jobs_existing=r["jobs_existing"],
        jobs_created=r["jobs_created"],
        jobs_integration=r["jobs_integration"],
        pooling=r["pooling"],
        summary=r["summary"],
        contact_name=r["contact_name"],
        contact_email=r["contact_email"],
        contact_phone=r["contact_phone"],
    )


def load_dossiers(
    store: CallStore, *, ids: Sequence[int] | None = None, with_content: bool = False
) -> list[Dossier]:
    """Full dossiers (members, co-fundings, attachment metadata) in numero order."""
    where, params = "", []
    if ids is not None:
        where = f"WHERE id IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    dossiers = {
        r["id"]: _dossier_from_row(r)
        for r in store.query(f"SELECT * FROM dossiers {where} ORDER BY numero", params)
    }
    if not dossiers:
        return []
    in_ids = f"({', '.join(str(i) for i in dossiers)})"
    for r in store.query(
        f"SELECT * FROM members WHERE dossier_id IN {in_ids} ORDER BY dossier_id, position"
    ):
        dossiers[r["dossier_id"]].members.append(
            Member(id=r["id"], name=r["name"], category=MemberCategory(r["category"]),
                   siret=r["siret"], role=r["role"])
        )  # fmt: skip
    for r in store.query(
        f"SELECT * FROM cofundings WHERE dossier_id IN {in_ids} ORDER BY dossier_id, id"
    ):
        dossiers[r["dossier_id"]].cofundings.append(
            Cofunding(id=r["id"], funder=r["funder"], funder_type=r["funder_type"],
                      amount=r["amount"], status=CofundingStatus(r["status"]))
        )  # fmt: skip
    content = ", content" if with_content else ""
    for r in store.query(
        f"SELECT id, dossier_id, filename, kind, mime, size, sha256{content} FROM attachments "
        f"WHERE dossier_id IN {in_ids} ORDER BY dossier_id, id"
    ):
        dossiers[r["dossier_id"]].attachments.append(
            Attachment(id=r["id"], filename=r["filename"], kind=r["kind"], mime=r["mime"],
                       size=r["size"], sha256=r["sha256"], content=r.get("content") or b"")
        )  # fmt: skip
    return list(dossiers.values())


def dossier_id_by_numero(store: CallStore) -> dict[str, int]:
    return {numero: i for i, numero in store.conn.execute("SELECT id, numero FROM dossiers")}


def dossier_numero(store: CallStore, dossier_id: int) -> str | None:
    row = store.conn.execute("SELECT numero FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
    return None if row is None else row[0]


def dossier_pole(store: CallStore, dossier_id: int) -> str | None:
    row = store.conn.execute("SELECT pole_name FROM dossiers WHERE id = ?", (dossier_id,))
    found = row.fetchone()
    return None if found is None else found[0]


def attachment_content(store: CallStore, attachment_id: int) -> bytes:
    row = store.conn.execute(
        "SELECT content FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    if row is None:
        raise LookupError(t("pièce {attachment_id} introuvable", attachment_id=attachment_id))
    content: bytes = row[0]
    return content
