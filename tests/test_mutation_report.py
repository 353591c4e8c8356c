"""scripts/mutation_report.py: which mutants count, and the line `make mutation` ends with."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "mutation_report.py"
spec = importlib.util.spec_from_file_location("mutation_report", SCRIPT)
assert spec is not None and spec.loader is not None
report = importlib.util.module_from_spec(spec)
sys.modules["mutation_report"] = report  # dataclasses look their module up
spec.loader.exec_module(report)

ORIGINAL = """
def x_check__mutmut_orig(n, ok):
    if n < 0:
        raise ValueError("un nombre ne peut être négatif")
    reason = f"{n} membres" + ("" if ok else ", trop peu")
    return Problem("min_members", reason)
"""
MUTANTS = {
    # behaviour: a comparison, a code
    1: ("n < 0", "n <= 0"),
    2: ('"min_members"', '"XXmin_membersXX"'),
    # message only: the raised text, an empty string beside prose, a reason
    3: ('"un nombre ne peut être négatif"', '"XXun nombre ne peut être négatifXX"'),
    4: ('("" if ok', '("XXXX" if ok'),
    5: ('", trop peu"', '", TROP PEU"'),
}


def mutants_dir(tmp_path: Path, codes: dict[int, int]) -> Path:
    root = tmp_path / "mutants"
    source = root / "pkg" / "m.py"
    source.parent.mkdir(parents=True)
    text = ORIGINAL
    for n, (old, new) in MUTANTS.items():
        text += ORIGINAL.replace("mutmut_orig", f"mutmut_{n}").replace(old, new, 1)
    source.write_text(text, encoding="utf-8")
    meta = {
        "exit_code_by_key": {f"pkg.m.x_check__mutmut_{n}": code for n, code in codes.items()},
        "durations_by_key": {},
        "estimated_durations_by_key": {},
    }
    (root / "pkg" / "m.py.meta").write_text(json.dumps(meta), encoding="utf-8")
    return root


def test_message_only_mutants_are_left_out_killed_or_not(tmp_path, capsys):
    root = mutants_dir(tmp_path, {1: 1, 2: 0, 3: 1, 4: 0, 5: 0})
    assert report.main(["--root", str(root)]) == 1  # 1 of 2: below 90 %
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (
        "mutation: 50.0 % des mutants qui changent le comportement sont tués "
        "(1/2 ; 3 mutants de message laissés de côté)"
    )


@pytest.mark.parametrize(("codes", "status"), [({1: 1, 2: 36}, 0), ({1: 1, 2: 33}, 1)])
def test_timeouts_count_as_killed_and_untested_as_survivors(tmp_path, capsys, codes, status):
    assert report.main(["--root", str(mutants_dir(tmp_path, codes))]) == status


def test_survivors_are_listed_with_their_change(tmp_path, capsys):
    report.main(["--root", str(mutants_dir(tmp_path, {1: 0, 2: 1})), "--survivors"])
    out = capsys.readouterr().out
    assert "pkg.m.check [1]: -    if n < 0: | +    if n <= 0:" in out


def test_no_results(tmp_path, capsys):
    assert report.main(["--root", str(tmp_path)]) == 2
