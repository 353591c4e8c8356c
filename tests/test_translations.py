"""The English catalogue is complete for the main views: every string marked in their code
and forms has a finished English translation, the compiled .qm matches the .ts, and the main
window, the session window, the scoring dock, the minutes dialog, the call settings, the
assignment, decision support, comparison, charts and import windows show no French caption
when the interface is in English. Qt's own French catalogue ships with PySide6."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from ptce_desktop.gui import format as fmt
from ptce_desktop.gui import i18n
from ptce_desktop.gui.setup import configure_application
from ptce_desktop.paths import TRANSLATIONS
from tests.gui_helpers import add_main_window, close_when_idle, open_and_wait

ROOT = Path(__file__).resolve().parent.parent
TS = TRANSLATIONS / "ptce_en.ts"
BIN = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_marked_string_has_an_english_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *i18n.SOURCES, "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    committed = messages(TS)
    marked = messages(fresh)
    assert len(marked) > 400
    missing = [key for key in marked if key not in committed]
    assert not missing, f"chaînes sans traduction (make translations) : {missing[:10]}"
    unfinished = [
        key for key, m in committed.items()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]  # fmt: skip
    assert not unfinished, f"traductions à finir : {unfinished[:10]}"


def test_the_compiled_catalogue_is_the_committed_one(tmp_path: Path) -> None:
    qm = tmp_path / "ptce_en.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == (TRANSLATIONS / "ptce_en.qm").read_bytes()


def test_qt_french_catalogue_is_bundled_with_pyside6() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file()


# Quoted data and proper names (the State's dossier platform) are not the interface's words.
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|Démarche Numérique")
FRENCH = re.compile(
    r"[éèêàùçœ]|\b(le|la|les|des|du|une|dans|sur|avec|pour|séance|dossier)\b", re.IGNORECASE
)


def captions(window: QWidget) -> list[str]:
    """The interface's own words: buttons, captions, group and tab titles, column headers."""
    texts = []
    for w in window.findChildren(QAbstractButton):
        texts.append(w.text())
    for w in window.findChildren(QLabel):
        if w.buddy() is not None or w.objectName().endswith(("Caption", "Help")):
            texts.append(w.text())
    for w in window.findChildren(QGroupBox):
        texts.append(w.title())
    for w in window.findChildren(QTabWidget):
        texts += [w.tabText(i) for i in range(w.count())]
    # Names quoted from the call's data (a criterion « … ») are not the interface's words.
    return [QUOTED.sub("", t.replace("&", "")) for t in texts if t]


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    configure_application(qapp, lang="en")
    yield
    configure_application(qapp, lang="fr")


def test_main_views_show_no_french_caption_in_english(
    qtbot, demo_call, english, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.gui.views import minutes_dialog

    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, demo_call, error_dialogs)  # windows close when it comes
    assert fmt.eur(350000) == "€350,000"
    window.open_sessions()
    session = window.session_window
    dialog = minutes_dialog.open_minutes(window)
    french = {}
    for name, w in (("main", window), ("session", session), ("minutes", dialog)):
        texts = captions(w)
        texts += [
            QUOTED.sub("", a.text().replace("&", "")) for a in w.findChildren(QAction) if a.text()
        ]
        found = [t for t in texts if FRENCH.search(t)]
        if found:
            french[name] = found
    model = session.agenda_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Pole" in headers and "Decision" in headers
    assert (
        "present + " in session.quorum_label.text()
        and "quorum reached" in session.quorum_label.text()
    )
    assert not french, f"textes restés en français : {french}"
    dialog.close()
    session.close()
    close_when_idle(qtbot, window)


def headers(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    return [str(h) for h in found if h]


def french_in(window: QWidget, *, data_tables: tuple[str, ...] = ()) -> list[str]:
    """The French left in a window: its title, captions, actions, placeholders, tooltips of its
    buttons and its tables' column titles (except tables whose titles are data: dossiers)."""
    texts = [window.windowTitle(), *captions(window)]
    texts += [a.text() for a in window.findChildren(QAction) if a.text()]
    texts += [w.placeholderText() for w in window.findChildren(QLineEdit)]
    texts += [w.toolTip() for w in window.findChildren(QAbstractButton)]
    for view in window.findChildren(QTableView):
        if view.objectName() not in data_tables:
            texts += headers(view)
    texts = [QUOTED.sub("", t.replace("&", "")) for t in texts if t]
    return [t for t in texts if FRENCH.search(t)]


def test_call_and_review_windows_show_no_french_caption_in_english(
    qtbot, demo_call, english, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.gui.views import (
        assignment_window,
        call_settings_dialog,
        charts,
        compare_window,
        decision_support_window,
        ds_import_dialog,
        import_dialog,
    )
    from ptce_desktop.services.browse import SECRETARIAT

    window = MainWindow(user=SECRETARIAT)  # the secretariat sees every score
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, demo_call, error_dialogs)
    view = window.dossier_view
    tabs = [view.budget, view.eligibility, view.attachments]
    texts = [t for tab in tabs for t in captions(tab)]
    texts += [h for tab in tabs for v in tab.findChildren(QTableView) for h in headers(v)]
    french = {"dossier tabs": [t for t in texts if FRENCH.search(t)]}
    settings = call_settings_dialog.edit_settings(window)
    assignment = assignment_window.open_window(window)
    auto = assignment_window.AutoAssignDialog(assignment, window.store, 2)
    support = decision_support_window.open_decision_support(window, 1)
    compare = compare_window.open_disagreements(window)
    chart = charts.open_charts(window)
    imports = import_dialog.ImportDialog(window)
    ds_import = ds_import_dialog.DsImportDialog(window)
    assert settings and assignment and support and compare and chart
    qtbot.waitUntil(lambda: window.tasks.idle and support.scenarios.results.rowCount() > 0)
    for name, w, data in (
        ("call settings", settings, ()),
        ("assignment", assignment, ("assignmentMatrix",)),  # rapporteurs' names and loads
        ("auto-assignment", auto, ()),
        ("decision support", support, ()),
        ("comparison", compare, ("dossiersTable", "scoresTable", "commentsTable")),
        ("charts", chart, ()),
        ("import", imports, ()),
        ("platform import", ds_import, ()),
    ):
        found = french_in(w, data_tables=data)
        if found:
            french[name] = found
    assert not [k for k, v in french.items() if v], f"textes restés en français : {french}"
    # Sentences made of figures follow the language too.
    assert "eligible application(s)" in assignment.summary.text()
    assert "Total of the shares: €" in settings.funder_total.text()
    assert "Score = quality of the application" in support.calibration.message.text()
    assert "Within the envelope" in [
        s.label() for s in chart.weighted_view.chart().series()[0].barSets()
    ]
    for w in (settings, auto, imports, ds_import, assignment, support, compare, chart):
        w.close()
    close_when_idle(qtbot, window)
