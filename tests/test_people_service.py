"""The people of a call: add, edit, deactivate rather than delete, import all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import openpyxl
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from ptce_desktop.services import people
from ptce_desktop.services.calls import new_call
from ptce_desktop.store.db import CallStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel test", actor="test").close()
    return path


def count(store: CallStore) -> int:
    return store.conn.execute("SELECT count(*) FROM people").fetchone()[0]


def test_add_a_person_with_several_roles_and_a_departement(call):
    with CallStore.open(call, actor="t") as store:
        p = people.add_person(
            store, name=" Anne  Rapp ", institution="DREAL Bretagne", email="anne.rapp@example.fr",
            roles=["Rapporteur", "membre"], region="2a",
        )  # fmt: skip
        assert (p.name, p.region, p.is_rapporteur, p.is_member, p.is_chair) == (
            "Anne Rapp", "2A", True, True, False,
        )  # fmt: skip
        found = people.resolve_person(store, "ANNE.RAPP@example.fr")
        assert people.person_json(found)["roles"] == ["membre", "rapporteur"]
        people.add_person(
            store, name="Bob", email="bob@example.fr", roles=["secrétaire"], region="bretagne"
        )
        assert people.resolve_person(store, "bob@example.fr").region == "Bretagne"


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"email": "anne.rapp@EXAMPLE.fr"}, people.DuplicateEmailError, "déjà celle de Anne"),
        ({"email": "pas-une-adresse"}, people.InvalidPersonError, "invalide"),
        ({"roles": ["chef"]}, people.InvalidPersonError, "rôle « chef » inconnu"),
        ({"roles": []}, people.InvalidPersonError, "au moins un rôle"),
        ({"region": "Atlantide"}, people.InvalidPersonError, "« Atlantide » inconnu"),
        ({"name": "  "}, people.InvalidPersonError, "nom est obligatoire"),
    ],
)
def test_a_bad_person_is_refused_and_nothing_is_written(call, fields, error, message):
    with CallStore.open(call, actor="t") as store:
        people.add_person(store, name="Anne Rapp", email="anne.rapp@example.fr", roles=["membre"])
        before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        values = {"name": "X", "email": "x@example.fr", "roles": ["membre"], **fields}
        with pytest.raises(error, match=message):
            people.add_person(store, **values)
        assert count(store) == 1
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_edit_keeps_the_id_and_checks_the_email_against_the_others(call):
    with CallStore.open(call, actor="t") as store:
        a = people.add_person(store, name="A", email="a@example.fr", roles=["membre"])
        people.add_person(store, name="B", email="b@example.fr", roles=["membre"])
        people.edit_person(
            store, person_id=a.id, name="A bis", institution="Avise", email="a@example.fr",
            roles=["president", "membre"],
        )  # fmt: skip
        again = people.resolve_person(store, a.id)
        assert (again.name, again.institution, again.is_chair) == ("A bis", "Avise", True)
        with pytest.raises(people.DuplicateEmailError):
            people.edit_person(
                store, person_id=a.id, name="A", institution="", email="B@example.fr",
                roles=["membre"],
            )  # fmt: skip


def test_a_person_with_records_cannot_be_deleted_only_deactivated(demo_call):
    with CallStore.open(demo_call, actor="t") as store:
        reviewer = store.conn.execute(
            "SELECT person_id FROM reviews WHERE state = 'submitted' LIMIT 1"
        ).fetchone()[0]
        total = count(store)
        with pytest.raises(people.PersonInUseError, match=r"évaluation.*désactivez"):
            people.delete_person(store, person_id=reviewer)
        assert count(store) == total
        with pytest.raises(people.InvalidPersonError, match="motif"):
            people.deactivate_person(store, person_id=reviewer, reason="  ")
        p = people.deactivate_person(store, person_id=reviewer, reason="a quitté la DREAL")
        assert (p.active, p.inactive_reason) == (False, "a quitté la DREAL")
        assert reviewer not in {x.id for x in people.list_people(store, active_only=True)}
        assert people.reactivate_person(store, person_id=reviewer).active
        chair = store.conn.execute("SELECT chair_id FROM sessions LIMIT 1").fetchone()[0]
        with pytest.raises(people.PersonInUseError, match="a présidé"):
            people.delete_person(store, person_id=chair)
        typo = people.add_person(store, name="Doublon", email="d@example.fr", roles=["membre"])
        people.delete_person(store, person_id=typo.id)
        assert count(store) == total


CSV_OK = (
    "Nom;Institution;E-mail;Rôles;Région\n"
    "Anne Rapp;DREAL;anne@example.fr;Rapporteur, MEMBRE;Bretagne\n"
    "Paul Préside;Avise;paul@example.fr;président,membre;75\n"
)


def test_import_a_csv_file_with_folded_headers(call, tmp_path):
    source = tmp_path / "personnes.csv"
    source.write_text(CSV_OK, encoding="cp1252")
    with CallStore.open(call, actor="t") as store:
        result = people.import_people(store, source)
        assert result.added == 2 and result.backup.exists()
        paul = people.resolve_person(store, "paul@example.fr")
        assert (paul.is_chair, paul.is_member, paul.region) == (True, True, "75")


def test_import_with_a_bad_row_names_row_and_column_and_writes_nothing(call, tmp_path):
    source = tmp_path / "personnes.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Personnes"
    sheet.append(["nom", "institution", "email", "roles", "region"])
    sheet.append(["Anne Rapp", "DREAL", "anne@example.fr", "rapporteur", "Bretagne"])
    sheet.append(["Paul", "Avise", "paul@example", "membre", ""])
    sheet.append(["Léa", "CDC", "lea@example.fr", "membre, chef", ""])
    sheet.append(["Anne Bis", "DREAL", "ANNE@example.fr", "membre", ""])
    book.save(source)
    before = digest(call)
    with CallStore.open(call, actor="t") as store:
        plan = people.plan_people_import(store, source)
        with pytest.raises(people.PeopleImportRefused) as refused:
            people.apply_people_import(store, plan)
        assert count(store) == 0
    lines = refused.value.lines()
    assert lines == [
        "feuille « Personnes », ligne 3, colonne « email » : adresse électronique « paul@example » "
        "invalide (forme attendue : nom@domaine.fr)",
        "feuille « Personnes », ligne 4, colonne « roles » : rôle « chef » inconnu (attendu : "
        "president, secretaire, membre, rapporteur, secretariat)",
        "feuille « Personnes », ligne 5, colonne « email » : adresse « ANNE@example.fr » en "
        "double (ligne 2)",
    ]
    assert digest(call) == before


def test_import_refuses_an_email_already_in_the_call(call, tmp_path):
    source = tmp_path / "personnes.csv"
    source.write_text(CSV_OK, encoding="utf-8")
    with CallStore.open(call, actor="t") as store:
        people.add_person(store, name="Paul", email="PAUL@example.fr", roles=["membre"])
        with pytest.raises(people.PeopleImportRefused) as refused:
            people.import_people(store, source)
        assert count(store) == 1
    assert refused.value.lines() == [
        "personnes.csv, ligne 3, colonne « E-mail » : adresse paul@example.fr déjà celle de Paul "
        "(id 1) dans le fichier d'appel"
    ]


def test_import_without_the_sheet_or_a_required_column(call, tmp_path):
    source = tmp_path / "autre.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "dossiers"
    book.save(source)
    missing = tmp_path / "p.csv"
    missing.write_text("nom;email\nA;a@example.fr\n", encoding="utf-8")
    with CallStore.open(call, actor="t") as store:
        with pytest.raises(people.PeopleImportRefused) as refused:
            people.import_people(store, source)
        assert "feuille « personnes » absente" in refused.value.lines()[0]
        with pytest.raises(people.PeopleImportRefused) as refused:
            people.import_people(store, missing)
        assert "colonne obligatoire « roles »" in refused.value.lines()[0]


def test_a_certificate_fingerprint_is_the_sha256_of_its_der(call, tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Anne Rapp")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1).not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256())
    )  # fmt: skip
    pem = tmp_path / "anne.pem"
    pem.write_bytes(cert.public_bytes(Encoding.PEM))
    der = tmp_path / "anne.der"
    der.write_bytes(cert.public_bytes(Encoding.DER))
    expected = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    bad = tmp_path / "faux.pem"
    bad.write_text("-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n")
    with CallStore.open(call, actor="t") as store:
        p = people.add_person(
            store, name="Anne", email="a@example.fr", roles=["president"], certificate=pem
        )
        assert p.certificate_sha256 == expected
        assert people.certificate_fingerprint(der) == expected
        with pytest.raises(people.InvalidPersonError, match="pas un certificat"):
            people.add_person(
                store, name="B", email="b@example.fr", roles=["membre"], certificate=bad
            )
        assert count(store) == 1


def test_import_goes_through_the_hostile_source_guards(call, tmp_path):
    target = tmp_path / "ailleurs.csv"
    target.write_text(CSV_OK, encoding="utf-8")
    link = tmp_path / "personnes.csv"
    link.symlink_to(target)
    with CallStore.open(call, actor="t") as store:
        with pytest.raises(people.PeopleImportRefused) as refused:
            people.import_people(store, link)
        assert count(store) == 0
    assert "lien symbolique" in refused.value.lines()[0]
