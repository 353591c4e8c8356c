"""SIRET numbers: 14 digits whose Luhn checksum is valid (La Poste's establishments excepted)."""

from __future__ import annotations

LA_POSTE_SIREN = "356000000"


def normalize(value: str) -> str:
    """Drop the spaces, dots and dashes people type inside a SIRET."""
    return "".join(ch for ch in str(value) if ch not in " .-\u00a0\u202f\t")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def siret_problem(value: str) -> str | None:
    """None when `value` is a valid SIRET, else a short French reason."""
    digits = normalize(value)
    if not digits:
        return "SIRET absent"
    if len(digits) != 14 or not digits.isdigit():
        return f"SIRET « {value} » : 14 chiffres attendus"
    if digits.startswith(LA_POSTE_SIREN):
        ok = sum(int(c) for c in digits) % 5 == 0
    else:
        ok = luhn_ok(digits)
    return None if ok else f"SIRET « {value} » : clé de contrôle invalide"


def with_check_digit(prefix13: str) -> str:
    """Complete 13 digits into a valid SIRET (used by the demo generator)."""
    for last in "0123456789":
        if luhn_ok(prefix13 + last):
            return prefix13 + last
    raise AssertionError(  # pragma: no mutate (unreachable, as the message says)
        "unreachable: one digit always completes a Luhn number"
    )
