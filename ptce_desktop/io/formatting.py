"""French formats for amounts, dates and scores as the documents print them."""

from __future__ import annotations

from datetime import date

# French typography: thin no-break space between thousands, no-break space before the unit.
NNBSP = "\u202f"
NBSP = "\u00a0"

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_number(value: float, *, decimals: int = 0) -> str:
    """1234567.5 -> "1 234 567,50" (narrow no-break spaces, decimal comma)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NNBSP).replace(".", ",")


def format_eur(value: float | None, cents: bool = False) -> str:
    """1234567 -> "1 234 567 €"; None -> "—"."""
    if value is None:
        return "—"
    # Round half away from zero as accountants expect, not Python's banker's rounding.
    rounded = round(value + (1e-9 if value >= 0 else -1e-9), 2 if cents else 0)
    return f"{format_number(rounded, decimals=2 if cents else 0)}{NBSP}€"


def format_date_fr(value: date) -> str:
    """date(2026, 11, 22) -> "22 novembre 2026"; the first of the month is "1er"."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {_MONTHS[value.month - 1]} {value.year}"


def format_score(value: float | None, *, decimals: int = 1) -> str:
    """78.44 -> "78,4"; None -> "—"."""
    if value is None:
        return "—"
    return f"{value:.{decimals}f}".replace(".", ",")
