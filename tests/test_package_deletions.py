"""A note deleted on the laptop is deleted at the secretariat when the return comes back — with
two real call files and real package files — unless the secretariat changed it meanwhile (kept,
and said so); what was added at the secretariat meanwhile stays; a return made before returns
carried deletions still imports."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ptce_desktop.cli import main as ptce
from ptce_desktop.io import package as container
from ptce_desktop.services import packages
from ptce_desktop.services import review as desk
from ptce_desktop.store.db import CallStore
from tests.package_helpers import PASSPHRASE, Rapporteur, copy_call, three_rapporteurs

pytestmark = pytest.mark.usefixtures("cheap_scrypt")


@pytest.fixture
def call(package_master: Path, tmp_path: Path) -> tuple[Path, Rapporteur]:
    path = copy_call(package_master, tmp_path / "secretariat")
    return path, three_rapporteurs(path)[0]


def bodies(store: CallStore, person_id: int) -> dict[str, str]:
    """uid -> body of one person's notes."""
    return dict(
        store.conn.execute("SELECT uid, body FROM annotations WHERE person_id = ?", (person_id,))
    )


def note_id(store: CallStore, body: str) -> int:
    return store.conn.execute("SELECT id FROM annotations WHERE body = ?", (body,)).fetchone()[0]


def uid_of(store: CallStore, body: str) -> str:
    return store.conn.execute("SELECT uid FROM annotations WHERE body = ?", (body,)).fetchone()[0]


def test_deletions_on_the_laptop_reach_the_secretariat(call, tmp_path: Path) -> None:
    path, who = call
    first, second = who.fresh
    # At the secretariat, before the package: four notes of the rapporteur (written there).
    with CallStore.open(path, actor=who.name) as office:
        for body in ("A à supprimer", "B modifiée puis supprimée", "C modifiée au bureau"):
            desk.add_note(office, first, body)
        desk.add_note(office, second, "G supprimée puis rétablie", shared=True)
        packages.export_package(
            office, rapporteur=who.id, out=tmp_path / "p.ptcepkg", passphrase=PASSPHRASE
        )
    opened = packages.open_package(
        tmp_path / "p.ptcepkg", passphrase=PASSPHRASE, workdir=tmp_path / "portable"
    )
    with CallStore.open(opened.call_file, actor=who.name) as laptop:
        # A note made on the laptop, returned once, deleted later.
        desk.add_note(laptop, second, "E du portable")
        packages.make_return(laptop, out=tmp_path / "r1.ptcepkg", passphrase=PASSPHRASE)
        with CallStore.open(path, actor="Secrétariat") as office:
            one = packages.import_return(office, tmp_path / "r1.ptcepkg", passphrase=PASSPHRASE)
            assert one.added == [f"annotation sur {office_numero(office, second)}"]
            assert "E du portable" in bodies(office, who.id).values()
        desk.delete_note(laptop, note_id(laptop, "A à supprimer"))
        b = note_id(laptop, "B modifiée puis supprimée")
        desk.edit_note(laptop, b, body="B modifiée sur le portable", shared=False)
        desk.delete_note(laptop, b)
        desk.delete_note(laptop, note_id(laptop, "C modifiée au bureau"))
        desk.delete_note(laptop, note_id(laptop, "E du portable"))
        f = desk.add_note(laptop, first, "F jamais rendue")
        desk.delete_note(laptop, f)
        g_uid = uid_of(laptop, "G supprimée puis rétablie")
        g = desk.delete_note(laptop, note_id(laptop, "G supprimée puis rétablie"))
        desk.restore_note(laptop, g)
        assert uid_of(laptop, "G supprimée puis rétablie") == g_uid  # undo keeps the note's uid
        done = packages.make_return(laptop, out=tmp_path / "r2.ptcepkg", passphrase=PASSPHRASE)
        assert done.deleted_annotations == 5  # A, B, C, E, F (G came back)
        on_laptop = bodies(laptop, who.id)
    # Meanwhile at the secretariat (after the first return): C changed, D added.
    with CallStore.open(path, actor=who.name) as office:
        desk.edit_note(
            office, note_id(office, "C modifiée au bureau"), body="C revue", shared=False
        )
        desk.add_note(office, first, "D ajoutée au bureau")

    with CallStore.open(path, actor="Secrétariat") as office:
        two = packages.import_return(office, tmp_path / "r2.ptcepkg", passphrase=PASSPHRASE)
        after = bodies(office, who.id)
    numero = office_numero_path(path, first)
    assert sorted(two.deleted) == sorted(
        [f"annotation sur {numero}"] * 2 + [f"annotation sur {office_numero_path(path, second)}"]
    )
    assert two.kept == [
        f"annotation sur {numero} : supprimée par {who.name} mais modifiée au secrétariat "
        "depuis : conservée"
    ]
    assert sorted(after.values()) == ["C revue", "D ajoutée au bureau", "G supprimée puis rétablie"]
    assert after[g_uid] == "G supprimée puis rétablie"
    # Everything the laptop holds is at the secretariat, plus what was kept or added there.
    assert set(on_laptop.items()) <= set(after.items())
    assert "3 supprimé(s)" in two.lines()[0]
    assert ptce(["audit", "verify", str(path)]) == 0


def office_numero(store: CallStore, dossier_id: int) -> str:
    return store.conn.execute("SELECT numero FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[
        0
    ]


def office_numero_path(path: Path, dossier_id: int) -> str:
    with CallStore.open(path, actor="x") as store:
        return office_numero(store, dossier_id)


def _without_deletions(ret: Path, out: Path, folder: Path) -> None:
    """The same return as an earlier version of the app wrote it: no `deleted_annotations`."""
    meta = container.read_meta(ret)
    plain = folder / "contenu.zip"
    container.unseal(ret, plain, passphrase=PASSPHRASE)
    manifest, files = container.read_container(plain, folder, name=ret.name)
    body = files[packages.RETURN_FILE]
    payload = json.loads(body.read_text("utf-8"))
    del payload["deleted_annotations"]
    body.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
    old = folder / "ancien.zip"
    container.write_container(old, manifest=manifest, files={packages.RETURN_FILE: body})
    assert "deleted_annotations" not in zipfile.ZipFile(old).read(packages.RETURN_FILE).decode()
    container.seal(old, out, meta=meta, passphrase=PASSPHRASE)


def test_a_return_without_deletions_still_imports_and_deletes_nothing(call, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, who = call
    with CallStore.open(path, actor=who.name) as office:
        desk.add_note(office, who.fresh[0], "gardée")
        packages.export_package(
            office, rapporteur=who.id, out=tmp_path / "p.ptcepkg", passphrase=PASSPHRASE
        )
    opened = packages.open_package(
        tmp_path / "p.ptcepkg", passphrase=PASSPHRASE, workdir=tmp_path / "portable"
    )
    with CallStore.open(opened.call_file, actor=who.name) as laptop:
        desk.delete_note(laptop, note_id(laptop, "gardée"))
        desk.add_note(laptop, who.fresh[1], "nouvelle")
        packages.make_return(laptop, out=tmp_path / "r.ptcepkg", passphrase=PASSPHRASE)
    (tmp_path / "tmp").mkdir()
    _without_deletions(tmp_path / "r.ptcepkg", tmp_path / "ancien.ptcepkg", tmp_path / "tmp")
    with CallStore.open(path, actor="Secrétariat") as office:
        summary = packages.import_return(office, tmp_path / "ancien.ptcepkg", passphrase=PASSPHRASE)
        assert sorted(bodies(office, who.id).values()) == ["gardée", "nouvelle"]
    assert not summary.deleted and not summary.refused and len(summary.added) == 1
