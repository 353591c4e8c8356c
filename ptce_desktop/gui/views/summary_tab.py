"""Résumé tab: every field of the dossier, members grouped by category, jobs, pooling."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...services.browse import DossierFile
from .. import format as fmt
from .. import theme
from ..uiloader import child, load_ui

translate = QCoreApplication.translate

CSS = """
h3 { margin: 14px 0 4px 0; font-size: 11pt; color: #1f3a5f; }
table.f td { padding: 2px 12px 2px 0; vertical-align: top; }
td.k { color: #555555; white-space: nowrap; }
table.m td { padding: 1px 10px 1px 0; }
td.s { color: #555555; font-family: 'DejaVu Sans Mono', monospace; }
p { margin: 2px 0 6px 0; }
"""


def _e(value: object) -> str:
    return "—" if value in (None, "") else escape(str(value))


def _fields(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td class='k'>{escape(k)}</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='f' cellspacing='0'>{cells}</table>"


_PLATFORM_ROWS = (
    ("state", "État"), ("deposited_at", "Déposé le"), ("instruction_at", "Passé en instruction le"),
    ("processed_at", "Traité le"), ("updated_at", "Dernière mise à jour"),
    ("instructeurs", "Instructeurs"), ("groupe", "Groupe instructeur"),
    ("motivation", "Motivation de la décision"),
)  # fmt: skip


def platform_html(info: dict[str, Any]) -> str:
    """What the dossier platform says about the dossier, shown read-only."""
    if not info.get("id"):
        return ""
    rows = [("N° sur la plateforme", _e(info["id"])), ("Démarche", _e(info.get("procedure")))]
    for key, label in _PLATFORM_ROWS:
        value = info.get(key)
        if isinstance(value, list):
            value = ", ".join(value)
        if value:
            if key.endswith("_at"):
                value = fmt.day(value[:10]) + value[10:].replace("T", " à ")
            rows.append((label, _e(value)))
    flag = info.get("flag")
    warning = f"<p style='color:#8a5a00'><b>⚑ {escape(flag)}</b></p>" if flag else ""
    return (
        f"<h3>{escape(info.get('platform', 'Plateforme'))} (lecture seule)</h3>{warning}"
        + _fields(rows)
    )


def summary_html(f: DossierFile) -> str:
    d = f.dossier
    css = CSS
    if theme.high_contrast():
        css = css.replace("#1f3a5f", theme.ink("", accent=True)).replace("#555555", theme.ink(""))
    parts = [f"<style>{css}</style>", platform_html(f.external)]
    parts.append("<h3>" + translate("SummaryTab", "Porteur") + "</h3>")
    parts.append(
        _fields(
            [
                (translate("SummaryTab", "Structure porteuse"), _e(d.lead_name)),
                (translate("SummaryTab", "Forme juridique"), _e(d.lead_legal_form)),
                ("SIRET", _e(d.lead_siret)),
                (
                    "Contact",
                    " · ".join(
                        _e(x) for x in (d.contact_name, d.contact_email, d.contact_phone) if x
                    )
                    or "—",
                ),
                (
                    translate("SummaryTab", "Dépôt"),
                    fmt.day(d.submitted_on.isoformat()) if d.submitted_on else "—",
                ),
            ]
        )
    )
    parts.append("<h3>" + translate("SummaryTab", "Territoire et activités") + "</h3>")
    parts.append(
        _fields(
            [
                (translate("SummaryTab", "Région"), _e(d.region)),
                (translate("SummaryTab", "Département"), _e(d.departement)),
                (translate("SummaryTab", "Communes"), _e(d.communes)),
                (
                    translate("SummaryTab", "Secteurs"),
                    ", ".join(escape(s) for s in d.sectors) or "—",
                ),
            ]
        )
    )
    parts.append("<h3>" + translate("SummaryTab", "Projet") + "</h3>")
    parts.append(f"<p>{_e(d.summary)}</p>")
    parts.append("<h3>" + translate("SummaryTab", "Mutualisation") + "</h3>")
    parts.append(f"<p>{_e(d.pooling)}</p>")
    parts.append("<h3>" + translate("SummaryTab", "Emplois") + "</h3>")
    parts.append(
        _fields(
            [
                (translate("SummaryTab", "Emplois existants"), _e(d.jobs_existing)),
                (translate("SummaryTab", "Emplois à créer"), _e(d.jobs_created)),
                (translate("SummaryTab", "Dont en insertion"), _e(d.jobs_integration)),
            ]
        )
    )
    parts.append(
        "<h3>" + translate("SummaryTab", "Membres ({n})").format(n=len(d.members)) + "</h3>"
    )
    for label, members in f.members_by_category:
        rows = "".join(
            f"<tr><td>{escape(m.name)}</td><td class='s'>{_e(m.siret)}</td>"
            f"<td class='k'>{_e(m.role)}</td></tr>"
            for m in members
        )
        parts.append(
            f"<p><b>{escape(label[:1].upper() + label[1:])}</b> ({len(members)})</p>"
            f"<table class='m' cellspacing='0'>{rows}</table>"
        )
    if not d.members:
        parts.append("<p>" + translate("SummaryTab", "Aucun membre déclaré.") + "</p>")
    return "".join(parts)


class SummaryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("summary_tab", self)
        self.browser = child(self, QTextBrowser, "summaryBrowser")

    def show_file(self, f: DossierFile) -> None:
        self.browser.setHtml(summary_html(f))
