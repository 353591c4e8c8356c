"""Run the benchmarks: `python -m benchmarks [NAME ...]`.

Each `bench_<name>.py` module has `main() -> list[Figure] | None`: it prints its figures as it
measures them, ratios to a floor measured in the same run on the same machine (the machine may
be shared: each side is the best of several runs). A full run (no NAME) ends with the table of
every figure and writes it into benchmarks/README.md with the machine it ran on. Timings live
here, never in the test suite.
"""

from __future__ import annotations

import sys
import time
from importlib import import_module
from pathlib import Path

from .report import Figure, machine, table, write_readme

ORDER = ("import", "gui", "memory", "minutes", "startup")  # the table order


def available() -> list[str]:
    found = {p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py")}
    return [n for n in ORDER if n in found] + sorted(found - set(ORDER))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(
            f"benchmark inconnu : {', '.join(unknown)} (disponibles : {', '.join(available())})",
            file=sys.stderr,
        )
        return 2
    where = machine()  # the load before the run, not the one the benchmarks make
    print(f"machine : {where}\n", flush=True)
    figures: list[Figure] = []
    for name in names:
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        # A benchmark outside the table (packages) prints its figures and returns None.
        figures += import_module(f"benchmarks.bench_{name}").main() or []
        print(f"   ({time.perf_counter() - start:.1f} s)\n", flush=True)
    print(table(figures))
    if not argv:
        write_readme(figures, where)
        print("\n(tableau écrit dans benchmarks/README.md)")
    missed = [f for f in figures if not f.met]
    if missed:
        print(f"{len(missed)} figure(s) au-dessus de l'objectif", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
