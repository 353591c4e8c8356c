"""Aide > À propos: the version and the licence of each component shipped with the app (the
frozen build bundles them all; Qt and PySide6 under the LGPL, used as shared libraries that
can be replaced)."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__
from ..i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# (component, distribution for its version, licence), in the order a reader looks for them.
COMPONENTS: tuple[tuple[str, str | None, str], ...] = (
    ("Qt", None, "LGPL-3.0"),
    ("PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0"),
    ("Python", None, "PSF-2.0"),
    ("SQLite", None, QT_TRANSLATE_NOOP("About", "domaine public")),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("pandas", "pandas", "BSD-3-Clause"),
    ("NumPy", "numpy", "BSD-3-Clause"),
    ("python-calamine", "python-calamine", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("pyHanko", "pyHanko", "MIT"),
    ("pyhanko-certvalidator", "pyhanko-certvalidator", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 / BSD-3-Clause"),
    ("asn1crypto", "asn1crypto", "MIT"),
    ("fontTools", "fonttools", "MIT"),
    ("uharfbuzz / HarfBuzz", "uharfbuzz", "Apache-2.0 / MIT"),
    ("Pillow", "pillow", "MIT-CMU"),
    (
        QT_TRANSLATE_NOOP("About", "Polices DejaVu"),
        None,
        QT_TRANSLATE_NOOP("About", "licence DejaVu (libre, dérivée de Bitstream Vera)"),
    ),
)


def _version(component: str, distribution: str | None) -> str:
    if component == "Qt":
        return qVersion()
    if component == "Python":
        import platform

        return platform.python_version()
    if component == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if component.startswith("PySide6"):
        return pyside_version
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build without the metadata
        return ""


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{escape(translate('About', name))}</td>"
        f"<td>{escape(_version(name, dist))}</td>"
        f"<td>{escape(translate('About', licence))}</td></tr>"
        for name, dist, licence in COMPONENTS
    )
    return (
        f"<h3>PTCE Desktop {__version__}</h3><p>"
        + translate(
            "About",
            "Outil hors ligne du comité de sélection des appels à projets pour les pôles "
            "territoriaux de coopération économique : dossiers, éligibilité, instruction, "
            "délibération et procès-verbal signé. Licence EUPL-1.2.",
        )
        + "</p><p><b>"
        + translate("About", "Composants fournis avec l'application")
        + "</b></p><table cellspacing='0' cellpadding='2'>"
        + rows
        + "</table><p><small>"
        + translate(
            "About",
            "Qt et PySide6 sont utilisés sous la licence LGPL version 3 comme bibliothèques "
            "partagées, que vous pouvez remplacer par une autre version ; leur code source est "
            "disponible sur qt.io.",
        )
        + "</small></p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("About", "À propos de PTCE Desktop"), about_html())
