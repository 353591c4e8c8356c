"""Shared fixtures. Qt runs headless and QSettings write to a throwaway folder, both set
before Qt is first imported."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui_helpers import add_main_window, open_and_wait

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The GUI remembers things (identity per file, recent files): never in the tester's profile.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-test-config-")

DEMO_DOSSIERS = 30


@pytest.fixture
def frozen_clock() -> Iterator[dt.datetime]:
    """The services' clock stopped at a fixed instant for one test, running again after."""
    from ptce_desktop import clock

    at = dt.datetime(2013, 11, 4, 9, 30, tzinfo=dt.UTC)
    clock.freeze(at)
    yield at
    clock.freeze(None)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small complete demo call (30 dossiers, up to the session), made once per run."""
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("demo") / "demo.ptce"
    make_demo(path, dossiers=DEMO_DOSSIERS, seed=2013, stage="minutes").close()
    return path


@pytest.fixture
def demo_call(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo call for one test."""
    path = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture(scope="session")
def gui_app(qapp):  # type: ignore[no-untyped-def]
    """The application's look and language, set once for the run: each call re-styles every
    live widget, seconds once a test has left thousands awaiting deletion."""
    from ptce_desktop.gui.setup import configure_application

    configure_application(qapp)
    return qapp


@pytest.fixture
def error_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, message) of every error the GUI shows; a modal box would block a test."""
    from ptce_desktop.gui import errors

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors,
        "show_error",
        lambda _parent, title, message, details="": shown.append((title, message)),
    )
    return shown


@pytest.fixture
def main_window(qtbot, gui_app, demo_call: Path, error_dialogs) -> Iterator:  # type: ignore[no-untyped-def]
    """The real main window with the demo call open, as user « Testeur »."""
    from ptce_desktop.gui.main_window import MainWindow

    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, demo_call, error_dialogs)
    assert not error_dialogs
    yield window  # closed by qtbot once idle (add_main_window)


@pytest.fixture(scope="session")
def assignment_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A call with 12 dossiers screened (9 eligible), no assignment yet, five active
    rapporteurs (with e-mails and regions), an inactive one, a committee member, and a
    conflict: see tests/assignment_helpers.py."""
    from tests.assignment_helpers import make_assignment_call

    path = tmp_path_factory.mktemp("assign") / "appel.ptce"
    make_assignment_call(path)
    return path


@pytest.fixture
def assignment_call(assignment_master: Path, tmp_path: Path) -> Path:
    """A private copy of the assignment call for one test."""
    path = tmp_path / "appel.ptce"
    shutil.copyfile(assignment_master, path)
    return path


@pytest.fixture
def committee_window(qtbot, gui_app, demo_master: Path, tmp_path: Path, error_dialogs) -> Iterator:  # type: ignore[no-untyped-def]
    """The main window on a copy of the demo call, as the secretariat (who sees all scores);
    the test may change scores in the file before it opens."""
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.services.browse import SECRETARIAT

    path = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, path)
    window = MainWindow(user=SECRETARIAT)
    add_main_window(qtbot, window)
    window.show()

    def open_file() -> None:
        open_and_wait(qtbot, window, path, error_dialogs)
        assert not error_dialogs

    window.path = path  # type: ignore[attr-defined]
    window.open_file = open_file  # type: ignore[attr-defined]
    yield window  # closed by qtbot once idle (add_main_window)


@pytest.fixture
def plain_io(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Records every plain open() of the call files the test watches (see integrity_helpers)."""
    from tests.integrity_helpers import watch_plain_io

    return watch_plain_io(monkeypatch)


@pytest.fixture(scope="session")
def import_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook of 40 demo dossiers: with --update on the 30-dossier demo, 10 are new and
    30 updated (the several-processes tests import it while other things happen)."""
    from ptce_desktop.cli import main

    folder = tmp_path_factory.mktemp("source")
    call = folder / "source.ptce"
    assert main(["demo", str(call), "--dossiers", "40", "--stage", "intake"]) == 0
    out = folder / "candidatures.xlsx"
    assert main(["export", str(call), str(out)]) == 0
    return out


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Packages sealed at a test's scrypt cost, recent-package lists kept in the test's folder."""
    from ptce_desktop.io import package as container
    from tests.package_helpers import CHEAP

    monkeypatch.setattr(container, "SCRYPT_N", CHEAP)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))


@pytest.fixture(scope="session")
def package_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo call under review (8 dossiers), for the package tests to copy."""
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("paquets") / "maitre.ptce"
    make_demo(path, dossiers=8, seed=2013, stage="review", actor="Secrétariat").close()
    return path
