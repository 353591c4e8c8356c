"""What every benchmark reports: one `Figure` per row of the table, and the table itself.

`make bench` prints each figure as it is measured, then writes the table of the run, with the
machine it ran on, into benchmarks/README.md (between two markers, the prose around is kept).
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SIZES = (1_000, 10_000)  # dossiers: each benchmark runs at both, so the growth shows
README = Path(__file__).with_name("README.md")
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


@dataclass(slots=True, frozen=True)
class Figure:
    """One measured row: `ours` against `floor` (same unit), judged against `aim`."""

    name: str
    size: str  # what was measured at, e.g. "10 000 dossiers"
    ours: float
    floor: float | None  # None: an absolute figure (a stall, a peak of memory)
    unit: str  # "s", "ms", "MB", "+ms"
    aim: str  # as the issue says it, e.g. "≤ 3×", "< 50 ms"
    met: bool

    @property
    def ratio(self) -> float | None:
        return None if self.floor is None or self.floor <= 0 else self.ours / self.floor

    def cells(self) -> list[str]:
        ratio = "" if self.ratio is None else f"{self.ratio:.1f}×"
        floor = "" if self.floor is None else _value(self.floor, self.unit)
        verdict = "oui" if self.met else "**non**"
        return [self.name, self.size, _value(self.ours, self.unit), floor, ratio, self.aim,
                verdict]  # fmt: skip


def _value(x: float, unit: str) -> str:
    if unit == "s":
        return f"{x:.3f} s" if x < 1 else f"{x:.2f} s"
    if unit == "ms":
        return f"{x:.0f} ms" if x >= 10 else f"{x:.1f} ms"
    return f"{x:.0f} {unit}"


HEADER = ["figure", "taille", "nous", "plancher", "rapport", "objectif", "atteint"]


def dossiers(n: int) -> str:
    return f"{n:,}".replace(",", " ") + " dossiers"


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    """The shortest of `runs` timings: the machine is shared, the minimum is the least noisy."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def print_figure(f: Figure) -> None:
    ratio = "" if f.ratio is None else f"  {f.ratio:5.1f}×"
    floor = "" if f.floor is None else f"  plancher {_value(f.floor, f.unit)}"
    verdict = "OK" if f.met else "AU-DESSUS DE L'OBJECTIF"
    print(f"   {f.name} [{f.size}] : {_value(f.ours, f.unit)}{floor}{ratio}  "
          f"(objectif {f.aim} : {verdict})", flush=True)  # fmt: skip


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = f", charge {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (
        f"{cpu}, {os.cpu_count()} cœurs{load} ; Python {platform.python_version()} "
        f"({sys.implementation.name}) ; {platform.system()} {platform.release()} ; "
        f"{date.today().isoformat()}"
    )


def table(figures: list[Figure]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join(f.cells()) + " |" for f in figures]
    return "\n".join(lines)


def write_readme(figures: list[Figure], machine_line: str) -> None:
    block = f"{BEGIN}\nDernière exécution : {machine_line}\n\n{table(figures)}\n{END}"
    text = README.read_text("utf-8") if README.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    README.write_text(text, "utf-8")
