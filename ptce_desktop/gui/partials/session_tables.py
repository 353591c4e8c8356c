"""Table models of the session window: the agenda and the ranking with its envelope cut-off."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...services.session_data import AgendaEntry, RankingEntry
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP, label, message
from .records import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex

CUT_OFF = QColor("#c62828")


# Column titles, translated when shown (RecordTableModel.headerData).
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("columns", "N°"),
    QT_TRANSLATE_NOOP("columns", "Pôle"),
    QT_TRANSLATE_NOOP("columns", "Rang"),
    QT_TRANSLATE_NOOP("columns", "Note"),
    QT_TRANSLATE_NOOP("columns", "Décision"),
    QT_TRANSLATE_NOOP("columns", "Région"),
    QT_TRANSLATE_NOOP("columns", "Montant sollicité"),
    QT_TRANSLATE_NOOP("columns", "Déports"),
    QT_TRANSLATE_NOOP("columns", "Note /100"),
    QT_TRANSLATE_NOOP("columns", "Écart max"),
    QT_TRANSLATE_NOOP("columns", "Montant"),
    QT_TRANSLATE_NOOP("columns", "Cumul"),
    QT_TRANSLATE_NOOP("columns", "Statut"),
)
SPREAD_TIP = QT_TRANSLATE_NOOP("SessionTables", "Plus grand écart entre rapporteurs sur un critère")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionTables", text)


def _decision_text(e: AgendaEntry) -> str:
    d = e.decision
    if d is None:
        return QCoreApplication.translate("SessionTables", "à délibérer")
    return label(d.outcome.label) + (f" — {fmt.eur(d.amount_granted)}" if d.amount_granted else "")


def _decision_colour(e: AgendaEntry) -> str | None:
    if e.decision is None:
        return "#8a5a00"
    return "#1b5e20" if e.decision.outcome.is_grant else "#444444"


AGENDA_COLUMNS = (
    Column[AgendaEntry]("", lambda e: str(e.position), align_right=True),
    Column[AgendaEntry]("N°", lambda e: e.numero),
    Column[AgendaEntry]("Pôle", lambda e: e.pole_name, tooltip=lambda e: e.pole_name),
    Column[AgendaEntry]("Rang", lambda e: str(e.rank or "—"), align_right=True),
    Column[AgendaEntry]("Note", lambda e: fmt.score(e.weighted_score), align_right=True),
    Column[AgendaEntry]("Décision", _decision_text, colour=_decision_colour,
                        bold=lambda e: e.decision is None),
)  # fmt: skip

AGENDA_EDIT_COLUMNS = (
    Column[AgendaEntry]("", lambda e: str(e.position), align_right=True),
    Column[AgendaEntry]("N°", lambda e: e.numero),
    Column[AgendaEntry]("Pôle", lambda e: e.pole_name),
    Column[AgendaEntry]("Région", lambda e: e.region),
    Column[AgendaEntry]("Rang", lambda e: str(e.rank or "—"), align_right=True),
    Column[AgendaEntry]("Montant sollicité", lambda e: fmt.eur(e.amount_requested),
                        align_right=True),
    Column[AgendaEntry]("Déports", lambda e: ", ".join(r.name for r in e.recused)),
    Column[AgendaEntry]("Décision", _decision_text, colour=_decision_colour),
)  # fmt: skip


AGENDA_MIME = "application/x-ptce-agenda-rows"


class AgendaEditModel(RecordTableModel[AgendaEntry]):
    """The agenda being prepared: rows dragged within the table ask the window to move them
    (the window writes the new order, then the model is filled again from the file)."""

    rows_dropped = Signal(list, int)  # rows moved, row they go before

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(AGENDA_MIME, ",".join(map(str, rows)).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, _column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(AGENDA_MIME):
            return False
        rows = [int(r) for r in bytes(data.data(AGENDA_MIME).data()).decode().split(",") if r]
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        # After the drag has finished: the window refills this model.
        QTimer.singleShot(0, lambda: self.rows_dropped.emit(rows, target))
        return False


def _status(e: RankingEntry) -> str:
    if e.rank is None:
        return message(e.excluded_reason)
    if e.within_envelope:
        return QCoreApplication.translate("SessionTables", "dans l'enveloppe")
    return (
        QCoreApplication.translate("SessionTables", "liste complémentaire")
        if e.reserve
        else QCoreApplication.translate("SessionTables", "au-delà de l'enveloppe")
    )


RANKING_COLUMNS = (
    Column[RankingEntry]("Rang", lambda e: str(e.rank) if e.rank else "—", align_right=True),
    Column[RankingEntry]("N°", lambda e: e.numero),
    Column[RankingEntry]("Pôle", lambda e: e.pole_name, tooltip=lambda e: e.pole_name),
    Column[RankingEntry]("Région", lambda e: e.region),
    Column[RankingEntry]("Note /100", lambda e: fmt.score(e.weighted_score), align_right=True,
                         bold=lambda e: e.within_envelope),
    Column[RankingEntry]("Écart max", lambda e: fmt.score(e.max_spread) if e.review_count
                         else "—", align_right=True,
                         tooltip=lambda _e: _tr(SPREAD_TIP)),
    Column[RankingEntry]("Montant", lambda e: fmt.eur(e.amount), align_right=True),
    Column[RankingEntry]("Cumul", lambda e: fmt.eur(e.cumulated) if e.rank else "",
                         align_right=True),
    Column[RankingEntry]("Statut", _status, colour=lambda e: "#1b5e20" if e.within_envelope
                         else "#8a5a00" if e.reserve else "#666666"),
)  # fmt: skip


class RankingModel(RecordTableModel[RankingEntry]):
    """Rows inside the envelope on a pale green, the reserve list on a pale amber."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            e = self.records[index.row()]
            if e.within_envelope:
                return QBrush(QColor("#eaf4ea"))
            if e.reserve:
                return QBrush(QColor("#fff4dc"))
            return None
        return super().data(index, role)

    def cut_off_row(self) -> int:
        """The last row inside the envelope (-1 if none)."""
        inside = [i for i, e in enumerate(self.records) if e.within_envelope]
        return inside[-1] if inside else -1


class CutOffDelegate(QStyledItemDelegate):
    """Draws the envelope's limit as a thick red line under the last row it funds."""

    def __init__(self, model: RankingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.row() == self.model.cut_off_row():
            painter.save()
            painter.setPen(QPen(CUT_OFF, 3))
            y = option.rect.bottom() - 1
            painter.drawLine(option.rect.left(), y, option.rect.right(), y)
            painter.restore()
