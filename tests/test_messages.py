"""Refusals reach an English user in English (issue #15): the services raise `t(...)` Messages
(French text, template and values kept), the catalogue has every template in the context
"messages", and the GUI shows them through `gui.i18n.message`."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import shutil
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ptce_desktop
from ptce_desktop.gui import i18n
from ptce_desktop.gui.setup import configure_application
from ptce_desktop.paths import TRANSLATIONS
from ptce_desktop.services import deliberation as delib
from ptce_desktop.text import Message, message_of, t

PACKAGE = Path(ptce_desktop.__file__).parent
SCRIPT = PACKAGE.parent / "scripts" / "fill_english.py"
spec = importlib.util.spec_from_file_location("fill_english", SCRIPT)
assert spec is not None and spec.loader is not None
fill_english = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fill_english)


def catalogue_messages() -> dict[str, ET.Element]:
    root = ET.parse(TRANSLATIONS / "ptce_en.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == i18n.MESSAGES:
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message
    return found


def fields(template: str) -> set[tuple[str, str]]:
    return {(f, spec) for _, f, spec, _ in string.Formatter().parse(template) if f is not None}


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    configure_application(qapp, lang="en")
    yield
    configure_application(qapp, lang="fr")


# --- the Message itself ------------------------------------------------------------------


def test_a_message_is_its_french_sentence_and_keeps_template_and_values() -> None:
    m = t("dossier {n} introuvable ({amount:,.0f} €)", n="PTCE-7", amount=1234567.0)
    assert m == "dossier PTCE-7 introuvable (1,234,567 €)" and isinstance(m, str)
    assert (m.template, m.values) == ("dossier {n} introuvable ({amount:,.0f} €)",
                                      {"n": "PTCE-7", "amount": 1234567.0})  # fmt: skip
    error = delib.AgendaError(m)
    assert str(error) == "dossier PTCE-7 introuvable (1,234,567 €)"
    assert message_of(error) is m
    assert message_of(KeyError(m)) is None  # str(KeyError) quotes its text: not the Message
    copied = pickle.loads(pickle.dumps(m))
    assert (copied, copied.template, copied.values) == (m, m.template, m.values)


def test_a_converted_refusal_reads_the_same_in_french(tmp_path: Path) -> None:
    """What the CLI prints and the tests read: the French sentence, unchanged."""
    from ptce_desktop.store.errors import from_sqlite

    busy = from_sqlite(_sqlite_error(5, "database is locked"), tmp_path / "a.ptce")
    assert str(busy) == (
        f"{tmp_path / 'a.ptce'} : le fichier est utilisé par un autre programme ; réessayez "
        "dans un instant"
    )
    assert isinstance(message_of(busy), Message)  # type: ignore[arg-type]


def _sqlite_error(code: int, text: str) -> Exception:
    import sqlite3

    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_the_interface_translates_templates_and_nested_values(qapp, english) -> None:  # type: ignore[no-untyped-def]
    count = t("{total} problème(s)", total=3)
    refused = ValueError(
        t("{name} : import refusé, {count} ; le fichier d'appel n'a pas été modifié",
          name="membres.xlsx", count=count)
    )  # fmt: skip
    assert i18n.message(refused) == (
        "membres.xlsx: import refused, 3 problem(s); the call file was not changed"
    )
    assert i18n.message(RuntimeError("un texte simple")) == "un texte simple"
    unknown = t("un modèle que le catalogue ne connaît pas : {x}", x=1)
    assert i18n.message(unknown) == "un modèle que le catalogue ne connaît pas : 1"
    # A translation with other fields (the test below keeps the catalogue from it) never
    # breaks the display of a refusal: the French is shown.
    wrong = Message("note vide", {})
    wrong.template = "{absent}"
    assert i18n.message(wrong) == "note vide"


def test_in_french_the_interface_shows_the_french_sentence(qapp) -> None:  # type: ignore[no-untyped-def]
    configure_application(qapp, lang="fr")
    assert i18n.message(delib.AgendaError(t("note vide"))) == "note vide"


# --- the catalogue ------------------------------------------------------------------------


def test_every_template_has_a_finished_english_translation() -> None:
    templates = fill_english.message_templates()
    assert len(templates) > 250
    catalogue = catalogue_messages()
    missing = sorted(set(templates) - set(catalogue))
    assert not missing, f"modèles absents du catalogue (make translations) : {missing[:5]}"
    unfinished = [
        source for source, m in catalogue.items()
        if m.find("translation").get("type") or not (m.findtext("translation") or "").strip()
    ]  # fmt: skip
    assert not unfinished, f"modèles sans anglais (scripts/english.tsv) : {unfinished[:5]}"
    wrong = [
        source for source, m in catalogue.items()
        if fields(source) != fields(m.findtext("translation") or "")
    ]  # fmt: skip
    assert not wrong, f"champs {{…}} différents entre français et anglais : {wrong[:5]}"


def test_the_extraction_wants_literal_templates(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text('raise ValueError(t("dossier {n} introuvable", n=n))\n')
    assert fill_english.message_templates(package) == {"dossier {n} introuvable": "pkg/a.py:1"}
    (package / "b.py").write_text("raise ValueError(t(template, n=n))\n")
    with pytest.raises(ValueError, match="modèle littéral"):
        fill_english.message_templates(package)


# --- no refusal left untranslatable -------------------------------------------------------

LAYERS = ("domain", "store", "io", "services")
# Texts that are not sentences for a user (as ast.unparse writes them), with the reason.
ALLOWED = {
    # a bug in our code (a write outside a transaction), never a user's refusal
    "'insert_dossiers must run inside store.transaction()'",
    "'audited_inserts must run inside store.transaction()'",
    "'seal_so_far outside store.transaction()'",
    "'no open store.transaction()'",
    # the bulk audit used on a table it does not know, or for something else than inserts: a bug
    "f'tables not audited: {unknown}'",
    "f\"only inserts into {', '.join(tables)} in audited_inserts\"",
    "f'{table}: {written} audit entries written for {len(rows)} rows'",
    # a value the settings writer does not know: a bug, caught by the tests
    "f'no TOML for {type(v).__name__}'",
    # a parsed value of the wrong type: a bug in the Démarche Numérique reader
    "f'{name} : {type(value).__name__} au lieu de {kind.__name__}'",
}


def _exception_names() -> set[str]:
    names = {"Exception", "ValueError", "LookupError", "RuntimeError", "PermissionError",
             "KeyError", "OSError", "TypeError"}  # fmt: skip
    classes = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes.append((node.name, [ast.unparse(b).split(".")[-1] for b in node.bases]))
    grown = True
    while grown:
        grown = False
        for name, bases in classes:
            if name not in names and names.intersection(bases):
                names.add(name)
                grown = True
    return names


def untranslatable_refusals(source: str, names: set[str]) -> list[str]:
    """Exceptions of ours built with a literal or f-string text instead of `t(...)`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        callee = ast.unparse(node.func).split(".")[-1]
        if callee not in names and callee != "__init__":
            continue
        for arg in node.args:
            text = arg.value if isinstance(arg, ast.Constant) else None
            if isinstance(arg, ast.JoinedStr) or (isinstance(text, str) and text.strip()):
                shown = ast.unparse(arg)
                if shown not in ALLOWED:
                    found.append(f"{node.lineno}: {callee}({shown[:60]})")
    return found


def test_no_refusal_is_raised_with_a_plain_text() -> None:
    names = _exception_names()
    found = []
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            found += [f"{path.name}:{p}" for p in untranslatable_refusals(path.read_text(), names)]
    assert found == []


def test_the_guard_sees_a_plain_refusal() -> None:
    names = _exception_names()
    source = 'raise CompareError(f"dossier {n} introuvable")\nraise PackageError("vide")\n'
    assert len(untranslatable_refusals(source, names)) == 2
    assert untranslatable_refusals('raise CompareError(t("x {n}", n=n))\n', names) == []


# --- in the window ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reviewed_call(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("messages") / "appel.ptce"
    make_demo(path, dossiers=12, seed=2013, stage="review").close()
    return path


def test_a_service_refusal_is_shown_in_english(
    qtbot, gui_app, english, reviewed_call: Path, tmp_path: Path, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    """Opening a session before attendance is taken: the service's refusal, through
    gui/errors.py, in English; the session stays planned."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from ptce_desktop.domain.model import SessionState
    from ptce_desktop.gui.uiloader import child
    from ptce_desktop.gui.views.session_window import SessionWindow
    from ptce_desktop.store.db import CallStore

    path = tmp_path / "appel.ptce"
    shutil.copyfile(reviewed_call, path)
    store = CallStore.open(path, actor="Testeur")
    w = SessionWindow(store)
    qtbot.addWidget(w)
    w.show()
    try:
        qtbot.mouseClick(child(w, QPushButton, "newSessionButton"), Qt.MouseButton.LeftButton)
        w.new_session_dialog.accept()
        assert w.report is not None and w.report.state is SessionState.PLANNED
        qtbot.mouseClick(child(w, QPushButton, "openButton"), Qt.MouseButton.LeftButton)
        assert error_dialogs[-1][1] == "Record attendance before opening the session"
        w.reload_sessions(select=w.session_id)
        assert w.report.state is SessionState.PLANNED
    finally:
        w.close()
        store.close()


def test_system_errors_in_english_words(monkeypatch, qapp, english) -> None:  # type: ignore[no-untyped-def]
    import errno
    import sys

    from ptce_desktop.gui import errors

    full = OSError(errno.ENOSPC, "No space left on device", "/media/clé/appel.ptce")
    assert errors.plain_words(full) == "the disk is full: free some space and try again"
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, t, m, d="": shown.append((t, m, d)))
    monkeypatch.setattr(sys, "stderr", open("/dev/null", "w"))  # noqa: SIM115
    denied = PermissionError(errno.EACCES, "Permission denied", "/srv/appel.ptce")
    errors._hook(PermissionError, denied, None)
    assert shown[-1][1] == (
        "Insufficient rights on “/srv/appel.ptce”. Your saved data is untouched."
    )
    errors._hook(RuntimeError, RuntimeError("bug"), None)
    assert shown[-1][0] == "Unexpected error"
    assert shown[-1][1].startswith("An unexpected error occurred.")


def test_an_import_refusal_and_its_problems_in_english(qapp, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A workbook with a negative cost and an unknown region: the service's refusal and each
    placed problem read in English; the French text is unchanged and nothing is written."""
    import openpyxl

    from ptce_desktop.services import importing
    from ptce_desktop.services.calls import new_call
    from ptce_desktop.store.db import CallStore
    from tests.test_import import HEADER, ROWS

    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel test", actor="test").close()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "dossiers"
    row = list(ROWS[0])
    row[HEADER.index("region")], row[HEADER.index("cout_total")] = "Atlantide", "-5 000 €"
    sheet.append(HEADER)
    sheet.append(row)
    book.save(tmp_path / "source.xlsx")
    before = path.read_bytes()
    with CallStore.open(path, actor="test") as store, pytest.raises(importing.ImportRefused) as e:
        importing.import_source(store, tmp_path / "source.xlsx")
    assert str(e.value) == (
        "source.xlsx : import refusé, 2 problème(s) ; le fichier d'appel n'a pas été modifié"
    )
    assert i18n.message(e.value) == (
        "source.xlsx: import refused, 2 problem(s); the call file was not changed"
    )
    lines = [i18n.message(line) for line in e.value.lines()]
    assert sorted(lines) == [
        "sheet “dossiers”, line 2, column “cout_total”: amount “-5 000 €”: an amount cannot "
        "be negative",
        "sheet “dossiers”, line 2, column “region”: unknown region “Atlantide”",
    ]
    assert path.read_bytes() == before
