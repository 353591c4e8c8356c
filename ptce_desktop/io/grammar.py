"""French agreement from a person's civility, for the documents' sentences (no reportlab)."""

from __future__ import annotations


def feminine(name: str) -> bool:
    """Agreement of past participles ("déportée", "excusée") from the civility in the name."""
    return name.strip().startswith(("Mme", "Madame", "Mlle"))


def agree(word: str, name: str) -> str:
    return word + "e" if feminine(name) else word
