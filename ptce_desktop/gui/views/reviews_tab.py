"""« Évaluations » tab: the submitted reviews of the dossier, side by side per criterion, with
opinions and comments; only for those allowed (see services.review.reviews_of)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTextBrowser, QVBoxLayout, QWidget

from ...domain.conflicts import SET_ASIDE_LABEL
from ...domain.model import Opinion
from ...services import review as desk_service
from ...services.browse import DossierFile
from ...services.review import ReviewView
from .. import format as fmt
from .review_desk import desk_for

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ...services import decision_support
    from ..main_window import MainWindow

OPINION_COLOURS = {
    Opinion.FAVOURABLE: "#1b6e3a",
    Opinion.RESERVED: "#8a5a00",
    Opinion.UNFAVOURABLE: "#b3261e",
}


def _opinion(r: ReviewView) -> str:
    if r.opinion is None:
        return "<i>avis non renseigné</i>"
    return f"<b style='color:{OPINION_COLOURS[r.opinion]}'>avis {r.opinion.label}</b>"


def reviews_html(found: desk_service.ReviewsOfDossier) -> str:
    parts = []
    if found.message:
        parts.append(f"<p style='color:#444'><i>{escape(found.message)}</i></p>")
    reviews = found.reviews
    if not reviews:
        return "".join(parts)
    head = "".join(
        f"<th align='center'>{escape(r.author)}{' (vous)' if r.mine else ''}"
        f"{' — ' + SET_ASIDE_LABEL if r.set_aside else ''}<br>"
        f"<span style='font-weight:normal;color:#555'>{escape(r.institution)}</span></th>"
        for r in reviews
    )
    rows = []
    for i, line in enumerate(reviews[0].lines):
        c = line.criterion
        cells = []
        for r in reviews:
            ln = r.lines[i]
            colour = "#b3261e" if ln.below_threshold else "#000"
            score = "—" if ln.score is None else f"{ln.score:g}"
            comment = (
                f"<br><span style='color:#555'>{escape(ln.comment)}</span>" if ln.comment else ""
            )
            cells.append(f"<td align='center'><b style='color:{colour}'>{score}</b>{comment}</td>")
        scores = [s for r in reviews if (s := r.lines[i].score) is not None and not r.set_aside]
        spread = max(scores) - min(scores) if len(scores) > 1 else 0
        mark = " <span style='color:#b3261e'>◆ écart ≥ 2</span>" if spread >= 2 else ""
        rows.append(
            f"<tr><td width='34%'><b>{escape(c.label)}</b> "
            f"<span style='color:#555'>(poids {c.weight:g})</span>{mark}</td>{''.join(cells)}</tr>"
        )
    totals = "".join(
        f"<td align='center'><b>{fmt.score(r.weighted)} / 100</b></td>" for r in reviews
    )
    opinions = "".join(f"<td align='center'>{_opinion(r)}</td>" for r in reviews)
    states = "".join(
        (
            f"<td align='center' style='color:#b3261e'><b>{SET_ASIDE_LABEL}</b><br>"
            "hors des notes du dossier</td>"
            if r.set_aside
            else "<td align='center' style='color:#555'>"
            + (
                f"soumise le {fmt.day(r.submitted_at)}"
                if r.state == "submitted"
                else "brouillon (non soumise)"
            )
            + "</td>"
        )
        for r in reviews
    )
    parts.append(
        "<table cellspacing='0' cellpadding='5' border='1' style='border-collapse:collapse;"
        "border-color:#c8c8c8' width='100%'>"
        f"<tr style='background:#eef1f5'><th align='left'>Critère</th>{head}</tr>"
        + "".join(rows)
        + f"<tr style='background:#eef1f5'><td><b>Note pondérée</b></td>{totals}</tr>"
        f"<tr><td>Avis</td>{opinions}</tr><tr><td>État</td>{states}</tr></table>"
    )
    for r in reviews:
        if r.summary:
            parts.append(f"<p><b>{escape(r.author)}</b> — {_opinion(r)}<br>{escape(r.summary)}</p>")
    parts.append(f"<p><a href='{HISTORY_LINK}'>Historique des versions…</a></p>")
    return "".join(parts)


HISTORY_LINK = "ptce:history"


def history_html(events: list[decision_support.HistoryEvent]) -> str:
    """Each change of the shown reviews, oldest first, from the audit log."""
    if not events:
        return "<h3>Historique des versions</h3><p><i>Aucune modification enregistrée.</i></p>"
    rows = "".join(
        f"<tr><td>{escape(fmt.day(e.ts[:10]))} {escape(e.ts[11:16])}</td>"
        f"<td>{escape(e.rapporteur)}</td><td>{escape(e.change)}</td>"
        f"<td style='color:#555'>{escape(e.actor)}"
        f"{' — ' + escape(e.action) if e.action and 'retour paquet' in e.action else ''}</td></tr>"
        for e in events
    )
    return (
        "<h3>Historique des versions</h3>"
        "<table cellspacing='0' cellpadding='3' width='100%'>"
        "<tr style='background:#eef1f5'><th align='left'>Quand (UTC)</th>"
        "<th align='left'>Évaluation de</th><th align='left'>Changement</th>"
        f"<th align='left'>Par</th></tr>{rows}</table>"
    )


class ReviewsTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("reviewsTab")
        self.window_ = window
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("reviewsBrowser")
        self.browser.setAccessibleName(self.tr("Évaluations des rapporteurs"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.browser)
        self.dossier_id: int | None = None
        self.numero = ""
        self.found = desk_service.ReviewsOfDossier()
        desk_for(window).changed.connect(self._on_changed)
        window.action("actionIdentity").triggered.connect(self.refresh)

    def show_file(self, f: DossierFile) -> None:
        self.dossier_id = f.dossier.id
        self.numero = f.dossier.numero
        self.refresh()

    def _on_changed(self, dossier_id: int) -> None:
        if dossier_id == self.dossier_id:
            self.refresh()

    def refresh(self) -> None:
        store = self.window_.store
        if store is None or self.dossier_id is None:
            self.browser.clear()
            return
        self.found = desk_service.reviews_of(store, self.dossier_id)
        self.browser.setHtml(reviews_html(self.found))

    def _link(self, url: QUrl) -> None:
        if url.toString() == HISTORY_LINK:
            self.show_history()

    def show_history(self) -> None:
        """The versions of the reviews this person may see (read through the audit log's
        index: a few milliseconds per dossier)."""
        store = self.window_.store
        if store is None or self.dossier_id is None:
            return
        from ...services import decision_support  # heavy: not at start-up

        visible = {r.author for r in self.found.reviews}
        events = [
            e
            for e in decision_support.review_history(store, numero=self.numero)
            if e.rapporteur in visible
        ]
        self.browser.setHtml(reviews_html(self.found) + history_html(events))


def install(window: MainWindow) -> None:
    tab = ReviewsTab(window)
    window.reviews_tab = tab
    index = window.dossier_view.add_tab(tab, translate("ReviewsTab", "Éval&uations"))
    action = QAction(translate("ReviewsTab", "Onglet Évaluations"), window)
    action.setObjectName("actionTabReviews")
    action.setShortcut(QKeySequence("Ctrl+5"))
    action.triggered.connect(lambda: window.dossier_view.tabs.setCurrentIndex(index))
    window.addAction(action)
    view_menu = window.findChild(QMenu, "menuView")
    if view_menu is not None:
        view_menu.insertAction(window.action("actionHistory"), action)
