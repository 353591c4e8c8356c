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
    QComboBox,
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


def french_left(window: QWidget, *, data_tables: tuple[str, ...] = ()) -> list[str]:
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
        found = french_left(w, data_tables=data)
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


# -- English stays complete: every module of the interface and every form is in the catalogue --

# Modules under gui/ with no string of their own on screen, each with the reason.
NO_VISIBLE_STRING = {
    "ptce_desktop/gui/app.py": "command-line help and smoke-run output, printed before any window",
    "ptce_desktop/gui/features.py": "its menu « Appel » is translated by i18n.translate_menus",
    "ptce_desktop/gui/format.py": "numbers, amounts, dates and sizes follow fmt.set_language",
    "ptce_desktop/gui/settings.py": "settings keys only",
    "ptce_desktop/gui/setup.py": "the application's name only",
    "ptce_desktop/gui/theme.py": "colours only",
    "ptce_desktop/gui/partials/fit.py": "window geometry only",
    "ptce_desktop/gui/partials/grid_table.py": "shows the texts its callers translate",
    "ptce_desktop/gui/partials/pdf_view.py": "a PDF view, no text",
    "ptce_desktop/gui/partials/records.py": "shows the column titles its callers mark",
    "ptce_desktop/gui/views/my_dossiers.py": "the list's filter, shown by the list",
}


def test_every_interface_module_and_form_is_in_the_catalogue_sources(tmp_path: Path) -> None:
    gui = ROOT / "ptce_desktop" / "gui"
    found = {p.relative_to(ROOT).as_posix() for p in gui.rglob("*.py") if p.name != "__init__.py"}
    found |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").glob("*.ui")}
    sources = set(i18n.SOURCES)
    assert not sources - found, f"SOURCES nomme des fichiers absents : {sources - found}"
    missing = found - sources - NO_VISIBLE_STRING.keys()
    assert not missing, f"modules sans catalogue anglais (i18n.SOURCES) : {sorted(missing)}"
    stale = NO_VISIBLE_STRING.keys() & sources
    assert not stale, f"déjà dans SOURCES, à retirer des exceptions : {sorted(stale)}"
    assert NO_VISIBLE_STRING.keys() <= found
    # A module said to have no visible string marks none (else it belongs in SOURCES).
    ts = tmp_path / "exempt.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *NO_VISIBLE_STRING, "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert not messages(ts), f"chaînes marquées dans un module exempté : {list(messages(ts))}"


def visible_texts(window: QWidget, *, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Captions plus every label, title, placeholder, tooltip, list item and column header."""
    texts = [*captions(window), window.windowTitle()]
    for w in window.findChildren(QLabel):
        if w not in skip:
            texts.append(re.sub(r"<[^>]+>", " ", w.text()))
    for w in window.findChildren(QLineEdit):
        texts.append(w.placeholderText())
    for w in window.findChildren(QAbstractButton):
        texts.append(w.toolTip())
    for w in window.findChildren(QComboBox):
        if w not in skip:
            texts += [w.itemText(i) for i in range(w.count())]
    for view in window.findChildren(QTableView):
        model = view.model()
        texts += [
            str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            for i in range(model.columnCount())
        ]
    return [QUOTED.sub("", t.replace("&", "")) for t in texts if t]


def french_in(texts: list[str]) -> list[str]:
    return [t for t in texts if FRENCH.search(t)]


def test_people_and_conflict_windows_show_no_french_in_english(qtbot, demo_call, english) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.views.people_window import PeopleWindow, conflict_dialog
    from ptce_desktop.services.files import open_call

    with open_call(demo_call, actor="Testeur") as store:
        window = PeopleWindow(store)
        qtbot.addWidget(window)
        window.show()
        assert window.people_model.rowCount() > 0
        texts = visible_texts(window, skip=(window.form_title,))
        # The roles column is the interface's words too (the names are the call's data).
        texts += [window.people_model.index(r, 4).data() for r in range(3)]
        assert "Name" in texts and "Roles" in texts and "Conflicts of interest" in texts
        assert french_in(texts) == []
        dialog = conflict_dialog(store, window, person_id=window.current_id())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.dossier_combo.setEditText("")
        dialog.accept()  # refused: no dossier chosen
        texts = visible_texts(dialog, skip=(dialog.person_combo, dialog.dossier_combo))
        assert "Choose the person and the application." in texts
        assert french_in(texts) == []
        dialog.close()
        window.close()


def test_sign_dialog_shows_no_french_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.dialogs.sign import SignDialog

    dialog = SignDialog("PV-2026-01", signed_fields=("chair",))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._accept()  # refused: no .p12 chosen
    texts = visible_texts(dialog)
    assert "Sign the minutes" in texts and "Chair of the committee — already signed" in texts
    assert "Choose the signer's .p12 file." in texts
    assert french_in(texts) == []


def test_meeting_window_shows_no_french_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.domain.model import Decision, Outcome
    from ptce_desktop.gui.views.meeting_window import MeetingWindow
    from ptce_desktop.services.session_data import (
        AgendaEntry,
        CriterionRow,
        FunderGauge,
        MeetingItem,
        RapporteurView,
        Recusal,
    )

    decision = Decision(
        dossier_id=1, outcome=Outcome.DEFERRED, votes_for=4, votes_against=4, votes_abstain=2,
        casting_vote_used=True,
    )  # fmt: skip
    entry = AgendaEntry(
        position=3, dossier_id=1, numero="PTCE-007", pole_name="Alpha", lead_name="Beta",
        region="Bretagne", departement="35", amount_requested=350_000, rank=2,
        ranking_reserve=False, weighted_score=78.4, max_spread=3.0, criterion_means={},
        recused=(Recusal(person_id=9, name="Gamma", reason="x"),), voters=10, decision=decision,
    )  # fmt: skip
    item = MeetingItem(
        entry=entry, total=12, sectors="energy", communes="Rennes",
        members=tuple((f"M{i}", "entreprise ESS" if i % 2 else "collectivité territoriale")
                      for i in range(7)),
        criteria=(CriterionRow(code="C1", label="Alpha", weight=2, scale_max=5, mean=3.5,
                               low=2.0, high=5.0),),
        rapporteurs=(RapporteurView(name="Delta", opinion="favorable", summary="ok",
                                    weighted_score=80.0),),
        envelope=(FunderGauge(code="ETAT", name="State", share=1_000_000, granted=250_000),),
    )  # fmt: skip
    window = MeetingWindow()
    qtbot.addWidget(window)
    window.show_item(None)
    waiting = visible_texts(window)
    window.show_item(item, session_title="Session 1")
    texts = visible_texts(window)
    assert "Waiting for the first application" in waiting
    assert "€350,000" in window.facts.text() and "deferred" in window.decision.text()
    assert "social economy enterprise" in window.side.text()
    assert french_in(waiting + texts) == []


def test_a_rapporteurs_own_filter_and_progress_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.views.dossier_list import MINE, DossierListView

    view = DossierListView()
    qtbot.addWidget(view)
    view.set_mine({1, 2, 3}, scored=1)
    combo = view.review_combo
    assert combo.itemText(combo.findData(MINE)) == "My applications"
    assert view._progress == "my reviews: 1 / 3"


def test_the_filters_stay_in_english_when_another_program_changes_the_file(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.views.dossier_list import DossierListView

    view = DossierListView()
    qtbot.addWidget(view)
    view.set_rows([], lambda _text: None)
    view.update_rows([])  # what the window does when the CLI wrote to the same file
    assert view.region_combo.itemText(0) == "All regions"
    assert view.sector_combo.itemText(0) == "All sectors"
