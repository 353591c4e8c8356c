"""The minutes PDF: content, page furniture, fonts, structure and the signature boxes."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ptce_desktop.domain.model import AttendanceStatus, Outcome
from ptce_desktop.io.formatting import format_date_fr, format_eur, format_score
from ptce_desktop.io.minutes_data import (
    AgendaItem,
    CriterionLine,
    DecisionLine,
    FunderLine,
    MemberLine,
    MinutesData,
    QuorumLine,
    RankingLine,
    RapporteurScores,
)
from ptce_desktop.io.minutes_pdf import BOX_HEIGHT, BOX_WIDTH, render_minutes_with_boxes

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")

REGIONS = [
    ("Bourgogne-Franche-Comté", "Jura"),
    ("Hauts-de-France", "Nord"),
    ("Auvergne-Rhône-Alpes", "Drôme"),
    ("Occitanie", "Hérault"),
    ("Bretagne", "Finistère"),
    ("Nouvelle-Aquitaine", "Gironde"),
]
CRITERIA = (
    CriterionLine(
        code="C1",
        label="Ancrage territorial et gouvernance partagée",
        weight=25,
        eliminatory_below=2,
    ),
    CriterionLine(code="C2", label="Coopération entre entreprises de l'ESS et hors ESS", weight=25),
    CriterionLine(code="C3", label="Création d'emplois durables et non délocalisables", weight=20),
    CriterionLine(
        code="C4", label="Mutualisation de moyens, de locaux et de compétences", weight=15
    ),
    CriterionLine(code="C5", label="Viabilité économique et cofinancements", weight=15),
)
FUNDERS = (
    FunderLine(code="etat", name="État – ministère de l'Égalité des territoires", share=2_000_000),
    FunderLine(code="etat2", name="État – autres ministères", share=400_000),
    FunderLine(code="cdc", name="Caisse des dépôts", share=600_000),
)
OUTCOMES = [
    Outcome.SELECTED,
    Outcome.SELECTED_WITH_CONDITIONS,
    Outcome.DEFERRED,
    Outcome.NOT_SELECTED,
]


def _split(amount: float) -> dict[str, float]:
    etat = round(amount * 2 / 3)
    etat2 = round(amount * 2 / 15)
    return {"etat": etat, "etat2": etat2, "cdc": amount - etat - etat2}


def sample_minutes(n: int = 12) -> MinutesData:
    members = (
        MemberLine(
            name="Mme Hélène Rousseau",
            institution="Ministère de l'Égalité des territoires",
            role="présidente",
        ),
        MemberLine(name="M. Jérôme Lefèvre", institution="Caisse des dépôts"),
        MemberLine(
            name="Mme Nadia Benali",
            institution="Ministère de l'Économie",
            status=AttendanceStatus.REPRESENTED,
            proxy_holder="M. Jérôme Lefèvre",
        ),
        MemberLine(name="M. François Perrin", institution="Ministère du Travail"),
        MemberLine(
            name="Mme Élodie Garnier",
            institution="Conseil national des CRESS",
            status=AttendanceStatus.EXCUSED,
        ),
        MemberLine(name="M. Loïc Le Gall", institution="Régions de France"),
    )
    agenda = []
    ranking = []
    scores = []
    cumulated = 0.0
    for i in range(n):
        numero = f"PTCE-2013-{i + 1:03d}"
        region, dep = REGIONS[i % len(REGIONS)]
        requested = 72_000 + (i * 13_577) % 218_000
        outcome = OUTCOMES[i % 4]
        granted = requested if outcome.is_grant else 0.0
        score = round(88.6 - i * 0.7, 1)
        decision = DecisionLine(
            outcome=outcome,
            amount_granted=granted,
            split=_split(granted) if granted else {},
            votes_for=4 if outcome.is_grant else 1,
            votes_against=1 if outcome.is_grant else 3,
            votes_abstain=i % 2,
            casting_vote_used=i == 2,
            conditions="Signature de la convention avec la communauté de communes avant le 31 mars."
            if outcome is Outcome.SELECTED_WITH_CONDITIONS
            else "",
            reasons="Cofinancements des collectivités non confirmés ; gouvernance à préciser."
            if not outcome.is_grant
            else "",
        )
        agenda.append(
            AgendaItem(
                numero=numero,
                pole_name=f"Pôle coopératif « Les Écrins » n° {i + 1} – filière bois-énergie",
                region=region,
                departement=dep,
                lead_name=f"SCIC Haut-Jura Énergie {i + 1}",
                amount_requested=requested,
                weighted_score=score,
                max_spread=2.0,
                criterion_means={c.code: 3.5 + (i % 3) * 0.25 for c in CRITERIA},
                recused=("M. François Perrin",) if i % 5 == 1 else (),
                decision=decision,
            )
        )
        within = cumulated + requested <= 3_000_000
        if within:
            cumulated += requested
        ranking.append(
            RankingLine(
                rank=i + 1,
                numero=numero,
                pole_name=f"Pôle n° {i + 1}",
                weighted_score=score,
                amount_requested=requested,
                cumulated=cumulated if within else cumulated + requested,
                within_envelope=within,
                reserve=not within and i < 40,
            )
        )
        for r in ("Mme Anne Morel", "M. Paul Durand"):
            scores.append(
                RapporteurScores(
                    numero=numero,
                    rapporteur=r,
                    weighted_score=score,
                    scores={c.code: 4.0 for c in CRITERIA},
                )
            )
    ranking.append(
        RankingLine(
            rank=None,
            numero="PTCE-2013-999",
            pole_name="Pôle non noté",
            weighted_score=None,
            amount_requested=50_000,
            excluded_reason="note éliminatoire : C1",
        )
    )
    payload = repr((members, agenda)).encode()
    return MinutesData(
        document_id="PV-2013-S01",
        data_sha256=hashlib.sha256(payload).hexdigest(),
        call_title="Appel à projets PTCE 2013",
        ministries=(
            "Ministère de l'Égalité des territoires et du Logement",
            "Ministère délégué chargé de l'Économie sociale et solidaire",
        ),
        envelope=3_000_000,
        funders=FUNDERS,
        session_title="Séance plénière",
        session_date=date(2013, 11, 22),
        session_time="14 h 30",
        session_place="Hôtel de Castries, 72 rue de Varenne, Paris 7e",
        chair="Mme Hélène Rousseau",
        secretary="M. Thomas Bernard",
        members=members,
        quorum=QuorumLine(
            members=6,
            present=4,
            represented=1,
            required=3,
            reached=True,
            note="Réuni sur seconde convocation du 15 novembre 2013.",
        ),
        agenda=tuple(agenda),
        ranking=tuple(ranking),
        criteria=CRITERIA,
        scores=tuple(scores),
        made_at="Paris",
    )


@pytest.fixture(scope="module")
def minutes() -> MinutesData:
    return sample_minutes(60)


@pytest.fixture(scope="module")
def rendered(minutes: MinutesData, tmp_path_factory: pytest.TempPathFactory):
    pdf, boxes = render_minutes_with_boxes(minutes)
    path = tmp_path_factory.mktemp("pv") / "pv.pdf"
    path.write_bytes(pdf)
    return path, boxes


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def _flat(text: str) -> str:
    # pdftotext may render the narrow no-break space as a plain or no-break space.
    return re.sub(r"[\s\u202f\u00a0]+", " ", text)


def test_pdf_starts_and_is_deterministic(minutes: MinutesData) -> None:
    small = sample_minutes(3)
    assert render_minutes_with_boxes(small)[0] == render_minutes_with_boxes(small)[0]
    assert render_minutes_with_boxes(small)[0].startswith(b"%PDF-")


@needs_poppler
def test_text_holds_every_decision_and_furniture(minutes: MinutesData, rendered) -> None:
    path, _ = rendered
    pages = _pages(path)
    text = _flat("\n".join(pages))
    assert "RÉPUBLIQUE FRANÇAISE" in text
    assert "Procès-verbal de la séance du comité de sélection" in text
    assert format_date_fr(minutes.session_date) in text
    assert "représentée par M. Jérôme Lefèvre" in text
    assert "excusée" in text
    assert "le quorum est atteint" in text
    assert "seconde convocation" in text
    for item in minutes.agenda:
        assert item.numero in text
        assert item.decision is not None
        assert f"Décision : {item.decision.outcome.label}" in text
        if item.decision.outcome.is_grant:
            assert _flat(format_eur(item.decision.amount_granted)) in text
            for amount in item.decision.split.values():
                assert _flat(format_eur(amount)) in text
        assert format_score(item.weighted_score) in text
    recusal = "M. François Perrin s'est déporté et n'a pas pris part à la délibération."
    assert text.count(recusal) == sum(1 for i in minutes.agenda if i.recused)
    assert "voix de la présidence a été prépondérante" in text
    assert "note éliminatoire : C1" in text
    assert "Liste complémentaire" in text
    n = len(pages)
    assert n >= 2
    for k, page in enumerate(pages, start=1):
        flat = _flat(page)
        assert f"page {k} / {n}" in flat
        assert minutes.data_sha256 in flat
        assert "Procès-verbal PV-2013-S01" in flat


@needs_poppler
def test_long_tables_repeat_their_header(rendered) -> None:
    path, _ = rendered
    pages = _pages(path)
    ranking_pages = [p for p in pages if "PTCE-2013-0" in p and "Cumul" in p]
    score_pages = [p for p in pages if "Mme Anne Morel" in p]
    assert len(ranking_pages) >= 2
    assert len(score_pages) >= 2
    for page in score_pages:
        assert re.search(r"N°\s+Rapporteur\s+C1\s+C2\s+C3\s+C4\s+C5\s+Note / 100", page)
    agenda_pages = [p for p in pages if "Montant sollicité" in p and "Région (département)" in p]
    assert len(agenda_pages) >= 2


@needs_poppler
def test_every_font_is_embedded(rendered) -> None:
    path, _ = rendered
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVu" in row
        # columns: name type encoding emb sub uni object-id
        assert row.split()[-5] == "yes", row


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_qpdf_finds_no_error(rendered) -> None:
    path, _ = rendered
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@needs_poppler
def test_signature_boxes_lie_on_the_last_page(rendered) -> None:
    path, boxes = rendered
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout).groups())
    assert [b.name for b in boxes] == ["chair", "secretary"]
    for b in boxes:
        assert b.page_index == pages - 1
        x1, y1, x2, y2 = b.rect
        assert 0 < x1 < x2 < width and 0 < y1 < y2 < height
        assert x2 - x1 == pytest.approx(BOX_WIDTH) and y2 - y1 == pytest.approx(BOX_HEIGHT)
        assert y1 < height / 3  # at the bottom of the page
    (chair, secretary) = boxes
    assert chair.rect[2] < secretary.rect[0]  # side by side, not overlapping
    last = _pages(path)[-1]
    assert "Le président / La présidente du comité" in last
    assert "Le secrétaire" in last
    assert "Fait à Paris, le 22 novembre 2013" in _flat(last)


def test_short_minutes_have_boxes_and_no_ranking() -> None:
    data = sample_minutes(1)
    data = dataclasses.replace(data, ranking=())
    _, boxes = render_minutes_with_boxes(data)
    assert len(boxes) == 2
    assert boxes[0].page_index == boxes[1].page_index


def test_french_formats() -> None:
    assert format_eur(1_234_567) == "1\u202f234\u202f567\u00a0€"
    assert format_eur(1234.5, cents=True) == "1\u202f234,50\u00a0€"
    assert format_eur(2.5) == "3\u00a0€"  # half away from zero, not to even
    assert format_eur(None) == "—"
    assert format_date_fr(date(2026, 11, 22)) == "22 novembre 2026"
    assert format_date_fr(date(2026, 8, 1)) == "1er août 2026"
    assert format_score(78.44) == "78,4"
    assert format_score(None) == "—"
