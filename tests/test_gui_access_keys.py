"""Access keys (the underlined letter of « &Enregistrer ») are unique among what a window
shows at once, in French and in English: two widgets with the same letter make Alt+letter
cycle between them instead of acting. Every window and dialog of the app is opened in turn on
one main window; the main window is checked with each of its tabs in sight, with its menu bar's
titles (Alt+letter there takes precedence), and each of its menus on its own."""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from ptce_desktop.gui.setup import configure_application
from ptce_desktop.gui.views.annotations_dock import AnnotationsDock
from ptce_desktop.gui.views.people_window import open_people_window
from ptce_desktop.services.review import Note
from tests.gui_helpers import add_main_window, close_when_idle, open_and_wait

Keys = dict[str, list[str]]


def key_of(text: str) -> str | None:
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain[:-1] else None


def by_key(texts: list[str]) -> Keys:
    keys: Keys = defaultdict(list)
    for text in texts:
        if (key := key_of(text)) is not None:
            keys[key].append(text)
    return keys


def shown_texts(window: QWidget) -> list[str]:
    """The texts of the buttons, buddied labels and tabs `window` shows (a dock's title bar
    has no access key)."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.buddy() is not None
    ]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def access_keys(window: QWidget) -> Keys:
    """Each access key of the buttons, buddied labels and tabs `window` shows, with the texts
    that carry it."""
    return by_key(shown_texts(window))


def clashes(keys: Keys) -> Keys:
    return {k: v for k, v in keys.items() if len(v) > 1}


def menu_keys(menu: QMenu) -> Keys:
    return by_key([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])


def tab_states(window: QWidget) -> Iterator[str]:
    """Each visible tab widget of `window` turned to each of its pages in turn (the first
    page last), naming the page: a page's widgets show only while it is the current one."""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        start = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield tabs.tabText(i)
        tabs.setCurrentIndex(start)


class Survey:
    """The clashes seen, by screen, and the screens checked."""

    def __init__(self) -> None:
        self.found: dict[str, Keys] = {}
        self.checked: list[str] = []
        self.keyless: list[str] = []

    def window(self, name: str, window: QWidget, extra: Callable[[], list[str]] = list) -> None:
        """`window` as shown, then with each page of each of its tab widgets in sight."""
        self.checked.append(name)
        self.record(name, by_key(shown_texts(window) + extra()))
        for page in tab_states(window):
            self.record(f"{name} [{page}]", by_key(shown_texts(window) + extra()))

    def record(self, name: str, keys: Keys) -> None:

        if not keys:
            self.keyless.append(name)
        if found := clashes(keys):
            self.found[name] = found


def checked_dialog(survey: Survey, name: str, dialog: QWidget) -> None:
    dialog.show()
    survey.window(name, dialog)
    dialog.close()
    dialog.deleteLater()


def survey_main_window(survey: Survey, main, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = main.menuBar()
    menus = [a.menu() for a in bar.actions() if a.isVisible() and a.menu() is not None]

    def titles() -> list[str]:
        return [m.title() for m in menus]

    docks = {d: d.isVisible() for d in main.findChildren(QDockWidget)}
    for dock in docks:
        dock.show()
    survey.window("main window", main, titles)
    for dock in docks:
        dock.hide()
    survey.window("main window without docks", main, titles)
    # A note chosen in the annotations dock: its button says « Enregistrer », not « Ajouter ».
    notes = main.findChild(AnnotationsDock)
    notes.show()
    notes.model.set_records([Note(1, 1, "D-1", "R", True, "Note", True, None, None, None, "", "")])
    notes.table.selectRow(0)
    assert notes.editing is not None
    survey.window("main window with a note chosen", main, titles)
    for dock, shown in docks.items():  # the layout is saved on closing, for the next tests
        dock.setVisible(shown)
    for menu in menus:
        survey.checked.append(f"menu {menu.title()}")
        survey.record(f"menu {menu.title()}", menu_keys(menu))
        for sub in menu.actions():
            if sub.menu() is not None and sub.isVisible() and sub.menu().actions():
                survey.record(f"menu {menu.title()} > {sub.text()}", menu_keys(sub.menu()))


def survey_screens(survey: Survey, main, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ptce_desktop.gui.dialogs.conflict import ConflictDialog
    from ptce_desktop.gui.dialogs.identity import IdentityDialog
    from ptce_desktop.gui.dialogs.new_session import NewSessionDialog
    from ptce_desktop.gui.dialogs.preferences import PreferencesDialog
    from ptce_desktop.gui.dialogs.restore import RestoreDialog
    from ptce_desktop.gui.dialogs.sign import SignDialog
    from ptce_desktop.gui.views.assignment_window import AutoAssignDialog
    from ptce_desktop.gui.views.assignment_window import open_window as open_assignment
    from ptce_desktop.gui.views.call_settings_dialog import edit_settings
    from ptce_desktop.gui.views.charts import open_charts
    from ptce_desktop.gui.views.compare_window import open_dossiers
    from ptce_desktop.gui.views.decision_support_window import open_decision_support
    from ptce_desktop.gui.views.ds_import_dialog import DsImportDialog
    from ptce_desktop.gui.views.import_dialog import ImportDialog
    from ptce_desktop.gui.views.minutes_dialog import open_minutes
    from ptce_desktop.gui.views.package_dialogs import PendingDialog, PrepareDialog
    from ptce_desktop.gui.views.people_import import PeopleImportDialog

    store = main.store
    windows: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("people window", lambda: open_people_window(main)),
        ("assignment window", lambda: open_assignment(main)),
        ("compare window", lambda: open_dossiers(main)),
        ("charts window", lambda: open_charts(main)),
        ("decision support window", lambda: open_decision_support(main)),
    ]
    for name, open_window in windows:
        window = open_window()
        assert window is not None, name
        survey.window(name, window)
        window.close()
    main.open_sessions()
    session = main.session_window
    survey.window("session window", session)
    survey.window("projector window", session.meeting)
    session.close()
    dialogs: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("call settings dialog", lambda: edit_settings(main)),
        ("minutes dialog", lambda: open_minutes(main)),
        ("import dialog", lambda: ImportDialog(main)),
        ("DS import dialog", lambda: DsImportDialog(main)),
        ("preferences dialog", lambda: PreferencesDialog(main)),
        ("people import dialog", lambda: PeopleImportDialog(store, main)),
        ("new session dialog", lambda: NewSessionDialog(store, main)),
        ("restore dialog", lambda: RestoreDialog(Path("appel.ptce"), [], main)),
        ("identity dialog", lambda: IdentityDialog([], None, main)),
        ("sign dialog", lambda: SignDialog("PV-1", parent=main)),
        ("auto-assign dialog", lambda: AutoAssignDialog(main, store, 2)),
        ("prepare packages dialog", lambda: PrepareDialog([(1, "Rapporteur", 3)], main)),
        ("pending reviews dialog", lambda: PendingDialog(store, main)),
        ("conflict dialog", lambda: ConflictDialog(
            title="Conflit", people=[(1, "Personne")], dossiers=[(1, "D-1", "Dossier")],
            submit=lambda *_a, **_k: None, parent=main)),
        ("override dialog", lambda: main.request_override(main.current_file().rules[0].rule)),
    ]  # fmt: skip
    for name, make in dialogs:
        dialog = make()
        assert dialog is not None, name
        checked_dialog(survey, name, dialog)
    qtbot.waitUntil(lambda: main.tasks.idle)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_window_has_no_access_key_twice(  # type: ignore[no-untyped-def]
    qtbot, qapp, gui_app, demo_master: Path, tmp_path: Path, error_dialogs, lang: str
) -> None:
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.services.browse import SECRETARIAT

    configure_application(qapp, lang=lang)
    try:
        path = tmp_path / "appel.ptce"
        shutil.copyfile(demo_master, path)
        main = MainWindow(user=SECRETARIAT)
        add_main_window(qtbot, main)
        main.show()
        open_and_wait(qtbot, main, path, error_dialogs)
        survey = Survey()
        survey_main_window(survey, main, qtbot)
        survey_screens(survey, main, qtbot)
        for name, found in survey.found.items():
            print(lang, name, dict(found))
        assert survey.found == {}
        # Nothing to press there but OK/Cancel-like lists; the others' widgets are all seen.
        assert survey.keyless == ["projector window", "restore dialog", "identity dialog"]
        assert len(survey.checked) >= 25
        close_when_idle(qtbot, main)
    finally:
        configure_application(qapp, lang="fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_rapporteurs_main_window_has_no_access_key_twice(  # type: ignore[no-untyped-def]
    qtbot, qapp, gui_app, demo_master: Path, tmp_path: Path, error_dialogs, lang: str
) -> None:
    """A rapporteur's window shows the scoring grid (with « Rouvrir » once submitted)."""
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.store.db import CallStore

    path = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, path)
    with CallStore.open(path, actor="lecture") as store:
        rapporteur, dossier = store.conn.execute(
            "SELECT p.name, a.dossier_id FROM assignments a JOIN people p ON p.id = a.person_id "
            "ORDER BY a.dossier_id LIMIT 1"
        ).fetchone()
    configure_application(qapp, lang=lang)
    try:
        main = MainWindow(user=rapporteur)
        add_main_window(qtbot, main)
        main.show()
        open_and_wait(qtbot, main, path, error_dialogs)
        main.dossier_list.select_dossier(dossier)
        qtbot.waitUntil(lambda: bool(main.scoring_dock.rows))
        survey = Survey()
        survey_main_window(survey, main, qtbot)
        for name, found in survey.found.items():
            print(lang, name, dict(found))
        assert survey.found == {}
        close_when_idle(qtbot, main)
    finally:
        configure_application(qapp, lang="fr")
