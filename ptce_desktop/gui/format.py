"""French display formats for the screens (amounts, shares, scores, dates)."""

from __future__ import annotations

from datetime import datetime

NNBSP = "\u202f"  # thousands separator in French typography
NBSP = "\u00a0"


def eur(value: float | None) -> str:
    """185000 -> "185 000 €"; None -> "—"."""
    if value is None:
        return "—"
    return f"{round(value):,}".replace(",", NNBSP) + f"{NBSP}€"


def integer(value: int) -> str:
    """350000 -> "350 000"."""
    return f"{value:,}".replace(",", NNBSP)


def number(value: float) -> str:
    """1234.5 -> "1 234,5"."""
    whole, _, decimals = f"{value:,.2f}".rstrip("0").rstrip(".").partition(".")
    return whole.replace(",", NNBSP) + ("," + decimals if decimals else "")


def percent(share: float | None) -> str:
    """0.254 -> "25,4 %"."""
    if share is None:
        return "—"
    return f"{100 * share:.1f}".replace(".", ",") + f"{NBSP}%"


def score(value: float | None) -> str:
    """78.44 -> "78,4"."""
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def size(n: int) -> str:
    if n < 1024:
        return f"{n}{NBSP}o"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f}{NBSP}Ko"
    return f"{n / 1024 / 1024:.1f}".replace(".", ",") + f"{NBSP}Mo"


def timestamp(iso: str | None) -> str:
    """An ISO time stored in UTC, shown in local time: "12/09/2013 à 14:05"."""
    if not iso:
        return "—"
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%d/%m/%Y à %H:%M")


def day(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso
