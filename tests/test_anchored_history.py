"""Issue 12, item 1: each attack on the history of a call whose session 1 has signed minutes,
reproduced as an insider with the file and plain sqlite3 would, then caught by
`ptce audit verify` (alone or --against a copy kept elsewhere), with its message, the file left
as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.io import signing
from ptce_desktop.io.formatting import format_eur
from ptce_desktop.services import history
from ptce_desktop.services import minutes as svc
from ptce_desktop.store import audit
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.schema import LATEST_VERSION
from tests.helpers import register_signers

PASS = "essai-ancre"


@dataclass(frozen=True)
class Signed:
    call: Path
    ids: signing.DemoIdentities
    draft: Path
    chair: Path  # signed by the chair only
    signed: Path  # chair then secretary
    checkpoint: Path


@pytest.fixture(scope="module")
def signed(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Signed:
    """Session 1's minutes generated, signed by both and recorded; a checkpoint after."""
    folder = tmp_path_factory.mktemp("anchored")
    call = folder / "appel.ptce"
    shutil.copyfile(demo_master, call)
    ids = signing.make_demo_identities(folder / "ids", passphrase=PASS)
    register_signers(call, chair=ids.chair, secretary=ids.secretary, passphrase=PASS)
    paths = [folder / n for n in ("pv.pdf", "pv-chair.pdf", "pv-signe.pdf", "ancre.p7s")]
    with CallStore.open(call, actor="Secrétariat") as store:
        draft = svc.generate_minutes(store, 1)
        chair = signing.sign_pdf(
            draft, field="chair", pkcs12=ids.chair.read_bytes(), passphrase=PASS
        )
        svc.record_signed(store, 1, chair)
        both = signing.sign_pdf(
            chair, field="secretary", pkcs12=ids.secretary.read_bytes(), passphrase=PASS
        )
        svc.record_signed(store, 1, both)
        p7s = history.make_checkpoint(store, pkcs12=ids.secretary.read_bytes(), passphrase=PASS)
    for path, data in zip(paths, (draft, chair, both, p7s), strict=True):
        path.write_bytes(data)
    return Signed(call, ids, *paths)


@pytest.fixture
def call(signed: Signed, tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    shutil.copyfile(signed.call, path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _audit_verify(call: Path, capsys, *extra: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """`ptce audit verify` with what it printed; asserts it changed nothing."""
    before = _digest(call)
    capsys.readouterr()
    code = main(["audit", "verify", str(call), *extra])
    out = capsys.readouterr()
    assert _digest(call) == before
    return code, out.out + out.err


# -- what an attacker does with sqlite3 and the public hash scheme ----------------------------


def _seal(conn: sqlite3.Connection, first_id: int) -> None:
    """Recompute every entry from `first_id` with the public SHA-256 scheme (README)."""
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (first_id - 1,)).fetchone()
    prev = row[0] if row else "0" * 64
    rows = conn.execute(
        "SELECT id, ts, actor, action, table_name, row_id, operation, before, after "
        "FROM audit_log WHERE id >= ? ORDER BY id",
        (first_id,),
    ).fetchall()
    for entry in rows:
        entry = (entry[0], entry[1] or "2026-06-01T10:00:00+00:00", entry[2] or "Secrétariat",
                 entry[3] or "correction", *entry[4:])  # fmt: skip
        payload = "\x1f".join("" if v is None else str(v) for v in (prev, *entry))
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        conn.execute(
            "UPDATE audit_log SET ts = ?, actor = ?, action = ?, prev_hash = ?, hash = ? "
            "WHERE id = ?",
            (*entry[1:4], prev, digest, entry[0]),
        )
        prev = digest


@contextmanager
def _triggers_dropped(conn: sqlite3.Connection, *names: str) -> Iterator[None]:
    """These triggers dropped for the block, then put back exactly as they were."""
    kept = [
        conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (n,)).fetchone()[0]
        for n in names
    ]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for statement in kept:
        conn.execute(statement)


def _granted_decision(call: Path) -> tuple[int, float, str]:
    """A decision of session 1 granting an amount: id, amount, dossier number."""
    conn = sqlite3.connect(call)
    row = conn.execute(
        "SELECT d.id, d.amount_granted, o.numero FROM decisions d JOIN dossiers o "
        "ON o.id = d.dossier_id WHERE d.session_id = 1 AND d.amount_granted > 0 ORDER BY d.id"
    ).fetchone()
    conn.close()
    return row


def _row_level(call: Path) -> list[str]:
    with CallStore.open(call, actor="contrôle") as store:
        return [str(p) for p in audit.verify(store.conn)]


# -- the attacks --------------------------------------------------------------------------------


def test_the_signed_file_verifies(signed: Signed, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = _audit_verify(signed.call, capsys)
    assert code == 0, out
    assert "schéma conforme" in out and "signataires des ancres non vérifiés" in out
    ca = str(signed.ids.ca_certificate)
    for copy in (signed.signed, signed.chair, signed.checkpoint):
        code, out = _audit_verify(signed.call, capsys, "--against", str(copy), "--trust", ca)
        assert code == 0, out
        assert "non vérifiés" not in out


def test_amount_changed_and_resealed_by_hand(call: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    decision_id, amount, numero = _granted_decision(call)
    conn = sqlite3.connect(call)
    conn.execute("UPDATE decisions SET amount_granted = 335000 WHERE id = ?", (decision_id,))
    first = conn.execute("SELECT min(id) FROM audit_log WHERE hash IS NULL").fetchone()[0]
    _seal(conn, first)  # the append-only trigger lets an unsealed entry be sealed
    conn.commit()
    conn.close()
    assert _row_level(call) == []  # a perfect forgery, row by row: the attack is real
    code, out = _audit_verify(call, capsys)
    assert code == 1
    assert f"PV-2013-S1 : décision (ligne {decision_id}) : modification après la signature" in out
    assert (
        f"PV-2013-S1 : dossier {numero} — montant accordé {format_eur(335000)} dans le fichier, "
        f"{format_eur(amount)} dans le procès-verbal signé"
    ) in out


def test_whole_chain_rewritten(call: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    decision_id, amount, _ = _granted_decision(call)
    conn = sqlite3.connect(call)
    entry_id, after = conn.execute(
        "SELECT id, after FROM audit_log WHERE table_name = 'decisions' AND row_id = ? "
        "ORDER BY id DESC LIMIT 1",
        (decision_id,),
    ).fetchone()
    forged = after.replace(f'"amount_granted":{amount:g}', '"amount_granted":335000')
    assert forged != after
    with _triggers_dropped(conn, "audit_decisions_update", "audit_log_no_update"):
        conn.execute("UPDATE decisions SET amount_granted = 335000 WHERE id = ?", (decision_id,))
        conn.execute("UPDATE audit_log SET after = ? WHERE id = ?", (forged, entry_id))
        _seal(conn, entry_id)
    conn.commit()
    conn.close()
    assert _row_level(call) == []
    code, out = _audit_verify(call, capsys)
    assert code == 1
    assert "ne mènent plus à la tête ancrée (journal réécrit)" in out
    assert "PV-2013-S1 :" in out and "point d'ancrage du" in out
    assert "schéma :" not in out  # triggers put back as they were: only the anchors tell


def test_tail_cut_back_to_closed(signed: Signed, call: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(call)
    cut = conn.execute(
        "SELECT min(id) FROM audit_log WHERE table_name = 'minutes' AND after LIKE "
        '\'%"kind":"signed"%\''
    ).fetchone()[0]
    with _triggers_dropped(conn, "audit_log_no_delete", "audit_minutes_delete",
                           "audit_anchors_delete", "audit_sessions_update"):  # fmt: skip
        conn.execute("DELETE FROM audit_log WHERE id >= ?", (cut,))
        conn.execute("DELETE FROM anchors")
        conn.execute("DELETE FROM minutes WHERE kind = 'signed'")
        conn.execute("UPDATE sessions SET state = 'closed' WHERE id = 1")
    conn.commit()
    conn.close()
    # From the file alone nothing shows: no signature anchors what was cut (README says so).
    code, out = _audit_verify(call, capsys)
    assert code == 0, out
    code, out = _audit_verify(call, capsys, "--against", str(signed.signed))
    assert code == 1
    assert "PV-2013-S1 : signé par le président, mais la séance 1 n'est pas verrouillée" in out
    assert "PV-2013-S1 : ce procès-verbal signé n'est pas enregistré dans le fichier" in out
    code, out = _audit_verify(call, capsys, "--against", str(signed.checkpoint))
    assert code == 1
    assert "le journal d'audit a été tronqué" in out


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        (
            [
                "DROP VIEW dossier_eligibility",
                "CREATE VIEW dossier_eligibility AS SELECT dossier_id, 1 AS eligible, count(*) AS "
                "rules, 0 AS overrides FROM eligibility_results GROUP BY dossier_id",
            ],
            "schéma : vue dossier_eligibility : définition différente de celle du schéma "
            f"{LATEST_VERSION}",
        ),
        (
            ["DROP TRIGGER audit_decisions_update"],
            "schéma : déclencheur audit_decisions_update : absent (supprimé hors application)",
        ),
        (
            [
                "DROP TRIGGER audit_log_no_update",
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0 "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
            ],
            "schéma : déclencheur audit_log_no_update : définition différente",
        ),
        (
            ["CREATE TRIGGER keep_amount AFTER UPDATE ON decisions BEGIN SELECT 1; END"],
            "schéma : déclencheur keep_amount : ajouté hors application",
        ),
    ],
    ids=["view", "dropped-trigger", "changed-trigger", "added-trigger"],
)
def test_schema_changed_by_hand(call: Path, capsys, sql: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(call)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    assert _row_level(call) == []
    code, out = _audit_verify(call, capsys)
    assert code == 1 and message in out, out


def test_recording_refuses_a_history_rewritten_since_the_minutes(
    demo_master: Path, signed: Signed, tmp_path: Path
) -> None:
    """Minutes generated, then the chain rewritten before they are recorded: refused."""
    call = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, call)
    register_signers(call, chair=signed.ids.chair, secretary=signed.ids.secretary,
                     passphrase=PASS)  # fmt: skip
    with CallStore.open(call, actor="Secrétariat") as store:
        draft = svc.generate_minutes(store, 1)
    conn = sqlite3.connect(call)
    with _triggers_dropped(conn, "audit_log_no_update"):
        conn.execute("UPDATE audit_log SET actor = 'personne' WHERE id = 1")
        _seal(conn, 1)
    conn.commit()
    conn.close()
    chair = signing.sign_pdf(
        draft, field="chair", pkcs12=signed.ids.chair.read_bytes(), passphrase=PASS
    )
    before = _digest(call)
    with CallStore.open(call, actor="Secrétariat") as store:
        with pytest.raises(svc.TamperedHistoryError, match="journal réécrit"):
            svc.record_signed(store, 1, chair)
        assert svc.signed_minutes(store, 1) is None
    assert _digest(call) == before


def test_snapshot_is_the_printed_data(signed: Signed) -> None:
    from ptce_desktop.io.pdf_info import read_info
    from ptce_desktop.store import anchors as anchor_rows

    info = read_info(signed.signed.read_bytes())
    with CallStore.open(signed.call, actor="contrôle") as store:
        kept = anchor_rows.list_anchors(store, "minutes")
        head_now = audit.anchor_point(store.conn)
    assert [a.session_id for a in kept] == [1, 1]
    assert {a.head_hash for a in kept} == {info["AuditHead"]}
    assert int(info["AuditCount"]) < head_now[1] and info["AuditFormat"] == "1"
    for a in kept:
        assert hashlib.sha256(a.snapshot.encode()).hexdigest() == info["DataSHA256"]
        assert a.hash_version == 1
