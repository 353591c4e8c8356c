from datetime import date, datetime
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from ptce_desktop.domain.model import CofundingStatus, MemberCategory
from ptce_desktop.io.parsing import (
    ROW_INDEX_NAME,
    ParseError,
    normalize_header,
    parse_amount,
    parse_category,
    parse_cofunding_status,
    parse_date,
    parse_int,
    read_text_table,
)

# --- amounts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12, 12.0),
        (1234.5, 1234.5),
        (np.int64(3), 3.0),
        (np.float64(2.5), 2.5),
        (Decimal("10.10"), 10.1),
        ("1 234 567,89 €", 1234567.89),
        ("1\u00a0234\u00a0567,89\u00a0€", 1234567.89),
        ("1\u202f234\u202f567,89\u00a0€", 1234567.89),
        ("1234567.89", 1234567.89),
        ("1234567,89", 1234567.89),
        ("1.234.567,89", 1234567.89),
        ("1,234,567.89", 1234567.89),
        ("1.234.567", 1234567.0),
        ("12 000 EUR", 12000.0),
        ("12000 euros", 12000.0),
        ("€ 250", 250.0),
        ("12.000", 12000.0),  # three digits after one separator: thousands
        ("0,125", 0.125),
        ("1,5", 1.5),
        ("+5", 5.0),
        ("0", 0.0),
    ],
)
def test_parse_amount(value, expected):
    assert parse_amount(value) == pytest.approx(expected)


@pytest.mark.parametrize("value", [None, float("nan"), np.nan, pd.NA, "", "  ", "-", "—"])
def test_parse_amount_blank(value):
    assert parse_amount(value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "montant « abc » : nombre attendu"),
        ("EUR", "montant « EUR » : nombre attendu"),
        ("1e6", "montant « 1e6 » : nombre attendu"),
        (True, "montant « True » : nombre attendu"),
        ("1,2,3", "montant « 1,2,3 » : séparateurs ambigus"),
        ("1.2.3,4", "montant « 1.2.3,4 » : séparateurs de milliers mal placés"),
        ("1,234.5.6", "montant « 1,234.5.6 » : séparateurs incohérents"),
        ("-5", "montant « -5 » : un montant ne peut pas être négatif"),
        ("- 1 000 €", "montant « - 1 000 € » : un montant ne peut pas être négatif"),
        (-3, "montant « -3 » : un montant ne peut pas être négatif"),
        (float("inf"), "montant « inf » : nombre fini attendu"),
        ("9" * 400, "nombre trop grand"),
    ],
)
def test_parse_amount_rejects(value, message):
    with pytest.raises(ParseError, match=message) as info:
        parse_amount(value)
    assert isinstance(info.value, ValueError)


def test_long_values_are_cut_in_messages():
    with pytest.raises(ParseError) as info:
        parse_amount("x" * 200)
    assert len(str(info.value)) < 80
    assert "…" in str(info.value)


# --- integers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12), ("12,0", 12), ("12.0", 12), (12.0, 12), (12, 12), (" 1 200 ", 1200), ("", None)],
)
def test_parse_int(value, expected):
    assert parse_int(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("12,5", "nombre « 12,5 » : nombre entier attendu"),
        (12.5, "nombre « 12.5 » : nombre entier attendu"),
        ("-1", "nombre « -1 » : un effectif ne peut pas être négatif"),
        ("douze", "nombre « douze » : nombre attendu"),
    ],
)
def test_parse_int_rejects(value, message):
    with pytest.raises(ParseError, match=message):
        parse_int(value)


# --- dates ---------------------------------------------------------------------------------

JULY_15 = date(2013, 7, 15)


@pytest.mark.parametrize(
    "value",
    [
        "15/07/2013",
        "15-07-2013",
        "15.07.2013",
        " 15/7/2013 ",
        "2013-07-15",
        "2013/07/15",
        "15/07/13",
        "2013-07-15 00:00:00",
        "2013-07-15T10:20:30.5",
        "15 juillet 2013",
        "15 JUIL. 2013",
        datetime(2013, 7, 15, 10, 30),
        JULY_15,
        pd.Timestamp("2013-07-15"),
        np.datetime64("2013-07-15"),
        41470,
        41470.75,
        "41470",
    ],
)
def test_parse_date(value):
    assert parse_date(value) == JULY_15


def test_parse_date_details():
    assert parse_date("1er juillet 2013") == date(2013, 7, 1)
    assert parse_date("29/02/2012") == date(2012, 2, 29)
    assert parse_date("01/01/70") == date(1970, 1, 1)
    assert parse_date("01/01/68") == date(2068, 1, 1)


@pytest.mark.parametrize("value", [None, "", "  ", "-", float("nan"), pd.NaT])
def test_parse_date_blank(value):
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2013", "date « 31/02/2013 » : le 31 février 2013 n'existe pas"),
        ("29/02/2013", "février 2013 a 28 jours"),
        ("31/04/2013", "avril 2013 a 30 jours"),
        ("07/15/2013", "mois 15 impossible \\(format jj/mm/aaaa attendu\\)"),
        ("01/01/0000", "année 0 impossible"),
        ("abc", "date « abc » : date attendue \\(jj/mm/aaaa\\)"),
        ("15 foo 2013", "date attendue"),
        (2013, "date « 2013 » : date attendue"),  # a bare year is not a serial number
        (1e300, "date attendue"),
        (True, "date attendue"),
    ],
)
def test_parse_date_rejects(value, message):
    with pytest.raises(ParseError, match=message):
        parse_date(value)


# --- headers, categories, statuses ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" Numéro ", "numero"),
        ("Nom du pôle", "nom_du_pole"),
        ("montant demandé", "montant_demande"),
        ("MONTANT  DEMANDÉ", "montant_demande"),
        ("\ufeffNuméro", "numero"),
        ("Montant\ndemandé", "montant_demande"),
        ("Date de création - structure", "date_de_creation_structure"),
        ("Nom_de__la-structure", "nom_de_la_structure"),
        ("N° d'ordre", "n°_d_ordre"),
        ("Catégorie d’acteur", "categorie_d_acteur"),
        ("Cœur de métier", "coeur_de_metier"),
        ("", ""),
        (None, ""),
        (12, "12"),
    ],
)
def test_normalize_header(text, expected):
    assert normalize_header(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Entreprise ESS", MemberCategory.ESS_ENTERPRISE),
        ("entreprise de l'ESS", MemberCategory.ESS_ENTERPRISE),
        ("Entreprise de l’économie sociale et solidaire", MemberCategory.ESS_ENTERPRISE),
        ("entreprise commerciale", MemberCategory.COMMERCIAL_ENTERPRISE),
        ("Entreprise hors ESS", MemberCategory.COMMERCIAL_ENTERPRISE),
        ("COLLECTIVITE TERRITORIALE", MemberCategory.LOCAL_AUTHORITY),
        ("Centre de recherche", MemberCategory.RESEARCH_CENTRE),
        ("établissement d'enseignement supérieur", MemberCategory.HIGHER_EDUCATION),
        ("Etablissement d enseignement superieur", MemberCategory.HIGHER_EDUCATION),
        ("organisme de formation", MemberCategory.TRAINING_BODY),
        (" autre ", MemberCategory.OTHER),
        ("ess_enterprise", MemberCategory.ESS_ENTERPRISE),
    ],
)
def test_parse_category(value, expected):
    assert parse_category(value) is expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("entreprise", "catégorie « entreprise » inconnue \\(attendu : entreprise ESS, "),
        ("", "catégorie de membre absente"),
        (None, "catégorie de membre absente"),
    ],
)
def test_parse_category_rejects(value, message):
    with pytest.raises(ParseError, match=message):
        parse_category(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("acquis", CofundingStatus.SECURED),
        ("ACQUISE", CofundingStatus.SECURED),
        ("sollicité", CofundingStatus.REQUESTED),
        ("Sollicite", CofundingStatus.REQUESTED),
        ("demandé", CofundingStatus.REQUESTED),
        ("", CofundingStatus.REQUESTED),
        (None, CofundingStatus.REQUESTED),
    ],
)
def test_parse_cofunding_status(value, expected):
    assert parse_cofunding_status(value) is expected


def test_parse_cofunding_status_rejects():
    with pytest.raises(ParseError, match="statut « peut-être » inconnu"):
        parse_cofunding_status("peut-être")


# --- CSV files -----------------------------------------------------------------------------


def _rows(df: pd.DataFrame) -> list[tuple[int, list[str]]]:
    return [(int(row), list(values)) for row, values in zip(df.index, df.values, strict=True)]


def test_csv_semicolon_utf8_bom_with_blank_lines():
    data = "Numéro;Montant\n1;1 234,50\n\n;;\n2;12 000\n".encode("utf-8-sig")
    df = read_text_table(data)
    assert list(df.columns) == ["Numéro", "Montant"]
    assert df.index.name == ROW_INDEX_NAME
    assert _rows(df) == [(2, ["1", "1 234,50"]), (5, ["2", "12 000"])]


def test_csv_windows_1252_crlf(tmp_path):
    path = tmp_path / "dossiers.csv"
    path.write_bytes("Nom du pôle;Région\r\nPôle Écologie;Île-de-France\r\n".encode("cp1252"))
    df = read_text_table(path)
    assert _rows(df) == [(2, ["Pôle Écologie", "Île-de-France"])]
    assert read_text_table(str(path)).equals(df)


def test_csv_comma_with_quoted_cells_counts_spreadsheet_rows():
    data = b'a,b,c\n1,"x, y",3\n2,"two\nlines",4\n5,6,7\n'
    df = read_text_table(data)
    assert _rows(df) == [
        (2, ["1", "x, y", "3"]),
        (3, ["2", "two\nlines", "4"]),
        (4, ["5", "6", "7"]),
    ]


def test_csv_semicolon_with_decimal_commas_is_not_mistaken_for_comma():
    df = read_text_table(b"montant;cofinancement\n1234,5;100,25\n")
    assert list(df.columns) == ["montant", "cofinancement"]


def test_csv_tab_and_utf16():
    df = read_text_table("a\tb\n1,5\tx\n".encode("utf-16"))
    assert _rows(df) == [(2, ["1,5", "x"])]


def test_csv_excel_separator_hint():
    df = read_text_table(b"sep=,\na;b,c\n1;2,3\n")
    assert list(df.columns) == ["a;b", "c"]
    assert _rows(df) == [(2, ["1;2", "3"])]


def test_csv_cells_stay_text_and_padding_is_dropped():
    df = read_text_table(b"code;montant;;\n01;NA;;\n007;\n")
    assert list(df.columns) == ["code", "montant"]
    assert _rows(df) == [(2, ["01", "NA"]), (3, ["007", ""])]
    assert all(pd.api.types.is_string_dtype(dtype) for dtype in df.dtypes)


def test_csv_leading_blank_lines_keep_physical_row_numbers():
    df = read_text_table(b"\n\na;b\n1;2\n")
    assert _rows(df) == [(4, ["1", "2"])]


def test_csv_header_only():
    df = read_text_table(b"a;b\n")
    assert list(df.columns) == ["a", "b"]
    assert df.empty


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "fichier vide"),
        (b"\n  \n;;\n", "fichier vide"),
        (b"PK\x03\x04rest", "classeur"),
        (b"a\x00b", "contenu binaire"),
        (b"\x81\x8d;x\n", "encodage non reconnu"),
        (b"a;b\n1;2;3\n", "ligne 2 : 3 cellules pour 2 colonnes d'en-tête"),
    ],
)
def test_csv_rejects(data, message):
    with pytest.raises(ParseError, match=message):
        read_text_table(data)


def test_csv_missing_file(tmp_path):
    with pytest.raises(ParseError, match="lecture impossible"):
        read_text_table(tmp_path / "absent.csv")
