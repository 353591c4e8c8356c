"""The parsers never fail other than with ParseError, and read back what we write."""

import contextlib
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from ptce_desktop.io.formatting import format_number
from ptce_desktop.io.parsing import (
    ParseError,
    normalize_header,
    parse_amount,
    parse_date,
    parse_int,
    read_text_table,
)

FAST = settings(max_examples=150, deadline=None)

# Random text, biased towards the characters spreadsheets put in numbers and dates.
messy_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789 ,.-/€EURe+\u00a0\u202f:T", max_size=20),
)


def _value_or_parse_error(parser, value):
    with contextlib.suppress(ParseError):
        parser(value)


@FAST
@given(messy_text)
def test_parse_amount_never_fails_otherwise(text):
    _value_or_parse_error(parse_amount, text)


@FAST
@given(messy_text)
def test_parse_date_never_fails_otherwise(text):
    _value_or_parse_error(parse_date, text)


@FAST
@given(messy_text)
def test_parse_int_never_fails_otherwise(text):
    _value_or_parse_error(parse_int, text)


@FAST
@given(st.one_of(st.floats(), st.integers()))
def test_numbers_never_fail_otherwise(number):
    for parser in (parse_amount, parse_int, parse_date):
        _value_or_parse_error(parser, number)


@FAST
@given(st.text(max_size=40))
def test_normalize_header_is_idempotent(text):
    key = normalize_header(text)
    assert normalize_header(key) == key
    assert key == key.strip("_")
    assert " " not in key and "-" not in key


@FAST
@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from([0, 2]),
    st.sampled_from(["", " €", "\u00a0€", " EUR"]),
    st.sampled_from(["\u202f", "\u00a0", " ", "."]),
)
def test_french_amounts_round_trip(cents, decimals, unit, thousands):
    value = cents / 100 if decimals else float(cents // 100)
    text = format_number(value, decimals=decimals).replace("\u202f", thousands) + unit
    assert parse_amount(text) == round(value, decimals)


@FAST
@given(st.dates(min_value=date(1, 1, 1)))
def test_french_dates_round_trip(day):
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year:04d}") == day
    assert parse_date(day.isoformat()) == day


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(alphabet='ab1;,\t\n\r" é', max_size=60)))
def test_read_text_table_never_fails_otherwise(content):
    data = content if isinstance(content, bytes) else content.encode("cp1252")
    with contextlib.suppress(ParseError):
        df = read_text_table(data)
        assert list(df.index) == sorted(set(df.index))
        assert all(row >= 2 for row in df.index)


def _outcome(parser, value):
    """What a parser gives: its value, or its refusal's message."""
    try:
        return ("value", parser(value))
    except ParseError as exc:
        return ("refused", str(exc))


EDGES = [
    0,
    0.0,
    -0.0,
    12,
    12.0,
    12.5,
    -3,
    -3.0,
    10_000_000,
    10_000_000.0,
    10_000_001,
    10_000_001.0,
    1e300,
    float("nan"),
    float("inf"),
    True,
    False,
    None,
    "12",
    "12,0",
]


@FAST
@given(st.one_of(st.integers(), st.floats(), st.sampled_from(EDGES)))
def test_a_workbook_count_reads_as_the_text_parser_reads_it(value):
    """The import's shortcut for number cells (`_count`) gives what `parse_int` gives: the same
    count, or the same refusal."""
    from ptce_desktop.io.workbook import _count

    assert _outcome(_count, value) == _outcome(parse_int, value)
    assert type(_outcome(_count, value)[1]) is type(_outcome(parse_int, value)[1])


def test_a_workbook_count_at_its_edges():
    from ptce_desktop.io.workbook import _count

    for value in EDGES:
        assert _outcome(_count, value) == _outcome(parse_int, value), value
