"""Exports of the State's dossier platform (Démarche Numérique), shaped as
../shared/ds-export-format.md says (tests/ds_builder.py): the proposed mapping, the import of
xlsx, ods and csv exports with the attachments zip, then a newer export of the same procedure."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.io import ds_mapping
from ptce_desktop.io.ds_export import is_ds_export, original_name, read_export
from ptce_desktop.services.calls import new_call
from tests.ds_builder import DsExport, newer_export, siret

PROCEDURE = "ami-ptce-2022"


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    new_call(path, title="AMI PTCE 2022", actor="test", template="ptce-2013").close()
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _mapping(call: Path, export: Path, out: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    assert (
        main(["ds", "mapping", str(call), str(export), "--out", str(out), "--prefix", "AMI-2022-"])
        == 0
    )
    capsys.readouterr()
    return out


def _dossiers(call: Path) -> dict[str, dict]:
    conn = sqlite3.connect(call)
    conn.row_factory = sqlite3.Row
    try:
        return {r["external_ref"]: dict(r) for r in conn.execute("SELECT * FROM dossiers")}
    finally:
        conn.close()


def test_original_names_and_recognition(tmp_path: Path) -> None:
    assert original_name("budget-14-03-2022-10-22-2.pdf") == "budget.pdf"
    assert original_name("dossier bois-2022-03-14-10-22-33-1.pdf") == "dossier bois.pdf"
    assert original_name("plan-2022.pdf") == "plan-2022.pdf"
    export = DsExport()
    for path in (
        export.write_xlsx(tmp_path),
        export.write_ods(tmp_path),
        export.write_csv(tmp_path),
    ):
        assert is_ds_export(path), path.name
    ours = tmp_path / "dossiers.csv"
    ours.write_text("numero;nom_pole\nX;Y\n", encoding="utf-8")
    assert not is_ds_export(ours)


def test_mapping_is_guessed_from_labels_and_values(call, tmp_path, capsys) -> None:
    export = DsExport().write_xlsx(tmp_path)
    out = _mapping(call, export, tmp_path / "map.toml", capsys)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Correspondance")
    mapping = ds_mapping.from_toml(text, where="map.toml")
    assert mapping.prefix == "AMI-2022-" and mapping.procedure == PROCEDURE
    assert mapping.fields["pole_name"] == ["Nom du pôle"]
    assert mapping.fields["amount_requested"] == ["Montant de la subvention demandée"]
    assert mapping.fields["lead_siret"] == ["Établissement SIRET"]  # from the applicant's row
    assert mapping.fields["region"] == ["Région"]
    assert mapping.fields["contact_email"] == ["Email"]
    assert mapping.fields["contact_name"] == ["Prénom", "Nom"]
    assert mapping.members.sheet == "(7) Membres du pole"
    assert mapping.cofundings.sheet == "(12) Cofinancements"
    assert mapping.values["category"]["Structure de l'ESS"] == "ess_enterprise"
    assert mapping.values["category"]["Entreprise hors ESS"] == "commercial_enterprise"
    assert mapping.values["status"]["En cours"] == "requested"
    # The call requires « dossier_candidature »: the question that gives it is recognised.
    assert mapping.attachments["Dossier de candidature"] == "dossier_candidature"
    assert "Email" not in mapping.attachments and "Instructeurs" not in mapping.attachments
    assert "# Pôle Mer et littoral" in text  # sample values as comments


def test_first_export_without_mapping_is_refused(call, tmp_path, capsys) -> None:
    export = DsExport().write_xlsx(tmp_path)
    before = _sha(call)
    assert main(["import", str(call), str(export)]) == 2
    err = capsys.readouterr().err
    assert "ptce ds mapping" in err and PROCEDURE in err
    assert _sha(call) == before


def test_xlsx_export_with_attachments(call, tmp_path, capsys) -> None:
    built = DsExport()
    export, archive = built.write_xlsx(tmp_path), built.write_zip(tmp_path)
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    assert (
        main(
            [
                "import",
                str(call),
                str(export),
                "--mapping",
                str(mapping),
                "--attachments",
                str(archive),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "3 dossier(s) ajouté(s)" in out and "1 brouillon(s) ignoré(s)" in out
    rows = _dossiers(call)
    assert set(rows) == {"14000", "14007", "14012"}  # the draft 14020 is skipped
    d = rows["14000"]
    assert d["numero"] == "AMI-2022-14000"
    assert (d["pole_name"], d["lead_name"]) == (
        "Pôle Mer et littoral de Lorient",
        "Les Ateliers du Port",
    )
    assert d["lead_siret"] == siret(1)  # Champ = Dossier, not the partner's SIRET row
    assert d["lead_legal_form"] == "Société coopérative d'intérêt collectif"
    assert (d["region"], d["departement"], d["communes"]) == ("Bretagne", "56", "Lorient (56121)")
    assert (d["amount_requested"], d["total_cost"], d["submitted_on"]) == (
        100000,
        300000,
        "2022-03-14",
    )
    assert d["contact_name"] == "Anne Martin"
    info = json.loads(d["external_info"])
    assert info["state"] == "En construction" and info["procedure"] == PROCEDURE
    assert info["instructeurs"] == ["instructeur@anct.gouv.fr"]
    assert _rows(
        call,
        "SELECT name, category FROM members WHERE dossier_id = ? ORDER BY position",
        (d["id"],),
    ) == [
        ("Les Ateliers du Port", "ess_enterprise"),
        ("Chantier naval Le Goff", "commercial_enterprise"),
        ("Lorient Agglomération", "local_authority"),
    ]
    assert _rows(
        call, "SELECT funder, amount, status FROM cofundings WHERE dossier_id = ?", (d["id"],)
    ) == [("Région Bretagne", 40000.0, "secured"), ("Lorient Agglomération", 20000.0, "requested")]
    pieces = _rows(
        call,
        "SELECT filename, kind, sha256, content FROM attachments WHERE dossier_id = ? ORDER BY id",
        (d["id"],),
    )
    assert [(p[0], p[1]) for p in pieces] == [
        ("export-14000-15-04-2022-10-30-1.pdf", "dossier_plateforme"),
        ("candidature.pdf", "dossier_candidature"),
        ("budget.xlsx", "budget_previsionnel"),
        ("statuts.pdf", "statuts_de_la_structure"),
    ]  # messagerie/ and avis/ left out
    assert all(hashlib.sha256(p[3]).hexdigest() == p[2] for p in pieces)
    assert pieces[1][3] == b"14000:candidature.pdf"
    # The required-attachments rule passes thanks to the question's kind.
    assert _rows(
        call,
        "SELECT passed FROM eligibility_results WHERE dossier_id = ? AND rule = 'attachments'",
        (d["id"],),
    ) == [(1,)]
    # The expert's opinion: a shared annotation signed by the expert, an expert of the call.
    notes = _rows(
        call,
        "SELECT p.email, p.is_expert, p.is_rapporteur, a.shared, a.body FROM "
        "annotations a JOIN people p ON p.id = a.person_id",
    )
    assert len(notes) == 1
    email, is_expert, is_rapporteur, shared, body = notes[0]
    assert (email, is_expert, is_rapporteur, shared) == ("expert.mer@dreal.gouv.fr", 1, 0, 1)
    assert "Projet solide" in body and "Recommandez-vous ce projet ? — Oui" in body
    assert _rows(call, "SELECT procedure FROM ds_mappings") == [(PROCEDURE,)]
    assert main(["audit", "verify", str(call)]) == 0


def _fields(call: Path) -> dict[str, tuple]:
    keep = (
        "numero",
        "pole_name",
        "lead_name",
        "lead_siret",
        "region",
        "departement",
        "communes",
        "amount_requested",
        "total_cost",
        "submitted_on",
        "contact_name",
    )
    return {ref: tuple(r[k] for k in keep) for ref, r in _dossiers(call).items()}


@pytest.mark.parametrize(
    "variant",
    [
        {"archive_header": "Archivé", "avis_2023": False},  # the 2022 generation
        {"reordered": True},  # an export template with the questions in another order
    ],
)
def test_other_generations_and_formats_read_the_same(tmp_path, capsys, variant) -> None:
    results = []
    for name, built, kind in (
        ("ref", DsExport(), "xlsx"),
        ("variant", DsExport(**variant), "xlsx"),
        ("ods", DsExport(**variant), "ods"),
        ("csv", DsExport(**variant), "csv"),
    ):
        folder = tmp_path / name
        folder.mkdir()
        call = folder / "appel.ptce"
        new_call(call, title="AMI", actor="t", template="ptce-2013").close()
        export = getattr(built, f"write_{kind}")(folder)
        mapping = _mapping(call, export, folder / "map.toml", capsys)
        assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 0
        results.append(_fields(call))
        notes = _rows(call, "SELECT body FROM annotations")
        assert len(notes) == (0 if kind == "csv" else 1)  # the csv has no Avis sheet
    if variant.get("reordered"):
        # Two « Nom » questions swapped places: « Nom » is now the representative's, as the
        # position among equals says; every other field reads the same.
        assert results[1]["14000"][-1] == "Anne Durand"
        results = [{k: v[:-1] for k, v in r.items()} for r in results]
    for r in results[1:]:
        assert r == results[0]
    assert results[0]["14007"][5:7] == ("58", "Château-Chinon (Ville) (58062)")


def test_duplicated_header_is_told_apart(call, tmp_path, capsys) -> None:
    export = DsExport().write_xlsx(tmp_path)
    assert read_export(export).dossiers.find("Nom#2") == "Nom#2"
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    text = mapping.read_text(encoding="utf-8").replace(
        'contact_name = ["Prénom", "Nom"]', 'contact_name = ["Prénom", "Nom#2"]'
    )
    mapping.write_text(text, encoding="utf-8")
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 0
    assert _dossiers(call)["14000"]["contact_name"] == "Anne Durand"


def test_bad_inputs_write_nothing(call, tmp_path, capsys) -> None:
    built = DsExport()
    built.dossiers[1].amount = "cent mille"  # type: ignore[assignment]
    export = built.write_xlsx(tmp_path)
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    before = _sha(call)
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 2
    err = capsys.readouterr().err
    assert "feuille « Dossiers », ligne 3, colonne « Montant de la subvention demandée »" in err
    assert _sha(call) == before

    text = mapping.read_text(encoding="utf-8")
    mapping.write_text(
        text.replace('pole_name = "Nom du pôle"', 'pole_name = "Nom du PTCE"'), encoding="utf-8"
    )
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 2
    assert "colonne « Nom du PTCE » absente de l'export" in capsys.readouterr().err
    mapping.write_text(text.replace("[fields]", "[fields]\nbudget = 'X'"), encoding="utf-8")
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 2
    assert "[fields] budget : champ inconnu" in capsys.readouterr().err
    assert _sha(call) == before

    hostile = tmp_path / "pieces.zip"
    with zipfile.ZipFile(hostile, "w") as z:
        z.writestr("../dossier-14000/pieces_justificatives/x-14-03-2022-10-22-1.pdf", b"x")
    mapping.write_text(text, encoding="utf-8")
    (tmp_path / "ok").mkdir()
    good = DsExport().write_xlsx(tmp_path / "ok")
    assert (
        main(
            [
                "import",
                str(call),
                str(good),
                "--mapping",
                str(mapping),
                "--attachments",
                str(hostile),
            ]
        )
        == 2
    )
    assert "chemin hors de l'archive refusé" in capsys.readouterr().err
    assert _sha(call) == before


def _committee_work(call: Path) -> None:
    """A rapporteur's review and private note, a conflict, a decision-free override."""
    conn = sqlite3.connect(call)
    try:
        ids = dict(conn.execute("SELECT external_ref, id FROM dossiers").fetchall())
        conn.execute("INSERT INTO people (name, is_rapporteur) VALUES ('Rapporteure', 1)")
        person = conn.execute("SELECT max(id) FROM people").fetchone()[0]
        now = "2022-04-18T10:00:00"
        conn.execute(
            "INSERT INTO reviews (dossier_id, person_id, state, summary, updated_at) "
            "VALUES (?, ?, 'submitted', 'solide', ?)",
            (ids["14000"], person, now),
        )
        conn.execute(
            "INSERT INTO annotations (dossier_id, person_id, body, shared, created_at, "
            "updated_at) VALUES (?, ?, 'ma note', 0, ?, ?)",
            (ids["14000"], person, now, now),
        )
        conn.execute(
            "INSERT INTO conflicts (person_id, dossier_id, reason, declared_at) "
            "VALUES (?, ?, 'administratrice', ?)",
            (person, ids["14012"], now),
        )
        conn.execute(
            "UPDATE eligibility_results SET override_passed = 1, override_reason = "
            "'cofinancement attesté par courrier' WHERE dossier_id = ? AND rule = "
            "'authority_cofunding'",
            (ids["14012"],),
        )
        conn.commit()
    finally:
        conn.close()


def test_newer_export_updates_adds_reports_and_keeps_committee_work(call, tmp_path, capsys):
    first = DsExport()
    folder1, folder2 = tmp_path / "s1", tmp_path / "s2"
    folder1.mkdir(), folder2.mkdir()
    export = first.write_xlsx(folder1)
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    assert (
        main(
            [
                "import",
                str(call),
                str(export),
                "--mapping",
                str(mapping),
                "--attachments",
                str(first.write_zip(folder1)),
            ]
        )
        == 0
    )
    capsys.readouterr()
    # The audit check happens through the app; the committee's work is written directly.
    _committee_work(call)
    kept = _rows(
        call,
        "SELECT 'r', id, summary FROM reviews UNION ALL "
        "SELECT 'a', id, body FROM annotations WHERE shared = 0 UNION ALL "
        "SELECT 'c', id, reason FROM conflicts UNION ALL "
        "SELECT 'o', id, override_reason FROM eligibility_results "
        "WHERE override_passed IS NOT NULL ORDER BY 1, 2",
    )
    assert len(kept) == 4

    newer = newer_export(first)
    export2 = newer.write_xlsx(folder2)
    # No --mapping: the one saved for the procedure is used.
    assert (
        main(["import", str(call), str(export2), "--attachments", str(newer.write_zip(folder2))])
        == 0
    )
    out = capsys.readouterr().out
    assert "1 dossier(s) ajouté(s), 1 mis à jour, 1 inchangé(s)" in out
    assert "AMI-2022-14000 (⚑ 1 évaluation(s) : à revoir)" in out
    assert "montant demandé : 100 000 → 110 000" in out
    assert "état sur la plateforme : En construction → Accepté" in out
    assert "membres : 3 → 4" in out
    assert "AMI-2022-14007 (Pôle Bois et forêt du Morvan) : absent de cet export" in out
    rows = _dossiers(call)
    assert set(rows) == {"14000", "14007", "14012", "14025"}  # 14007 kept, 14025 added
    d = rows["14000"]
    assert d["amount_requested"] == 110000
    info = json.loads(d["external_info"])
    assert info["state"] == "Accepté"
    assert info["motivation"] == "Projet retenu par le comité régional."
    assert "après 1 évaluation(s)" in info["flag"]
    assert _rows(call, "SELECT count(*) FROM members WHERE dossier_id = ?", (d["id"],)) == [(4,)]
    # Same files again: not stored twice; the expert's avis not duplicated.
    assert _rows(call, "SELECT count(*) FROM attachments WHERE dossier_id = ?", (d["id"],)) == [
        (4,)
    ]
    # The expert's answer changed on the platform: the same annotation, updated.
    assert "avis d'expert : 1 modifié(s)" in out
    assert _rows(
        call, "SELECT body LIKE '%volet formation%' FROM annotations WHERE shared = 1"
    ) == [(1,)]
    after = _rows(
        call,
        "SELECT 'r', id, summary FROM reviews UNION ALL "
        "SELECT 'a', id, body FROM annotations WHERE shared = 0 UNION ALL "
        "SELECT 'c', id, reason FROM conflicts UNION ALL "
        "SELECT 'o', id, override_reason FROM eligibility_results "
        "WHERE override_passed IS NOT NULL ORDER BY 1, 2",
    )
    assert after == kept
    # The update is in the audit log, field by field.
    audit = _rows(
        call,
        "SELECT action, before, after FROM audit_log WHERE table_name = "
        "'dossiers' AND operation = 'update' AND row_id = ?",
        (d["id"],),
    )
    assert any(
        a.startswith("import Démarche Numérique de dossiers_ami-ptce-2022_2022-04-22")
        and json.loads(b)["amount_requested"] == 100000
        and json.loads(c)["amount_requested"] == 110000
        for a, b, c in audit
    )


def test_republished_form_missing_optional_column_and_known_expert(call, tmp_path, capsys):
    """A newer export without « Mutualisations envisagées » (the form was republished): a
    warning, and the stored value is kept; an expert the call knows as a rapporteur signs the
    opinion and keeps their role."""
    conn = sqlite3.connect(call)
    conn.execute(
        "INSERT INTO people (name, email, is_rapporteur) "
        "VALUES ('Claire Mer', 'EXPERT.MER@dreal.gouv.fr', 1)"
    )
    conn.commit()
    conn.close()
    first = DsExport()
    (tmp_path / "a").mkdir()
    export = first.write_xlsx(tmp_path / "a")
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 0
    assert _dossiers(call)["14000"]["pooling"] == "Locaux partagés, achats groupés"
    assert _rows(
        call,
        "SELECT p.name, p.is_rapporteur, p.is_expert FROM annotations a "
        "JOIN people p ON p.id = a.person_id",
    ) == [("Claire Mer", 1, 0)]
    assert _rows(call, "SELECT count(*) FROM people") == [(1,)]
    capsys.readouterr()

    later = first.with_changes(omit=("Mutualisations envisagées",), stamp="2022-05-01_08-00")
    (tmp_path / "b").mkdir()
    assert main(["import", str(call), str(later.write_xlsx(tmp_path / "b"))]) == 0
    captured = capsys.readouterr()
    assert "colonne « Mutualisations envisagées » absente de l'export" in captured.err
    assert "0 mis à jour, 3 inchangé(s)" in captured.out
    assert _dossiers(call)["14000"]["pooling"] == "Locaux partagés, achats groupés"


def test_yes_no_question_translates_to_member_categories(call, tmp_path, capsys):
    built = DsExport(category_header="Structure de l'ESS ?")
    for d in built.dossiers:
        d.members = [(n, "Oui" if c == "Structure de l'ESS" else "Non", s) for n, c, s in d.members]
    export = built.write_xlsx(tmp_path)
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    parsed = ds_mapping.from_toml(mapping.read_text(encoding="utf-8"), where="map.toml")
    assert parsed.members.fields["category"] == "Structure de l'ESS ?"
    assert parsed.values["category"] == {"Oui": "ess_enterprise", "Non": "commercial_enterprise"}
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 0
    assert _rows(call, "SELECT category, count(*) FROM members GROUP BY category") == [
        ("commercial_enterprise", 6),
        ("ess_enterprise", 3),
    ]


def test_commune_found_by_its_insee_codes(tmp_path):
    export = read_export(DsExport(commune_label="Ville du siège").write_xlsx(tmp_path))
    mapping = ds_mapping.propose(export, prefix="AMI-2022-")
    assert mapping.fields["communes"] == ["Ville du siège"]


def test_several_headers_only_for_words(call, tmp_path, capsys) -> None:
    """Headers joined by a space make words; an amount, date or count joined so would reach
    the call file as text (« 80000 150000 » as the amount asked), so the mapping is refused."""
    export = DsExport().write_xlsx(tmp_path)
    mapping = _mapping(call, export, tmp_path / "map.toml", capsys)
    text = mapping.read_text(encoding="utf-8")
    assert 'amount_requested = "Montant de la subvention demandée"' in text
    mapping.write_text(
        text.replace(
            'amount_requested = "Montant de la subvention demandée"',
            'amount_requested = ["Montant de la subvention demandée", "Coût total du projet"]',
        ),
        encoding="utf-8",
    )
    before = _sha(call)
    assert main(["import", str(call), str(export), "--mapping", str(mapping)]) == 2
    err = capsys.readouterr().err
    assert "[fields] amount_requested" in err and "une seule colonne" in err
    assert _sha(call) == before
