import pytest

from ptce_desktop.domain.siret import siret_problem, with_check_digit


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
