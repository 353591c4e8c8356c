"""Interface language: French by default (the strings in the code and forms), English from
the catalogue resources/translations/ptce_en.qm; Qt's own strings (Annuler, file dialogs...)
from the catalogues PySide6 ships.

Strings are marked with `self.tr(...)` in QObject classes, `QCoreApplication.translate(...)`
elsewhere; the forms (ui/*.ui) are translated by the loader with their class as context.
`make translations` runs pyside6-lupdate over SOURCES, then pyside6-lrelease.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..domain.model import Person
from ..domain.persons import role_labels
from ..paths import TRANSLATIONS
from ..text import Message, message_of


def QT_TRANSLATE_NOOP(context: str, text: str, /) -> str:
    """Marks `text` for the catalogue under `context` and returns it unchanged, as Qt's own
    does; typed here because PySide6's stub makes it return `object`."""
    return text


LANGUAGES = ("fr", "en")
CATALOGUE = "ptce"

# The files whose strings the English catalogue covers (relative to the repository root).
SOURCES: tuple[str, ...] = (
    "ptce_desktop/gui/i18n.py",
    "ptce_desktop/gui/main_window.py",
    "ptce_desktop/gui/feature_actions.py",
    "ptce_desktop/gui/views/dossier_list.py",
    "ptce_desktop/gui/partials/dossier_table.py",
    "ptce_desktop/gui/views/summary_tab.py",
    "ptce_desktop/gui/views/dossier_view.py",
    "ptce_desktop/gui/views/reviews_tab.py",
    "ptce_desktop/gui/views/import_dialog.py",
    "ptce_desktop/gui/views/compare_window.py",
    "ptce_desktop/gui/views/charts.py",
    "ptce_desktop/gui/views/export_actions.py",
    "ptce_desktop/gui/views/review_desk.py",
    "ptce_desktop/gui/partials/envelope_gauge.py",
    "ptce_desktop/gui/views/session_window.py",
    "ptce_desktop/gui/views/session_panels.py",
    "ptce_desktop/gui/partials/session_tables.py",
    "ptce_desktop/gui/dialogs/new_session.py",
    "ptce_desktop/gui/partials/fields.py",
    "ptce_desktop/gui/views/scoring_dock.py",
    "ptce_desktop/gui/views/minutes_dialog.py",
    "ptce_desktop/gui/dialogs/preferences.py",
    "ptce_desktop/gui/dialogs/about.py",
    "ptce_desktop/gui/views/annotations_dock.py",
    "ptce_desktop/gui/views/assignment_window.py",
    "ptce_desktop/gui/views/attachments_tab.py",
    "ptce_desktop/gui/views/budget_tab.py",
    "ptce_desktop/gui/views/call_settings_dialog.py",
    "ptce_desktop/gui/views/decision_support_window.py",
    "ptce_desktop/gui/views/ds_import_dialog.py",
    "ptce_desktop/gui/views/eligibility_tab.py",
    "ptce_desktop/gui/views/meeting_window.py",
    "ptce_desktop/gui/views/package_actions.py",
    "ptce_desktop/gui/views/package_dialogs.py",
    "ptce_desktop/gui/views/rapporteur_badge.py",
    "ptce_desktop/gui/views/people_import.py",
    "ptce_desktop/gui/views/people_window.py",
    "ptce_desktop/gui/dialogs/conflict.py",
    "ptce_desktop/gui/dialogs/identity.py",
    "ptce_desktop/gui/dialogs/override.py",
    "ptce_desktop/gui/dialogs/restore.py",
    "ptce_desktop/gui/dialogs/sign.py",
    "ptce_desktop/gui/partials/assignment_matrix.py",
    "ptce_desktop/gui/partials/pdf_printing.py",
    "ptce_desktop/gui/errors.py",
    "ptce_desktop/gui/tasks.py",
    "ptce_desktop/gui/uiloader.py",
    "ui/main_window.ui",
    "ui/dossier_list.ui",
    "ui/dossier_view.ui",
    "ui/summary_tab.ui",
    "ui/budget_tab.ui",
    "ui/annotations_dock.ui",
    "ui/eligibility_tab.ui",
    "ui/attachments_tab.ui",
    "ui/session_window.ui",
    "ui/scoring_dock.ui",
    "ui/minutes_dialog.ui",
    "ui/compare_window.ui",
    "ui/import_dialog.ui",
    "ui/score_charts.ui",
    "ui/identity_dialog.ui",
    "ui/override_dialog.ui",
    "ui/sign_dialog.ui",
)

# Labels of the domain (shown on screen, written in French in the minutes and letters).
LABELS = "labels"
_DOMAIN_LABELS = (
    QT_TRANSLATE_NOOP("labels", "retenu"),
    QT_TRANSLATE_NOOP("labels", "retenu sous conditions"),
    QT_TRANSLATE_NOOP("labels", "liste complémentaire"),
    QT_TRANSLATE_NOOP("labels", "ajourné"),
    QT_TRANSLATE_NOOP("labels", "non retenu"),
    QT_TRANSLATE_NOOP("labels", "présent"),
    QT_TRANSLATE_NOOP("labels", "représenté"),
    QT_TRANSLATE_NOOP("labels", "excusé"),
    QT_TRANSLATE_NOOP("labels", "favorable"),
    QT_TRANSLATE_NOOP("labels", "réservé"),
    QT_TRANSLATE_NOOP("labels", "défavorable"),
    QT_TRANSLATE_NOOP("labels", "préparée"),
    QT_TRANSLATE_NOOP("labels", "ouverte"),
    QT_TRANSLATE_NOOP("labels", "close"),
    QT_TRANSLATE_NOOP("labels", "PV signé"),
    # roles of the call's persons (domain.persons)
    QT_TRANSLATE_NOOP("labels", "président"),
    QT_TRANSLATE_NOOP("labels", "secrétaire"),
    QT_TRANSLATE_NOOP("labels", "membre du comité"),
    QT_TRANSLATE_NOOP("labels", "rapporteur"),
    QT_TRANSLATE_NOOP("labels", "secrétariat"),
    QT_TRANSLATE_NOOP("labels", "expert"),
    # categories of a pole's members (domain.model)
    QT_TRANSLATE_NOOP("labels", "entreprise ESS"),
    QT_TRANSLATE_NOOP("labels", "entreprise commerciale"),
    QT_TRANSLATE_NOOP("labels", "collectivité territoriale"),
    QT_TRANSLATE_NOOP("labels", "centre de recherche"),
    QT_TRANSLATE_NOOP("labels", "établissement d'enseignement supérieur"),
    QT_TRANSLATE_NOOP("labels", "organisme de formation"),
    QT_TRANSLATE_NOOP("labels", "autre"),
)


# Menu entries that screens add to the main window in their install(): translated there in one
# pass (translate_menus), so that each screen's module stays as its author wrote it.
MENUS = "menus"
_MENU_TEXTS = (
    QT_TRANSLATE_NOOP("menus", "App&el"),
    QT_TRANSLATE_NOOP("menus", "Restaurer une &sauvegarde…"),
    QT_TRANSLATE_NOOP("menus", "Export &Démarche Numérique…"),
    QT_TRANSLATE_NOOP(
        "menus", "Importer l'export d'une démarche avec un assistant de correspondance"
    ),
    QT_TRANSLATE_NOOP("menus", "&Paramètres de l'appel…"),
    QT_TRANSLATE_NOOP("menus", "Enveloppe, financeurs, grille d'évaluation, règles d'éligibilité"),
    QT_TRANSLATE_NOOP("menus", "&Comité et rapporteurs…"),
    QT_TRANSLATE_NOOP("menus", "Déclarer un conflit d'intérêts…"),
    QT_TRANSLATE_NOOP("menus", "Ca&libration des rapporteurs…"),
    QT_TRANSLATE_NOOP("menus", "Scénarios d'&enveloppe…"),
    QT_TRANSLATE_NOOP("menus", "Préparer les dossiers d'un &rapporteur…"),
    QT_TRANSLATE_NOOP("menus", "Retour d'un &rapporteur…"),
    QT_TRANSLATE_NOOP("menus", "Ren&voyer au secrétariat…"),
    QT_TRANSLATE_NOOP("menus", "Évaluations reç&ues en attente…"),
    QT_TRANSLATE_NOOP("menus", "&Attribution des dossiers…"),
    QT_TRANSLATE_NOOP("menus", "E&xporter la grille d'un rapporteur…"),
    QT_TRANSLATE_NOOP("menus", "&Importer une grille remplie…"),
)


def translate_menus(window: QWidget) -> None:
    """The texts and tooltips of `window`'s actions and menus listed in MENUS, translated."""
    for action in window.findChildren(QAction):
        for text, setter in (
            (action.text(), action.setText),
            (action.toolTip(), action.setToolTip),
        ):
            if text in _MENU_TEXTS:
                setter(QCoreApplication.translate(MENUS, text))
    for menu in window.findChildren(QMenu):
        if menu.title() in _MENU_TEXTS:
            menu.setTitle(QCoreApplication.translate(MENUS, menu.title()))


_INSTALLED: list[QTranslator] = []


def label(text: str) -> str:
    """A domain label (an outcome, a state) in the interface language."""
    return QCoreApplication.translate(LABELS, text)


def roles_text(person: Person) -> str:
    """A person's roles in the interface language, « rapporteur, expert »."""
    return ", ".join(label(r) for r in role_labels(person))


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for `lang`; returns the translators installed (kept by the
    application as children)."""
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    if lang == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    while _INSTALLED:  # configured again (tests, a change of language)
        app.removeTranslator(_INSTALLED.pop())
    installed = _INSTALLED
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), (CATALOGUE, str(TRANSLATIONS))):
        if lang == "fr" and name == CATALOGUE:
            continue  # the code and forms are in French
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


# Refusals raised by the services (ptce_desktop.text.t): their templates are in the catalogue
# under this context (scripts/fill_english.py collects them).
MESSAGES = "messages"


def message(error: BaseException | str) -> str:
    """An exception's text (or a Message) in the interface language: a Message's template
    translated and filled with its values, themselves translated when they are Messages or
    exceptions raised with one; any other text as it is."""
    if isinstance(error, BaseException):
        found = message_of(error)
        return message(found) if found is not None else str(error)
    if not isinstance(error, Message):
        return str(error)
    values = {
        key: message(value) if isinstance(value, Message | BaseException) else value
        for key, value in error.values.items()
    }
    try:
        return QCoreApplication.translate(MESSAGES, error.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming other fields: the French
        return str(error)
