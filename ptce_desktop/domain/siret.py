"""SIRET numbers: 14 digits whose Luhn checksum is valid (La Poste's establishments excepted)."""

from __future__ import annotations

from ..text import t

LA_POSTE_SIREN = "356000000"


_SEPARATORS = str.maketrans("", "", " .-\u00a0\u202f\t")
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit -> the digit sum of its double
_DOUBLED_ASCII = str.maketrans("0123456789", "".join(map(str, _DOUBLED)))


def normalize(value: str) -> str:
    """Drop the spaces, dots and dashes people type inside a SIRET."""
    return str(value).translate(_SEPARATORS)


def luhn_ok(digits: str) -> bool:
    """Every second digit from the right doubled (less 9 past 9), the sum a multiple of ten;
    without a Python loop per digit (a big import checks 60,000 SIRET, screening 10,000).
    ASCII digits are summed as bytes (each its code less 48), the doubled ones first turned
    into their double's digit sum; digits of other scripts count as int() reads them."""
    if digits.isascii():
        kept, doubled = digits[-1::-2], digits[-2::-2].translate(_DOUBLED_ASCII)
        return (sum((kept + doubled).encode()) - 48 * len(digits)) % 10 == 0
    kept_sum = sum(map(int, digits[-1::-2]))
    doubled_sum = sum(map(_DOUBLED.__getitem__, map(int, digits[-2::-2])))
    return (kept_sum + doubled_sum) % 10 == 0


def siret_problem(value: str) -> str | None:
    """None when `value` is a valid SIRET, else a short French reason."""
    digits = normalize(value)
    if not digits:
        return t("SIRET absent")
    if len(digits) != 14 or not digits.isdigit():
        return t("SIRET « {value} » : 14 chiffres attendus", value=value)
    if digits.startswith(LA_POSTE_SIREN):
        ok = sum(int(c) for c in digits) % 5 == 0
    else:
        ok = luhn_ok(digits)
    return None if ok else t("SIRET « {value} » : clé de contrôle invalide", value=value)


def with_check_digit(prefix13: str) -> str:
    """Complete 13 digits into a valid SIRET (used by the demo generator)."""
    for last in "0123456789":
        if luhn_ok(prefix13 + last):
            return prefix13 + last
    raise AssertionError(  # pragma: no mutate (unreachable, as the message says)
        "unreachable: one digit always completes a Luhn number"
    )
