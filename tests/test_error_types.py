"""Refusals are exception types carrying their figures, never recognised by their text (#18)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ptce_desktop
from ptce_desktop.domain.budget import EnvelopeExhaustedError, propose_split
from ptce_desktop.domain.committee import TooManyVotesError, tally
from ptce_desktop.domain.model import Funder

PACKAGE = Path(ptce_desktop.__file__).parent


def test_too_many_votes_is_its_own_type_with_its_figures() -> None:
    with pytest.raises(TooManyVotesError) as caught:
        tally(votes_for=4, votes_against=2, votes_abstain=1, voter_count=6)
    assert (caught.value.cast, caught.value.voters) == (7, 6)


def test_an_exhausted_envelope_is_its_own_type() -> None:
    funders = [Funder(code="ETAT", name="État", amount=100_000)]
    with pytest.raises(EnvelopeExhaustedError):
        propose_split(100_001, funders, [])


def _text_tests(tree: ast.AST) -> list[int]:
    """Lines where `"…" in str(x)` / `"…" in message` tests an exception's text."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names = {node.name}
            for inner in ast.walk(node):
                if isinstance(inner, ast.Assign) and any(
                    isinstance(n, ast.Name) and n.id in names for n in ast.walk(inner.value)
                ):
                    names |= {t.id for t in inner.targets if isinstance(t, ast.Name)}
            for inner in ast.walk(node):
                if isinstance(inner, ast.Compare) and any(
                    isinstance(op, ast.In | ast.NotIn) for op in inner.ops
                ):
                    right = inner.comparators[-1]
                    if any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(right)):
                        found.append(inner.lineno)
    return found


def test_no_exception_is_recognised_by_its_text() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _text_tests(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_the_text_check_sees_one() -> None:
    code = (
        "try:\n    f()\nexcept E as exc:\n    m = str(exc)\n    if 'votants' in m:\n        g()\n"
    )
    assert _text_tests(ast.parse(code)) == [5]
