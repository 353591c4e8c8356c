"""A return updates a note or a review at the secretariat only where the rapporteur changed it
— two real call files, real package files: the secretariat's edit of a note the rapporteur left
alone is
kept, the rapporteur's edit of one the secretariat left alone is applied, an edit on both sides
keeps both texts (the rapporteur's as a second note « Version du rapporteur ») and the summary
says so; later returns bring nothing twice; a return of the older format still imports."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ptce_desktop.cli import main as ptce
from ptce_desktop.io import package as container
from ptce_desktop.services import packages
from ptce_desktop.services import review as desk
from ptce_desktop.store.db import CallStore
from tests.package_helpers import (
    PASSPHRASE,
    Rapporteur,
    copy_call,
    passphrase_file,
    score_all,
    three_rapporteurs,
)

pytestmark = pytest.mark.usefixtures("cheap_scrypt")


@pytest.fixture
def call(package_master: Path, tmp_path: Path) -> tuple[Path, Rapporteur]:
    path = copy_call(package_master, tmp_path / "secretariat")
    return path, three_rapporteurs(path)[0]


def notes(path: Path, person_id: int) -> dict[str, str]:
    """uid -> body of one person's notes, read with the file closed after."""
    with CallStore.open(path, actor="lecture") as store:
        return dict(
            store.conn.execute(
                "SELECT uid, body FROM annotations WHERE person_id = ?", (person_id,)
            )
        )


def edit(store: CallStore, old: str, new: str) -> None:
    note_id = store.conn.execute("SELECT id FROM annotations WHERE body = ?", (old,)).fetchone()
    desk.edit_note(store, note_id[0], body=new, shared=False)


def note_id(store: CallStore, body: str) -> int:
    return store.conn.execute("SELECT id FROM annotations WHERE body = ?", (body,)).fetchone()[0]


def uid_of(store: CallStore, body: str) -> str:
    return store.conn.execute("SELECT uid FROM annotations WHERE body = ?", (body,)).fetchone()[0]


def take_away(path: Path, who: Rapporteur, folder: Path, bodies: tuple[str, ...]) -> Path:
    """The rapporteur's notes written at the secretariat, then their package opened on the
    laptop: returns the working copy."""
    with CallStore.open(path, actor=who.name) as office:
        for body in bodies:
            desk.add_note(office, who.fresh[0], body)
        packages.export_package(
            office, rapporteur=who.id, out=folder / "p.ptcepkg", passphrase=PASSPHRASE
        )
    return packages.open_package(
        folder / "p.ptcepkg", passphrase=PASSPHRASE, workdir=folder / "portable"
    ).call_file


def give_back(laptop: Path, who: Rapporteur, out: Path) -> Path:
    with CallStore.open(laptop, actor=who.name) as work:
        packages.make_return(work, out=out, passphrase=PASSPHRASE)
    return out


def bring_in(path: Path, ret: Path) -> packages.ImportSummary:
    with CallStore.open(path, actor="Secrétariat") as office:
        return packages.import_return(office, ret, passphrase=PASSPHRASE)


def test_a_return_updates_only_what_the_rapporteur_changed_and_keeps_both_edits(
    call: tuple[Path, Rapporteur], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, who = call
    laptop = take_away(path, who, tmp_path, ("A", "B", "C", "D", "E"))
    with CallStore.open(laptop, actor=who.name) as work:
        edit(work, "B", "B du rapporteur")
        edit(work, "C", "C du rapporteur")
        edit(work, "E", "E du rapporteur")
    r1 = give_back(laptop, who, tmp_path / "r1.ptcepkg")
    with CallStore.open(path, actor=who.name) as office:  # the rapporteur at the office
        uids = {body: uid_of(office, body) for body in ("A", "B", "C", "D", "E")}
        edit(office, "A", "A du bureau")
        edit(office, "C", "C du bureau")
        for body in ("D", "E"):
            desk.delete_note(office, note_id(office, body))
        numero = office.conn.execute(
            "SELECT numero FROM dossiers WHERE id = ?", (who.fresh[0],)
        ).fetchone()[0]

    phrase = passphrase_file(tmp_path)
    assert ptce(["package", "import", str(path), str(r1), "--passphrase-file", str(phrase)]) == 0
    said = capsys.readouterr().out
    after = notes(path, who.id)
    # (a) the secretariat's edit of a note the rapporteur left alone stays
    assert after[uids["A"]] == "A du bureau"
    # (b) the rapporteur's edit of a note the secretariat left alone is applied
    assert after[uids["B"]] == "B du rapporteur"
    # (c) both edited: the secretariat's stays, the rapporteur's is kept beside it, marked
    assert after[uids["C"]] == "C du bureau"
    rival = uids["C"] + packages.RIVAL_SUFFIX
    assert after[rival] == f"« Version du rapporteur » (retour n° 1 de {who.name})\nC du rapporteur"
    # deleted at the secretariat: stays so unless the rapporteur changed it (then back)
    assert uids["D"] not in after and after[uids["E"]] == "E du rapporteur"
    assert len(after) == 5
    assert (
        "1 remplacé(s)" in said
        and "1 modifié(s) des deux côtés (les deux versions gardées)" in said
    )
    assert (
        f"  en double : annotation sur {numero} : modifiée au secrétariat et par {who.name} : "
        "les deux versions gardées (la sienne en seconde annotation « Version du rapporteur »)"
    ) in said.splitlines()
    assert (
        f"  conservé : annotation sur {numero} : modifiée au secrétariat, inchangée par "
        f"{who.name} depuis : version du secrétariat conservée"
    ) in said.splitlines()
    assert (
        f"  conservé : annotation sur {numero} : supprimée au secrétariat, inchangée par "
        f"{who.name} depuis : pas rétablie"
    ) in said.splitlines()
    # (d) the file's audit chain holds
    assert ptce(["audit", "verify", str(path)]) == 0

    # The secretariat edits what the first return brought; the laptop changed nothing since:
    # the second return brings nothing twice (no second copy of C, B's new edit stays).
    with CallStore.open(path, actor=who.name) as office:
        edit(office, "B du rapporteur", "B revue au bureau")
    two = bring_in(path, give_back(laptop, who, tmp_path / "r2.ptcepkg"))
    assert notes(path, who.id) == {**after, uids["B"]: "B revue au bureau"}
    assert not two.doubled and not two.replaced and not two.added and len(two.kept) == 4

    # The rapporteur changes C again: the copy beside it follows, still one copy.
    with CallStore.open(laptop, actor=who.name) as work:
        edit(work, "C du rapporteur", "C encore")
    three = bring_in(path, give_back(laptop, who, tmp_path / "r3.ptcepkg"))
    final = notes(path, who.id)
    assert len(three.doubled) == 1 and len(final) == 5
    assert final[rival] == f"« Version du rapporteur » (retour n° 3 de {who.name})\nC encore"
    assert final[uids["C"]] == "C du bureau"
    assert ptce(["audit", "verify", str(path)]) == 0


def rewrite(ret: Path, out: Path, folder: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """The same return with its payload changed as `change` says (re-sealed, same header)."""
    folder.mkdir()
    meta = container.read_meta(ret)
    plain = folder / "contenu.zip"
    container.unseal(ret, plain, passphrase=PASSPHRASE)
    manifest, files = container.read_container(plain, folder, name=ret.name)
    body = files[packages.RETURN_FILE]
    payload = json.loads(body.read_text("utf-8"))
    change(payload)
    body.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
    changed = folder / "autre.zip"
    container.write_container(changed, manifest=manifest, files={packages.RETURN_FILE: body})
    container.seal(changed, out, meta=meta, passphrase=PASSPHRASE)
    return out


def without_versions(payload: dict[str, Any]) -> None:
    """As an earlier version of the app wrote returns: notes without the versions held."""
    for item in (*payload["annotations"], *payload["reviews"]):
        del item["versions"]


def test_a_return_of_the_older_format_still_keeps_an_edit_it_does_not_change(
    call: tuple[Path, Rapporteur], tmp_path: Path
) -> None:
    path, who = call
    with CallStore.open(path, actor=who.name) as office:
        score_all(office, who.fresh[1], 3, submit=False)
    laptop = take_away(path, who, tmp_path, ("A", "C", "D"))
    with CallStore.open(laptop, actor=who.name) as work:
        edit(work, "C", "C du rapporteur")
        edit(work, "D", "D du rapporteur")
    ret = give_back(laptop, who, tmp_path / "r.ptcepkg")
    old = rewrite(ret, tmp_path / "ancien.ptcepkg", tmp_path / "tmp", without_versions)
    with CallStore.open(path, actor=who.name) as office:
        uids = {body: uid_of(office, body) for body in ("A", "C", "D")}
        edit(office, "A", "A du bureau")
        edit(office, "C", "C du bureau")
        desk.set_summary(office, who.fresh[1], "Avis du bureau")
    summary = bring_in(path, old)
    assert summaries(path, who.id)[who.fresh[1]] == "Avis du bureau"
    after = notes(path, who.id)
    # The rapporteur's A is a version the secretariat already had: its edit stays.
    assert after[uids["A"]] == "A du bureau"
    # Who saw what cannot be known for C: the rapporteur's is applied as before, and said so.
    assert after[uids["C"]] == "C du rapporteur"
    assert after[uids["D"]] == "D du rapporteur"
    assert len(after) == 3 and not summary.doubled
    assert len(summary.replaced) == 2
    numero = summary.replaced[0].removeprefix("annotation sur ")
    assert summary.lines()[1:] == [
        f"  conservé : évaluation {numero_of(path, who.fresh[1])} : modifiée au secrétariat, "
        f"inchangée par {who.name} depuis : version du secrétariat conservée",
        f"  conservé : annotation sur {numero} : modifiée au secrétariat, inchangée par "
        f"{who.name} depuis : version du secrétariat conservée",
        f"  sans vérification : annotation sur {numero} : retour d'un format ancien : version "
        "du rapporteur appliquée sans savoir s'il avait vu celle du secrétariat (elle reste "
        "dans le journal d'audit)",
    ]
    assert ptce(["audit", "verify", str(path)]) == 0


def summaries(path: Path, person_id: int) -> dict[int, str]:
    """dossier id -> summary of one person's reviews."""
    with CallStore.open(path, actor="lecture") as store:
        return dict(
            store.conn.execute(
                "SELECT dossier_id, summary FROM reviews WHERE person_id = ?", (person_id,)
            )
        )


def numero_of(path: Path, dossier_id: int) -> str:
    with CallStore.open(path, actor="lecture") as store:
        sql = "SELECT numero FROM dossiers WHERE id = ?"
        return str(store.conn.execute(sql, (dossier_id,)).fetchone()[0])


def test_a_draft_review_is_updated_only_where_the_rapporteur_changed_it(
    call: tuple[Path, Rapporteur], tmp_path: Path
) -> None:
    path, who = call
    left, right = who.fresh
    with CallStore.open(path, actor=who.name) as office:  # drafts begun at the office
        score_all(office, left, 3, submit=False)
        score_all(office, right, 3, submit=False)
    laptop = take_away(path, who, tmp_path, ())
    with CallStore.open(laptop, actor=who.name) as work:
        desk.set_summary(work, right, "Avis du portable")
    with CallStore.open(path, actor=who.name) as office:
        desk.set_summary(office, left, "Avis du bureau")
    one = bring_in(path, give_back(laptop, who, tmp_path / "r1.ptcepkg"))
    # (a) the secretariat's edit stays; (b) the rapporteur's is applied
    assert (
        summaries(path, who.id).items()
        >= {left: "Avis du bureau", right: "Avis du portable"}.items()
    )
    assert one.replaced == [f"évaluation {numero_of(path, right)}"] and len(one.kept) == 1
    # (c) both change the same draft: the secretariat's stays, the rapporteur's waits beside it
    with CallStore.open(laptop, actor=who.name) as work:
        desk.set_summary(work, right, "Portable encore")
    with CallStore.open(path, actor=who.name) as office:
        desk.set_summary(office, right, "Bureau aussi")
    two = bring_in(path, give_back(laptop, who, tmp_path / "r2.ptcepkg"))
    assert (
        summaries(path, who.id).items() >= {left: "Avis du bureau", right: "Bureau aussi"}.items()
    )
    assert two.pending == [
        f"évaluation {numero_of(path, right)} : modifiée au secrétariat et par {who.name} : "
        "la sienne attend à côté"
    ]
    assert "1 en attente" in two.lines()[0]
    with CallStore.open(path, actor="Secrétariat") as office:
        (waiting,) = packages.pending_reviews(office)
        assert waiting.theirs["summary"] == "Portable encore"
        packages.resolve_pending(office, numero=waiting.numero, rapporteur=who.id, keep="theirs")
    assert summaries(path, who.id)[right] == "Portable encore"
    # (d)
    assert ptce(["audit", "verify", str(path)]) == 0
