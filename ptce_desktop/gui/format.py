"""Display formats for the screens (amounts, shares, scores, dates), French by default and
English when the interface is (`set_language`)."""

from __future__ import annotations

from datetime import datetime

NNBSP = "\u202f"  # thousands separator in French typography
NBSP = "\u00a0"
_LANG = {"current": "fr"}


def set_language(lang: str) -> None:
    _LANG["current"] = lang


def is_english() -> bool:
    return _LANG["current"] == "en"


def _decimal(text: str) -> str:
    return text if is_english() else text.replace(".", ",")


def eur(value: float | None) -> str:
    """185000 -> "185 000 €"; None -> "—"."""
    if value is None:
        return "—"
    if is_english():
        return f"€{round(value):,}"
    return f"{round(value):,}".replace(",", NNBSP) + f"{NBSP}€"


def integer(value: int) -> str:
    """350000 -> "350 000" ("350,000" in English)."""
    return f"{value:,}" if is_english() else f"{value:,}".replace(",", NNBSP)


def number(value: float) -> str:
    """1234.5 -> "1 234,5"."""
    whole, _, decimals = f"{value:,.2f}".rstrip("0").rstrip(".").partition(".")
    if is_english():
        return whole + ("." + decimals if decimals else "")
    return whole.replace(",", NNBSP) + ("," + decimals if decimals else "")


def percent(share: float | None) -> str:
    """0.254 -> "25,4 %"."""
    if share is None:
        return "—"
    return _decimal(f"{100 * share:.1f}") + ("%" if is_english() else f"{NBSP}%")


def score(value: float | None) -> str:
    """78.44 -> "78,4"."""
    return "—" if value is None else _decimal(f"{value:.1f}")


def size(n: int) -> str:
    """2048 -> "2 Ko" ("2 KB" in English)."""
    byte, kilo, mega = ("B", "KB", "MB") if is_english() else ("o", "Ko", "Mo")
    if n < 1024:
        return f"{n}{NBSP}{byte}"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f}{NBSP}{kilo}"
    return _decimal(f"{n / 1024 / 1024:.1f}") + f"{NBSP}{mega}"


def timestamp(iso: str | None) -> str:
    """An ISO time stored in UTC, shown in local time: "12/09/2013 à 14:05"."""
    if not iso:
        return "—"
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%d/%m/%Y at %H:%M" if is_english() else "%d/%m/%Y à %H:%M")


def day(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso
