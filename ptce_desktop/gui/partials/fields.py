"""Fields typed freely and checked, never clamped.

A spin box silently refuses the digit that would cross its maximum: 350000 typed in a field
bounded at 290 000 becomes 35 000. These fields keep what the user typed, mark a value out of
bounds (red border, tooltip naming the bound) and let the form refuse it on save with
`problem()`, which names the field and the bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from .. import format as fmt

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DATE = re.compile(r"^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_number(text: str) -> float | None:
    """ "350 000 €", "350000", "1 234,5", "1,234.5" -> the number; anything else -> None."""
    cleaned = _SPACES.sub("", text).replace("€", "").removesuffix("%")
    if not cleaned:
        return None
    if fmt.is_english():  # 350,000.50: the comma groups thousands
        cleaned = cleaned.replace(",", "")
    if "," in cleaned and "." in cleaned:  # one of them groups thousands: the last one is decimal
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_day(text: str) -> date | None:
    """ "12/09/2013", "12.9.13", "12 09 2013", "2013-09-12" -> the date; else None."""
    m = _ISO.match(text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _DATE.match(text)
        if m:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


class NumberField(QLineEdit):
    """A number typed as the user likes; out of bounds it stays as typed and is marked.

    The spin-box-like API (`value`, `setValue`, `setMaximum`, `valueChanged`) lets forms use it
    in place of a QSpinBox/QDoubleSpinBox; `problem()` is what a form checks before saving.
    """

    valueChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = ""
        self.integer = False
        self.euros = False
        self._minimum: float = 0.0
        self._maximum: float | None = None
        self._minimum_reason = self._maximum_reason = ""
        self.setAlignment(self.alignment().AlignRight)
        self.textEdited.connect(self._edited)

    def configure(
        self,
        *,
        caption: str,
        minimum: float = 0.0,
        maximum: float | None = None,
        integer: bool = False,
        euros: bool = False,
    ) -> NumberField:
        self.caption, self.integer, self.euros = caption, integer, euros
        self._minimum, self._maximum = minimum, maximum
        self.setAccessibleName(caption)
        self._mark()
        return self

    # -- spin-box API -----------------------------------------------------------------------

    def value(self) -> float:
        """What is typed (0 when nothing or not a number: `problem()` says so)."""
        number = parse_number(self.text())
        if number is None:
            return 0
        return int(number) if self.integer and number.is_integer() else number

    def setValue(self, value: float) -> None:
        shown = self._show(value)
        if shown != self.text():
            self.setText(shown)
            self.setCursorPosition(0)  # too narrow, it shows the leading digits, not the last
            self._mark()
            self.valueChanged.emit(float(value))

    def minimum(self) -> float:
        return self._minimum

    def maximum(self) -> float | None:
        return self._maximum

    def setMinimum(self, minimum: float, reason: str = "") -> None:
        """`reason` says where the bound comes from (« minimum de l'appel »)."""
        self._minimum, self._minimum_reason = minimum, reason
        self._mark()

    def setMaximum(self, maximum: float | None, reason: str = "") -> None:
        """`reason` says where the bound comes from (« montant sollicité »)."""
        self._maximum, self._maximum_reason = maximum, reason
        self._mark()

    # -- checking ---------------------------------------------------------------------------

    def problem(self) -> str | None:
        """Why the typed value cannot be saved, naming the field and the bound; else None."""
        if not self.isEnabled():
            return None
        number = parse_number(self.text())
        name = self.caption or self.accessibleName() or self.tr("valeur")
        if number is None:
            return self.tr("{name} : « {text} » n'est pas un nombre").format(
                name=name, text=self.text()
            )
        if self.integer and not number.is_integer():
            return self.tr("{name} : {value} n'est pas un nombre entier").format(
                name=name, value=self._show(number)
            )
        if number < self._minimum:
            return self.tr("{name} : {value} est en dessous du {bound} ({limit})").format(
                name=name,
                value=self._show(number),
                bound=self._minimum_reason or self.tr("minimum"),
                limit=self._show(self._minimum),
            )
        if self._maximum is not None and number > self._maximum:
            return self.tr("{name} : {value} dépasse le {bound} ({limit})").format(
                name=name,
                value=self._show(number),
                bound=self._maximum_reason or self.tr("maximum"),
                limit=self._show(self._maximum),
            )
        return None

    def _show(self, value: float) -> str:
        if self.euros:
            return fmt.eur(value)
        if self.integer or float(value).is_integer():
            return fmt.integer(int(value))
        return fmt.number(value)

    def _mark(self) -> None:
        problem = self.problem()
        self.setStyleSheet(INVALID_STYLE if problem else "")
        self.setToolTip(problem or "")

    def _edited(self, _text: str) -> None:
        self._mark()
        number = parse_number(self.text())
        if number is not None:
            self.valueChanged.emit(number)


class DateField(QLineEdit):
    """A date typed as 12/09/2013, 12.9.13 or 2013-09-12; a wrong one is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = self.tr("Date")
        self.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.textChanged.connect(self._mark)

    def day(self) -> date | None:
        return parse_day(self.text())

    def set_day(self, day: date) -> None:
        self.setText(f"{day:%d/%m/%Y}")

    def problem(self) -> str | None:
        if self.day() is None:
            return self.tr("{name} : « {text} » n'est pas une date (jj/mm/aaaa)").format(
                name=self.caption, text=self.text()
            )
        return None

    def _mark(self) -> None:
        problem = self.problem()
        self.setStyleSheet(INVALID_STYLE if problem else "")
        self.setToolTip(problem or "")


def problems(fields: Iterable[NumberField | DateField]) -> list[str]:
    """Every problem of these fields, in order: what a form shows when it refuses to save."""
    return [p for f in fields if (p := f.problem())]
