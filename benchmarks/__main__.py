"""Run the benchmarks: `python -m benchmarks [NAME ...]`.

Each `bench_<name>.py` module has `main() -> None`, which prints its figures, ratios to a
floor measured on the same machine rather than absolute times, so results compare across
machines. Timings live here, never in the test suite.
"""

from __future__ import annotations

import sys
import time
from importlib import import_module
from pathlib import Path


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(
            f"benchmark inconnu : {', '.join(unknown)} (disponibles : {', '.join(available())})",
            file=sys.stderr,
        )
        return 2
    for name in names:
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        import_module(f"benchmarks.bench_{name}").main()
        print(f"   ({time.perf_counter() - start:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
