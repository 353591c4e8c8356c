"""« Grille d'évaluation »: the rapporteur's scoring grid for the selected dossier, docked on
the right. Every change is written at once (its own audited transaction) and can be undone.

Keyboard: Tab moves from row to row (score, then comment); on a score, the digits 0-5 set it,
the arrows move it, Suppr clears it; Ctrl+Entrée submits.
"""

from __future__ import annotations

import itertools
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Opinion, stored_id
from ...services import browse
from ...services import review as desk_service
from ...services.review import CriterionLine, Grid
from .. import errors, i18n, theme
from .. import format as fmt
from ..uiloader import child, load_ui
from .review_desk import desk_for

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ...services.files import CallStore
    from ..main_window import MainWindow

TEXT_SAVE_DELAY_MS = 600  # a pause in typing writes the text; leaving the field writes it too
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
RED = "#b3261e"


def _red() -> str:
    """Dark red on white; yellow in high contrast, where red on black is hard to read."""
    return theme.ink(RED, accent=True)


def _alert_row() -> str:
    """A criterion under its eliminatory threshold: framed, on a soft red (black in high
    contrast, whose white text would vanish on the soft red)."""
    background = "#000000" if theme.high_contrast() else "#fdecea"
    return f"CriterionRow {{ border: 2px solid {_red()}; background: {background} }}"


class CriterionRow(QFrame):
    """One criterion: label and weight, description, the 0-5 choice, a comment."""

    score_chosen = Signal(int, object)  # criterion id, value or None
    comment_done = Signal(int, str)

    def __init__(self, line: CriterionLine, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = line.criterion
        self.criterion = c
        self.setObjectName(f"criterion_{c.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self.title = QLabel(
            f"<b>{number}. {escape(c.label)}</b> <span style='color:{theme.ink('#555555')}'>· "
            + self.tr("poids {weight}").format(weight=f"{c.weight:g}")
            + "</span>"
        )
        self.title.setWordWrap(True)
        self.title.setToolTip(c.description)
        layout.addWidget(self.title)
        if c.description:
            self.description = QLabel(c.description)
            self.description.setWordWrap(True)
            self.description.setStyleSheet(f"color: {theme.ink('#505050')}")
            layout.addWidget(self.description)
        choices = QHBoxLayout()
        choices.setSpacing(10)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value in range(c.scale_min, c.scale_max + 1):
            b = QRadioButton(str(value))
            b.setObjectName(f"score_{c.code}_{value}")
            b.setAccessibleName(
                self.tr("{criterion} : note {value}").format(criterion=c.label, value=value)
            )
            b.setToolTip(
                self.tr("Note {value} sur {top} (touche {value})").format(
                    value=value, top=c.scale_max
                )
            )
            b.installEventFilter(self)
            self.group.addButton(b, value)
            self.buttons.append(b)
            choices.addWidget(b)
        choices.addStretch(1)
        self.flag = QLabel()
        self.flag.setObjectName(f"flag_{c.code}")
        self.flag.setWordWrap(True)  # a narrow dock wraps « ⚠ éliminatoire » rather than cut it
        self.flag.setStyleSheet(f"color: {_red()}; font-weight: bold")
        choices.addWidget(self.flag)
        layout.addLayout(choices)
        self.comment = QLineEdit()
        self.comment.setObjectName(f"comment_{c.code}")
        self.comment.setPlaceholderText(self.tr("Commentaire sur ce critère"))
        self.comment.setAccessibleName(
            self.tr("Commentaire sur le critère {criterion}").format(criterion=c.label)
        )
        layout.addWidget(self.comment)
        self._saved_comment = ""
        self._timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush_comment)
        self.comment.textEdited.connect(lambda _t: self._timer.start())
        self.comment.editingFinished.connect(self.flush_comment)
        self.group.idClicked.connect(lambda v: self.score_chosen.emit(c.id, float(v)))
        self.set_line(line)

    def set_line(self, line: CriterionLine) -> None:
        """Show stored values, without emitting anything."""
        self._timer.stop()
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(line.score is not None and self.group.id(b) == int(line.score))
        self.group.setExclusive(True)
        if self.comment.text() != line.comment:
            self.comment.setText(line.comment)
        self._saved_comment = line.comment
        self.show_flag(line)

    def show_flag(self, line: CriterionLine) -> None:
        threshold = line.criterion.eliminatory_below
        if line.below_threshold:
            self.flag.setText(
                self.tr("⚠ éliminatoire (< {threshold})").format(threshold=f"{threshold:g}")
            )
            self.setStyleSheet(_alert_row())
        else:
            self.flag.setText(
                self.tr("seuil {threshold}").format(threshold=f"{threshold:g}")
                if threshold is not None
                else ""
            )
            self.flag.setStyleSheet(
                f"color: {_red() if line.below_threshold else theme.ink('#6b6b6b')}; "
                "font-weight: normal"
            )
            self.setStyleSheet("")
        if line.below_threshold:
            self.flag.setStyleSheet(f"color: {_red()}; font-weight: bold")

    def set_editable(self, on: bool) -> None:
        for b in self.buttons:
            b.setEnabled(on)
        self.comment.setReadOnly(not on)

    def first_focus(self) -> QWidget:
        return self.group.checkedButton() or self.buttons[0]

    def flush_comment(self) -> None:
        self._timer.stop()
        text = self.comment.text()
        if text != self._saved_comment and not self.comment.isReadOnly():
            self._saved_comment = text
            self.comment_done.emit(self.criterion.id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                value = DIGITS[key]
                button = self.group.button(value)
                if button is not None and button.isEnabled():
                    button.setFocus()
                    button.click()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.buttons[0].isEnabled():
                self.score_chosen.emit(self.criterion.id, None)
                return True
        return super().eventFilter(watched, event)


class ScoringDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        load_ui("scoring_dock", self)
        self.setObjectName("scoringDock")
        self.window_ = window
        self.desk = desk_for(window)
        self.header = child(self, QLabel, "headerLabel")
        self.message = child(self, QLabel, "messageLabel")
        self.grid_pane = child(self, QWidget, "gridPane")
        self.rows_layout = child(self, QVBoxLayout, "criteriaLayout")
        self.total_label = child(self, QLabel, "totalLabel")
        self.opinion_combo = child(self, QComboBox, "opinionCombo")
        self.summary_edit = child(self, QPlainTextEdit, "summaryEdit")
        self.saved_label = child(self, QLabel, "savedLabel")
        self.submit_button = child(self, QPushButton, "submitButton")
        self.reopen_button = child(self, QPushButton, "reopenButton")
        self.saved_label.setStyleSheet("color: #6b6b6b")
        self.opinion_combo.addItem(self.tr("— à renseigner —"), None)
        for o in Opinion:
            self.opinion_combo.addItem(i18n.label(o.label).capitalize(), o)
        self.submit_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit_button.clicked.connect(self.submit)
        self.reopen_button.clicked.connect(self.reopen)
        self.opinion_combo.activated.connect(self._opinion_chosen)
        self._summary_timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_DELAY_MS)
        self._summary_timer.timeout.connect(self.flush_summary)
        self.summary_edit.textChanged.connect(self._summary_typed)
        self.summary_edit.installEventFilter(self)

        self.grid: Grid | None = None
        self.rows: dict[int, CriterionRow] = {}
        self._saved_summary = ""
        self._loading = False
        self.dossier_id: int | None = None
        window.dossier_selected.connect(self.show_dossier)
        window.call_opened.connect(lambda _p: self.show_dossier(window.current_dossier_id()))
        window.action("actionIdentity").triggered.connect(
            lambda: self.show_dossier(window.current_dossier_id())
        )
        self.desk.changed.connect(self._on_changed)
        self.show_dossier(None)

    # -- showing ------------------------------------------------------------------------------

    @property
    def store(self) -> CallStore | None:
        return self.window_.store

    def show_dossier(self, dossier_id: int | None) -> None:
        self.flush()
        self.dossier_id = dossier_id if dossier_id is not None and dossier_id >= 0 else None
        self.grid = None
        if self.store is None or self.dossier_id is None:
            self.header.setText("")
            self._show_message(self.tr("Choisissez un dossier dans la liste."))
            return
        numero = next(
            (r.numero for r in self.window_.dossier_list.model.all_rows if r.id == self.dossier_id),
            "",
        )
        self.header.setText(
            f"<b>{escape(numero)}</b> — "
            + self.tr("vous : {actor}").format(actor=escape(self.store.actor))
        )
        try:
            self.grid = desk_service.open_grid(self.store, self.dossier_id)
        except desk_service.ReviewRefused as exc:
            self._show_message(errors.message(exc), warn=True)
            return
        self._build_rows(self.grid)
        self._show_grid()

    def _show_message(self, text: str, *, warn: bool = False) -> None:
        self.message.setText(text)
        colour = "#fdecea; color: #8c1d18" if warn else "#f2f2f2; color: #333"
        self.message.setStyleSheet(f"background: {colour}")
        self.message.show()
        self.grid_pane.hide()

    def _build_rows(self, grid: Grid) -> None:
        codes = [line.criterion.id for line in grid.lines]
        if list(self.rows) == codes:
            return  # same grid: keep the widgets (and the focus)
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        for i, line in enumerate(grid.lines, start=1):
            row = CriterionRow(line, i)
            row.score_chosen.connect(self._score_chosen)
            row.comment_done.connect(self._comment_done)
            self.rows_layout.addWidget(row)
            self.rows[stored_id(line.criterion)] = row
        self.rows_layout.addStretch(1)
        rows = list(self.rows.values())
        for a, b in itertools.pairwise(rows):
            QWidget.setTabOrder(a.comment, b.first_focus())

    def _show_grid(self) -> None:
        grid = self.grid
        assert grid is not None
        self._loading = True
        try:
            for line in grid.lines:
                self.rows[stored_id(line.criterion)].set_line(line)
            self.opinion_combo.setCurrentIndex(self.opinion_combo.findData(grid.opinion))
            if self.summary_edit.toPlainText() != grid.summary:
                self.summary_edit.setPlainText(grid.summary)
            self._saved_summary = grid.summary
        finally:
            self._loading = False
        editable = not grid.submitted
        for row in self.rows.values():
            row.set_editable(editable)
        self.opinion_combo.setEnabled(editable)
        self.summary_edit.setReadOnly(not editable)
        self.submit_button.setVisible(editable)
        self.reopen_button.setVisible(grid.submitted)
        if grid.submitted:
            self.message.setText(
                self.tr(
                    "Évaluation soumise le {when} : elle est verrouillée. « Rouvrir » la repasse "
                    "en brouillon (inscrit au journal)."
                ).format(when=fmt.timestamp(grid.submitted_at))
            )
            self.message.setStyleSheet("background: #e8f0e8; color: #1b4d2b")
            self.message.show()
        else:
            self.message.hide()
        self.grid_pane.show()
        self._update_total()

    def _update_total(self) -> None:
        grid = self.grid
        if grid is None:
            return
        total = fmt.score(grid.total)
        if grid.missing:
            text = self.tr(
                "Total provisoire : <b>{total} / 100</b> "
                "<span style='color:#6b6b6b'>({missing} critère(s) sans note)</span>"
            ).format(total=total, missing=grid.missing)
        else:
            text = self.tr("Total pondéré : <b>{total} / 100</b>").format(total=total)
        eliminated = [ln.criterion.label for ln in grid.lines if ln.below_threshold]
        if eliminated:
            text += (
                f"<br><span style='color:{_red()}'>"
                + self.tr("<b>Note éliminatoire</b> : {criteria}").format(
                    criteria=escape(", ".join(eliminated))
                )
                + "</span>"
            )
        self.total_label.setText(text)
        for line in grid.lines:
            self.rows[stored_id(line.criterion)].show_flag(line)

    def _reload(self) -> None:
        if self.store is None or self.dossier_id is None:
            return
        try:
            self.grid = desk_service.open_grid(self.store, self.dossier_id)
        except desk_service.ReviewRefused as exc:
            self._show_message(errors.message(exc), warn=True)
            return
        self._show_grid()

    def _on_changed(self, dossier_id: int) -> None:
        if dossier_id == self.dossier_id:
            self._reload()

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("Enregistré automatiquement"))

    # -- editing ------------------------------------------------------------------------------

    def _set_line(self, criterion_id: int, **changes: Any) -> None:
        assert self.grid is not None
        self.grid.lines = [
            CriterionLine(
                criterion=ln.criterion,
                score=changes.get("score", ln.score),
                comment=changes.get("comment", ln.comment),
            )
            if ln.criterion.id == criterion_id
            else ln
            for ln in self.grid.lines
        ]

    def _line(self, criterion_id: int) -> CriterionLine:
        assert self.grid is not None
        return next(ln for ln in self.grid.lines if ln.criterion.id == criterion_id)

    def _score_chosen(self, criterion_id: int, value: float | None) -> None:
        if self.grid is None or self.store is None:
            return
        old = self._line(criterion_id).score
        if old == value:
            return
        store, dossier, label = self.store, self.grid.dossier_id, self._line(criterion_id)
        shown = "—" if value is None else f"{value:g}"
        ok = self.desk.run(
            self.tr("note « {criterion} » : {score}").format(
                criterion=label.criterion.label, score=shown
            ),
            lambda: desk_service.set_score(store, dossier, criterion_id, value),
            lambda: desk_service.set_score(store, dossier, criterion_id, old),
            dossier,
        )
        if ok:
            self._set_line(criterion_id, score=value)
            if value is None:
                self.rows[criterion_id].set_line(self._line(criterion_id))
            self._update_total()
            self._saved()
        else:
            self._reload()

    def _comment_done(self, criterion_id: int, text: str) -> None:
        if self.grid is None or self.store is None:
            return
        old = self._line(criterion_id).comment
        store, dossier = self.store, self.grid.dossier_id
        label = self._line(criterion_id).criterion.label
        if self.desk.run(
            self.tr("commentaire « {criterion} »").format(criterion=label),
            lambda: desk_service.set_comment(store, dossier, criterion_id, text),
            lambda: desk_service.set_comment(store, dossier, criterion_id, old),
            dossier,
        ):
            self._set_line(criterion_id, comment=text)
            self._saved()
        else:
            self._reload()

    def _opinion_chosen(self, index: int) -> None:
        if self.grid is None or self.store is None or self._loading:
            return
        new, old = self.opinion_combo.itemData(index), self.grid.opinion
        if new == old:
            return
        store, dossier = self.store, self.grid.dossier_id
        if self.desk.run(
            self.tr("avis : {opinion}").format(
                opinion=i18n.label(new.label) if new else self.tr("à renseigner")
            ),
            lambda: desk_service.set_opinion(store, dossier, new),
            lambda: desk_service.set_opinion(store, dossier, old),
            dossier,
        ):
            self.grid.opinion = new
            self._saved()
        else:
            self._reload()

    def _summary_typed(self) -> None:
        if not self._loading and not self.summary_edit.isReadOnly():
            self._summary_timer.start()

    def flush_summary(self) -> None:
        self._summary_timer.stop()
        if self.grid is None or self.store is None or self.summary_edit.isReadOnly():
            return
        text, old = self.summary_edit.toPlainText(), self._saved_summary
        if text == old:
            return
        store, dossier = self.store, self.grid.dossier_id
        self._saved_summary = text
        if self.desk.run(
            self.tr("appréciation générale"),
            lambda: desk_service.set_summary(store, dossier, text),
            lambda: desk_service.set_summary(store, dossier, old),
            dossier,
        ):
            self.grid.summary = text
            self._saved()
        else:
            self._reload()

    def flush(self) -> None:
        """Write any text still waiting for its typing pause (before leaving the dossier)."""
        if self.grid is None:
            return
        for row in self.rows.values():
            row.flush_comment()
        self.flush_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary_edit and event.type() == QEvent.Type.FocusOut:
            self.flush_summary()
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        if self.grid is None or self.store is None or self.grid.submitted:
            return
        self.flush()
        try:
            desk_service.submit(self.store, self.grid.dossier_id)
        except Exception as exc:
            errors.show_error(self, self.tr("Soumission impossible"), errors.message(exc))
            return
        self._after_lifecycle()

    def reopen(self) -> None:
        if self.grid is None or self.store is None or not self.grid.submitted:
            return
        try:
            desk_service.reopen(self.store, self.grid.dossier_id)
        except Exception as exc:
            errors.show_error(self, self.tr("Réouverture impossible"), errors.message(exc))
            return
        self._after_lifecycle()

    def _after_lifecycle(self) -> None:
        """Submitting or reopening changes the list's counts and score, and what others see."""
        assert self.grid is not None and self.store is not None
        dossier = self.grid.dossier_id
        self.window_.dossier_list.refresh_row(browse.list_row(self.store, dossier))
        self._reload()
        self.desk.changed.emit(dossier)


def install(window: MainWindow) -> None:
    dock = ScoringDock(window)
    window.scoring_dock = dock
    dock.toggleViewAction().setText(translate("ScoringDock", "&Grille d'évaluation"))
    dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Alt+E"))
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    # A first-run width where descriptions wrap on two or three lines; later runs restore theirs.
    window.resizeDocks([dock], [470], Qt.Orientation.Horizontal)
