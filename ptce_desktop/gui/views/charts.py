"""« Statistiques des notes »: how rapporteurs used each criterion's scale (one bar set per
score value), and the ranked dossiers' weighted scores with the envelope's cut-off line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolTip, QWidget

from ...services import compare
from ...services.compare import ScoredDossier, ScoreDistribution, WeightedScores
from .. import errors
from .. import format as fmt
from ..uiloader import child, load_ui

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ..main_window import MainWindow

# From a muted red (0) to a deep green (5): the order of the scale reads at a glance.
SCORE_COLOURS = ("#b3261e", "#d9774a", "#e3b448", "#a9c46a", "#5a9e62", "#1f6b43")
FUNDED, NOT_FUNDED, RESERVE = "#2f5d8a", "#aab4c0", "#7d9cc0"
CUTOFF = "#b3261e"
CATEGORY_LABEL_LIMIT = 40  # beyond this many dossiers, numeros no longer fit under the bars


def wrap(label: str, width: int = 22) -> str:
    """A criterion's label on lines of about `width` characters, under its bars."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def distribution_chart(found: list[ScoreDistribution]) -> QChart:
    """One bar set per score value, a category per criterion: series count = scale length."""
    chart = QChart()
    chart.setTitle(
        translate("ScoreCharts", "Répartition des notes des évaluations soumises, par critère")
    )
    series = QBarSeries()
    values = found[0].values if found else ()
    for i, value in enumerate(values):
        bar_set = QBarSet(f"{value}")
        bar_set.setColor(QColor(SCORE_COLOURS[min(i, len(SCORE_COLOURS) - 1)]))
        bar_set.setBorderColor(QColor(SCORE_COLOURS[min(i, len(SCORE_COLOURS) - 1)]))
        for d in found:
            bar_set.append(d.counts[i] if i < len(d.counts) else 0)
        series.append(bar_set)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([wrap(d.label) for d in found])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    counts = QValueAxis()
    counts.setTitleText(translate("ScoreCharts", "Nombre d'évaluations"))
    counts.setLabelFormat("%d")
    counts.setRange(0, max([max(d.counts, default=0) for d in found] + [1]) * 1.1)
    counts.applyNiceNumbers()
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts)
    _finish(chart)
    return chart


def weighted_chart(scores: WeightedScores) -> QChart:
    """Bars of the ranked dossiers best first (funded, reserve, others) and the cut-off line."""
    chart = QChart()
    title = translate("ScoreCharts", "Notes pondérées des {n} dossiers classés").format(
        n=len(scores.dossiers)
    )
    if scores.cutoff is not None:
        title += translate("ScoreCharts", " — seuil {score}").format(score=fmt.score(scores.cutoff))
    chart.setTitle(title)
    series = QStackedBarSeries()
    sets = {
        "funded": QBarSet(translate("ScoreCharts", "Dans l'enveloppe")),
        "reserve": QBarSet(translate("ScoreCharts", "Liste complémentaire")),
        "other": QBarSet(translate("ScoreCharts", "Au-delà")),
    }
    for key, colour in (("funded", FUNDED), ("reserve", RESERVE), ("other", NOT_FUNDED)):
        sets[key].setColor(QColor(colour))
        sets[key].setBorderColor(QColor(colour))
    for d in scores.dossiers:
        kind = "funded" if d.within_envelope else "reserve" if d.reserve else "other"
        for key, bar_set in sets.items():
            bar_set.append(d.weighted if key == kind else 0.0)
    for bar_set in sets.values():
        series.append(bar_set)
    series.setBarWidth(0.85)
    series.hovered.connect(
        lambda on, i, _set: QToolTip.showText(QCursor.pos(), _tip(scores.dossiers[i]) if on else "")
    )
    chart.addSeries(series)
    n = len(scores.dossiers)
    categories = QBarCategoryAxis()
    categories.append([d.numero.rsplit("-", 1)[-1] for d in scores.dossiers])
    categories.setLabelsVisible(n <= CATEGORY_LABEL_LIMIT)
    categories.setGridLineVisible(False)
    categories.setTitleText(
        translate("ScoreCharts", "Dossiers classés du 1er au {n}e").format(n=n)
        if n
        else translate("ScoreCharts", "Aucun dossier classé")
    )
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTitleText(translate("ScoreCharts", "Note pondérée (sur 100)"))
    axis.setLabelFormat("%d")
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    if scores.cutoff is not None and n:
        line = QLineSeries()
        line.setName(
            translate("ScoreCharts", "Seuil de l'enveloppe ({score})").format(
                score=fmt.score(scores.cutoff)
            )
        )
        line.append(-0.5, scores.cutoff)
        line.append(n - 0.5, scores.cutoff)
        pen = QPen(QColor(CUTOFF))
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        x = QValueAxis()
        x.setRange(-0.5, n - 0.5)
        x.setVisible(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(x)
        line.attachAxis(axis)
    _finish(chart)
    return chart


def _tip(d: ScoredDossier) -> str:
    place = (
        translate("ScoreCharts", "dans l'enveloppe")
        if d.within_envelope
        else translate("ScoreCharts", "liste complémentaire")
        if d.reserve
        else ""
    )
    return f"{d.rank}. {d.numero} — {d.pole_name}\n{fmt.score(d.weighted)} / 100 {place}".strip()


def _finish(chart: QChart) -> None:
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(6, 6, 6, 6))
    font = QFont(chart.titleFont())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)


class ScoreChartsWindow(QMainWindow):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        load_ui("score_charts", self)
        self.main = main
        self.message = child(self, QLabel, "chartsMessage")
        self.tabs = child(self, QTabWidget, "chartTabs")
        self.distribution_view = QChartView()
        self.weighted_view = QChartView()
        for view, host in (
            (self.distribution_view, "distributionPage"),
            (self.weighted_view, "weightedPage"),
        ):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(600, 360)
            host_layout = child(self, QWidget, host).layout()
            assert host_layout is not None  # each chart host has its layout in the form
            host_layout.addWidget(view)
        close = QAction(self.tr("Fermer"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)

    def refresh(self) -> None:
        store = self.main.store
        if store is None:
            return
        refusal = compare.committee_refusal(store)
        self.message.setVisible(bool(refusal))
        self.tabs.setVisible(not refusal)
        if refusal:
            self.message.setText(errors.message(refusal))
            return
        found = compare.score_distribution(store)
        scores = compare.weighted_scores(store)
        total = max((d.total for d in found), default=0)
        text = translate(
            "ScoreCharts", "{reviews} évaluations soumises ; {ranked} dossiers classés"
        ).format(reviews=total, ranked=len(scores.dossiers))
        if scores.unranked:
            text += translate("ScoreCharts", ", {n} non classés").format(n=scores.unranked)
        self.message.setText(text)
        self.message.setVisible(True)
        self.distribution_view.setChart(distribution_chart(found))
        self.weighted_view.setChart(weighted_chart(scores))


def open_charts(main: MainWindow) -> ScoreChartsWindow | None:
    if main.store is None:
        errors.show_error(
            main,
            translate("ScoreCharts", "Statistiques des notes"),
            translate("ScoreCharts", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    window = getattr(main, "charts_window", None)
    if window is None:
        window = main.charts_window = ScoreChartsWindow(main)
        main.call_opened.connect(lambda _p: window.refresh() if window.isVisible() else None)
    window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
