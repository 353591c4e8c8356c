"""The mutation score `make mutation` prints, read from mutmut's results in mutants/.

A mutant counts when it changes behaviour: a mutant that only changes the text of a message
(an exception's message, a reason or a label shown to a person) is left out, killed or not,
and the count of those left out is printed. A mutant is « message only » when the sole
difference between the original function and the mutant is the value of string literals
each of which is:
- inside a `raise` statement;
- prose: two words or more (« le titre est vide »), or beside prose in the same expression
  (`"" if ok else ", requis"`, `", ".join(...)` added to a sentence);
- a value (not a key) inside a function that gives a label (`label`, `__str__`).
Codes and keys (« ess_member », « criteria ») are never messages: mutating them is behaviour.

Killed: mutmut's « killed » and « timeout »; not killed: « survived », « no tests » and
« suspicious ». The last line is the score; the exit status is 0 at 90 % or more, 1 below
(the threshold the project holds itself to), 2 when there are no results to read.

Usage: python scripts/mutation_report.py [--survivors] [--messages]  (from the project's root,
after `mutmut run`); --survivors lists each surviving behaviour mutant with the line it
changes, --messages each mutant left out.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import itertools
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

THRESHOLD = 90.0
KILLED = {1, 3, 24, 36, 152, 255, -24}  # mutmut's exit codes for killed and timeout
NOT_KILLED = {0, 5, 33, 35}  # survived, no tests, suspicious
LABEL_FUNCTIONS = re.compile(r"(^|_)(label|labels|__str__)$")
PROSE = re.compile(r"[^\W\d_]{2,}[\s\u00a0\u202f]+\S*[^\W\d_]", re.UNICODE)
PLACEHOLDER = "\x00message"


@dataclass(frozen=True, slots=True)
class Mutant:
    name: str  # as mutmut names it: ptce_desktop.domain.scoring.x_rank__mutmut_3
    path: Path  # the mutated copy of the source file
    exit_code: int | None


def mutants(root: Path) -> Iterator[Mutant]:
    for meta in sorted(root.glob("**/*.py.meta")):
        results = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        source = meta.with_suffix("")  # x.py.meta -> x.py
        for name, code in results.items():
            yield Mutant(name=name, path=source, exit_code=code)


def functions(path: Path) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def _text(node: ast.AST) -> str:
    """The literal text of a string expression, holes filled with a letter."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_text(v) if isinstance(v, ast.Constant) else "x" for v in node.values)
    return ""


def _has_prose(node: ast.AST) -> bool:
    return any(PROSE.search(_text(n)) for n in ast.walk(node))


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _is_message(node: ast.Constant, parents: dict[ast.AST, ast.AST], function: str) -> bool:
    if PROSE.search(node.value):
        return True
    chain = [node]
    while chain[-1] in parents:
        chain.append(parents[chain[-1]])
    if any(isinstance(n, ast.Raise) for n in chain):
        return True
    parent = parents.get(node)
    if LABEL_FUNCTIONS.search(function) and not (
        isinstance(parent, ast.Dict) and node in parent.keys
    ):
        return True
    # Beside prose in the same expression: climb through what builds one string.
    for child, up in itertools.pairwise(chain):
        if isinstance(up, ast.BinOp | ast.IfExp | ast.JoinedStr) and _has_prose(up):
            return child is not getattr(up, "test", None)
        joining = isinstance(up, ast.Attribute) and up.attr in ("join", "format")
        if not (isinstance(up, ast.BinOp | ast.IfExp | ast.JoinedStr | ast.Call) or joining):
            return False
    return False


def _masked(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> str:
    """The function's tree with every message string replaced by one placeholder."""
    parents = _parents(function)
    messages = [
        node
        for node in ast.walk(function)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _is_message(node, parents, name)
    ]
    for node in messages:  # decided first: masking a string hides the prose beside it
        node.value = PLACEHOLDER
    function.name = name
    return ast.dump(function)


def original_name(mutant_function: str) -> str:
    return mutant_function.rsplit("__mutmut_", 1)[0] + "__mutmut_orig"


def shown_name(mutant_function: str) -> str:
    """x_rank__mutmut_3 -> rank; xǁClassǁmethod__mutmut_2 -> Class.method."""
    base = mutant_function.rsplit("__mutmut_", 1)[0]
    return base.removeprefix("x_").removeprefix("xǁ").replace("ǁ", ".")


def _renamed(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    copy = ast.parse(ast.unparse(function)).body[0]
    assert isinstance(copy, ast.FunctionDef | ast.AsyncFunctionDef)
    copy.name = "f"
    return ast.unparse(copy)


class Classifier:
    def __init__(self) -> None:
        self._files: dict[Path, dict[str, ast.FunctionDef | ast.AsyncFunctionDef]] = {}

    def pair(self, m: Mutant) -> tuple[ast.FunctionDef, ast.FunctionDef]:
        if m.path not in self._files:
            self._files[m.path] = functions(m.path)
        defs = self._files[m.path]
        local = m.name.rsplit(".", 1)[1]
        return defs[original_name(local)], defs[local]  # type: ignore[return-value]

    def message_only(self, m: Mutant) -> bool:
        orig, mutant = (
            ast.parse(ast.unparse(f)).body[0] for f in self.pair(m)
        )  # fresh copies: masking edits the trees
        name = shown_name(m.name.rsplit(".", 1)[1]).rsplit(".", 1)[-1]
        assert isinstance(orig, ast.FunctionDef) and isinstance(mutant, ast.FunctionDef)
        return _masked(orig, name) == _masked(mutant, name)

    def change(self, m: Mutant) -> str:
        orig, mutant = (_renamed(f).splitlines() for f in self.pair(m))
        lines = [
            line
            for line in difflib.unified_diff(orig, mutant, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        return " | ".join(line.strip() for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    parser.add_argument("--messages", action="store_true", help="list the mutants left out")
    parser.add_argument("--root", type=Path, default=Path("mutants"))
    args = parser.parse_args(argv)
    all_mutants = list(mutants(args.root))
    if not all_mutants:
        print(f"mutation: aucun résultat dans {args.root}/ (lancer `mutmut run` d'abord)")
        return 2
    classifier = Classifier()
    killed = counted = left_out = left_out_survivors = unchecked = 0
    survivors: list[Mutant] = []
    for m in all_mutants:
        if m.exit_code not in KILLED | NOT_KILLED:
            unchecked += 1  # not run (interrupted) or skipped
            continue
        if classifier.message_only(m):
            if args.messages:
                print(f"message : {m.name} : {classifier.change(m)}")
            left_out += 1
            left_out_survivors += m.exit_code in NOT_KILLED
            continue
        counted += 1
        if m.exit_code in KILLED:
            killed += 1
        else:
            survivors.append(m)
    if args.survivors:
        for m in survivors:
            module = m.name.rsplit(".", 1)[0]
            function = shown_name(m.name.rsplit(".", 1)[1])
            print(f"{module}.{function} [{m.name.rsplit('_', 1)[1]}]: {classifier.change(m)}")
    by_module: dict[str, int] = {}
    for m in survivors:
        module = m.name.rsplit(".", 1)[0]
        by_module[module] = by_module.get(module, 0) + 1
    for module, n in sorted(by_module.items()):
        print(f"  survivants {module} : {n}")
    if unchecked:
        print(f"  {unchecked} mutants non vérifiés (run interrompu ?)")
    print(
        f"  {left_out} mutants ne changent que le texte d'un message "
        f"({left_out_survivors} d'entre eux survivent) : laissés de côté"
    )
    score = 100 * killed / counted if counted else 0.0
    print(
        f"mutation: {score:.1f} % des mutants qui changent le comportement sont tués "
        f"({killed}/{counted} ; {left_out} mutants de message laissés de côté)"
    )
    return 0 if score >= THRESHOLD else 1


if __name__ == "__main__":
    sys.exit(main())
