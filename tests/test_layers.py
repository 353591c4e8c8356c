"""The package's layers, checked from the source (issue #18).

domain/ is pure; store/ is the only place with SQL; io/ reads and writes formats; services/ are
the use cases; gui/ and commands/ (and cli.py) go through services, never to the store. The
test walks every module's imports with `ast`, so an import hidden in a function counts too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ptce_desktop

PACKAGE = Path(ptce_desktop.__file__).parent
ROOT = "ptce_desktop"

# The layers of ours each layer may import ("" is the package itself: `__version__`).
# gui/ and commands/ still import io/ directly (formatting, atomic writes, signing, letters,
# Démarche Numérique mapping…): moving those behind services is the next step of #18.
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain", "text"},
    "store": {"domain", "store", "text"},
    "io": {"domain", "io", "paths", "text"},
    "services": {"domain", "store", "io", "services", "paths", "clock", "text"},
    "commands": {"domain", "io", "services", "commands", "paths", "text"},
    "gui": {"", "domain", "io", "services", "gui", "paths", "text"},
    "cli": {"", "commands", "services", "text"},
    "paths": set(),
    "clock": set(),  # the settable clock services date documents with
    "text": set(),  # translatable messages (t, Message): every layer may raise with them
    "__init__": set(),
}

SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA)\b.*\b(FROM|INTO|SET|TABLE|INDEX)\b",
    re.IGNORECASE | re.DOTALL,
)
SQL_CALLS = {"execute", "executemany", "executescript", "query"}


def _modules() -> list[tuple[list[str], Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = [ROOT, *path.relative_to(PACKAGE).with_suffix("").parts]
        out.append((parts, path))
    return out


def _imports(parts: list[str], tree: ast.AST) -> list[tuple[int, str]]:
    """(line, absolute dotted target) for every import of ours in the module."""
    package = parts[:-1]  # an __init__ module's package is its folder too
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = [*base, *(node.module.split(".") if node.module else [])]
            else:
                target = (node.module or "").split(".")
            if target[0] != ROOT:
                continue
            for a in node.names:  # `from .. import clock` imports the module clock
                folder = PACKAGE.joinpath(*target[1:], a.name)
                is_module = folder.is_dir() or folder.with_suffix(".py").is_file()
                found.append((node.lineno, ".".join([*target, a.name] if is_module else target)))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == ROOT]
    return found


def _layer(dotted: str) -> str:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_violations() -> list[str]:
    problems = []
    for parts, path in _modules():
        layer = parts[1]
        allowed = ALLOWED[layer]
        for line, target in _imports(parts, ast.parse(path.read_text(encoding="utf-8"))):
            if _layer(target) not in allowed | {layer}:
                problems.append(f"{'.'.join(parts)}:{line} imports {target}")
    return problems


def sql_outside_store() -> list[str]:
    problems = []
    for parts, path in _modules():
        if parts[1] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if SQL.search(node.value):
                    problems.append(f"{'.'.join(parts)}:{node.lineno} SQL {node.value[:40]!r}")
            elif isinstance(node, ast.Attribute) and node.attr in SQL_CALLS:
                problems.append(f"{'.'.join(parts)}:{node.lineno} .{node.attr}")
    return problems


def test_every_layer_imports_only_what_it_may() -> None:
    assert layer_violations() == []


def test_no_sql_outside_the_store() -> None:
    assert sql_outside_store() == []


def test_the_checks_see_a_violation(tmp_path: Path) -> None:
    """The walker itself: a relative import of the store from gui/ and a query are caught."""
    tree = ast.parse("from ...store.db import CallStore\nimport ptce_desktop.store.calls\n")
    targets = [t for _, t in _imports([ROOT, "gui", "views", "x"], tree)]
    assert targets == ["ptce_desktop.store.db", "ptce_desktop.store.calls"]
    assert all(_layer(t) not in ALLOWED["gui"] for t in targets)
    assert SQL.search("SELECT d.id FROM dossiers d ")
    assert SQL.search("insert into people (name) values (?)")
    assert not SQL.search("Sélectionnez le dossier dans la liste")
