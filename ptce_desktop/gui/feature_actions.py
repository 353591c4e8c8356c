"""What each screen adds to the main window at start: its menu actions and shortcuts, whose
slots import the screen's module the first time they are triggered (`features.later`).

The screens' modules bring the services, file formats and libraries they work with (reportlab,
pyHanko, openpyxl, cryptography...): none of them is loaded before the window shows.
Untranslated texts here are translated by `i18n.translate_menus`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from .features import call_menu, later
from .i18n import QT_TRANSLATE_NOOP
from .uiloader import child
from .views.my_dossiers import refresh_my_dossiers
from .views.rapporteur_badge import rapporteur_mode
from .views.review_desk import desk_for

if TYPE_CHECKING:
    from pathlib import Path

    from .main_window import MainWindow

translate = QCoreApplication.translate


def import_dialog(window: MainWindow) -> None:
    action = QAction(
        translate("ImportDialog", "&Candidatures (classeur, CSV, dossier, zip)…"),
        window,
    )
    action.setObjectName("actionImportDossiers")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setToolTip(
        translate("ImportDialog", "Importer des candidatures avec un aperçu avant écriture")
    )
    open_dialog = later("views.import_dialog", "open_import_dialog")
    action.triggered.connect(lambda: open_dialog(window))
    window.add_import_action(action)


def ds_import_dialog(window: MainWindow) -> None:
    action = QAction("Export &Démarche Numérique…", window)
    action.setObjectName("actionImportDs")
    action.setToolTip("Importer l'export d'une démarche avec un assistant de correspondance")
    open_dialog = later("views.ds_import_dialog", "open_ds_import_dialog")
    action.triggered.connect(lambda: open_dialog(window))
    window.add_import_action(action)


def export_actions(window: MainWindow) -> None:
    choose_and_export = later("views.export_actions", "choose_and_export")
    for suffix, text, name in (
        (".xlsx", QT_TRANSLATE_NOOP("ExportActions", "&Classeur Excel…"), "actionExportXlsx"),
        (".zip", QT_TRANSLATE_NOOP("ExportActions", "C&SV (archive .zip)…"), "actionExportCsv"),
    ):
        action = QAction(translate("ExportActions", text), window)
        action.setObjectName(name)
        action.setToolTip(
            translate(
                "ExportActions",
                "Dossiers, membres, cofinancements, pièces, éligibilité, évaluations, "
                "classement, décisions et synthèse",
            )
        )
        action.triggered.connect(lambda _checked=False, s=suffix: choose_and_export(window, s))
        window.add_export_action(action)


def minutes_dialog(window: MainWindow) -> None:
    action = QAction(translate("MinutesDialog", "&Procès-verbal…"), window)
    action.setObjectName("exportMinutesAction")
    action.setStatusTip(
        translate(
            "MinutesDialog", "Éditer, signer, vérifier et imprimer le procès-verbal d'une séance"
        )
    )
    open_minutes = later("views.minutes_dialog", "open_minutes")
    action.triggered.connect(lambda: open_minutes(window))
    window.add_export_action(action)


def compare_window(main: MainWindow) -> None:
    menu = main.findChild(QMenu, "menuView")
    if menu is not None:
        menu.addSeparator()
    for name, text, keys, slot in (
        ("actionCompareDossiers", QT_TRANSLATE_NOOP("CompareWindow", "&Comparer des dossiers…"),
         "Ctrl+Shift+C", "open_dossiers"),
        ("actionCompareRapporteurs",
         QT_TRANSLATE_NOOP("CompareWindow", "Comparer les rapp&orteurs…"), "Ctrl+Shift+R",
         "open_rapporteurs"),
        ("actionDisagreements",
         QT_TRANSLATE_NOOP("CompareWindow", "&Désaccords entre rapporteurs…"), "Ctrl+Shift+D",
         "open_disagreements"),
    ):  # fmt: skip
        action = QAction(translate("CompareWindow", text), main)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        slot_later = later("views.compare_window", slot)
        action.triggered.connect(lambda _=False, f=slot_later: f(main))
        main.addAction(action)
        if menu is not None:
            menu.addAction(action)

    def forget(_path: object) -> None:
        # Another call: its dossiers replace the pickers' (the window stays where it was).
        window = getattr(main, "compare_window", None)
        if window is not None:
            window.close()
            window.deleteLater()
            main.compare_window = None

    main.call_opened.connect(forget)

    def follow(dossier_id: int) -> None:
        window = getattr(main, "compare_window", None)
        if window is None or not window.isVisible() or dossier_id < 0:
            return
        from .views.compare_window import TAB_RAPPORTEURS  # loaded with the window

        if window.tabs.currentIndex() == TAB_RAPPORTEURS:
            window.show_rapporteurs(dossier_id, bring_forward=False)

    main.dossier_selected.connect(follow)


def charts(main: MainWindow) -> None:
    action = QAction(translate("ScoreCharts", "S&tatistiques des notes…"), main)
    action.setObjectName("actionScoreCharts")
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    open_charts = later("views.charts", "open_charts")
    action.triggered.connect(lambda: open_charts(main))
    main.addAction(action)
    menu = main.findChild(QMenu, "menuView")
    if menu is not None:
        menu.addAction(action)


def call_settings_dialog(window: MainWindow) -> None:
    action = QAction("&Paramètres de l'appel…", window)
    action.setObjectName("actionCallSettings")
    action.setShortcut(QKeySequence("Ctrl+Alt+P"))
    action.setToolTip("Enveloppe, financeurs, grille d'évaluation, règles d'éligibilité")
    edit_settings = later("views.call_settings_dialog", "edit_settings")
    action.triggered.connect(lambda: edit_settings(window))
    call_menu(window).addAction(action)
    window.addAction(action)


def assignment_window(main: MainWindow) -> None:
    menu = call_menu(main)
    menu.addSeparator()
    for name, text, keys, slot in (
        ("actionAssignment", "&Attribution des dossiers…", "Ctrl+Shift+A", "open_window"),
        ("actionGridExport", "E&xporter la grille d'un rapporteur…", "",
         "choose_and_export_grid"),
        ("actionGridImport", "&Importer une grille remplie…", "", "choose_and_import_grid"),
    ):  # fmt: skip
        action = QAction(text, main)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        slot_later = later("views.assignment_window", slot)
        action.triggered.connect(lambda _=False, f=slot_later: f(main))
        main.addAction(action)
        menu.addAction(action)

    def forget(path: Path) -> None:
        # Another call: the matrix was this one's. The same call re-read: refresh it.
        window = getattr(main, "assignment_window", None)
        if window is not None and window.path == path:
            window.refresh()
        elif window is not None:
            window.changed = False
            window.close()
            window.deleteLater()
            main.assignment_window = None

    main.call_opened.connect(forget)


def people_window(window: MainWindow) -> None:
    action = QAction("&Comité et rapporteurs…", window)
    action.setObjectName("actionPeople")
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    open_people_window = later("views.people_window", "open_people_window")
    action.triggered.connect(lambda: open_people_window(window))
    call_menu(window).addAction(action)
    declare = QAction("Déclarer un conflit d'intérêts…", window)
    declare.setObjectName("actionDeclareConflict")
    declare.setShortcut(QKeySequence("Ctrl+Alt+I"))
    declare_for_dossier = later("views.people_window", "declare_for_dossier")
    declare.triggered.connect(lambda: declare_for_dossier(window))
    call_menu(window).addAction(declare)
    window.call_opened.connect(lambda _path: refresh_my_dossiers(window))
    window.identity_changed.connect(lambda _name: refresh_my_dossiers(window))
    desk_for(window).changed.connect(lambda _d: refresh_my_dossiers(window))


def decision_support_window(main: MainWindow) -> None:
    menu = main.findChild(QMenu, "menuView")
    open_decision_support = later("views.decision_support_window", "open_decision_support")
    for text, shortcut, tab in (
        ("Ca&libration des rapporteurs…", "Ctrl+Shift+K", 0),
        ("Scénarios d'&enveloppe…", "Ctrl+Shift+E", 1),
    ):
        action = QAction(text, main)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False, t=tab: open_decision_support(main, t))
        main.addAction(action)
        if menu is not None:
            menu.addAction(action)


def package_actions(window: MainWindow) -> None:
    window.package_passphrase = None
    screen = "views.package_actions"
    prep = QAction("Préparer les dossiers d'un &rapporteur…", window)
    prep.setObjectName("actionPreparePackages")
    prepare = later(screen, "prepare")
    prep.triggered.connect(lambda: prepare(window))
    window.add_export_action(prep)

    back = QAction("Retour d'un &rapporteur…", window)
    back.setObjectName("actionImportReturns")
    import_returns = later(screen, "import_returns")
    back.triggered.connect(lambda: import_returns(window))
    window.add_import_action(back)

    send = QAction("Ren&voyer au secrétariat…", window)
    send.setObjectName("actionSendBack")
    send.setShortcut(QKeySequence("Ctrl+Alt+R"))
    send.setEnabled(False)
    send_back = later(screen, "send_back")
    send.triggered.connect(lambda: send_back(window))
    menu = child(window, QMenu, "menuFile")
    menu.insertAction(window.menu_export.menuAction(), send)
    window.addAction(send)

    pending = QAction("Évaluations reç&ues en attente…", window)
    pending.setObjectName("actionPendingReviews")
    show_pending = later(screen, "show_pending")
    pending.triggered.connect(lambda: show_pending(window))
    child(window, QMenu, "menuView").addAction(pending)
    badge = QLabel()
    badge.setObjectName("rapporteurBadge")
    badge.setStyleSheet("font-weight: bold; color: #1f4e79;")
    badge.hide()
    window.statusBar().addPermanentWidget(badge)
    window.call_opened.connect(lambda _path: rapporteur_mode(window))


def preferences(window: MainWindow) -> None:
    action = QAction(translate("PreferencesDialog", "&Préférences…"), window)
    action.setObjectName("actionPreferences")
    action.setShortcut(QKeySequence("Ctrl+,"))
    dialog = later("dialogs.preferences", "PreferencesDialog")
    action.triggered.connect(lambda: dialog(window).exec())
    window.addAction(action)
    menu = window.findChild(QMenu, "menuFile")
    if menu is not None:
        menu.insertAction(window.action("actionQuit"), action)
