"""Rapporteurs offline: a package per rapporteur, a working copy on their laptop, returns merged
back at the secretariat. Used by `ptce package ...` and by the GUI.

- Export: a new call file holding only that rapporteur's dossiers (with attachments), the call's
  settings, grid and funders, their person row and their own reviews, notes and conflicts,
  encrypted with a passphrase (io/package.py). One package id per rapporteur; exporting again
  makes a new edition of the same package.
- Open: the working copy goes into a folder of the user's data (one per package id); opening
  again resumes it, a newer edition adds the dossiers it brings.
- Return: that rapporteur's reviews, notes and declared conflicts, with a sequence number one
  higher than the last, and the notes they deleted (tombstones read from the working copy's
  audit log: uid and every version the laptop held; returns without them still import).
- Import: merged item by item in one backup-first transaction; ordered by sequence number,
  never by clocks; a submitted review the secretariat holds and that differs waits beside it;
  a note deleted on the laptop is deleted only if the secretariat's version is one the
  rapporteur saw (one changed at the secretariat meanwhile is kept, and said so). A note or a
  draft review is updated only if the secretariat's version is one the rapporteur saw (each
  carries every version the laptop held); a copy the rapporteur did not change never goes back
  over the secretariat's edit or deletion (the secretariat's audit log knows its versions);
  changed on both sides, both are kept: the rapporteur's note as a second note marked
  « Version du rapporteur », their review waiting beside the secretariat's. Returns of an
  older format (no versions) still import, as before, and the summary says where unverified.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import tempfile
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain.model import stored_id
from ..io.package import (
    PackageError as PackageError,  # re-exported: the GUI catches it from here
)
from ..io.package import (
    PackageMeta,
    check_passphrase,
    preamble,
    read_container,
    read_meta,
    seal,
    unseal,
    write_container,
)
from ..paths import RESOURCES
from ..store import package_returns as returns
from ..store import packages as rows
from ..store import people as people_rows
from ..store.audit import now_iso
from ..store.db import CallStore
from ..store.review_versions import review_histories, review_version
from ..text import Message, t
from .people import resolve_person

WORKING_COPY = "appel.ptce"
_TIMES = ("submitted_at", "updated_at")
RETURN_FILE = "retour.json"
PACKAGE_EXTENSION = ".ptcepkg"
FORMAT = 1


class WrongKindError(PackageError):
    """A package given where a return is expected, or the other way round."""


class WrongCallError(PackageError):
    """The file belongs to another call."""


class WrongRapporteurError(PackageError):
    """The return names a rapporteur other than the one its package was issued to."""


class UnknownPackageError(PackageError):
    """This call never issued the package the return names."""


class NothingAssignedError(PackageError):
    """The rapporteur has no dossier to take away."""


class NotAWorkingFolderError(PackageError):
    """The folder holds no working copy made by `ptce package open`."""


class NoPendingReviewError(PackageError):
    """No incoming review waits for that dossier and rapporteur."""


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file (given to the commands, never on a command line)."""
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PackageError(
            t("{path} : phrase de passe illisible ({exc})", path=path, exc=exc)
        ) from exc
    if not lines or not lines[0].strip():
        raise PackageError(t("{path} : fichier de phrase de passe vide", path=path))
    return lines[0]


PASSPHRASE_WORDS = 7


def _word_list() -> list[str]:
    return (RESOURCES / "words" / "fr.txt").read_text("utf-8").split()


def suggest_passphrase(*, words: int = PASSPHRASE_WORDS) -> str:
    """Words drawn with `secrets` from the bundled list (7 of 719: about 66 bits)."""
    pool = _word_list()
    return " ".join(secrets.choice(pool) for _ in range(words))


def passphrase_bits(*, words: int = PASSPHRASE_WORDS) -> int:
    return int(words * math.log2(len(_word_list())))


def data_folder() -> Path:
    """Where working copies live: $XDG_DATA_HOME/ptce-desktop/packages (~/.local/share/...)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ptce-desktop" / "packages"


# -- export -----------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Exported:
    path: Path
    rapporteur: str
    package_id: str
    edition: int
    dossiers: int
    size: int


def export_package(
    store: CallStore,
    *,
    rapporteur: str | int,
    out: Path,
    passphrase: str,
    cost: int | None = None,
) -> Exported:
    """Write the rapporteur's package to `out` (atomically) and record its edition."""
    person = resolve_person(store, rapporteur)
    assert person.id is not None
    dossier_ids = rows.assigned_dossiers(store, person.id)
    if not dossier_ids:
        raise NothingAssignedError(
            t("{name} n'a aucun dossier attribué : rien à préparer", name=person.name)
        )
    previous = rows.issued(store, person.id)
    uid = previous.uid if previous else str(uuid.uuid4())
    edition = previous.edition + 1 if previous else 1
    grid = rows.grid_fingerprint(store)
    meta = PackageMeta("package", rows.call_uid(store), person.id, uid, 0, edition)
    with tempfile.TemporaryDirectory(prefix="ptce-paquet-") as tmp:
        copy = Path(tmp) / WORKING_COPY
        work = CallStore.create(copy, actor=store.actor)
        try:
            label = f"paquet {uid} pour {person.name} (édition {edition})"
            with rows.attached(work, store.path), work.transaction(label):
                rows.fill_working_copy(work, person_id=person.id, dossier_ids=dossier_ids)
                rows.write_origin(
                    work,
                    rows.Origin(uid, meta.call_uid, person.id, edition, grid, "", 0),
                )
        finally:
            work.close()
        manifest = {
            "format": FORMAT, "kind": "package", "call_uid": meta.call_uid,
            "package_id": uid, "rapporteur_id": person.id, "rapporteur": person.name,
            "edition": edition, "grid": grid, "dossiers": len(dossier_ids), "made_at": now_iso(),
        }  # fmt: skip
        container = Path(tmp) / "contenu.zip"
        write_container(container, manifest=manifest, files={WORKING_COPY: copy})
        copy.unlink()
        seal(container, Path(out), meta=meta, passphrase=passphrase, cost=cost)
    with store.transaction(
        f"paquet {uid} préparé pour {person.name} (édition {edition}, {len(dossier_ids)} dossiers)"
    ):
        rows.record_issue(store, uid=uid, person_id=person.id, edition=edition, grid=grid)
    return Exported(
        Path(out), person.name, uid, edition, len(dossier_ids), Path(out).stat().st_size
    )


# -- on the laptop ----------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Opened:
    folder: Path
    call_file: Path
    rapporteur: str
    state: str  # "new", "resumed", "updated"
    added: tuple[str, ...] = ()


def _rapporteur_name(store: CallStore, person_id: int) -> str:
    return people_rows.person_name(store, person_id) or str(person_id)


def _decrypt(
    path: Path, folder: Path, passphrase: str, *, kind: str
) -> tuple[PackageMeta, dict[str, Any], dict[str, Path]]:
    """Header checked for its kind, payload decrypted and unpacked into `folder`."""
    meta = read_meta(path)
    if meta.kind != kind:
        raise WrongKindError(
            f"{path.name} : c'est un retour de rapporteur, pas un paquet à ouvrir"
            if kind == "package"
            else f"{path.name} : c'est un paquet envoyé à un rapporteur, pas son retour"
        )
    container = folder / "contenu.zip"
    unseal(path, container, passphrase=passphrase)
    manifest, files = read_container(container, folder, name=path.name)
    container.unlink()
    said = (manifest.get("call_uid"), manifest.get("package_id"), manifest.get("rapporteur_id"))
    if said != (meta.call_uid, meta.package_id, meta.rapporteur_id):
        raise PackageError(
            t("{name} : contenu qui ne correspond pas à son en-tête", name=path.name)
        )
    return meta, manifest, files


def open_package(
    path: Path, *, passphrase: str, actor: str | None = None, workdir: Path | None = None
) -> Opened:
    """Unpack a package into its working folder; resume it if there; merge a newer edition.
    Changes are logged under `actor`, by default the package's rapporteur."""
    path = Path(path)
    meta = read_meta(path)
    folder = Path(workdir) if workdir else data_folder() / meta.package_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / WORKING_COPY
    key_check = preamble(path).hex()
    with tempfile.TemporaryDirectory(prefix=".ouverture-", dir=folder) as tmp:
        meta, manifest, files = _decrypt(path, Path(tmp), passphrase, kind="package")
        actor = actor or str(manifest.get("rapporteur") or "rapporteur")
        incoming = files.get(WORKING_COPY)
        if incoming is None:
            raise PackageError(t("{name} : paquet sans copie de travail", name=path.name))
        if not target.exists():
            with CallStore.open(incoming, actor=actor) as work:
                origin = rows.read_origin(work)
                if origin is None or origin.package_uid != meta.package_id:
                    raise PackageError(t("{name} : copie de travail sans origine", name=path.name))
                with work.transaction("paquet ouvert"):
                    rows.write_origin(work, replace(origin, key_check=key_check))
                name = _rapporteur_name(work, origin.person_id)
            os.replace(incoming, target)  # closed: no -wal left beside it
            return Opened(folder, target, name, "new")
        with CallStore.open(target, actor=actor) as work:
            origin = rows.read_origin(work)
            if origin is None or origin.package_uid != meta.package_id:
                raise NotAWorkingFolderError(
                    t(
                        "{folder} : ce dossier contient la copie de travail d'un autre paquet",
                        folder=folder,
                    )
                )
            name = _rapporteur_name(work, origin.person_id)
            if meta.edition <= origin.edition:
                return Opened(folder, target, name, "resumed")
            label = f"paquet {meta.package_id} réédité (édition {meta.edition})"
            with rows.attached(work, incoming), work.transaction(label):
                added = rows.add_new_dossiers(work, person_id=origin.person_id)
                rows.write_origin(work, replace(origin, edition=meta.edition, key_check=key_check))
            return Opened(folder, target, name, "updated", tuple(added))


def working_copy(folder: Path) -> Path:
    """The call file of a working folder (or the file itself when given)."""
    folder = Path(folder)
    target = folder if folder.suffix == ".ptce" else folder / WORKING_COPY
    if not target.is_file():
        raise NotAWorkingFolderError(
            t("{folder} : pas de copie de travail ici (ptce package open)", folder=folder)
        )
    return target


@dataclass(slots=True, frozen=True)
class Returned:
    path: Path
    sequence: int
    reviews: int
    annotations: int
    conflicts: int
    deleted_annotations: int = 0


def make_return(
    store: CallStore, *, out: Path, passphrase: str, cost: int | None = None
) -> Returned:
    """Write the rapporteur's work (reviews, notes, conflicts) as the next return."""
    origin = rows.read_origin(store)
    if origin is None or not origin.key_check:
        raise NotAWorkingFolderError(
            t(
                "{path} : ce fichier n'est pas une copie de travail ouverte par "
                "« ptce package open »",
                path=store.path,
            )
        )
    check_passphrase(bytes.fromhex(origin.key_check), passphrase)
    sequence = origin.last_return + 1
    reviews, annotations, conflicts, deleted = (
        rows.own_reviews(store, origin.person_id),
        rows.own_annotations(store, origin.person_id),
        rows.own_conflicts(store, origin.person_id),
        rows.deleted_annotations(store, origin.person_id),
    )
    payload = {
        "format": FORMAT, "kind": "return", "call_uid": origin.call_uid,
        "package_id": origin.package_uid, "rapporteur_id": origin.person_id,
        "sequence": sequence, "grid": rows.grid_fingerprint(store), "made_at": now_iso(),
        "reviews": reviews, "annotations": annotations, "conflicts": conflicts,
        "deleted_annotations": deleted,
    }  # fmt: skip
    meta = PackageMeta(
        "return", origin.call_uid, origin.person_id, origin.package_uid, sequence, origin.edition
    )
    with tempfile.TemporaryDirectory(prefix="ptce-retour-") as tmp:
        body = Path(tmp) / RETURN_FILE
        body.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
        container = Path(tmp) / "contenu.zip"
        write_container(container, manifest=_head(payload), files={RETURN_FILE: body})
        seal(container, Path(out), meta=meta, passphrase=passphrase, cost=cost)
    with store.transaction(f"retour n° {sequence} écrit : {Path(out).name}"):
        rows.write_origin(store, replace(origin, last_return=sequence))
    return Returned(
        Path(out), sequence, len(reviews), len(annotations), len(conflicts), len(deleted)
    )


_ITEMS = ("reviews", "annotations", "conflicts", "deleted_annotations")


def _head(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k not in _ITEMS}


# -- import at the secretariat ----------------------------------------------------------------


@dataclass(slots=True)
class ImportSummary:
    file: str
    rapporteur: str
    package_id: str
    sequence: int
    state: str = "merged"  # "merged", "already" (same sequence), "older" (a later one is in)
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the secretariat's change kept
    doubled: list[str] = field(default_factory=list)  # changed on both sides: both kept
    unverified: list[str] = field(default_factory=list)  # older returns: applied as before

    def lines(self) -> list[Message]:
        """The first line sums the return up; the others, indented, say what was not applied
        as it came."""
        head = t(
            "{file} : retour n° {sequence} ({rapporteur})",
            file=self.file, sequence=self.sequence, rapporteur=self.rapporteur,
        )  # fmt: skip
        if self.state == "already":
            return [t("{head} déjà importé : rien n'a changé", head=head)]
        if self.state == "older":
            return [t("{head} plus ancien qu'un retour déjà importé : rien n'a changé", head=head)]
        doubled = (
            t(", {n} modifié(s) des deux côtés (les deux versions gardées)", n=len(self.doubled))
            if self.doubled
            else ""
        )
        out = [
            t(
                "{head} : {added} ajouté(s), {replaced} remplacé(s), {unchanged} inchangé(s), "
                "{deleted} supprimé(s), {pending} en attente, {refused} refusé(s){doubled}",
                head=head,
                added=len(self.added),
                replaced=len(self.replaced),
                unchanged=len(self.unchanged),
                deleted=len(self.deleted),
                pending=len(self.pending),
                refused=len(self.refused),
                doubled=doubled,
            )
        ]
        out += [t("  supprimé : {item}", item=item) for item in self.deleted]
        out += [t("  conservé : {item}", item=item) for item in self.kept]
        out += [t("  en double : {item}", item=item) for item in self.doubled]
        out += [t("  sans vérification : {item}", item=item) for item in self.unverified]
        out += [t("  en attente : {item}", item=item) for item in self.pending]
        out += [t("  refusé : {item}", item=item) for item in self.refused]
        return out

    def counts(self) -> dict[str, list[str]]:
        return {
            "added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
            "pending": self.pending, "refused": self.refused, "deleted": self.deleted,
            "kept": self.kept, "doubled": self.doubled, "unverified": self.unverified,
        }  # fmt: skip


def _check_header(store: CallStore, path: Path) -> tuple[PackageMeta, rows.IssuedPackage, str]:
    """Every whole-return refusal that needs no passphrase."""
    meta = read_meta(path)
    if meta.kind != "return":
        raise WrongKindError(
            t("{name} : c'est un paquet envoyé à un rapporteur, pas son retour", name=path.name)
        )
    if meta.call_uid != rows.call_uid(store):
        raise WrongCallError(
            t("{name} : ce retour appartient à un autre appel : refusé", name=path.name)
        )
    issued = rows.issued_by_uid(store, meta.package_id)
    if issued is None:
        raise UnknownPackageError(
            t(
                "{name} : paquet {package_id} jamais préparé dans cet appel : refusé",
                name=path.name,
                package_id=meta.package_id,
            )
        )
    if issued.person_id != meta.rapporteur_id:
        raise WrongRapporteurError(
            t(
                "{name} : ce retour se dit d'un autre rapporteur que celui du paquet "
                "({rapporteur}) : refusé",
                name=path.name,
                rapporteur=_rapporteur_name(store, issued.person_id),
            )
        )
    return meta, issued, _rapporteur_name(store, issued.person_id)


def import_return(store: CallStore, path: Path, *, passphrase: str) -> ImportSummary:
    """Merge one return; a refusal of the whole file raises PackageError with nothing changed."""
    path = Path(path)
    meta, issued, name = _check_header(store, path)
    with tempfile.TemporaryDirectory(prefix="ptce-retour-") as tmp:
        meta, _, files = _decrypt(path, Path(tmp), passphrase, kind="return")
        if RETURN_FILE not in files:
            raise PackageError(t("{name} : retour sans contenu", name=path.name))
        payload = json.loads(files[RETURN_FILE].read_text("utf-8"))
    if payload.get("sequence") != meta.sequence:
        raise PackageError(
            t("{name} : contenu qui ne correspond pas à son en-tête", name=path.name)
        )
    summary = ImportSummary(path.name, name, meta.package_id, meta.sequence)
    last = returns.last_sequence(store, issued.id)
    if meta.sequence <= last:
        summary.state = "already" if meta.sequence == last else "older"
        return summary
    store.backup(f"avant-retour-{meta.sequence}-{name}")
    label = f"retour paquet {meta.package_id} de {name} (séquence {meta.sequence})"
    with store.transaction(label):
        return_id = returns.record_return(
            store, package_id=issued.id, person_id=issued.person_id, sequence=meta.sequence
        )
        _merge(store, payload, summary, person_id=issued.person_id, return_id=return_id)
        returns.set_summary(store, return_id, summary.counts())
    return summary


def _merge(
    store: CallStore,
    payload: dict[str, Any],
    summary: ImportSummary,
    *,
    person_id: int,
    return_id: int,
) -> None:
    assigned = set(rows.assigned_dossiers(store, person_id))
    grid_ok = payload.get("grid") == rows.grid_fingerprint(store)
    origin = f"paquet {summary.package_id}, retour n° {summary.sequence}"
    held: dict[int, list[dict[str, Any]]] | None = None  # the secretariat's review versions

    def place(numero: str, what: str) -> int | None:
        dossier_id = returns.dossier_by_numero(store, numero)
        if dossier_id is None or dossier_id not in assigned:
            summary.refused.append(
                t(
                    "{what} : dossier qui n'est plus attribué à {rapporteur}",
                    what=what,
                    rapporteur=summary.rapporteur,
                )
            )
            return None
        return dossier_id

    for item in payload.get("reviews", []):
        what = t("évaluation {dossier}", dossier=item["dossier"])
        dossier_id = place(item["dossier"], what)
        if dossier_id is None:
            continue
        if not grid_ok:
            summary.refused.append(
                t(
                    "{what} : faite sur une grille modifiée depuis le paquet",
                    what=what,
                )
            )
            continue
        if held is None:
            held = review_histories(store, person_id=person_id)
        _merge_review(
            store, item, summary, what=what, dossier_id=dossier_id, person_id=person_id,
            return_id=return_id, known=held.get(dossier_id, []),
        )  # fmt: skip

    histories = rows.note_histories(store)
    for item in payload.get("annotations", []):
        what = t("annotation sur {dossier}", dossier=item["dossier"])
        dossier_id = place(item["dossier"], what)
        if dossier_id is not None:
            _merge_note(
                store, item, summary, what=what, dossier_id=dossier_id, person_id=person_id,
                known=_known_versions(histories, item["uid"]),
            )  # fmt: skip

    for item in payload.get("deleted_annotations", []):  # absent from older returns
        _merge_deletion(store, item, summary, person_id=person_id)

    for item in payload.get("conflicts", []):
        what = t("conflit d'intérêts déclaré sur {dossier}", dossier=item["dossier"])
        dossier_id = returns.dossier_by_numero(store, item["dossier"])
        if dossier_id is None:
            summary.refused.append(
                t(
                    "{what} : dossier inconnu",
                    what=what,
                )
            )
        elif returns.has_conflict_row(store, person_id=person_id, dossier_id=dossier_id):
            summary.unchanged.append(what)
        else:
            returns.propose_conflict(
                store, person_id=person_id, dossier_id=dossier_id, item=item,
                declared_by=summary.rapporteur, origin=origin,
            )  # fmt: skip
            summary.added.append(
                t(
                    "{what} (à confirmer)",
                    what=what,
                )
            )


def _merge_review(
    store: CallStore,
    item: dict[str, Any],
    summary: ImportSummary,
    *,
    what: str,
    dossier_id: int,
    person_id: int,
    return_id: int,
    known: list[dict[str, Any]],
) -> None:
    """A review is written only where the rapporteur changed it since the version the
    secretariat holds, and never over a submitted one; changed on both sides, or differing
    from a submitted one, it waits beside the secretariat's (« en attente »)."""
    current = returns.review(store, dossier_id=dossier_id, person_id=person_id)
    where = {"dossier_id": dossier_id, "person_id": person_id}
    if current is None:
        returns.write_review(store, **where, item=item)
        returns.drop_pending(store, **where)
        summary.added.append(what)
        return
    ours, theirs = review_version(current), review_version(item)
    seen = [review_version(v) for v in item["versions"]] if "versions" in item else None
    if ours == theirs:
        summary.unchanged.append(what)
        returns.drop_pending(store, **where)
    elif (seen is None or ours not in seen) and theirs in known:
        summary.kept.append(
            t(
                "{what} : modifiée au secrétariat, inchangée par {rapporteur} depuis : "
                "version du secrétariat conservée",
                what=what,
                rapporteur=summary.rapporteur,
            )
        )
    elif current["state"] == "submitted":
        returns.save_pending(store, **where, return_id=return_id, item=item)
        summary.pending.append(
            t(
                "{what} : diffère de l'évaluation soumise déjà reçue",
                what=what,
            )
        )
    elif seen is not None and ours not in seen:
        returns.save_pending(store, **where, return_id=return_id, item=item)
        summary.pending.append(
            t(
                "{what} : modifiée au secrétariat et par {rapporteur} : la sienne attend à côté",
                what=what,
                rapporteur=summary.rapporteur,
            )
        )
    else:
        returns.write_review(store, **where, item=item)
        returns.drop_pending(store, **where)
        summary.replaced.append(what)
        if seen is None and len(known) > 1:
            summary.unverified.append(
                t(
                    "{what} : retour d'un format ancien : version du rapporteur appliquée sans "
                    "savoir s'il avait vu celle du secrétariat "
                    "(elle reste dans le journal d'audit)",
                    what=what,
                )
            )


RIVAL_SUFFIX = ".rapporteur"
RIVAL_MARK = "« Version du rapporteur »"


def _known_versions(histories: dict[str, rows.NoteHistory], uid: str) -> list[dict[str, Any]]:
    """Every version the secretariat held of a note, and of the rapporteur's version kept
    beside it after a conflict (its mark line left out): what no return needs to bring again."""
    known = list(histories[uid].versions) if uid in histories else []
    if uid + RIVAL_SUFFIX in histories:
        for version in histories[uid + RIVAL_SUFFIX].versions:
            mark, _, body = str(version["body"]).partition("\n")
            known.append({**version, "body": body if mark.startswith(RIVAL_MARK) else mark})
    return known


def _merge_note(
    store: CallStore,
    item: dict[str, Any],
    summary: ImportSummary,
    *,
    what: str,
    dossier_id: int,
    person_id: int,
    known: list[dict[str, Any]],
) -> None:
    """A note the return carries is written only where the rapporteur changed it since the
    version the secretariat holds. Changed on both sides: the secretariat's stays, the
    rapporteur's is kept beside it as a second note marked « Version du rapporteur »."""
    current = returns.annotation(store, item["uid"])
    if current is not None and current["person_id"] != person_id:
        summary.refused.append(
            t(
                "{what} : identifiant déjà pris par une autre annotation",
                what=what,
            )
        )
        return
    attachment = returns.attachment_id(
        store, dossier_id=dossier_id, sha256=item["attachment_sha256"]
    )

    def write(note: dict[str, Any]) -> None:
        returns.write_annotation(
            store, dossier_id=dossier_id, person_id=person_id, attachment_id=attachment, item=note
        )

    if current is None and known and rows.note_version(item) in known and not item.get("restored"):
        summary.kept.append(
            t(
                "{what} : supprimée au secrétariat, inchangée par {rapporteur} depuis : "
                "pas rétablie",
                what=what,
                rapporteur=summary.rapporteur,
            )
        )
        return
    if current is None:
        write(item)
        summary.added.append(
            t(
                "{what} : supprimée au secrétariat, rétablie par le retour",
                what=what,
            )
            if known
            else what
        )
        return
    ours, theirs = rows.note_version(current), rows.note_version(item)
    seen = [rows.note_version(v) for v in item["versions"]] if "versions" in item else None
    if ours == theirs and current["attachment_id"] == attachment:
        summary.unchanged.append(what)
    elif seen is not None and ours in seen:  # the rapporteur saw ours: theirs is newer
        write(item)
        summary.replaced.append(what)
    elif theirs in known:  # a version the secretariat already had, changed here since
        summary.kept.append(
            t(
                "{what} : modifiée au secrétariat, inchangée par {rapporteur} depuis : "
                "version du secrétariat conservée",
                what=what,
                rapporteur=summary.rapporteur,
            )
        )
    elif seen is None:  # a return of an older format: who saw what cannot be known
        write(item)
        summary.replaced.append(what)
        if len(known) > 1:
            summary.unverified.append(
                t(
                    "{what} : retour d'un format ancien : version du rapporteur appliquée sans "
                    "savoir s'il avait vu celle du secrétariat "
                    "(elle reste dans le journal d'audit)",
                    what=what,
                )
            )
    else:
        mark = f"{RIVAL_MARK} (retour n° {summary.sequence} de {summary.rapporteur})"
        write({**item, "uid": item["uid"] + RIVAL_SUFFIX, "body": f"{mark}\n{item['body']}"})
        summary.doubled.append(
            t(
                "{what} : modifiée au secrétariat et par {rapporteur} : les deux versions "
                "gardées (la sienne en seconde annotation « Version du rapporteur »)",
                what=what,
                rapporteur=summary.rapporteur,
            )
        )


def _merge_deletion(
    store: CallStore, item: dict[str, Any], summary: ImportSummary, *, person_id: int
) -> None:
    """A note the rapporteur deleted: gone here too, unless it is someone else's or was
    changed here into a version the rapporteur never saw (then kept, and said so)."""
    current = returns.annotation(store, item["uid"])
    if current is None:
        return  # never reached the secretariat, or deleted by an earlier return
    what = t("annotation sur {dossier}", dossier=item["dossier"] or "?")
    if current["person_id"] != person_id:
        summary.refused.append(
            t(
                "{what} : suppression d'une annotation d'une autre personne",
                what=what,
            )
        )
        return
    seen = [rows.note_version(v) for v in item.get("versions", [])]
    if rows.note_version(current) not in seen:
        summary.kept.append(
            t(
                "{what} : supprimée par {rapporteur} mais modifiée au secrétariat depuis : "
                "conservée",
                what=what,
                rapporteur=summary.rapporteur,
            )
        )
        return
    returns.delete_annotation(store, item["uid"])
    summary.deleted.append(what)


# -- reviews waiting beside a submitted one ---------------------------------------------------


@dataclass(slots=True, frozen=True)
class Pending:
    numero: str
    person_id: int
    rapporteur: str
    sequence: int
    package_id: str
    ours: dict[str, Any] | None
    theirs: dict[str, Any]


def pending_reviews(store: CallStore) -> list[Pending]:
    found = []
    for row in returns.pending(store):
        ours = returns.review(store, dossier_id=row["dossier_id"], person_id=row["person_id"])
        theirs = {k: row[k] for k in (*returns.REVIEW_FIELDS, "submitted_at", "scores")}
        found.append(
            Pending(
                row["numero"],
                row["person_id"],
                row["person_name"],
                row["sequence"],
                row["package_uid"],
                ours,
                theirs,
            )
        )
    return found


def resolve_pending(store: CallStore, *, numero: str, rapporteur: str | int, keep: str) -> None:
    """Keep the secretariat's version ('ours') or the rapporteur's incoming one ('theirs')."""
    if keep not in ("ours", "theirs"):
        raise ValueError(t("--keep : ours ou theirs"))
    person = resolve_person(store, rapporteur)
    dossier_id = returns.dossier_by_numero(store, numero)
    row = next(
        (
            r
            for r in returns.pending(store)
            if r["dossier_id"] == dossier_id and r["person_id"] == person.id
        ),
        None,
    )
    if dossier_id is None or row is None:
        raise NoPendingReviewError(
            t(
                "aucune évaluation en attente pour le dossier {numero} et {name}",
                numero=numero,
                name=person.name,
            )
        )
    chosen = (
        "version du secrétariat conservée" if keep == "ours" else "version du rapporteur retenue"
    )
    person_id = stored_id(person)
    with store.transaction(f"évaluation de {person.name} sur {numero} : {chosen}"):
        if keep == "theirs":
            returns.write_review(
                store, dossier_id=dossier_id, person_id=person_id,
                item={k: row[k] for k in (*returns.REVIEW_FIELDS, *_TIMES, "scores")},
            )  # fmt: skip
        returns.drop_pending(store, dossier_id=dossier_id, person_id=person_id)


def describe_review(review: dict[str, Any] | None) -> str:
    """« soumise (cooperation 4, governance 5…) », for lists of waiting reviews."""
    if review is None:
        return "aucune"
    scores = ", ".join(
        f"{code} {value[0]:g}" for code, value in review["scores"].items() if value[0] is not None
    )
    state = "soumise" if review["state"] == "submitted" else "brouillon"
    return f"{state} ({scores})"


def rapporteurs_with_dossiers(store: CallStore) -> list[tuple[int, str, int]]:
    """(person id, name, dossiers to take away) of every rapporteur who has some."""
    found = []
    for person in sorted(people_rows.load_people(store), key=lambda p: p.name):
        count = len(rows.assigned_dossiers(store, stored_id(person)))
        if count:
            found.append((stored_id(person), person.name, count))
    return found


def rapporteur_of(store: CallStore, person_id: int) -> str:
    return _rapporteur_name(store, person_id)


def file_stem(name: str) -> str:
    """A file name from a person's name: « Hélène Le Goff » -> « paquet-helene-le-goff »."""
    from .review import fold

    return "paquet-" + "-".join("".join(c if c.isalnum() else " " for c in fold(name)).split())
