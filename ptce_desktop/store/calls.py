"""The call's own settings: one `calls` row, its funders and its grid of criteria."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..domain.model import Call, Criterion, EligibilitySettings, Funder
from .audit import now_iso
from .db import CallStore


def write_call(store: CallStore, call: Call) -> None:
    with store.transaction("création de l'appel"):
        store.db["calls"].insert(
            {
                "id": 1,
                "title": call.title,
                "year": call.year,
                "template": call.template,
                "envelope": call.envelope,
                "grant_min": call.grant_min,
                "grant_max": call.grant_max,
                "ministries": json.dumps(list(call.ministries), ensure_ascii=False),
                "eligibility": json.dumps(asdict(call.eligibility), ensure_ascii=False),
                "tie_break": json.dumps(list(call.tie_break)),
                "created_at": now_iso(),
            }
        )
        store.db["funders"].insert_all(
            {"code": f.code, "name": f.name, "funder_group": f.group, "amount": f.amount,
             "position": i}
            for i, f in enumerate(call.funders)
        )  # fmt: skip
        store.db["criteria"].insert_all(
            {
                "code": c.code,
                "label": c.label,
                "description": c.description,
                "weight": c.weight,
                "scale_min": c.scale_min,
                "scale_max": c.scale_max,
                "eliminatory_below": c.eliminatory_below,
                "position": i,
            }
            for i, c in enumerate(call.criteria)
        )


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
        raise LookupError("fichier d'appel sans appel : créez-le avec « ptce new »")
    elig = json.loads(row["eligibility"])
    elig["required_attachments"] = tuple(elig.get("required_attachments", ()))
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
    )
