"""Anchoring the audit chain with signatures, and what an anchor lets one check.

An anchor is the chain's head hash, the number of entries up to it and the entry-hash format
that sealed them. The minutes carry one in their /Info (and print it), inside the bytes the
chair and the secretary sign; a checkpoint carries one in a CMS signature. Whoever holds the
file can then recompute the first `count` entries and must find the head again: the anchored
history was not rewritten. After the anchor, no entry may touch the rows of a signed session
(its decisions and their splits, attendance, agenda, recusals, the session itself) except
the recording of the signature that locks it; an amendment is a new session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..store import audit
from ..store.db import CallStore

INFO_KEYS = ("AuditHead", "AuditCount", "AuditFormat")
SESSION_TABLES = ("sessions", "decisions", "decision_splits", "attendance", "agenda_items",
                  "conflicts")  # fmt: skip
TABLE_LABELS = {
    "sessions": "séance",
    "decisions": "décision",
    "decision_splits": "répartition d'une décision",
    "attendance": "présence",
    "agenda_items": "ordre du jour",
    "conflicts": "déport",
}
OPERATIONS = {"insert": "ajout", "update": "modification", "delete": "suppression",
              "baseline": "nouvelle forme"}  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Anchor:
    head: str
    count: int
    version: int = audit.HASH_VERSION

    def info(self) -> dict[str, str]:
        """Its /PTCE entries in a PDF's /Info."""
        return dict(zip(INFO_KEYS, (self.head, str(self.count), str(self.version)), strict=True))

    def printed(self) -> str:
        return (
            f"Ancrage du journal d'audit : ce procès-verbal signé atteste l'historique de l'appel "
            f"jusqu'à son édition ({self.count} entrées, empreinte de tête {self.head}, format "
            f"{self.version})."
        )


def current_anchor(store: CallStore) -> Anchor:
    head, count = audit.anchor_point(store.conn)
    return Anchor(head=head, count=count)


def read_anchor(info: dict[str, str]) -> Anchor | None:
    """The anchor a PDF's /Info carries; None for minutes made before anchors existed."""
    head, count, version = (info.get(k, "") for k in INFO_KEYS)
    if not (head and count.isdigit() and version.isdigit()):
        return None
    return Anchor(head=head, count=int(count), version=int(version))


def chain_problem(store: CallStore, anchor: Anchor, what: str) -> str | None:
    """Why the file's chain no longer leads to the anchor, in French; None when it does."""
    if anchor.version not in audit.ENTRY_HASHES:
        return f"{what} : format d'empreinte {anchor.version} inconnu de cette version"
    present = audit.total(store.conn)
    if present < anchor.count:
        return (
            f"{what} : le journal d'audit a été tronqué ({present} entrées, {anchor.count} ancrées)"
        )
    if audit.recompute_head(store.conn, anchor.count) != anchor.head:
        return (
            f"{what} : les {anchor.count} premières entrées du journal ne mènent plus à la tête "
            "ancrée (journal réécrit)"
        )
    return None


def session_changes_after(store: CallStore, session_id: int, count: int) -> list[str]:
    """The entries after the `count`-th touching the session's rows, in French; the recording
    that locks the session (its state becoming 'signed') and migrations that only reshape a
    row are not changes."""
    decisions: set[int] = set()
    last: dict[tuple[str, int], dict[str, Any] | None] = {}
    out = []
    for position, e in audit.entries(store.conn, tables=SESSION_TABLES):
        docs = [d for d in (e.before, e.after) if d]
        if e.table == "decisions" and any(d.get("session_id") == session_id for d in docs):
            decisions.add(e.row_id)
        previous = last.get((e.table, e.row_id))
        last[e.table, e.row_id] = e.after
        if position <= count or not _belongs(e.table, e.row_id, docs, session_id, decisions):
            continue
        if _locking(e) or _reshaped(e, previous):
            continue
        out.append(
            f"{TABLE_LABELS[e.table]} (ligne {e.row_id}) : {OPERATIONS[e.operation]} après "
            f"la signature (entrée {e.id} du journal)"
        )
    return out


def _belongs(
    table: str, row_id: int, docs: Iterable[dict[str, Any]], session_id: int, decisions: set[int]
) -> bool:
    if table == "sessions":
        return row_id == session_id
    if table == "decision_splits":
        return any(d.get("decision_id") in decisions for d in docs)
    return any(d.get("session_id") == session_id for d in docs)


def _locking(e: audit.Entry) -> bool:
    if e.table != "sessions" or e.operation != "update" or not e.before or not e.after:
        return False
    changed = {k for k in e.before.keys() | e.after.keys() if e.before.get(k) != e.after.get(k)}
    return changed == {"state"} and e.after["state"] == "signed"


def _reshaped(e: audit.Entry, previous: dict[str, Any] | None) -> bool:
    if e.operation != "baseline" or previous is None or e.after is None:
        return False
    return all(previous[k] == e.after[k] for k in previous.keys() & e.after.keys())
