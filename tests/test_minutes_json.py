"""The minutes' canonical JSON is anchored by signed minutes: it must stay byte for byte what
the documented recipe (`dataclasses.asdict`, then the canonical rules) gives."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from ptce_desktop.services import minutes
from ptce_desktop.store.db import CallStore


def _documented_recipe(data: minutes.MinutesData) -> bytes:
    body = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    body.pop("data_sha256")
    body = {
        k: [dataclasses.asdict(v) for v in value]
        if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0])
        else dataclasses.asdict(value)
        if dataclasses.is_dataclass(value)
        else value
        for k, value in body.items()
    }
    body["format"] = "ptce-minutes/1"
    text = json.dumps(minutes._canonical(body), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)  # fmt: skip
    return text.encode("utf-8")


def test_minutes_json_is_the_documented_recipe(demo_call: Path) -> None:
    with CallStore.open(demo_call, actor="test") as store:
        data = minutes.minutes_data(store, 1)
    expected = _documented_recipe(data)
    assert minutes.minutes_json(data) == expected
    assert len(data.agenda) > 0 and b'"agenda":[{' in expected
