"""A funder's share as a bar: granted, the decision being entered on top, red past the share.

Drawn by hand rather than with QProgressBar so that the pending part and an overrun show,
and so that the same widget reads well on a projector at any size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.session_data import FunderGauge
from .. import format as fmt
from .. import theme

translate = QCoreApplication.translate

GRANTED = QColor("#2f5d8c")
PENDING = QColor("#e0a100")
OVER = QColor("#c62828")
TRACK = QColor("#dfe4ea")


class EnvelopeGauge(QWidget):
    def __init__(self, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.gauge: FunderGauge | None = None
        self.dark = dark or theme.high_contrast()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_gauge(self, gauge: FunderGauge) -> None:
        self.gauge = gauge
        self.setToolTip(
            translate(
                "EnvelopeGauge", "{name} : {granted} accordés sur {share}, reste {left}"
            ).format(
                name=gauge.name,
                granted=fmt.eur(gauge.granted),
                share=fmt.eur(gauge.share),
                left=fmt.eur(gauge.remaining),
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(320, 2 * h + max(10, h // 2 + 6) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        g = self.gauge
        if g is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        text_h = fm.height()
        ink = QColor("#ffffff") if self.dark else QColor("#111111")
        bold = QFont(self.font())
        bold.setBold(True)
        # First line: the funder's name, elided to the width; what remains goes under the bar.
        p.setPen(ink)
        p.setFont(bold)
        name = QFontMetrics(bold).elidedText(g.name, Qt.TextElideMode.ElideRight, self.width())
        p.drawText(QRectF(0, 0, self.width(), text_h), Qt.AlignmentFlag.AlignLeft, name)
        right = (
            translate("EnvelopeGauge", "dépassement {amount}").format(amount=fmt.eur(-g.remaining))
            if g.exceeded
            else translate("EnvelopeGauge", "reste {amount}").format(amount=fmt.eur(g.remaining))
        )
        # The bar: granted before this decision, then this decision's part.
        top = text_h + 4
        bar_h = max(10, text_h // 2 + 6)
        track = QRectF(0, top, self.width(), bar_h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#3a3f47") if self.dark else TRACK)
        p.drawRoundedRect(track, 3, 3)
        scale = self.width() / max(g.share, g.granted, 1.0)
        before = max(0.0, g.granted - g.pending)
        p.setBrush(OVER if g.exceeded else GRANTED if not self.dark else QColor("#6fa8dc"))
        p.drawRoundedRect(QRectF(0, top, before * scale, bar_h), 3, 3)
        if g.pending:
            p.setBrush(OVER if g.exceeded else PENDING)
            p.drawRect(QRectF(before * scale, top, g.pending * scale, bar_h))
        if g.exceeded:  # the share's limit, inside the bar
            p.setPen(QPen(ink, 2))
            x = g.share * scale
            p.drawLine(int(x), int(top - 2), int(x), int(top + bar_h + 2))
        p.setPen(ink)
        p.setFont(self.font())
        line = QRectF(0, top + bar_h + 2, self.width(), text_h)
        left = f"{fmt.eur(g.granted)} / {fmt.eur(g.share)}"
        if fm.horizontalAdvance(left) + fm.horizontalAdvance(right) + 24 > self.width():
            left = fmt.eur(g.granted)  # narrow: the share is in the tooltip
        p.drawText(line, Qt.AlignmentFlag.AlignLeft, left)
        if g.exceeded:
            p.setPen(QColor("#ff8a80") if self.dark else OVER)
            p.setFont(bold)
        p.drawText(line, Qt.AlignmentFlag.AlignRight, right)
        p.end()
