"""The call's own settings: one `calls` row, its funders and its grid of criteria."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..domain.model import Call, Criterion, EligibilitySettings, Funder
from ..text import t
from .audit import now_iso
from .db import CallStore


def _call_row(call: Call) -> dict[str, Any]:
    return {
        "title": call.title,
        "year": call.year,
        "envelope": call.envelope,
        "grant_min": call.grant_min,
        "grant_max": call.grant_max,
        "ministries": json.dumps(list(call.ministries), ensure_ascii=False),
        "eligibility": json.dumps(asdict(call.eligibility), ensure_ascii=False),
        "tie_break": json.dumps(list(call.tie_break)),
        "reference": call.reference,
        "place": call.place,
        "rapporteurs_per_dossier": call.rapporteurs_per_dossier,
    }


def _funder_row(f: Funder, position: int) -> dict[str, Any]:
    return {"code": f.code, "name": f.name, "funder_group": f.group, "amount": f.amount,
            "position": position}  # fmt: skip


def _criterion_row(c: Criterion, position: int) -> dict[str, Any]:
    return {
        "code": c.code,
        "label": c.label,
        "description": c.description,
        "weight": c.weight,
        "scale_min": c.scale_min,
        "scale_max": c.scale_max,
        "eliminatory_below": c.eliminatory_below,
        "position": position,
    }


def write_call(store: CallStore, call: Call) -> None:
    with store.transaction("création de l'appel"):
        store.db.table("calls").insert(
            {"id": 1, "template": call.template, "created_at": now_iso(), **_call_row(call)}
        )
        store.db.table("funders").insert_all(_funder_row(f, i) for i, f in enumerate(call.funders))
        store.db.table("criteria").insert_all(
            _criterion_row(c, i) for i, c in enumerate(call.criteria)
        )


def update_call(store: CallStore, call: Call) -> None:
    """Make the stored settings those of `call`, writing only what differs (funders and
    criteria matched by code). A removed criterion takes its draft scores with it; the caller
    checks that no submitted review and no decision depends on what it removes."""
    old = next(store.query("SELECT * FROM calls WHERE id = 1"))
    changes = {k: v for k, v in _call_row(call).items() if old[k] != v}
    if changes:
        store.db.table("calls").update(1, changes)
    _sync(store, "funders", [_funder_row(f, i) for i, f in enumerate(call.funders)])
    _sync(store, "criteria", [_criterion_row(c, i) for i, c in enumerate(call.criteria)])


def _sync(store: CallStore, table: str, rows: list[dict[str, Any]]) -> None:
    existing = {r["code"]: r for r in store.query(f"SELECT * FROM {table}")}
    wanted = {r["code"] for r in rows}
    for code, row in existing.items():
        if code not in wanted:
            if table == "criteria":
                store.conn.execute("DELETE FROM scores WHERE criterion_id = ?", [row["id"]])
            store.db.table(table).delete(row["id"])
    for row in rows:
        was = existing.get(row["code"])
        if was is None:
            store.db.table(table).insert(row)
        else:
            changes = {k: v for k, v in row.items() if was[k] != v}
            if changes:
                store.db.table(table).update(was["id"], changes)


def funders_in_use(store: CallStore) -> set[str]:
    """Codes of the funders that decisions split amounts on."""
    return {
        r["code"]
        for r in store.query(
            "SELECT DISTINCT f.code FROM funders f JOIN decision_splits s ON s.funder_id = f.id"
        )
    }


def submitted_reviews(store: CallStore) -> int:
    sql = "SELECT count(*) FROM reviews WHERE state = 'submitted'"
    return int(store.conn.execute(sql).fetchone()[0])


def read_funders(store: CallStore) -> list[Funder]:
    return [
        Funder(id=r["id"], code=r["code"], name=r["name"], group=r["funder_group"],
               amount=r["amount"])
        for r in store.query("SELECT * FROM funders ORDER BY position, id")
    ]  # fmt: skip


def read_criteria(store: CallStore) -> list[Criterion]:
    return [
        Criterion(
            id=r["id"],
            code=r["code"],
            label=r["label"],
            description=r["description"],
            weight=r["weight"],
            scale_min=r["scale_min"],
            scale_max=r["scale_max"],
            eliminatory_below=r["eliminatory_below"],
            position=r["position"],
        )
        for r in store.query("SELECT * FROM criteria ORDER BY position, id")
    ]


def read_call(store: CallStore) -> Call:
    row = next(store.query("SELECT * FROM calls WHERE id = 1"), None)
    if row is None:
        raise LookupError(t("fichier d'appel sans appel : créez-le avec « ptce new »"))
    elig = json.loads(row["eligibility"])
    elig["required_attachments"] = tuple(elig.get("required_attachments", ()))
    elig["disabled_rules"] = tuple(elig.get("disabled_rules", ()))
    return Call(
        title=row["title"],
        year=row["year"],
        envelope=row["envelope"],
        grant_min=row["grant_min"],
        grant_max=row["grant_max"],
        ministries=tuple(json.loads(row["ministries"])),
        template=row["template"],
        tie_break=tuple(json.loads(row["tie_break"])),
        eligibility=EligibilitySettings(**elig),
        funders=read_funders(store),
        criteria=read_criteria(store),
        reference=row["reference"] or f"PV-{row['year']}",
        place=row["place"],
        rapporteurs_per_dossier=row["rapporteurs_per_dossier"],
    )


def call_uid(store: CallStore) -> str:
    uid: str = store.conn.execute("SELECT uid FROM calls WHERE id = 1").fetchone()[0]
    return uid
