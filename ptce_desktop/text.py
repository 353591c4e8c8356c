"""Messages for the user that the interface can put in another language (issue #15).

A refusal is raised with `t("dossier {n} introuvable", n=n)`: a `Message`, a `str` whose value
is the French sentence (what the CLI prints and the tests read), which keeps its template and
its values, so that the GUI can translate the template (context "messages" of the catalogue)
and fill it with the same values. A value may itself be a Message (or an exception carrying
one): it is translated too.

Pure Python (no Qt): every layer may import it. `scripts/fill_english.py` collects the
templates, which must therefore be string literals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class Message(str):
    """A French sentence made from `template` and `values` (`template.format(**values)`)."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Message:
        message = super().__new__(cls, template.format(**values))
        message.template, message.values = template, dict(values)
        return message

    def __reduce__(self) -> tuple[object, ...]:  # copied and pickled whole, like a str
        return (Message, (self.template, self.values))


def t(template: str, /, **values: object) -> Message:
    """The French sentence `template` filled with `values`, translatable by the interface."""
    return Message(template, values)


def joined(parts: Sequence[object], separator: str = ", ") -> Message:
    """`parts` (Messages or plain texts) joined by `separator`: the interface translates each
    part, the separator stays as it is."""
    names = [f"p{i}" for i in range(len(parts))]
    template = separator.join("{" + name + "}" for name in names)
    return Message(template, dict(zip(names, parts, strict=True)))


def message_of(error: BaseException) -> Message | None:
    """The Message an exception was raised with, if any."""
    args: tuple[object, ...] = error.args
    first = args[0] if len(args) == 1 else None
    return first if isinstance(first, Message) and str(error) == first else None


def text_of(error: BaseException) -> str:
    """An exception's text: the Message it was raised with, else str(error)."""
    found = message_of(error)
    return found if found is not None else str(error)
