import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptce_desktop.domain.siret import luhn_ok, normalize, siret_problem, with_check_digit


@pytest.mark.parametrize("value", ["73282932000074", "732 829 320 00074", "35600000000010"])
def test_valid_sirets(value):
    assert siret_problem(value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "absent"),
        ("7328293200007", "14 chiffres"),
        ("7328293200007A", "14 chiffres"),
        ("73282932000075", "clé de contrôle"),
    ],
)
def test_invalid_sirets(value, message):
    assert message in siret_problem(value)


def test_check_digit_completion():
    assert siret_problem(with_check_digit("1234567890123")) is None


def test_every_single_digit_error_is_caught():
    valid = "73282932000074"
    for i, digit in enumerate(valid):
        for other in "0123456789":
            if other != digit:
                wrong = valid[:i] + other + valid[i + 1 :]
                assert siret_problem(wrong) == f"SIRET « {wrong} » : clé de contrôle invalide"


def test_luhn_by_hand():
    # Every second digit from the right doubled, less 9 past 9: "59" is 9 + (10 - 9) = 10.
    assert luhn_ok("0") and luhn_ok("18") and luhn_ok("59") and luhn_ok("91")
    assert not luhn_ok("19") and not luhn_ok("58") and not luhn_ok("1")
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    # Digits of other scripts count as their value, as int() reads them.
    assert luhn_ok("\u0667\u0669\u0669\u0662\u0667\u0663\u0669\u0668\u0667\u0661\u0663")
    assert not luhn_ok("\u0667\u0669\u0669\u0662\u0667\u0663\u0669\u0668\u0667\u0661\u0660")


def _by_hand(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def test_luhn_agrees_with_the_digit_by_digit_definition():
    for n in range(0, 200_000, 7):
        digits = f"{n:06d}"
        assert luhn_ok(digits) == _by_hand(digits), digits


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=20))
def test_luhn_agrees_with_the_definition_for_any_digits_of_any_length(digits: str) -> None:
    """ASCII digits (summed as bytes) and other scripts' (read by int()) alike, odd lengths too."""
    assert luhn_ok(digits) == _by_hand(digits)


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_luhn_agrees_with_the_definition_for_ascii_digits(digits: str) -> None:
    assert luhn_ok(digits) == _by_hand(digits)


def test_normalize_drops_the_separators_people_type():
    assert normalize("732.829-320\u00a000074\t") == "73282932000074"
    assert normalize("732\u202f829 320 00074") == "73282932000074"


def test_check_digits_completed():
    assert with_check_digit("7328293200007") == "73282932000074"
    assert with_check_digit("4048330480002") == "40483304800022"


def test_la_poste_establishments_sum_to_a_multiple_of_five():
    assert siret_problem("35600000000010") is None  # digit sum 15
    assert siret_problem("35600000000020") == "SIRET « 35600000000020 » : clé de contrôle invalide"


def test_only_blanks_dots_and_dashes_are_dropped():
    assert normalize(" 732.829-320\u00a0000\u202f74\t") == "73282932000074"
    assert siret_problem("7328293200X0074") == "SIRET « 7328293200X0074 » : 14 chiffres attendus"
    assert siret_problem("") == "SIRET absent"
