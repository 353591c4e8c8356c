"""Side by side, headless: the services against the database, the PDF, and `ptce compare` /
`ptce disagreements` with their refusals."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.domain import scoring
from ptce_desktop.io.formatting import format_eur, format_score
from ptce_desktop.services import compare
from ptce_desktop.services.browse import SECRETARIAT
from ptce_desktop.services.session_data import ranking
from ptce_desktop.store.calls import read_criteria
from ptce_desktop.store.db import CallStore
from tests.compare_helpers import envelope_for_half_the_demand, set_scores, two_review_dossier


@pytest.fixture
def store(demo_call: Path):
    s = CallStore.open(demo_call, actor=SECRETARIAT)
    yield s
    s.close()


def _ids(store: CallStore, n: int) -> list[int]:
    return [
        r[0] for r in store.conn.execute("SELECT id FROM dossiers ORDER BY numero LIMIT ?", (n,))
    ]


def _one(store: CallStore, sql: str, *params: object) -> object:
    return store.conn.execute(sql, params).fetchone()[0]


def test_rows_are_aligned_field_by_field_with_the_database_values(store):
    ids = _ids(store, 4)
    c = compare.compare_dossiers(store, ids)
    assert [d.id for d in c.dossiers] == ids
    assert all(len(r.values) == 4 for r in c.rows)
    for i, dossier_id in enumerate(ids):
        region, requested, cost = store.conn.execute(
            "SELECT region, amount_requested, total_cost FROM dossiers WHERE id = ?", (dossier_id,)
        ).fetchone()
        assert c.row("Région").values[i] == region
        assert c.row("Montant demandé").values[i] == format_eur(requested)
        assert c.row("Coût total du projet").values[i] == format_eur(cost)
        members = _one(store, "SELECT count(*) FROM members WHERE dossier_id = ?", dossier_id)
        assert c.row("Membres (total)").values[i] == str(members)
        ess = _one(store, "SELECT count(*) FROM members WHERE dossier_id = ? AND category = "
                   "'ess_enterprise'", dossier_id)  # fmt: skip
        assert c.row("Entreprise ESS : nombre").values[i] == str(ess)
        names = [r[0] for r in store.conn.execute(
            "SELECT name FROM members WHERE dossier_id = ? AND category = 'ess_enterprise' "
            "ORDER BY position", (dossier_id,))]  # fmt: skip
        assert c.row("Entreprise ESS : noms").values[i] == ("\n".join(names) or "—")
        secured = _one(store, "SELECT coalesce(sum(amount), 0) FROM cofundings WHERE "
                       "dossier_id = ? AND status = 'secured'", dossier_id)  # fmt: skip
        assert c.row("Cofinancements acquis").values[i] == format_eur(secured)
        jobs = _one(store, "SELECT jobs_created FROM dossiers WHERE id = ?", dossier_id)
        assert c.row("Emplois créés").values[i] == str(jobs)
    # Flags: a compared row differs exactly when its values do; free text is never flagged.
    for r in c.rows:
        assert r.differs == (r.compared and len(set(r.values)) > 1), r.label
    assert not c.row("Pôle").differs and not c.row("Entreprise ESS : noms").differs


def test_the_same_region_is_not_a_difference(store):
    a, b = _ids(store, 2)
    with store.transaction("test : même région"):
        store.conn.execute(
            "UPDATE dossiers SET region = 'Bretagne', departement = '29', jobs_created = 7 "
            "WHERE id IN (?, ?)", (a, b))  # fmt: skip
    c = compare.compare_dossiers(store, [a, b])
    assert c.row("Région").values == ("Bretagne", "Bretagne") and not c.row("Région").differs
    assert not c.row("Département").differs and not c.row("Emplois créés").differs


def test_scores_per_criterion_are_the_means_of_submitted_reviews(store):
    a = two_review_dossier(store)
    b = two_review_dossier(store, skip=1)
    set_scores(store, a, {"cooperation": (1, 4), "innovation": (2, 3)})
    set_scores(store, b, {})
    c = compare.compare_dossiers(store, [a, b])
    labels = {cr.code: f"{cr.label} (poids {cr.weight:g})" for cr in read_criteria(store)}
    assert c.row(labels["cooperation"]).values == ("2,50 / 5", "3,00 / 5")
    assert c.row(labels["cooperation"]).differs
    assert c.row(labels["territory"]).values == ("3,00 / 5", "3,00 / 5")
    assert not c.row(labels["territory"]).differs
    criteria = read_criteria(store)
    means = {cr.code: 3.0 for cr in criteria} | {"cooperation": 2.5, "innovation": 2.5}
    expected = scoring.weighted_score(criteria, means)
    assert c.row("Note pondérée (sur 100)").values[0] == format_score(expected)
    assert c.row("Écart maximal entre rapporteurs").values == ("3", "0")


def test_rapporteurs_side_by_side_spread_and_gaps(store):
    dossier = two_review_dossier(store)
    set_scores(store, dossier, {"cooperation": (1, 4), "territory": (2, 3), "governance": (5, 3)})
    rc = compare.compare_rapporteurs(store, dossier)
    assert len(rc.rapporteurs) == 2
    by_code = {c.code: c for c in rc.criteria}
    assert by_code["cooperation"].scores == (1, 4) and by_code["cooperation"].spread == 3
    assert by_code["territory"].spread == 1 and not by_code["territory"].gap
    assert by_code["governance"].spread == 2 and by_code["governance"].gap  # 2 is a gap
    assert by_code["innovation"].spread == 0 and not by_code["innovation"].gap
    assert [c.code for c in rc.gaps] == ["cooperation", "governance"]
    assert by_code["cooperation"].mean == 2.5
    # Comments and opinions are the reviews' own, column by column.
    comments = store.conn.execute(
        "SELECT s.comment FROM scores s JOIN reviews r ON r.id = s.review_id JOIN people p "
        "ON p.id = r.person_id JOIN criteria c ON c.id = s.criterion_id WHERE r.dossier_id = ? "
        "AND c.code = 'cooperation' ORDER BY p.name, r.id", (dossier,)).fetchall()  # fmt: skip
    assert by_code["cooperation"].comments == tuple(r[0] for r in comments)
    weighted = [r.weighted for r in rc.rapporteurs]
    assert rc.weighted_spread == round(max(weighted) - min(weighted), 2)


def test_disagreements_most_disputed_first(store):
    top = two_review_dossier(store)
    calm = two_review_dossier(store, skip=1)
    set_scores(store, top, {"cooperation": (0, 5), "innovation": (1, 4)})
    set_scores(store, calm, {})
    found = compare.disagreements(store)
    assert found[0].dossier_id == top
    assert found[0].max_spread == 5 and found[0].total_spread == 8
    assert found[0].concerned == ("Coopération et mutualisation",
                                  "Innovation sociale ou technologique")  # fmt: skip
    keys = [(-d.max_spread, -d.total_spread, d.numero) for d in found]
    assert keys == sorted(keys)
    assert found[-1].dossier_id == calm or found[-1].max_spread == 0
    calm_entry = next(d for d in found if d.dossier_id == calm)
    assert calm_entry.max_spread == 0 and calm_entry.concerned == () and not calm_entry.has_gap
    two_or_more = _one(store, "SELECT count(*) FROM (SELECT dossier_id FROM reviews WHERE "
                       "state = 'submitted' GROUP BY dossier_id HAVING count(*) >= 2)")  # fmt: skip
    assert len(found) == two_or_more


def test_distribution_and_weighted_scores_with_cut_off(store):
    found = compare.score_distribution(store)
    assert [d.code for d in found] == [c.code for c in read_criteria(store)]
    for d in found:
        n = _one(store, "SELECT count(*) FROM scores s JOIN reviews r ON r.id = s.review_id "
                 "JOIN criteria c ON c.id = s.criterion_id WHERE r.state = 'submitted' AND "
                 "c.code = ? AND s.score IS NOT NULL", d.code)  # fmt: skip
        assert d.total == n and len(d.counts) == 6
        fives = _one(store, "SELECT count(*) FROM scores s JOIN reviews r ON r.id = s.review_id "
                     "JOIN criteria c ON c.id = s.criterion_id WHERE r.state = 'submitted' AND "
                     "c.code = ? AND s.score = 5", d.code)  # fmt: skip
        assert d.counts[5] == fives
    assert len(compare.score_distribution(store, "innovation")) == 1
    with pytest.raises(compare.CompareError, match="inconnu"):
        compare.score_distribution(store, "nope")
    envelope_for_half_the_demand(store)
    ws = compare.weighted_scores(store)
    scores = [d.weighted for d in ws.dossiers]
    assert scores == sorted(scores, reverse=True)
    funded = [e for e in ranking(store) if e.within_envelope]
    assert 0 < len(funded) < len(ws.dossiers)
    assert ws.cutoff == funded[-1].weighted_score
    assert all(d.weighted >= ws.cutoff for d in ws.dossiers if d.within_envelope)


def test_bad_input_is_refused(store):
    ids = _ids(store, 5)
    for bad in (ids[:1], ids):
        with pytest.raises(compare.CompareError, match="de 2 à 4 dossiers"):
            compare.compare_dossiers(store, bad)
    with pytest.raises(compare.CompareError, match="deux fois"):
        compare.compare_dossiers(store, [ids[0], ids[0]])
    with pytest.raises(compare.CompareError, match="introuvable"):
        compare.compare_dossiers(store, [ids[0], 99999])


def _pdftotext(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_ptce_compare_writes_a_landscape_pdf_with_the_values(demo_call, tmp_path, capsys):
    with CallStore.open(demo_call, actor=SECRETARIAT) as s:
        ids = _ids(s, 4)
        c = compare.compare_dossiers(s, ids)
    numeros = [d.numero for d in c.dossiers]
    out = tmp_path / "comparaison.pdf"
    assert main(["compare", str(demo_call), *numeros, "--out", str(out)]) == 0
    assert "Comparaison écrite" in capsys.readouterr().out
    text = " ".join(_pdftotext(out).split())
    for n in numeros:
        assert n in text
    for label in ("Région", "Montant demandé", "Note pondérée (sur 100)", "Emplois créés"):
        row = c.row(label)
        assert label in text
        for v in row.values:
            assert " ".join(v.replace("\u202f", " ").replace("\xa0", " ").split()) in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    width, height = (float(x) for x in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape
    pages = int(info.split("Pages:")[1].split()[0])
    assert pages >= 2
    for page in range(2, pages + 1):  # the header row is repeated on every page
        assert all(n in _pdftotext(out, page) for n in numeros)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines and all(" yes " in line and "DejaVu" in line for line in lines)


@pytest.mark.parametrize(
    ("picked", "message"),
    [
        (["PTCE-2013-001"], "de 2 à 4 dossiers : 1 numéro"),
        ([f"PTCE-2013-00{i}" for i in range(1, 6)], "de 2 à 4 dossiers : 5 numéro"),
        (["PTCE-2013-001", "PTCE-2013-999"], "dossier PTCE-2013-999 introuvable"),
    ],
)
def test_ptce_compare_bad_input_exits_2_and_writes_nothing(
    demo_call, tmp_path, capsys, picked, message
):
    before = hashlib.sha256(demo_call.read_bytes()).hexdigest()
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "c.pdf"
    out.write_bytes(b"earlier file")
    assert main(["compare", str(demo_call), *picked, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert out.read_bytes() == b"earlier file"
    assert hashlib.sha256(demo_call.read_bytes()).hexdigest() == before
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind


def test_ptce_disagreements_lists_in_the_service_order(demo_call, capsys):
    with CallStore.open(demo_call, actor=SECRETARIAT) as s:
        expected = [d.numero for d in compare.disagreements(s)]
    assert main(["disagreements", str(demo_call), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["numero"] for r in rows] == expected
    assert main(["disagreements", str(demo_call)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:]] == expected


def test_ptce_disagreements_on_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["disagreements", str(tmp_path / "absent.ptce")]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_pdf_is_the_same_for_the_same_data(demo_call, tmp_path):
    copy = tmp_path / "copie.ptce"
    shutil.copyfile(demo_call, copy)
    with (
        CallStore.open(demo_call, actor=SECRETARIAT) as a,
        CallStore.open(copy, actor=SECRETARIAT) as b,
    ):
        assert compare.comparison_pdf(a, _ids(a, 2)) == compare.comparison_pdf(b, _ids(b, 2))
