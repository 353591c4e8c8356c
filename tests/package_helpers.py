"""Set-ups shared by the package tests: a small demo call with three rapporteurs who each have
two fresh dossiers, passphrase files, a file's hash taken with no connection open."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from ptce_desktop.services import review as desk
from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore

PASSPHRASE = "girafe cobalt ortie lundi piano fjord"
CHEAP = 2**10  # scrypt cost in tests; production is 2**15


@dataclass(slots=True, frozen=True)
class Rapporteur:
    id: int
    name: str
    fresh: tuple[int, ...]  # dossier ids newly assigned, without any review


def file_hash(path: Path) -> str:
    """SHA-256 of a call file's bytes; call only with every connection to it closed."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def passphrase_file(folder: Path, text: str = PASSPHRASE) -> Path:
    path = folder / f"phrase-{hashlib.sha1(text.encode()).hexdigest()[:6]}.txt"
    path.write_text(text + "\n", "utf-8")
    return path


def three_rapporteurs(path: Path) -> list[Rapporteur]:
    """Three rapporteurs of the demo, each given two dossiers they have not reviewed."""
    with CallStore.open(path, actor="Secrétariat") as store:
        people = [p for p in people_rows.load_people(store) if p.is_rapporteur][:3]
        result = []
        with store.transaction("test : attributions"):
            for person in people:
                taken = {
                    r[0]
                    for r in store.conn.execute(
                        "SELECT dossier_id FROM assignments WHERE person_id = ? "
                        "UNION SELECT dossier_id FROM conflicts WHERE person_id = ?",
                        (person.id, person.id),
                    )
                }
                free = [
                    r[0]
                    for r in store.conn.execute("SELECT id FROM dossiers ORDER BY id")
                    if r[0] not in taken
                ][:2]
                for dossier_id in free:
                    people_rows.assign(store, person_id=person.id, dossier_id=dossier_id)  # type: ignore[arg-type]
                result.append(Rapporteur(person.id, person.name, tuple(free)))  # type: ignore[arg-type]
    return result


def score_all(store: CallStore, dossier_id: int, value: int, *, submit: bool = True) -> None:
    """Fill a whole grid through the rapporteur's services, as the scoring dock does."""
    for line in desk.open_grid(store, dossier_id).lines:
        c = line.criterion
        desk.set_score(store, dossier_id, c.id, min(c.scale_max, max(c.scale_min, value)))  # type: ignore[arg-type]
    desk.set_summary(store, dossier_id, f"Appréciation {value}")
    if submit:
        desk.submit(store, dossier_id)


def copy_call(master: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "appel.ptce"
    shutil.copyfile(master, path)
    return path
