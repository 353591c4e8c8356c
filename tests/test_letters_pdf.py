"""Convocation and notification letters: content, per-letter page count, fonts, structure."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ptce_desktop.domain.model import (
    AttendanceStatus,
    Cofunding,
    Dossier,
    Member,
    MemberCategory,
    Outcome,
)
from ptce_desktop.io.dossier_pdf import render_dossier
from ptce_desktop.io.formatting import format_eur
from ptce_desktop.io.letters_pdf import (
    civility,
    render_convocation,
    render_each_notification,
    render_notification_letters,
)
from ptce_desktop.io.minutes_data import (
    AgendaItem,
    ConvocationData,
    DecisionLine,
    FunderLine,
    LetterData,
    MemberLine,
)

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="poppler missing"
)
FUNDERS = (
    FunderLine(code="etat", name="État – ministère de l'Égalité des territoires", share=2e6),
    FunderLine(code="cdc", name="Caisse des dépôts", share=6e5),
)
MINISTRIES = ("Ministère de l'Égalité des territoires et du Logement",)


def _agenda(n: int) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(
            numero=f"PTCE-2013-{i:03d}",
            pole_name=f"Pôle des Écrins n° {i} – économie circulaire",
            region="Auvergne-Rhône-Alpes",
            lead_name=f"Association Réemploi {i}",
            amount_requested=90_000 + i * 1_000,
        )
        for i in range(1, n + 1)
    )


def sample_convocation(agenda_size: int = 40) -> ConvocationData:
    return ConvocationData(
        document_id="CONV-2013-S01",
        call_title="Appel à projets PTCE 2013",
        ministries=MINISTRIES,
        session_title="Séance plénière",
        session_date=date(2013, 11, 22),
        session_time="14 h 30",
        session_place="Hôtel de Castries, 72 rue de Varenne, Paris 7e",
        chair="Mme Hélène Rousseau",
        recipients=(
            MemberLine(name="M. Jérôme Lefèvre", institution="Caisse des dépôts"),
            MemberLine(
                name="Mme Nadia Benali",
                institution="Ministère de l'Économie",
                status=AttendanceStatus.EXCUSED,
            ),
        ),
        agenda=_agenda(agenda_size),
        issued_on=date(2013, 11, 1),
        made_at="Paris",
        reply_to="secretariat-ptce@example.org",
    )


def _letter(numero: str, outcome: Outcome, granted: float = 0.0) -> LetterData:
    split = {"etat": round(granted * 0.8), "cdc": granted - round(granted * 0.8)}
    return LetterData(
        document_id=f"NOTIF-{numero}",
        call_title="Appel à projets PTCE 2013",
        ministries=MINISTRIES,
        session_date=date(2013, 11, 22),
        numero=numero,
        pole_name="Pôle « Bois et territoires »",
        lead_name="SCIC Forêts d'Émeraude",
        amount_requested=180_000,
        decision=DecisionLine(
            outcome=outcome,
            amount_granted=granted,
            split=split if granted else {},
            conditions="Signature d'une convention avec la communauté de communes."
            if outcome is Outcome.SELECTED_WITH_CONDITIONS
            else "",
            reasons="" if outcome.is_grant else "Gouvernance partagée insuffisamment décrite.",
        ),
        funders=FUNDERS,
        recipient="Mme Claire Dubois, présidente",
        address=("12 rue des Tanneurs", "39200 Saint-Claude"),
        issued_on=date(2013, 12, 2),
        made_at="Paris",
        signatory="Mme Hélène Rousseau",
        signatory_title="La présidente du comité de sélection",
        contact="le secrétariat du comité (secretariat-ptce@example.org)",
    )


@pytest.fixture(scope="module")
def convocation() -> ConvocationData:
    return sample_convocation()


LETTERS = [
    _letter("PTCE-2013-001", Outcome.SELECTED, 150_000),
    _letter("PTCE-2013-002", Outcome.SELECTED_WITH_CONDITIONS, 123_456),
    _letter("PTCE-2013-003", Outcome.DEFERRED),
    _letter("PTCE-2013-004", Outcome.NOT_SELECTED),
]


def _text(pdf: bytes, tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [re.sub(r"[\s\u202f\u00a0]+", " ", page) for page in out.split("\f")[:-1]]


def _check_structure(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    for row in fonts.stdout.splitlines()[2:]:
        assert "DejaVu" in row and row.split()[-5] == "yes", row
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_civility() -> None:
    assert civility("Mme Claire Dubois") == "Madame"
    assert civility("M. Paul Durand") == "Monsieur"
    assert civility("Association Réemploi") == "Madame, Monsieur"


@needs_poppler
def test_convocation_one_letter_per_member(convocation: ConvocationData, tmp_path: Path) -> None:
    pdf = render_convocation(convocation)
    pages = _text(pdf, tmp_path, "conv.pdf")
    text = " ".join(pages)
    assert text.count("Objet : convocation à la séance du comité de sélection") == 2
    assert "Monsieur," in text and "Madame," in text
    assert "22 novembre 2013 à 14 h 30, Hôtel de Castries" in text
    assert "examen de 40 dossiers dont la liste figure en annexe" in text
    assert "Paris, le 1er novembre 2013" in text
    assert "qui ne peut en détenir qu'un seul" in text
    for item in convocation.agenda:
        assert item.numero in text
    # A one-page letter, then the 40 dossiers in a two-page annex; the count restarts per letter.
    assert len(pages) == 6
    numbers = [re.search(r"page (\d / \d)", p).group(1) for p in pages]
    assert numbers == ["1 / 3", "2 / 3", "3 / 3"] * 2
    assert "Convocation CONV-2013-S01 — Mme Nadia Benali" in pages[3]
    # the agenda table's header repeats on each page of the annex
    for page in pages[1:3] + pages[4:6]:
        assert re.search(r"N° Pôle Structure porteuse Région Montant sollicité", page)
    _check_structure(pdf, tmp_path)


@needs_poppler
def test_notifications_state_each_decision(tmp_path: Path) -> None:
    pdf = render_notification_letters(LETTERS)
    pages = _text(pdf, tmp_path, "notif.pdf")
    text = " ".join(pages)
    assert "votre projet a été retenu : une subvention de 150 000 € vous est accordée" in text
    assert "retenu sous conditions" in text
    assert "Signature d'une convention avec la communauté de communes." in text
    assert "d'ajourner l'examen de votre dossier" in text
    assert "n'a pas été retenu" in text
    assert "Motifs : Gouvernance partagée insuffisamment décrite." in text
    for amount in (150_000, 120_000, 30_000, 123_456, 98_765, 24_691):
        assert re.sub(r"\s", " ", format_eur(amount)).replace("\u202f", " ") in text
    assert text.count("Madame, Réuni le 22 novembre 2013, le comité de sélection") == 4
    assert "« Bois et territoires »" in text and "« Pôle" not in text
    assert "Paris, le 2 décembre 2013" in text
    for page in pages:
        assert re.search(r"Notification NOTIF-PTCE-2013-00\d page 1 / 1", page)
    _check_structure(pdf, tmp_path)


def test_each_notification_is_its_own_pdf() -> None:
    each = render_each_notification(LETTERS[:2])
    assert list(each) == ["notification-PTCE-2013-001.pdf", "notification-PTCE-2013-002.pdf"]
    assert all(pdf.startswith(b"%PDF-") for pdf in each.values())


# The candidacy file shares the house style; its smoke test lives with the other documents.
@needs_poppler
def test_dossier_pdf(tmp_path: Path) -> None:
    dossier = Dossier(
        numero="PTCE-2013-042",
        pole_name="Pôle « Bois et territoires du Haut-Jura »",
        lead_name="SCIC Haut-Jura Bois Énergie",
        region="Bourgogne-Franche-Comté",
        departement="Jura",
        amount_requested=180_000,
        lead_siret="12345678900012",
        total_cost=612_500,
        jobs_existing=148,
        summary="Le pôle valorise le bois local.\n\nIl mutualise une plateforme de séchage.",
        members=[
            Member(name=f"Membre {i}", category=list(MemberCategory)[i % 7]) for i in range(12)
        ],
        cofundings=[Cofunding(funder="Région Bourgogne-Franche-Comté", amount=120_000)],
    )
    pdf = render_dossier(dossier)
    text = " ".join(_text(pdf, tmp_path, "dossier.pdf"))
    assert "Dossier de candidature" in text and "RÉPUBLIQUE" not in text
    assert "123 456 789 00012" in text and "180 000 €" in text and "29,4 %" in text
    assert "Membre 11" in text and "page 1 / " in text
    _check_structure(pdf, tmp_path)
