"""Tolerant parsers for the cells of messy French spreadsheets.

Each parser returns a value or raises `ParseError` with a short French message that quotes the
value; the caller adds the file, row and column. Blank cells (None, NaN, "", "-") read as None.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
import numbers
import os
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from ptce_desktop.domain.model import MEMBER_CATEGORY_LABELS, CofundingStatus, MemberCategory

from ..text import t, text_of
from . import limits

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CSV_FORMULA_PREFIXES",
    "ROW_INDEX_NAME",
    "ParseError",
    "is_blank",
    "normalize_header",
    "parse_amount",
    "parse_category",
    "parse_cofunding_status",
    "parse_date",
    "parse_int",
    "quote_csv_text",
    "read_text_table",
    "shown",
    "undo_csv_quote",
]


class ParseError(ValueError):
    """A cell or file that cannot be read; the message is French and meant for the user."""


# What a stripped text cell says "nothing" with.
BLANK_MARKS = frozenset({"", "-", "–", "—", "−"})
_MAX_SHOWN = 40


def shown(value: object) -> str:
    """The value as quoted in a message: stripped, and cut when long."""
    text = " ".join(str(value).split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def is_blank(value: object) -> bool:
    """None, NaN, NA, NaT, or a string of blanks or a lone dash (how sheets say "nothing")."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() in BLANK_MARKS
    if type(value) is float:
        return math.isnan(value)
    if type(value) in (int, bool, date, datetime):
        return False
    # pandas (and numpy) only once a sheet was read with them: not at the window's start-up.
    import numpy as np
    import pandas as pd

    try:
        # pandas' overloads name the scalars it knows; anything else is tried, and an array
        # (not a scalar) comes back as one and is refused below.
        missing = pd.isna(value)  # type: ignore[call-overload]  # any cell value: see above
    except (TypeError, ValueError):
        return False
    return isinstance(missing, bool | np.bool_) and bool(missing)


def _fold(text: str) -> str:
    """Lowercase without accents; "œ" and "æ" spelt out."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("œ", "oe").replace("æ", "ae")


def _words_key(text: str) -> str:
    """Folded, punctuation as spaces: "Entreprise de l'ESS" -> "entreprise de l ess"."""
    return " ".join(re.findall(r"[a-z0-9]+", _fold(text)))


# --- numbers -------------------------------------------------------------------------------

_CURRENCY = re.compile(r"^(?:€|eur|euros?)\s*|\s*(?:€|eur|euros?)$", re.IGNORECASE)
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:S[0-9]{3})+")  # S stands for the thousands separator
_DIGITS = re.compile(r"[0-9]+")
_MINUS = ("-", "−", "–")


class _NumberError(Exception):
    """Internal: the reason a number text is unreadable, worded by each parser."""


def _grouped(text: str, sep: str) -> bool:
    return _GROUPED.fullmatch(text.replace(sep, "S")) is not None


def _decimal_text(text: str) -> Decimal:
    """Digits with "," or "." as decimal or thousands separator, spaces already removed.

    With both separators the last one is the decimal mark. With one kind, repeated means
    thousands; once followed by exactly three digits also means thousands (an amount in euros
    has at most two decimals, and "12.000" is how many people type twelve thousand).
    """
    if not text or re.fullmatch(r"[0-9.,]+", text) is None:
        raise _NumberError(t("nombre attendu"))
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        whole, _, fraction = text.rpartition(decimal_mark)
        if decimal_mark in whole or thousands in fraction or not _DIGITS.fullmatch(fraction):
            raise _NumberError(t("séparateurs incohérents"))
        if not _grouped(whole, thousands):
            raise _NumberError(t("séparateurs de milliers mal placés"))
        return Decimal(f"{whole.replace(thousands, '')}.{fraction}")
    if commas + dots == 0:
        return Decimal(text)
    sep = "," if commas else "."
    if commas + dots > 1:
        if not _grouped(text, sep):
            raise _NumberError(t("séparateurs ambigus"))
        return Decimal(text.replace(sep, ""))
    whole, _, fraction = text.partition(sep)
    if not fraction or not whole:
        raise _NumberError(t("nombre attendu"))
    if len(fraction) == 3 and _grouped(text, sep):
        return Decimal(whole + fraction)
    return Decimal(f"{whole}.{fraction}")


def _number(value: object) -> Decimal | None:
    """A non-negative number from a cell, None when blank; raises _NumberError with a reason."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise _NumberError(t("nombre attendu"))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _NumberError(t("nombre fini attendu"))
        result = value
    elif isinstance(value, numbers.Integral):  # numpy integers included
        result = Decimal(int(value))
    elif isinstance(value, numbers.Real):
        if not math.isfinite(value):
            raise _NumberError(t("nombre fini attendu"))
        result = Decimal(repr(float(value)))
    elif isinstance(value, str):
        text = _CURRENCY.sub("", value.strip())
        unsigned = re.sub(r"^[\s+\-−–]*", "", text)
        negative = any(ch in text[: len(text) - len(unsigned)] for ch in _MINUS)
        text = re.sub(r"\s", "", unsigned)  # \s covers no-break and narrow spaces
        if negative and text:
            raise _NumberError(t("négatif"))
        try:
            result = _decimal_text(text)
        except InvalidOperation as exc:  # pragma: no cover - the regexes admit digits only
            raise _NumberError(t("nombre attendu")) from exc
    else:
        raise _NumberError(t("nombre attendu"))
    if result < 0:
        raise _NumberError(t("négatif"))
    return result


def parse_amount(value: object) -> float | None:
    """An amount in euros (never negative): "1 234 567,89 €", "1.234.567,89", 12000, "-"."""
    try:
        result = _number(value)
    except _NumberError as exc:
        reason = t("un montant ne peut pas être négatif") if str(exc) == "négatif" else text_of(exc)
        raise ParseError(
            t("montant « {value} » : {reason}", value=shown(value), reason=reason)
        ) from None
    if result is None:
        return None
    if result > Decimal(limits.MAX_AMOUNT):
        raise ParseError(
            t(
                "montant « {value} » : nombre trop grand (au plus {MAX_AMOUNT} €)",
                value=shown(value),
                MAX_AMOUNT=limits.count_text(limits.MAX_AMOUNT),
            )
        )
    return float(result)


def parse_int(value: object) -> int | None:
    """A count (jobs, members): "12", "12,0", 12.0; "12,5" and negatives are refused."""
    try:
        result = _number(value)
    except _NumberError as exc:
        reason = (
            t("un effectif ne peut pas être négatif") if str(exc) == "négatif" else text_of(exc)
        )
        raise ParseError(
            t("nombre « {value} » : {reason}", value=shown(value), reason=reason)
        ) from None
    if result is None:
        return None
    if result > limits.MAX_COUNT:
        raise ParseError(
            t(
                "nombre « {value} » : nombre trop grand (au plus {MAX_COUNT})",
                value=shown(value),
                MAX_COUNT=limits.count_text(limits.MAX_COUNT),
            )
        )
    if result != result.to_integral_value():
        raise ParseError(t("nombre « {value} » : nombre entier attendu", value=shown(value)))
    return int(result)


# --- dates ---------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 because of Lotus's leap year 1900
# Serial numbers accepted: 1950-01-01 to 2100-12-31; a bare year such as 2013 is refused.
_SERIAL_MIN, _SERIAL_MAX = 18_264, 73_415
_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_DMY = re.compile(rf"([0-9]{{1,2}})([/.-])([0-9]{{1,2}})\2([0-9]{{4}}|[0-9]{{2}}){_TIME}")
_YMD = re.compile(rf"([0-9]{{4}})([/.-])([0-9]{{1,2}})\2([0-9]{{1,2}}){_TIME}")
_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3, "mar": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}  # fmt: skip
_TEXTUAL = re.compile(r"([0-9]{1,2})(?:er)?\s+([a-z]+)\.?\s+([0-9]{4})")
_MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def _checked_date(value: object, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ParseError(
            t(
                "date « {value} » : mois {month} impossible (format jj/mm/aaaa attendu)",
                value=shown(value),
                month=month,
            )
        )
    if not 1 <= year <= 9999:
        raise ParseError(
            t("date « {value} » : année {year} impossible", value=shown(value), year=year)
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ParseError(
            t(
                "date « {value} » : le {day} {month_name} {year} n'existe pas "
                "({month_name} {year} a {last} jours)",
                value=shown(value),
                day=day,
                month_name=_MONTH_NAMES[month - 1],
                year=year,
                last=last,
            )
        )
    return date(year, month, day)


def _from_serial(value: object, serial: float) -> date:
    if not (math.isfinite(serial) and _SERIAL_MIN <= serial < _SERIAL_MAX + 1):
        raise ParseError(t("date « {value} » : date attendue (jj/mm/aaaa)", value=shown(value)))
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def _full_year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 2:  # POSIX pivot: 69-99 are the 1900s, 00-68 the 2000s
        year += 1900 if year >= 69 else 2000
    return year


def parse_date(value: object) -> date | None:
    """A date: "15/07/2013", "15-07-13", "2013-07-15", "15 juillet 2013", date objects, or an
    Excel serial number (1950 to 2100); blank -> None."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):  # pandas.Timestamp included
        return value.date()
    if isinstance(value, date):
        return value
    if type(value).__name__ == "datetime64":  # numpy's, without importing numpy for the others
        import numpy as np
        import pandas as pd

        if isinstance(value, np.datetime64):
            return pd.Timestamp(value).date()
    if isinstance(value, bool):
        raise ParseError(t("date « {value} » : date attendue (jj/mm/aaaa)", value=shown(value)))
    if isinstance(value, numbers.Real | Decimal):
        return _from_serial(value, float(value))
    if not isinstance(value, str):
        raise ParseError(t("date « {value} » : date attendue (jj/mm/aaaa)", value=shown(value)))
    text = value.strip()
    if match := _DMY.fullmatch(text):
        day, month = int(match[1]), int(match[3])
        return _checked_date(value, _full_year(match[4]), month, day)
    if match := _YMD.fullmatch(text):
        return _checked_date(value, int(match[1]), int(match[3]), int(match[4]))
    if (match := _TEXTUAL.fullmatch(_fold(text))) and match[2] in _MONTHS:
        return _checked_date(value, int(match[3]), _MONTHS[match[2]], int(match[1]))
    if re.fullmatch(r"[0-9]{5}(?:[.,][0-9]+)?", text):  # a serial number kept as text
        return _from_serial(value, float(text.replace(",", ".")))
    raise ParseError(t("date « {value} » : date attendue (jj/mm/aaaa)", value=shown(value)))


# --- headers and codes ---------------------------------------------------------------------


def normalize_header(text: object) -> str:
    """A column title as a key: " Nom du pôle " -> "nom_du_pole", "N°-SIRET" -> "n°_siret"."""
    if is_blank(text) and not isinstance(text, str):
        return ""
    folded = _fold(str(text).replace("\ufeff", ""))
    return re.sub(r"[\s\-_'’`´]+", "_", folded.strip()).strip("_")


_CATEGORY_ALIASES: dict[str, MemberCategory] = {
    "entreprise de l ess": MemberCategory.ESS_ENTERPRISE,
    "entreprise de l economie sociale et solidaire": MemberCategory.ESS_ENTERPRISE,
    "structure ess": MemberCategory.ESS_ENTERPRISE,
    "structure de l ess": MemberCategory.ESS_ENTERPRISE,
    "ess": MemberCategory.ESS_ENTERPRISE,
    "entreprise hors ess": MemberCategory.COMMERCIAL_ENTERPRISE,
    "entreprise non ess": MemberCategory.COMMERCIAL_ENTERPRISE,
    "entreprise classique": MemberCategory.COMMERCIAL_ENTERPRISE,
    "societe commerciale": MemberCategory.COMMERCIAL_ENTERPRISE,
    "collectivite": MemberCategory.LOCAL_AUTHORITY,
    "collectivite locale": MemberCategory.LOCAL_AUTHORITY,
    "organisme de recherche": MemberCategory.RESEARCH_CENTRE,
    "laboratoire": MemberCategory.RESEARCH_CENTRE,
    "laboratoire de recherche": MemberCategory.RESEARCH_CENTRE,
    "enseignement superieur": MemberCategory.HIGHER_EDUCATION,
    "universite": MemberCategory.HIGHER_EDUCATION,
    "centre de formation": MemberCategory.TRAINING_BODY,
    "autres": MemberCategory.OTHER,
}
_CATEGORY_BY_KEY: dict[str, MemberCategory] = {
    **_CATEGORY_ALIASES,
    **{_words_key(label): category for category, label in MEMBER_CATEGORY_LABELS.items()},
    **{_words_key(category.value): category for category in MemberCategory},
}


def parse_category(value: object) -> MemberCategory:
    """A member category from its French label, loosely spelt ("ENTREPRISE DE L'ESS")."""
    if is_blank(value):
        raise ParseError(t("catégorie de membre absente"))
    found = _CATEGORY_BY_KEY.get(_words_key(str(value)))
    if found is None:
        expected = ", ".join(MEMBER_CATEGORY_LABELS.values())
        raise ParseError(
            t(
                "catégorie « {value} » inconnue (attendu : {expected})",
                value=shown(value),
                expected=expected,
            )
        )
    return found


_STATUS_BY_KEY: dict[str, CofundingStatus] = {
    **dict.fromkeys(
        ("acquis", "acquise", "obtenu", "obtenue", "accorde", "accordee", "secured"),
        CofundingStatus.SECURED,
    ),
    **dict.fromkeys(
        ("sollicite", "sollicitee", "demande", "demandee", "en cours", "en attente", "requested"),
        CofundingStatus.REQUESTED,
    ),
}


def parse_cofunding_status(value: object) -> CofundingStatus:
    """ "acquis" or "sollicité" (also "demandé"); blank means requested."""
    if is_blank(value):
        return CofundingStatus.REQUESTED
    found = _STATUS_BY_KEY.get(_words_key(str(value)))
    if found is None:
        raise ParseError(
            t("statut « {value} » inconnu (attendu : acquis ou sollicité)", value=shown(value))
        )
    return found


# --- CSV files -----------------------------------------------------------------------------

ROW_INDEX_NAME = "row"
_SEPARATORS = (";", "\t", ",")  # order of preference when the evidence is even
_SAMPLE_CHARS = 65_536
_SAMPLE_ROWS = 50
_EXCEL_SEP_HINT = re.compile(r"sep=(.)\r?\n")


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" export
        encodings = ("utf-16",)
    elif data.startswith(b"PK\x03\x04"):
        raise ParseError(t("ce fichier est un classeur ou une archive, pas un fichier CSV"))
    elif b"\x00" in data:
        raise ParseError(t("contenu binaire, pas un fichier texte"))
    else:
        # Windows-1252 last: almost any bytes decode with it, while UTF-8 rarely fits by chance.
        encodings = ("utf-8", "cp1252")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            _refuse_mixed_encodings(data)
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParseError(t("encodage non reconnu (UTF-8 ou Windows-1252 attendu)"))


def _refuse_mixed_encodings(data: bytes) -> None:
    """A file that is not UTF-8 as a whole but has UTF-8 lines with accents was pasted together
    from two sources: decoding it either way garbles some lines, so it is refused."""
    utf8_line = other_line = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            raise ParseError(
                t(
                    "ligne {other_line} : encodage Windows-1252 alors que la ligne "
                    "{utf8_line} est en UTF-8 ; enregistrez le fichier dans un seul "
                    "encodage (UTF-8 de préférence)",
                    other_line=other_line,
                    utf8_line=utf8_line,
                )
            )


# OWASP's advice against CSV injection: a text cell a spreadsheet would read as a formula (or
# whose quote it would hide) gets one leading apostrophe on the way out; the import removes
# exactly one, so every value reads back the same.
CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "'")


def quote_csv_text(text: str) -> str:
    """A text cell as written in a CSV export: `=1+1` becomes `'=1+1`."""
    return "'" + text if text.startswith(CSV_FORMULA_PREFIXES) else text


def undo_csv_quote(cell: object) -> object:
    """A CSV cell as imported: one leading apostrophe removed from text."""
    return cell[1:] if isinstance(cell, str) and cell.startswith("'") else cell


def _records(text: str, sep: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=False)


_BLANKISH = re.compile(r"[\s;,]*")


def _blank_record(record: list[str]) -> bool:
    # Separators count as blank too, so ";;;" is blank whichever separator is being tried.
    return all(_BLANKISH.fullmatch(cell) for cell in record)


def _width(record: list[str]) -> int:
    """Cells up to the last non-blank one (exports pad rows with empty cells)."""
    width = len(record)
    while width and not record[width - 1].strip():
        width -= 1
    return width


def _detect_separator(text: str) -> str:
    """The separator that splits the header in most cells consistently with the rows below."""
    sample = text[:_SAMPLE_CHARS]
    best: tuple[tuple[bool, float, int, int], str] | None = None
    for rank, sep in enumerate(_SEPARATORS):
        try:
            rows = [r for r in _records(sample, sep) if not _blank_record(r)]
        except csv.Error:
            continue
        if len(text) > len(sample) and len(rows) > 1:
            rows.pop()  # possibly cut in the middle
        rows = rows[:_SAMPLE_ROWS]
        if not rows:
            continue
        consistent = sum(len(r) == len(rows[0]) for r in rows) / len(rows)
        header_width = _width(rows[0])
        score = (header_width > 1, consistent, header_width, -rank)
        if best is None or score > best[0]:
            best = (score, sep)
    return best[1] if best is not None else _SEPARATORS[0]


def read_text_table(source: str | os.PathLike[str] | bytes) -> pd.DataFrame:
    """A CSV file (path, or its bytes) as a DataFrame of str cells, blank rows dropped.

    The encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and the
    separator (";", tab or ",", or Excel's "sep=" first line) are detected. The first non-blank
    row is the header. The index, named `ROW_INDEX_NAME` ("row"), gives each data row's number
    as a spreadsheet shows it: 1-based, blank rows counted, a quoted cell spanning several lines
    counted once. So with the header on the first line, the first data row is row 2.
    """
    import pandas as pd

    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise ParseError(
                t("lecture impossible : {strerror}", strerror=exc.strerror or exc)
            ) from exc
    text = _decode(data)
    if hint := _EXCEL_SEP_HINT.match(text):
        sep, text = hint[1], text[hint.end() :]  # Excel hides this line: rows count after it
    else:
        sep = _detect_separator(text)
    header: list[str] | None = None
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    try:
        for number, record in enumerate(_records(text, sep), start=1):
            if _blank_record(record):
                continue
            if header is None:
                header = record[: _width(record)]
                continue
            if len(rows) >= limits.MAX_ROWS_PER_SHEET:
                raise ParseError(
                    t(
                        "ligne {number} : au-delà de la limite de {MAX_ROWS_PER_SHEET} "
                        "lignes par fichier, refusé",
                        number=number,
                        MAX_ROWS_PER_SHEET=limits.count_text(limits.MAX_ROWS_PER_SHEET),
                    )
                )
            if len(record) > len(header) and (width := _width(record)) > len(header):
                raise ParseError(
                    t(
                        "ligne {number} : {width} cellules pour {header_count} colonnes d'en-tête",
                        number=number,
                        width=width,
                        header_count=len(header),
                    )
                )
            rows.append(record[: len(header)] + [""] * (len(header) - len(record)))
            row_numbers.append(number)
    except csv.Error as exc:
        raise ParseError(t("fichier CSV illisible : {exc}", exc=exc)) from exc
    if header is None:
        raise ParseError(t("fichier vide"))
    index = pd.Index(row_numbers, dtype="int64", name=ROW_INDEX_NAME)
    return pd.DataFrame(rows, columns=header, index=index, dtype=str)
