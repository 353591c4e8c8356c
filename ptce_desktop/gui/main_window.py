"""The main window: menus, the dossier list beside the dossier view, the status bar.

Plug-in points for other screens (see each method's docstring):
- `add_import_action(action)` / `add_export_action(action)`: Fichier > Importer / Exporter;
- `run_task(fn, label=..., on_done=...)`: a background job with a progress dialog;
- `reload()`: re-read the open file after a bulk change, keeping the selected dossier;
- `file_changed`: another program (the CLI, a second window) changed the open file and the
  list, the dossier and the status bar were read again; views of their own re-read too;
- `dossier_view.add_tab(widget, title)`, `add_dock(dock)`: more views;
- signals `call_opened(Path)`, `dossier_selected(int)` and `identity_changed(str)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QWidget,
)

from ..domain.model import stored_id
from ..services import browse, overrides, recovery
from ..services.browse import CallOverview, DossierFile, HistoryEntry
from ..services.files import (
    EXTENSION,
    CallStore,
    DamagedFileError,
    NotACallFileError,
    StoreError,
    check_integrity,
    open_call,
    watch_busy,
)
from . import errors, i18n
from . import format as fmt
from . import settings as prefs
from .dialogs.override import OverrideDialog
from .dialogs.restore import RestoreDialog
from .features import install_features
from .i18n import QT_TRANSLATE_NOOP
from .partials.dossier_table import SortOrders, number_order
from .partials.fit import OWN_GEOMETRY, screen_key
from .partials.records import Column, RecordTableModel
from .tasks import Job, JobContext, TaskManager, long_lived_objects
from .uiloader import child, load_ui
from .views.dossier_list import DossierListView
from .views.dossier_view import (
    TAB_ATTACHMENTS,
    TAB_BUDGET,
    TAB_ELIGIBILITY,
    TAB_SUMMARY,
    DossierView,
)

if TYPE_CHECKING:
    from .views.annotations_dock import AnnotationsDock
    from .views.assignment_window import AssignmentWindow
    from .views.charts import ScoreChartsWindow
    from .views.compare_window import CompareWindow
    from .views.decision_support_window import DecisionSupportWindow
    from .views.minutes_dialog import MinutesDialog
    from .views.people_window import PeopleWindow
    from .views.review_desk import ReviewDesk
    from .views.reviews_tab import ReviewsTab
    from .views.scoring_dock import ScoringDock

FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Fichiers d'appel PTCE (*.ptce);;Tous les fichiers (*)"
)

HISTORY_COLUMNS = (
    Column[HistoryEntry]("Date", lambda e: fmt.timestamp(e.ts)),
    Column[HistoryEntry]("Par", lambda e: e.actor),
    Column[HistoryEntry]("Élément", lambda e: f"{e.what} ({e.operation})"),
    Column[HistoryEntry]("Action", lambda e: e.action, tooltip=lambda e: e.action),
)


WATCH_MS = 2000  # how often the window asks SQLite whether another program changed the file
GUI_BUSY_WAIT = 1.5  # seconds a write from the window waits for another program's lock


class _BusyBridge(QObject):
    """Carries « another program holds the lock » from whichever thread waits to the window."""

    message = Signal(str)

    def report(self, path: Path, _attempt: int) -> None:
        self.message.emit(
            f"{path.name} : le fichier est utilisé par un autre programme ; nouvel essai…"
        )


class MainWindow(QMainWindow):
    call_opened = Signal(Path)
    dossier_selected = Signal(int)  # -1 when none
    identity_changed = Signal(str)  # the name the audit log now writes
    file_changed = Signal()  # another program changed the open file; views were read again
    # Made on first use by the feature modules (views/*), which read them with getattr.
    package_passphrase: str | None
    annotations_dock: AnnotationsDock
    assignment_window: AssignmentWindow | None
    charts_window: ScoreChartsWindow
    compare_window: CompareWindow | None
    decision_support_window: DecisionSupportWindow
    minutes_dialog: MinutesDialog
    people_window: PeopleWindow
    review_desk: ReviewDesk
    reviews_tab: ReviewsTab
    scoring_dock: ScoringDock

    def __init__(self, *, user: str | None = None) -> None:
        super().__init__()
        load_ui("main_window", self)
        self.setProperty(OWN_GEOMETRY, True)  # saved with its docks in save_layout
        self.tasks = TaskManager(self)
        self.store: CallStore | None = None
        self.overview: CallOverview | None = None
        self._forced_user = user
        self._progress: QProgressDialog | None = None
        self._last_path: Path | None = None  # the file last opened or tried, for restoring
        self._check_job: Job | None = None  # the open file's integrity check, while it runs

        self.splitter = child(self, QSplitter, "mainSplitter")
        self.dossier_list = DossierListView()
        self.dossier_view = DossierView()
        for host, pane in (("listHost", self.dossier_list), ("viewHost", self.dossier_view)):
            host_layout = child(self, QWidget, host).layout()
            assert host_layout is not None  # the form gives both hosts a layout
            host_layout.addWidget(pane)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([940, 660])
        self.menu_import = child(self, QMenu, "menuImport")
        self.menu_export = child(self, QMenu, "menuExport")
        self.menu_recent = child(self, QMenu, "menuRecent")
        for menu in (self.menu_import, self.menu_export):
            menu.menuAction().setVisible(False)

        self.history_dock = child(self, QDockWidget, "historyDock")
        self.history_table = child(self, QTableView, "historyTable")
        self.history_model: RecordTableModel[HistoryEntry] = RecordTableModel(HISTORY_COLUMNS, self)
        self.history_table.setModel(self.history_model)
        self.history_table.verticalHeader().hide()
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_dock.hide()

        self._build_status_bar()
        self._build_read_only_banner()
        self._data_version: int | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._busy = _BusyBridge(self)
        self._busy.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self._stop_busy = watch_busy(self._busy.report)
        self._wire_actions()
        self._refresh_recent_menu()
        self.dossier_list.current_changed.connect(self._on_dossier)
        self.dossier_view.eligibility.override_requested.connect(self.request_override)
        self.dossier_view.eligibility.clear_requested.connect(self.request_clear_override)
        self.dossier_view.attachments.set_loader(self._attachment_bytes)
        install_features(self)  # before restoring, so their docks find their places
        i18n.translate_menus(self)
        self._restore_layout()
        self._update_title()

    # -- set-up -----------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.status_title = QLabel(self.tr("Aucun fichier ouvert"))
        self.status_counts = QLabel()
        self.status_user = QLabel()
        # While the open file's integrity check runs (its own label: the bar's messages, such
        # as « Import terminé », stay readable meanwhile).
        self.status_checking = QLabel(self.tr("Vérification de l'intégrité du fichier…"))
        self.status_checking.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_title, 1)
        bar.addPermanentWidget(self.status_checking)
        bar.addPermanentWidget(self.status_counts)
        bar.addPermanentWidget(self.status_user)

    def _build_read_only_banner(self) -> None:
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        # Two lines at most: a wrapped label otherwise asks for the height of a narrow one.
        lines = self.read_only_banner.fontMetrics().lineSpacing()
        self.read_only_banner.setMaximumHeight(2 * lines + 16)
        self.read_only_banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c46c;"
            " padding: 6px; }"
        )
        self.read_only_banner.hide()
        central = self.centralWidget()
        column = central.layout() if central is not None else None
        assert isinstance(column, QBoxLayout)  # the form's central column
        column.insertWidget(0, self.read_only_banner)

    def action(self, name: str) -> QAction:
        return child(self, QAction, name)

    def _wire_actions(self) -> None:
        view = self.dossier_view
        handlers: dict[str, Callable[[], Any]] = {
            "actionOpen": self.choose_and_open,
            "actionNew": self.new_call,
            "actionIdentity": self.change_identity,
            "actionQuit": self.close,
            "actionFind": self.dossier_list.focus_search,
            "actionResetFilters": self.dossier_list.reset_filters,
            "actionPrevDossier": lambda: self.dossier_list.select_relative(-1),
            "actionNextDossier": lambda: self.dossier_list.select_relative(1),
            "actionTabSummary": lambda: view.tabs.setCurrentIndex(TAB_SUMMARY),
            "actionTabBudget": lambda: view.tabs.setCurrentIndex(TAB_BUDGET),
            "actionTabAttachments": lambda: view.tabs.setCurrentIndex(TAB_ATTACHMENTS),
            "actionTabEligibility": lambda: view.tabs.setCurrentIndex(TAB_ELIGIBILITY),
            "actionShortcuts": self.show_shortcuts,
            "actionAbout": self.show_about,
        }
        for name, slot in handlers.items():
            self.action(name).triggered.connect(slot)
        self.action("actionQuit").setShortcut(QKeySequence("Ctrl+Q"))
        self.action("actionFullScreen").toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        history = self.action("actionHistory")
        history.toggled.connect(self.history_dock.setVisible)
        self.history_dock.visibilityChanged.connect(history.setChecked)
        # Deliberation: the secretariat's session window, which drives the projector window.
        sessions = QAction(self.tr("&Séances du comité…"), self)
        sessions.setObjectName("actionSessions")
        sessions.setShortcut(QKeySequence("Ctrl+Shift+S"))
        sessions.triggered.connect(self.open_sessions)
        child(self, QMenu, "menuView").addAction(sessions)
        restore = QAction("Restaurer une &sauvegarde…", self)
        restore.setObjectName("actionRestoreBackup")
        restore.triggered.connect(lambda: self.restore_backup(self._last_path))
        child(self, QMenu, "menuFile").insertAction(self.action("actionIdentity"), restore)
        for a in self.findChildren(QAction):
            # Shortcuts show in tooltips too, so buttons and menus teach the same keys.
            if not a.shortcut().isEmpty() and a.toolTip():
                keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys not in a.toolTip():
                    a.setToolTip(f"{a.toolTip()} ({keys})")
        self.addActions(self.findChildren(QAction))  # shortcuts work in full screen too

    # -- plug-in points -----------------------------------------------------------------------

    def add_import_action(self, action: QAction) -> None:
        """Fichier > Importer: an import of dossiers (intake). Run the work with `run_task`
        and call `reload()` when it is done."""
        self.menu_import.addAction(action)
        self.menu_import.menuAction().setVisible(True)

    def add_export_action(self, action: QAction) -> None:
        """Fichier > Exporter: exports of the open call (spreadsheet, minutes...)."""
        self.menu_export.addAction(action)
        self.menu_export.menuAction().setVisible(True)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Another panel; give it an objectName so its place is remembered."""
        self.addDockWidget(area, dock)
        view_menu = self.menuBar().findChild(QMenu, "menuView")
        assert view_menu is not None  # a menu of the form
        view_menu.addAction(dock.toggleViewAction())

    def run_task(
        self,
        fn: Callable[[JobContext], Any],
        *,
        label: str,
        on_done: Callable[[Any], object] | None = None,  # what it returns is not used
        cancellable: bool = True,
        on_failed: Callable[[Job, str], None] | None = None,
    ) -> Job:
        """Run `fn(ctx)` off the GUI thread behind a progress dialog; failures are shown in a
        message box titled `label` (or handed to `on_failed(job, message)`). `fn` must open its
        own CallStore on `self.call_path()`."""
        dialog = QProgressDialog(label, self.tr("Annuler") if cancellable else "", 0, 100, self)
        dialog.setWindowTitle("PTCE Desktop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if not cancellable:
            dialog.setCancelButton(None)
        job = self.tasks.run(fn, label=label, path=self.call_path())
        self._progress = dialog

        def progress(value: int, message: str) -> None:
            dialog.setValue(value)
            if message:
                dialog.setLabelText(f"{label}\n{message}")

        def finished() -> None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
            if self._progress is dialog:
                self._progress = None

        job.progress.connect(progress)
        job.finished.connect(finished)
        dialog.canceled.connect(job.cancel)
        if on_failed is None:
            job.failed.connect(lambda message: errors.show_error(self, label, message))
        else:
            job.failed.connect(lambda message: on_failed(job, message))
        if on_done is not None:
            job.done.connect(on_done)
        return job

    def call_path(self) -> Path | None:
        return self.store.path if self.store else None

    def current_actor(self) -> str:
        """Who the audit log names for work on the open call (the secretariat when none is)."""
        return self.store.actor if self.store else browse.SECRETARIAT

    def current_dossier_id(self) -> int | None:
        return self.dossier_list.current_id()

    # -- opening files ------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        start = str(prefs.recent_files()[0].parent) if prefs.recent_files() else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir un fichier d'appel"), start, self.tr(FILE_FILTER)
        )
        if name:
            self.open_call(Path(name))

    def open_call(
        self, path: Path, *, keep_dossier: int | None = None, remember: bool = True
    ) -> Job:
        """Open (header and schema checked, migrated, the list read) on a worker thread, then
        show the call; the integrity check of every page follows on another worker
        (`_check_integrity`) and the store refuses writes until it has passed."""
        path = Path(path)
        actor = self._forced_user or prefs.identity_for(path) or browse.SECRETARIAT

        def work(ctx: JobContext) -> tuple[CallStore, CallOverview, SortOrders]:
            ctx.progress(10, "Ouverture du fichier")
            store = open_call(path, actor=actor, check="later")
            try:
                ctx.progress(60, "Lecture des dossiers")
                with long_lived_objects():
                    overview = browse.call_overview(store)
                    return store, overview, number_order(overview.rows)
            except BaseException:
                store.close()
                raise

        self._last_path = path
        job = self.run_task(
            work,
            label=self.tr("Ouverture de {name}").format(name=path.name),
            cancellable=False,
            on_failed=lambda failed, message: self._open_failed(path, failed, message),
        )
        job.done.connect(lambda result: self._adopt(result, keep_dossier, remember))
        return job

    def _open_failed(self, path: Path, job: Job, message: str) -> None:
        self._offer_recovery(path, job.error, message)

    def _offer_recovery(self, path: Path, error: BaseException | None, message: str) -> None:
        """A damaged or refused file: offer its backups when it has any."""
        title = f"Ouverture de {path.name}"
        if not isinstance(error, NotACallFileError) or not recovery.backups(path):
            errors.show_error(self, title, message)
        elif errors.offer_restore(self, title, message):
            self.restore_backup(path)

    def _check_integrity(self, store: CallStore) -> None:
        """SQLite's check of every page of the file just shown, on a worker with a read-only
        connection of its own (seconds for a large call): the list is on screen meanwhile and
        the store refuses writes until the check has passed."""
        path = store.path

        def work(ctx: JobContext) -> DamagedFileError | None:
            try:
                check_integrity(path, cancelled=lambda: ctx.cancelled)
            except DamagedFileError as exc:
                return exc
            except Exception:
                ctx.check()  # the check was interrupted because the job was cancelled
                raise
            return None

        job = self._check_job = self.tasks.run(
            work, label="Vérification du fichier", path=path, quiet=True
        )
        self.status_checking.show()
        job.done.connect(lambda damage: self._integrity_checked(store, damage))
        job.failed.connect(lambda message: self._integrity_checked(store, job.error, message))
        job.finished.connect(lambda: self._check_ended(job))

    def _check_ended(self, job: Job) -> None:
        if self._check_job is job:
            self._check_job = None
            self.status_checking.hide()

    def _integrity_checked(
        self, store: CallStore, problem: BaseException | None, message: str = ""
    ) -> None:
        if store is not self.store:
            return  # another file was opened meanwhile
        if problem is None:
            store.checked(None)
            return
        if not isinstance(problem, StoreError):  # a bug in the check: writes stay refused
            problem = StoreError(message)
        store.checked(problem)
        self._show_read_only()
        self._offer_recovery(store.path, problem, str(problem))

    def restore_backup(self, path: Path | None) -> Job | None:
        """« Restaurer une sauvegarde… »: choose one of `path`'s backups, copy it into a new
        file (never over an existing one) and open that file."""
        if path is None:
            errors.show_error(self, "Restaurer une sauvegarde", "Ouvrez d'abord un fichier.")
            return None
        found = recovery.backups(path)
        if not found:
            errors.show_error(
                self, "Restaurer une sauvegarde", f"{path} : aucune sauvegarde dans backups/"
            )
            return None
        dialog = RestoreDialog(path, found, self)
        if not dialog.exec() or (chosen := dialog.chosen()) is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Enregistrer la sauvegarde restaurée sous",
            str(path.with_name(f"{path.stem}-restaure{EXTENSION}")),
            FILE_FILTER,
        )
        if not name:
            return None
        out = Path(name) if name.endswith(EXTENSION) else Path(name + EXTENSION)
        actor = self.store.actor if self.store else browse.SECRETARIAT

        def work(_ctx: JobContext) -> Path:
            return recovery.restore(path, str(chosen.path), out=out, actor=actor)

        return self.run_task(
            work, label="Restauration d'une sauvegarde", cancellable=False, on_done=self.open_call
        )

    def _adopt(
        self,
        result: tuple[CallStore, CallOverview, SortOrders],
        keep_dossier: int | None,
        remember: bool,
    ) -> None:
        store, overview, orders = result
        if self._check_job is not None:
            self._check_job.cancel()  # the previous file's
        if self.store is not None:
            self.store.close()
        self.store, self.overview = store, overview
        # A write from the window never holds the event loop long: it gives up with a message.
        store.busy_wait = GUI_BUSY_WAIT
        self._data_version = store.data_version()
        self._watch.start()
        self._show_read_only()
        if remember:
            prefs.add_recent(store.path)
            self._refresh_recent_menu()
        self.dossier_list.set_rows(overview.rows, self._search, orders)
        self._update_title()
        self._update_status(overview.counts)  # counted on the worker thread
        # The first dossier is shown in the next turn of the event loop: the list and the
        # dossier view in one go would freeze the window for twice as long at 10,000 dossiers.
        QTimer.singleShot(1, lambda: self._adopted(store, keep_dossier))

    def _adopted(self, store: CallStore, keep_dossier: int | None) -> None:
        if store is not self.store:
            return  # another file was opened meanwhile
        if keep_dossier is None or not self.dossier_list.select_dossier(keep_dossier):
            self.dossier_list.select_first()
        # The docks follow in the next turn again, once the dossier is painted: in one turn
        # the window would stop answering for their time and the repaint's together.
        QTimer.singleShot(1, lambda: self._opened(store))

    def _opened(self, store: CallStore) -> None:
        if store is not self.store:
            return
        # Started once the list and the first dossier are shown: on a loaded two-core machine
        # it would otherwise slow the window's own work down while it shows them.
        if store.unchecked:
            self._check_integrity(store)
        # Asked once the list is on screen, so the question comes with its context.
        self._ensure_identity()
        self.call_opened.emit(store.path)

    def reload(self) -> Job | None:
        """Re-read the open file (after an import, for example), keeping the selection."""
        if self.store is None:
            return None
        return self.open_call(self.store.path, keep_dossier=self.current_dossier_id())

    # -- other programs on the same file ------------------------------------------------------

    def _show_read_only(self) -> None:
        damage = self.store.damage if self.store else None
        reason = self.store.read_only if self.store else None
        self.read_only_banner.setVisible(reason is not None or damage is not None)
        if damage is not None:
            self.read_only_banner.setText(
                self.tr(
                    "<b>Fichier endommagé :</b> {damage} Les modifications sont refusées."
                ).format(damage=html.escape(str(damage)))
            )
        elif reason is not None:
            self.read_only_banner.setText(
                f"<b>Lecture seule :</b> {reason} ({self.call_path()}). Vous pouvez consulter "
                "l'appel ; les modifications sont refusées. Pour le modifier, copiez le fichier "
                "dans un dossier où vous pouvez écrire."
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes()

    def check_for_changes(self) -> Job | None:
        """Ask SQLite (`PRAGMA data_version`, no file I/O) whether another program or thread
        committed to the open file; if so, read the list, dossier and counts again."""
        if self.store is None or not self.tasks.idle:
            return None
        version = self.store.data_version()
        if version == self._data_version:
            return None
        self._data_version = version
        store, path, actor = self.store, self.store.path, self.store.actor

        def work(_ctx: JobContext) -> tuple[CallOverview, SortOrders]:
            with open_call(path, actor=actor, check="none") as reader, long_lived_objects():
                overview = browse.call_overview(reader)
                return overview, number_order(overview.rows)

        job = self.tasks.run(work, label="Actualisation", path=path, quiet=True)
        job.done.connect(lambda result: self._refreshed(store, *result))
        job.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        return job

    def _refreshed(self, store: CallStore, overview: CallOverview, orders: SortOrders) -> None:
        if store is not self.store:
            return  # another file was opened meanwhile
        self.overview = overview
        self.dossier_list.update_rows(overview.rows, orders)
        current = self.current_dossier_id()
        if current is not None:
            self._show_dossier(current)
        self._update_title()
        self._update_status(overview.counts)
        self.statusBar().showMessage("Modifié par un autre programme : vues actualisées", 4000)
        self.file_changed.emit()

    def new_call(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Nouvel appel à projets", "", FILE_FILTER)
        if not name:
            return
        path = Path(name) if name.endswith(EXTENSION) else Path(name + EXTENSION)
        title, ok = QInputDialog.getText(
            self, "Nouvel appel à projets", "Titre de l'appel :", text="Appel à projets PTCE"
        )
        if not ok or not title.strip():
            return
        actor = self.store.actor if self.store else browse.SECRETARIAT
        from ..services import calls  # with the call settings' parsers: not at start-up

        def work(_ctx: JobContext) -> Path:
            calls.new_call(path, title=title.strip(), actor=actor).close()
            return path

        self.run_task(work, label="Création de l'appel", on_done=self.open_call)

    def open_demo(self, directory: Path, *, dossiers: int = 180, stage: str = "minutes") -> Job:
        """Create a demo call in `directory` behind a progress dialog, then open it."""
        from ..services.demo import make_demo  # heavy (reportlab): only when asked

        path = Path(directory) / "appel-demo.ptce"

        def work(ctx: JobContext) -> Path:
            make_demo(
                path,
                dossiers=dossiers,
                stage=stage,
                progress=ctx.progress,
                actor=browse.SECRETARIAT,
            ).close()
            return path

        return self.run_task(
            work,
            label="Création de l'appel de démonstration",
            on_done=lambda p: self.open_call(p, remember=False),
        )

    def _refresh_recent_menu(self) -> None:
        self.menu_recent.clear()
        recents = prefs.recent_files()
        for i, path in enumerate(recents, start=1):
            a = self.menu_recent.addAction(f"&{i} {path.name} — {path.parent}")
            a.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
            a.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        self.menu_recent.setEnabled(bool(recents))

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            prefs.forget_recent(path)
            self._refresh_recent_menu()
            errors.show_error(self, "Fichiers récents", f"{path} : fichier introuvable")
            return
        self.open_call(path)

    # -- identity -----------------------------------------------------------------------------

    def _ensure_identity(self) -> None:
        assert self.store is not None
        if self._forced_user:
            self.store.actor = self._forced_user
        elif prefs.identity_for(self.store.path) is None:
            self.change_identity()
        self._show_user()

    def change_identity(self) -> None:
        """Ask who is working on this file; remembered per file, written in the audit log."""
        if self.store is None:
            return
        from ..services import people  # with the people sheet's reader: not at start-up
        from .dialogs.identity import IdentityDialog

        dialog = IdentityDialog(
            people.list_people(self.store, active_only=True),
            prefs.identity_for(self.store.path),
            self,
        )
        if dialog.exec() and dialog.chosen():
            name = dialog.chosen()
            assert name is not None
            prefs.set_identity_for(self.store.path, name)
            self.store.actor = name
            self._forced_user = None
        elif prefs.identity_for(self.store.path) is None:
            prefs.set_identity_for(self.store.path, browse.SECRETARIAT)
            self.store.actor = browse.SECRETARIAT
        self._show_user()
        self.identity_changed.emit(self.store.actor)

    # -- dossier selection and changes --------------------------------------------------------

    def _search(self, text: str) -> set[int] | None:
        return browse.search(self.store, text) if self.store else None

    def _attachment_bytes(self, attachment_id: int) -> bytes:
        return browse.attachment_bytes(self.store, attachment_id) if self.store else b""

    def _on_dossier(self, dossier_id: int) -> None:
        self._show_dossier(dossier_id)
        self.dossier_selected.emit(dossier_id)

    def _show_dossier(self, dossier_id: int, *, keep_rule: str | None = None) -> None:
        if self.store is None or dossier_id < 0:
            self.dossier_view.show_file(None)
            self.history_model.set_records([])
            return
        self.dossier_view.show_file(
            browse.dossier_file(self.store, dossier_id), keep_rule=keep_rule
        )
        self.history_model.set_records(browse.dossier_history(self.store, dossier_id))

    def current_file(self) -> DossierFile | None:
        return self.dossier_view.file

    def request_override(self, rule: str) -> OverrideDialog | None:
        """Open the override dialog for a rule of the shown dossier (modal)."""
        f = self.current_file()
        if self.store is None or f is None:
            return None
        found = [r for r in f.rules if r.rule == rule]
        if not found:
            return None
        store, dossier = self.store, f.dossier

        def submit(passed: bool, reason: str) -> str | None:
            try:
                overrides.override_rule(
                    store,
                    dossier_id=stored_id(dossier),
                    numero=dossier.numero,
                    rule=rule,
                    passed=passed,
                    reason=reason,
                )
            except ValueError as exc:
                text = errors.message(exc)
                return text[:1].upper() + text[1:] + "."
            return None

        dialog = OverrideDialog(dossier.numero, found[0], store.actor, submit, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._after_change(stored_id(dossier), rule))
        dialog.open()
        return dialog

    def request_clear_override(self, rule: str) -> None:
        f = self.current_file()
        if self.store is None or f is None:
            return
        answer = QMessageBox.question(
            self,
            "Retirer la dérogation",
            "Revenir au résultat du contrôle automatique pour cette règle ?\n"
            "La dérogation retirée reste inscrite au journal d'audit.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        overrides.clear_override(
            self.store,
            dossier_id=stored_id(f.dossier),
            numero=f.dossier.numero,
            rule=rule,
        )
        self._after_change(stored_id(f.dossier), rule)

    def _after_change(self, dossier_id: int, rule: str | None = None) -> None:
        assert self.store is not None
        self.dossier_list.refresh_row(browse.list_row(self.store, dossier_id))
        self._show_dossier(dossier_id, keep_rule=rule)
        self._update_status()

    # -- window furniture ---------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.store is None or self.overview is None:
            self.setWindowTitle("PTCE Desktop")
            return
        self.setWindowTitle(f"{self.overview.title} — {self.store.path.name} — PTCE Desktop")

    def _update_status(self, counts: dict[str, int | float] | None = None) -> None:
        if self.store is None or self.overview is None:
            return
        c = counts or browse.call_counts(self.store)
        self.status_title.setText(self.overview.title)
        parts = [
            self.tr("{n} dossiers").format(n=c["dossiers"]),
            self.tr("{n} éligibles").format(n=c["eligible"]),
            self.tr("{n} évaluations").format(n=c["reviews_submitted"]),
        ]
        if c["decisions"]:
            parts.append(self.tr("{n} retenus").format(n=c["selected"]))
            parts.append(
                self.tr("{granted} accordés sur {envelope}").format(
                    granted=fmt.eur(c["granted_total"]), envelope=fmt.eur(c["envelope_total"])
                )
            )
        self.status_counts.setText("  ·  ".join(parts))
        self._show_user()

    def _show_user(self) -> None:
        if self.store is not None:
            self.status_user.setText(
                "  " + self.tr("Vous : {actor}").format(actor=self.store.actor) + "  "
            )

    def show_shortcuts(self) -> None:
        lines = []
        for a in self.findChildren(QAction):
            if not a.shortcut().isEmpty() and a.text():
                keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                lines.append(f"<tr><td><b>{keys}</b></td><td>{a.text().replace('&', '')}</td></tr>")
        extra = [
            ("Ctrl+D", "Déroger à la règle choisie (onglet Éligibilité)"),
            ("Ctrl+Maj+G", "Chercher dans la pièce affichée"),
            ("F3 / Maj+F3", "Occurrence suivante / précédente"),
            ("Ctrl++ / Ctrl+-", "Zoom de la pièce"),
            ("Ctrl+0", "Pleine largeur"),
        ]
        lines += [f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in extra]
        box = QMessageBox(self)
        box.setWindowTitle("Raccourcis clavier")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<table cellspacing='6'>" + "".join(sorted(set(lines))) + "</table>")
        box.exec()

    def open_sessions(self) -> None:
        """The session window on the open call; closed when another call is opened."""
        if self.store is None:
            return
        from .views.session_window import SessionWindow

        window = getattr(self, "session_window", None)
        if window is None or window.store is not self.store:
            window = self.session_window = SessionWindow(self.store, self)
            self.file_changed.connect(
                lambda w=window: w.reload_sessions(select=w.session_id) if w.isVisible() else None
            )

            def on_decision(dossier_id: int) -> None:
                if self.store is None:  # the call was closed meanwhile
                    return
                self.dossier_list.refresh_row(browse.list_row(self.store, dossier_id))
                self._update_status()

            window.decision_recorded.connect(on_decision)
            self.call_opened.connect(window.close)
        window.show()
        window.raise_()
        window.activateWindow()

    def show_about(self) -> None:
        from .dialogs.about import show_about

        show_about(self)

    def _restore_layout(self) -> None:
        s = prefs.settings()
        key = f"window/{screen_key(self)}"
        geometry, state, split = (
            s.value(f"{key}/geometry"),
            s.value(f"{key}/state"),
            s.value(f"{key}/splitter"),
        )
        self.has_saved_geometry = isinstance(geometry, QByteArray)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def show_first_time(self) -> None:
        """Show the window: where it was last time, else filling the screen."""
        screen = self.screen()
        if not self.has_saved_geometry and screen is not None:
            self.setGeometry(screen.availableGeometry())
            self.showMaximized()
        else:
            self.show()

    def save_layout(self) -> None:
        s = prefs.settings()
        key = f"window/{screen_key(self)}"
        s.setValue(f"{key}/geometry", self.saveGeometry())
        s.setValue(f"{key}/state", self.saveState())
        s.setValue(f"{key}/splitter", self.splitter.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Quitter"),
                self.tr("Une tâche est en cours. L'interrompre et quitter ?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.tasks.cancel_all()
            self.tasks.wait(10_000)
        if self._check_job is not None:
            self._check_job.cancel()  # stops SQLite's check at its next step
        self._watch.stop()
        self.tasks.wait(5_000)  # a refresh under way reads with its own connection
        self.save_layout()
        self._stop_busy()
        if self.store is not None:
            self.store.close()
            self.store = None
        event.accept()
