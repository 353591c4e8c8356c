"""Creating and opening call files."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.model import Call, Criterion, EligibilitySettings, Funder
from ..paths import TEMPLATES
from ..store import calls as call_rows
from ..store.db import CallStore

DEFAULT_TEMPLATE = "ptce-2013"


def available_templates() -> list[str]:
    return sorted(p.stem for p in TEMPLATES.glob("*.json"))


def load_template(name: str) -> Call:
    path = TEMPLATES / f"{name}.json"
    if not path.is_file():
        known = ", ".join(available_templates())
        raise ValueError(f"modèle d'appel inconnu : « {name} » (modèles : {known})")
    data = json.loads(path.read_text(encoding="utf-8"))
    elig = dict(data.get("eligibility", {}))
    elig["required_attachments"] = tuple(elig.get("required_attachments", ()))
    return Call(
        title=data["title"],
        year=data["year"],
        envelope=data["envelope"],
        grant_min=data["grant_min"],
        grant_max=data["grant_max"],
        ministries=tuple(data.get("ministries", ())),
        template=data["template"],
        tie_break=tuple(data.get("tie_break", ())),
        eligibility=EligibilitySettings(**elig),
        funders=[Funder(**f) for f in data["funders"]],
        criteria=[Criterion(**c) for c in data["criteria"]],
    )


def new_call(
    path: Path, *, title: str | None = None, template: str = DEFAULT_TEMPLATE, actor: str
) -> CallStore:
    """A new call file from a template; the caller closes the returned store.

    Built under a temporary name and renamed when complete (see CallStore.building)."""
    with CallStore.building(path, actor=actor) as store:
        fill_new_call(store, title=title, template=template)
    return CallStore.open(path, actor=actor, check="none")


def fill_new_call(store: CallStore, *, title: str | None, template: str) -> None:
    """Write the call of `template` (with `title` if given) into a new, empty call file."""
    call = load_template(template)
    if title:
        call.title = title
    if abs(sum(f.amount for f in call.funders) - call.envelope) > 0.005:
        raise ValueError("les parts des financeurs ne font pas l'enveloppe")
    call_rows.write_call(store, call)
