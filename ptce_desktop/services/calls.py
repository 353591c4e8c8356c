"""Creating call files from a template: a built-in name or a settings file of one's own."""

from __future__ import annotations

from pathlib import Path

from ..domain.call_settings import parse_call
from ..domain.model import Call
from ..io.call_settings import read_settings
from ..paths import TEMPLATES
from ..store import calls as call_rows
from ..store.db import CallStore
from ..text import t

DEFAULT_TEMPLATE = "ptce-2013"


class UnknownTemplateError(ValueError):
    """Neither a built-in template's name nor a settings file."""


def available_templates() -> list[str]:
    return sorted(p.stem for p in TEMPLATES.glob("*.toml"))


def load_template(template: str) -> Call:
    """The call a built-in template (`ptce-2015`) or a settings file (`mon-appel.toml`) sets.

    Raises UnknownTemplateError, io.call_settings.SettingsFileError (bad TOML) or
    domain.call_settings.InvalidSettings (settings that do not make a call).
    """
    path = Path(template)
    if path.suffix.lower() != ".toml":
        path = TEMPLATES / f"{template}.toml"
        if not path.is_file():
            known = ", ".join(available_templates())
            raise UnknownTemplateError(
                t(
                    "modèle d'appel inconnu : « {template} » (modèles : {known}, ou "
                    "un fichier de paramètres .toml)",
                    template=template,
                    known=known,
                )
            )
    elif not path.is_file():
        raise UnknownTemplateError(
            t("{template} : fichier de paramètres introuvable", template=template)
        )
    call = parse_call(read_settings(path))
    call.template = path.stem if path.parent == TEMPLATES else path.name
    return call


def new_call(
    path: Path, *, title: str | None = None, template: str = DEFAULT_TEMPLATE, actor: str
) -> CallStore:
    """A new call file from a template; the caller closes the returned store.

    Built under a temporary name and renamed when complete (see CallStore.building)."""
    with CallStore.building(path, actor=actor) as store:
        fill_new_call(store, title=title, template=template)
    return CallStore.open(path, actor=actor, check="none")


def fill_new_call(store: CallStore, *, title: str | None, template: str) -> None:
    """Write the call of `template` (with `title` if given) into a new, empty call file."""
    call = load_template(template)
    if title:
        call.title = title
    call_rows.write_call(store, call)
