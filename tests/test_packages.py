"""Rapporteurs offline: three packages worked on at once and merged back to exactly their union;
what a package holds (and never shows in clear); each refusal leaves the call file's bytes as
they were; order by sequence; waiting reviews; a merge killed mid-way is all or nothing."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import zipfile
from pathlib import Path

import pytest

from ptce_desktop.cli import main as ptce
from ptce_desktop.io import package as container
from ptce_desktop.services import packages
from ptce_desktop.services import review as desk
from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore
from tests.package_helpers import (
    PASSPHRASE,
    Rapporteur,
    copy_call,
    file_hash,
    passphrase_file,
    score_all,
    three_rapporteurs,
)

pytestmark = pytest.mark.usefixtures("cheap_scrypt")


@pytest.fixture
def call(package_master: Path, tmp_path: Path) -> tuple[Path, list[Rapporteur]]:
    path = copy_call(package_master, tmp_path / "secretariat")
    return path, three_rapporteurs(path)


def export(path: Path, who: Rapporteur, out: Path) -> Path:
    with CallStore.open(path, actor="Secrétariat") as store:
        packages.export_package(store, rapporteur=who.id, out=out, passphrase=PASSPHRASE)
    return out


def open_copy(pkg: Path, folder: Path, who: Rapporteur) -> CallStore:
    opened = packages.open_package(pkg, passphrase=PASSPHRASE, actor=who.name, workdir=folder)
    return CallStore.open(opened.call_file, actor=who.name)


def give_back(work: CallStore, out: Path) -> Path:
    packages.make_return(work, out=out, passphrase=PASSPHRASE)
    return out


def reviews(store: CallStore, person_id: int) -> dict:
    """numero -> (state, opinion, summary, scores by code) of one person's reviews."""
    found = {}
    for row in store.query(
        "SELECT r.id, d.numero, r.state, r.opinion, r.summary FROM reviews r "
        "JOIN dossiers d ON d.id = r.dossier_id WHERE r.person_id = ?",
        (person_id,),
    ):
        scores = tuple(
            store.conn.execute(
                "SELECT c.code, s.score, s.comment FROM scores s JOIN criteria c "
                "ON c.id = s.criterion_id WHERE s.review_id = ? ORDER BY c.code",
                (row["id"],),
            )
        )
        found[row["numero"]] = (row["state"], row["opinion"], row["summary"], scores)
    return found


def notes(store: CallStore, person_id: int) -> dict[str, tuple]:
    return {
        r[0]: tuple(r[1:])
        for r in store.conn.execute(
            "SELECT a.uid, d.numero, a.body, a.shared FROM annotations a "
            "JOIN dossiers d ON d.id = a.dossier_id WHERE a.person_id = ?",
            (person_id,),
        )
    }


def test_three_rapporteurs_at_once_merge_to_exactly_their_union(call, tmp_path: Path) -> None:
    path, trio = call
    with CallStore.open(path, actor="x") as store:
        others_before = {
            p.id: reviews(store, p.id)  # type: ignore[arg-type]
            for p in people_rows.load_people(store)
            if p.id not in {r.id for r in trio}
        }
    copies, returned = [], []
    for i, who in enumerate(trio):
        work = open_copy(export(path, who, tmp_path / f"p{i}.ptcepkg"), tmp_path / f"w{i}", who)
        for k, dossier_id in enumerate(who.fresh):
            score_all(work, dossier_id, 2 + i + k, submit=k == 0)
            desk.add_note(work, dossier_id, f"note {i}-{k} du portable", shared=k == 1)
        copies.append(work)
        returned.append(give_back(work, tmp_path / f"r{i}.ptcepkg"))

    with CallStore.open(path, actor="Secrétariat") as store:
        for i in (2, 0, 1, 0):  # any order, one return twice
            summary = packages.import_return(store, returned[i], passphrase=PASSPHRASE)
            assert not summary.refused and not summary.pending
        for i, who in enumerate(trio):
            mine, theirs = reviews(store, who.id), reviews(copies[i], who.id)
            assert theirs and all(mine[n] == theirs[n] for n in theirs)
            assert notes(store, who.id) == notes(copies[i], who.id)
        for pid, before in others_before.items():
            assert reviews(store, pid) == before
        assert store.conn.execute("SELECT count(*) FROM package_returns").fetchone()[0] == 3
    for work in copies:
        work.close()
    assert ptce(["audit", "verify", str(path)]) == 0
    assert ptce(["audit", "verify", str(tmp_path / "w0" / packages.WORKING_COPY)]) == 0


def test_a_package_holds_only_its_rapporteurs_dossiers_and_nothing_in_clear(
    call, tmp_path: Path
) -> None:
    path, trio = call
    who = trio[0]
    pkg = export(path, who, tmp_path / "p.ptcepkg")
    with CallStore.open(path, actor="x") as store:
        dossiers = list(store.query("SELECT id, numero, pole_name, lead_name FROM dossiers"))
        mine = {
            r[0] for r in store.conn.execute(
                "SELECT dossier_id FROM assignments WHERE person_id = ?", (who.id,)
            )
        }  # fmt: skip
        other_people = [p.name for p in people_rows.load_people(store) if p.id != who.id]
    raw = pkg.read_bytes()
    for d in dossiers:
        for text in (d["numero"], d["pole_name"], d["lead_name"]):
            assert text.encode("utf-8") not in raw
    assert who.name.encode("utf-8") not in raw

    plain = tmp_path / "clair.zip"
    container.unseal(pkg, plain, passphrase=PASSPHRASE)
    with zipfile.ZipFile(plain) as z:
        inside = z.read(packages.WORKING_COPY)
    assert inside.startswith(b"SQLite format 3")
    for d in dossiers:
        for text in (d["numero"], d["pole_name"], d["lead_name"]):
            assert (text.encode("utf-8") in inside) == (d["id"] in mine), text
    for name in other_people:
        assert name.encode("utf-8") not in inside, name

    work = open_copy(pkg, tmp_path / "w", who)
    counts = {
        t: work.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("people", "sessions", "decisions", "minutes", "dossiers")
    }
    assert counts == {
        "people": 1,
        "sessions": 0,
        "decisions": 0,
        "minutes": 0,
        "dossiers": len(mine),
    }
    assert {r[0] for r in work.conn.execute("SELECT DISTINCT person_id FROM reviews")} <= {who.id}
    work.close()


def test_reopening_resumes_and_a_new_edition_adds_dossiers(call, tmp_path: Path) -> None:
    path, trio = call
    who = trio[0]
    pkg = export(path, who, tmp_path / "p.ptcepkg")
    work = open_copy(pkg, tmp_path / "w", who)
    score_all(work, who.fresh[0], 3, submit=False)
    before = reviews(work, who.id)
    work.close()
    again = packages.open_package(
        pkg, passphrase=PASSPHRASE, actor=who.name, workdir=tmp_path / "w"
    )
    assert again.state == "resumed"
    with CallStore.open(path, actor="Secrétariat") as store, store.transaction("t"):
        extra = next(
            r[0] for r in store.conn.execute(
                "SELECT id FROM dossiers WHERE id NOT IN (SELECT dossier_id FROM assignments "
                "WHERE person_id = ?) AND id NOT IN (SELECT dossier_id FROM conflicts "
                "WHERE person_id = ?)", (who.id, who.id),
            )
        )  # fmt: skip
        people_rows.assign(store, person_id=who.id, dossier_id=extra)
    export(path, who, tmp_path / "p2.ptcepkg")
    updated = packages.open_package(
        tmp_path / "p2.ptcepkg", passphrase=PASSPHRASE, actor=who.name, workdir=tmp_path / "w"
    )
    assert updated.state == "updated" and len(updated.added) == 1
    with CallStore.open(updated.call_file, actor=who.name) as work:
        assert reviews(work, who.id).items() >= before.items()
        assert work.conn.execute("SELECT 1 FROM dossiers WHERE id = ?", (extra,)).fetchone()
    assert ptce(["audit", "verify", str(updated.call_file)]) == 0


def test_a_later_return_replaces_an_earlier_one_never_the_reverse(call, tmp_path: Path) -> None:
    path, trio = call
    who = trio[1]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    dossier_id = who.fresh[0]
    score_all(work, dossier_id, 2, submit=False)
    first = give_back(work, tmp_path / "r1.ptcepkg")
    score_all(work, dossier_id, 4, submit=False)
    second = give_back(work, tmp_path / "r2.ptcepkg")
    latest = reviews(work, who.id)
    work.close()
    with CallStore.open(path, actor="Secrétariat") as store:
        s2 = packages.import_return(store, second, passphrase=PASSPHRASE)
        assert s2.state == "merged" and s2.added
        s1 = packages.import_return(store, first, passphrase=PASSPHRASE)
        assert s1.state == "older" and "plus ancien" in s1.lines()[0]
        again = packages.import_return(store, second, passphrase=PASSPHRASE)
        assert again.state == "already" and "déjà importé" in again.lines()[0]
        assert reviews(store, who.id) == {**reviews(store, who.id), **latest}
        assert all(reviews(store, who.id)[n] == v for n, v in latest.items())


def test_a_differing_submitted_review_waits_until_the_secretariat_chooses(
    call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _trio = call
    with CallStore.open(path, actor="x") as store:
        submitted = next(
            store.query(
                "SELECT r.dossier_id, d.numero, p.id, p.name FROM reviews r JOIN dossiers d "
                "ON d.id = r.dossier_id JOIN people p ON p.id = r.person_id "
                "WHERE r.state = 'submitted' ORDER BY r.id"
            )
        )
        who = Rapporteur(submitted["id"], submitted["name"], ())
        ours = reviews(store, who.id)[submitted["numero"]]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    desk.reopen(work, submitted["dossier_id"])
    score_all(work, submitted["dossier_id"], 1)
    theirs = reviews(work, who.id)[submitted["numero"]]
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    phrase = passphrase_file(tmp_path)
    assert ptce(["package", "import", str(path), str(ret), "--passphrase-file", str(phrase)]) == 0
    assert "1 en attente" in capsys.readouterr().out
    with CallStore.open(path, actor="x") as store:
        assert reviews(store, who.id)[submitted["numero"]] == ours
    assert ptce(["package", "pending", str(path)]) == 0
    assert submitted["numero"] in capsys.readouterr().out
    args = ["package", "resolve", str(path), "--dossier", submitted["numero"]]
    assert ptce([*args, "--rapporteur", str(who.id), "--keep", "theirs"]) == 0
    with CallStore.open(path, actor="x") as store:
        assert reviews(store, who.id)[submitted["numero"]] == theirs
        assert not packages.pending_reviews(store)
    assert ptce([*args, "--rapporteur", str(who.id), "--keep", "ours"]) == 2
    assert "aucune évaluation en attente" in capsys.readouterr().err
    assert ptce(["audit", "verify", str(path)]) == 0


def test_items_for_an_unassigned_dossier_or_a_changed_grid_are_refused_one_by_one(
    call, tmp_path: Path
) -> None:
    path, trio = call
    who = trio[2]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    for dossier_id in who.fresh:
        score_all(work, dossier_id, 3)
        desk.add_note(work, dossier_id, "à relire")
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    gone = who.fresh[0]
    other = copy_call(Path(path), tmp_path / "grille")  # before the merge, for the grid case
    with CallStore.open(path, actor="Secrétariat") as store:
        with store.transaction("test : retrait d'une attribution"):
            store.conn.execute(
                "DELETE FROM assignments WHERE person_id = ? AND dossier_id = ?", (who.id, gone)
            )
        summary = packages.import_return(store, ret, passphrase=PASSPHRASE)
        numero = store.conn.execute("SELECT numero FROM dossiers WHERE id = ?", (gone,)).fetchone()
        numeros = [
            store.conn.execute("SELECT numero FROM dossiers WHERE id = ?", (d,)).fetchone()[0]
            for d in who.fresh
        ]
        assert len(summary.refused) == 2 and all(numero[0] in r for r in summary.refused)
        assert all("n'est plus attribué" in r for r in summary.refused)
        assert len(summary.added) == 2  # the other dossier's review and note
        assert (
            store.conn.execute(
                "SELECT count(*) FROM reviews WHERE person_id = ? AND dossier_id = ?",
                (who.id, gone),
            ).fetchone()[0]
            == 0
        )

    # The same work against a grid whose weights changed: reviews refused, notes merged.
    with CallStore.open(other, actor="Secrétariat") as store:
        with store.transaction("test : poids modifié"):
            store.conn.execute("UPDATE criteria SET weight = weight + 1 WHERE id = "
                               "(SELECT min(id) FROM criteria)")  # fmt: skip
        summary = packages.import_return(store, ret, passphrase=PASSPHRASE)
    refused = {r.split(" :")[0] for r in summary.refused}
    assert {f"évaluation {n}" for n in numeros} <= refused  # and their demo reviews too
    assert all(r.startswith("évaluation") and "grille modifiée" in r for r in summary.refused)
    assert not summary.replaced and not summary.pending
    assert sorted(summary.added) == sorted(f"annotation sur {n}" for n in numeros)


def test_a_conflict_declared_on_the_laptop_arrives_as_a_proposal(call, tmp_path: Path) -> None:
    path, trio = call
    who = trio[0]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    with work.transaction("conflit déclaré"):
        people_rows.declare_conflict(work, person_id=who.id, dossier_id=who.fresh[1], reason="ami")
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    with CallStore.open(path, actor="Secrétariat") as store:
        summary = packages.import_return(store, ret, passphrase=PASSPHRASE)
        assert any("à confirmer" in a for a in summary.added)
        state, origin = store.conn.execute(
            "SELECT state, origin FROM conflicts WHERE person_id = ? AND dossier_id = ?",
            (who.id, who.fresh[1]),
        ).fetchone()
    assert state == "proposed" and "retour n° 1" in origin


# -- whole-return refusals: the call file's bytes stay as they were ---------------------------


def _forged_rapporteur(ret: Path, out: Path, other: Rapporteur) -> None:
    """The same content under a header naming another rapporteur, sealed with the passphrase."""
    meta = container.read_meta(ret)
    plain = out.with_suffix(".zip")
    container.unseal(ret, plain, passphrase=PASSPHRASE)
    forged = container.PackageMeta("return", meta.call_uid, other.id, meta.package_id, 1)
    container.seal(plain, out, meta=forged, passphrase=PASSPHRASE)


def _altered(ret: Path, out: Path, _other: Rapporteur) -> None:
    data = bytearray(ret.read_bytes())
    data[-40] ^= 0x01
    out.write_bytes(bytes(data))


def _truncated(ret: Path, out: Path, _other: Rapporteur) -> None:
    out.write_bytes(ret.read_bytes()[:-100])


def _header_edited(ret: Path, out: Path, _other: Rapporteur) -> None:
    out.write_bytes(ret.read_bytes().replace(b'"sequence": 1', b'"sequence": 7', 1))


@pytest.mark.parametrize(
    ("spoil", "phrase", "message"),
    [
        (None, "une autre phrase de passe", "phrase de passe incorrecte"),
        (_altered, PASSPHRASE, "tronqué ou altéré"),
        (_truncated, PASSPHRASE, "tronqué ou altéré"),
        (_header_edited, PASSPHRASE, "phrase de passe incorrecte (ou en-tête du paquet altéré)"),
        (_forged_rapporteur, PASSPHRASE, "autre rapporteur"),
    ],
)
def test_a_spoiled_return_is_refused_whole_and_the_file_is_unchanged(
    call, tmp_path: Path, capsys: pytest.CaptureFixture[str], spoil, phrase: str, message: str
) -> None:
    path, trio = call
    who = trio[0]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    score_all(work, who.fresh[0], 3)
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    if spoil is not None:
        spoil(ret, tmp_path / "abime.ptcepkg", trio[1])
        ret = tmp_path / "abime.ptcepkg"
    before = file_hash(path)
    backups = sorted((path.parent / "backups").glob("*"))
    code = ptce(["package", "import", str(path), str(ret),
                 "--passphrase-file", str(passphrase_file(tmp_path, phrase))])  # fmt: skip
    assert code == 2
    assert message in capsys.readouterr().err
    assert file_hash(path) == before
    assert sorted((path.parent / "backups").glob("*")) == backups


def test_a_return_from_another_call_is_refused_and_the_file_is_unchanged(
    call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, trio = call
    who = trio[0]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    # Same settings, people and dossiers, but a call of its own (new uid, as `ptce new` gives).
    other = copy_call(Path(path), tmp_path / "autre")
    with CallStore.open(other, actor="x") as store, store.transaction("test : autre appel"):
        store.conn.execute("UPDATE calls SET uid = lower(hex(randomblob(16)))")
    before = file_hash(other)
    phrase = passphrase_file(tmp_path)
    assert ptce(["package", "import", str(other), str(ret), "--passphrase-file", str(phrase)]) == 2
    assert "autre appel" in capsys.readouterr().err
    assert file_hash(other) == before
    # A package given where a return is expected is refused too.
    assert ptce(["package", "import", str(path), str(tmp_path / "p.ptcepkg"),
                 "--passphrase-file", str(phrase)]) == 2  # fmt: skip
    assert "pas son retour" in capsys.readouterr().err


def test_the_command_line_round_trip(call, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, trio = call
    phrase = str(passphrase_file(tmp_path))
    pkg, ret = tmp_path / "p.ptcepkg", tmp_path / "r.ptcepkg"
    assert ptce(["package", "export", str(path), "--rapporteur", str(trio[0].id),
                 "--out", str(pkg), "--passphrase-file", phrase]) == 0  # fmt: skip
    assert ptce(["package", "open", str(pkg), "--passphrase-file", phrase]) == 0
    folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert folder.parent == Path(os.environ["XDG_DATA_HOME"]) / "ptce-desktop" / "packages"
    assert ptce(["stats", str(folder / packages.WORKING_COPY)]) == 0
    assert ptce(["package", "return", str(folder), "--out", str(ret),
                 "--passphrase-file", str(passphrase_file(tmp_path, "mauvaise"))]) == 2  # fmt: skip
    assert not ret.exists()
    assert (
        ptce(["package", "return", str(folder), "--out", str(ret), "--passphrase-file", phrase])
        == 0
    )
    assert "Retour n° 1" in capsys.readouterr().out
    assert ptce(["package", "import", str(path), str(ret), "--passphrase-file", phrase]) == 0
    assert ptce(["package", "export", str(path), "--rapporteur", "inconnu@example.org",
                 "--out", str(pkg), "--passphrase-file", phrase]) == 2  # fmt: skip
    assert "personne inconnue" in capsys.readouterr().err


# -- a merge killed mid-way ---------------------------------------------------------------------


def _import_slowly(path: str, ret: str, signal_file: str) -> None:
    """Child process: import, pausing inside the transaction after some items are written."""
    import time

    from ptce_desktop.io import package as io_package
    from ptce_desktop.store import package_returns

    io_package.SCRYPT_N = 2**10
    original = package_returns.write_annotation

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        original(*args, **kwargs)
        Path(signal_file).write_text("dedans")
        time.sleep(60)

    package_returns.write_annotation = slow  # type: ignore[assignment]
    with CallStore.open(Path(path), actor="Secrétariat") as store:
        packages.import_return(store, Path(ret), passphrase=PASSPHRASE)


def test_sigkill_during_a_merge_leaves_all_or_nothing(call, tmp_path: Path) -> None:
    path, trio = call
    who = trio[0]
    work = open_copy(export(path, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    for dossier_id in who.fresh:
        score_all(work, dossier_id, 4)
        desk.add_note(work, dossier_id, "note")
    expected = reviews(work, who.id)
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    with CallStore.open(path, actor="x") as store:
        before = reviews(store, who.id)
    flag = tmp_path / "dedans"
    child = multiprocessing.get_context("spawn").Process(
        target=_import_slowly, args=(str(path), str(ret), str(flag))
    )
    child.start()
    try:
        for _ in range(600):
            if flag.exists() or not child.is_alive():
                break
            child.join(0.05)
        assert flag.exists(), "the child never reached the merge"
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join(10)
    finally:
        if child.is_alive():
            child.kill()
    with CallStore.open(path, actor="x") as store:
        assert reviews(store, who.id) == before  # none of it
        assert store.conn.execute("SELECT count(*) FROM package_returns").fetchone()[0] == 0
        summary = packages.import_return(store, ret, passphrase=PASSPHRASE)
        assert summary.state == "merged"
        assert all(reviews(store, who.id)[n] == v for n, v in expected.items())  # all of it
    assert ptce(["audit", "verify", str(path)]) == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_return_of_a_package_this_file_never_issued_is_refused(
    call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, trio = call
    twin = copy_call(Path(path), tmp_path / "jumeau")  # same call id, its own packages
    who = trio[0]
    work = open_copy(export(twin, who, tmp_path / "p.ptcepkg"), tmp_path / "w", who)
    ret = give_back(work, tmp_path / "r.ptcepkg")
    work.close()
    before = file_hash(path)
    phrase = passphrase_file(tmp_path)
    assert ptce(["package", "import", str(path), str(ret), "--passphrase-file", str(phrase)]) == 2
    assert "jamais préparé dans cet appel" in capsys.readouterr().err
    assert file_hash(path) == before
