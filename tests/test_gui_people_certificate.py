"""The signing certificate in « Comité et rapporteurs »: read from a real certificate file by
the service (PEM or DER, as `ptce people add --certificate`), typed or pasted as a SHA-256
fingerprint, removed; every refusal named under the form, the field outlined, nothing written."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtCore import Qt

from ptce_desktop.gui.views.people_window import PeopleWindow
from ptce_desktop.services import people
from ptce_desktop.store.db import CallStore
from tests.pki import make_leaf, p12


def rows(path: Path) -> tuple[list[tuple[int, str]], int]:
    """Every person's fingerprint, and the audit log's length."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT id, certificate_sha256 FROM people ORDER BY id").fetchall()
        return found, conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def window(qtbot, gui_app, demo_call: Path) -> Iterator[PeopleWindow]:  # type: ignore[no-untyped-def]
    store = CallStore.open(demo_call, actor="Testeur")
    w = PeopleWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def test_a_certificate_read_from_its_file_is_saved_shown_and_removed(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    w = window
    leaf = make_leaf("Anne Présidente", None)
    der = leaf.cert.public_bytes(Encoding.DER)
    expected = hashlib.sha256(der).hexdigest()
    pem = tmp_path / "anne.pem"
    pem.write_bytes(leaf.pem)
    person = w.current_person()
    assert person is not None and w.certificate_edit.text() == person.certificate_sha256 == ""

    assert w.read_certificate(pem)
    assert w.certificate_edit.text() == expected
    assert people.resolve_person(w.store, person.id).certificate_sha256 == ""  # not yet saved
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert not w.form_error.isVisible()
    stored = people.resolve_person(w.store, person.id)
    assert stored.certificate_sha256 == expected
    # Shown again when the person is selected again (after another one).
    w.table.selectRow(1)
    assert w.certificate_edit.text() != expected
    assert w.select_person(person.id) and w.certificate_edit.text() == expected

    # Emptied: removed.
    w.certificate_edit.clear()
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert people.resolve_person(w.store, person.id).certificate_sha256 == ""

    # Pasted from a mail, upper case with colons: kept as the 64 digits.
    pasted = ":".join(expected[i : i + 2] for i in range(0, 64, 2)).upper()
    w.certificate_edit.setText(pasted)
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert people.resolve_person(w.store, person.id).certificate_sha256 == expected


def test_bad_certificates_are_refused_where_they_are_and_write_nothing(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    w = window
    before = rows(w.store.path)
    # Not a certificate: named by its file, the field outlined, the form unchanged.
    bad = tmp_path / "signature.pem"
    bad.write_text("-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n")
    assert not w.read_certificate(bad)
    assert w.form_error.isVisible()
    assert w.form_error.text() == (
        "Certificat de signature — signature.pem : ce n'est pas un certificat X.509 (PEM ou DER)"
    )
    assert "border" in w.certificate_edit.styleSheet() and w.certificate_edit.text() == ""
    # A PKCS#12 holds its owner's private key: refused with what to ask for instead.
    leaf = make_leaf("Paul Secrétaire", None)
    bundle = tmp_path / "paul.p12"
    bundle.write_bytes(p12(leaf, [], "secret"))
    assert not w.read_certificate(bundle)
    assert "paul.p12" in w.form_error.text() and "clé privée" in w.form_error.text()
    # A typed fingerprint that is not one: refused on « Enregistrer », nothing written.
    w.certificate_edit.setText("ab:cd:ef")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert "Certificat de signature : « ab:cd:ef »" in w.form_error.text()
    assert "64 chiffres hexadécimaux" in w.form_error.text()
    assert "border" in w.certificate_edit.styleSheet()
    assert rows(w.store.path) == before
    # Another field's refusal does not outline the certificate.
    w.certificate_edit.clear()
    w.email_edit.setText("pas-une-adresse")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert w.form_error.isVisible() and w.certificate_edit.styleSheet() == ""
    assert rows(w.store.path) == before


def test_a_new_person_with_a_der_certificate(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    w = window
    leaf = make_leaf("Léa Rapporteure", None)
    der_file = tmp_path / "lea.cer"
    der_file.write_bytes(leaf.cert.public_bytes(Encoding.DER))
    w.new_person()
    assert w.certificate_edit.text() == ""
    w.name_edit.setText("Léa Rapporteure")
    w.email_edit.setText("lea@example.fr")
    w.role_checks[people.Role.RAPPORTEUR].setChecked(True)
    assert w.read_certificate(der_file)
    person = w.save()
    assert person is not None
    assert (
        people.resolve_person(w.store, person.id).certificate_sha256
        == hashlib.sha256(leaf.cert.public_bytes(Encoding.DER)).hexdigest()
    )


def test_service_normalises_fingerprints() -> None:
    digits = "0123456789abcdef" * 4
    assert people.normal_fingerprint("") == ""
    assert people.normal_fingerprint(f"  {digits.upper()} ") == digits
    spaced = " ".join(digits[i : i + 4] for i in range(0, 64, 4))
    assert people.normal_fingerprint(spaced) == digits
    for wrong in (digits[:-1], digits + "0", "g" + digits[1:]):
        with pytest.raises(people.InvalidCertificateError):
            people.normal_fingerprint(wrong)
