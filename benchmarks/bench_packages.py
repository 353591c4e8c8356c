"""A rapporteur's package of 50 dossiers with 5 MB of attachments each (250 MB): export
(working copy built through SQLite, zipped, encrypted with production scrypt cost), open on the
laptop, return and import, in time and size, against copying the same bytes (the floor: a
plain file copy of the attachments, what a USB stick would cost anyway).

The call is built once and cached under /tmp.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

DOSSIERS = 50
ATTACHMENT_MB = 5
CACHE = Path(tempfile.gettempdir()) / f"ptce-bench-packages-{DOSSIERS}x{ATTACHMENT_MB}.ptce"
PASSPHRASE = "girafe cobalt ortie lundi piano fjord bouleau"


def build_call(path: Path) -> int:
    """A demo call whose first rapporteur has all 50 dossiers, each with 5 MB more of
    attachments (random bytes: as incompressible as PDFs). Returns that rapporteur's id."""
    from ptce_desktop.services.demo import make_demo
    from ptce_desktop.store import people as people_rows
    from ptce_desktop.store.db import CallStore

    if not path.exists():
        tmp = path.with_suffix(".building.ptce")
        for f in tmp.parent.glob(tmp.name + "*"):
            f.unlink()
        with make_demo(tmp, dossiers=DOSSIERS, stage="intake", actor="bench") as store:
            with store.transaction("bench : rapporteur"):
                store.conn.execute(
                    "INSERT INTO people (name, is_member, is_rapporteur) "
                    "VALUES ('Rapporteur', 1, 1)"
                )
            rid = store.conn.execute("SELECT max(id) FROM people").fetchone()[0]
            for (dossier_id,) in list(store.conn.execute("SELECT id FROM dossiers")):
                content = os.urandom(ATTACHMENT_MB * 1_000_000)
                with store.transaction("bench : pièce"):
                    store.conn.execute(
                        "INSERT INTO attachments (dossier_id, filename, kind, mime, size, sha256, "
                        "content, added_at) VALUES (?, 'annexes.pdf', 'annexe', "
                        "'application/pdf', ?, ?, ?, '2013-07-01')",
                        (dossier_id, len(content), hashlib.sha256(content).hexdigest(), content),
                    )
                    people_rows.assign(store, person_id=rid, dossier_id=dossier_id)
        os.replace(tmp, path)
    with CallStore.open(path, actor="bench") as store:
        return store.conn.execute("SELECT max(id) FROM people").fetchone()[0]


def attachment_bytes(path: Path) -> int:
    from ptce_desktop.store.db import CallStore

    with CallStore.open(path, actor="bench") as store:
        return store.conn.execute("SELECT sum(size) FROM attachments").fetchone()[0]


def main() -> None:
    from ptce_desktop.services import packages
    from ptce_desktop.services import review as desk
    from ptce_desktop.store.db import CallStore

    rid = build_call(CACHE)
    total = attachment_bytes(CACHE)
    with tempfile.TemporaryDirectory(prefix="ptce-bench-packages-") as tmp:
        folder = Path(tmp)
        call = folder / "appel.ptce"
        shutil.copyfile(CACHE, call)
        blob = folder / "octets.bin"
        with blob.open("wb") as f:
            f.write(os.urandom(total))
        start = time.perf_counter()
        shutil.copyfile(blob, folder / "copie.bin")
        os.sync()
        floor = time.perf_counter() - start
        blob.unlink()
        (folder / "copie.bin").unlink()

        pkg = folder / "paquet.ptcepkg"
        with CallStore.open(call, actor="bench") as store:
            start = time.perf_counter()
            done = packages.export_package(store, rapporteur=rid, out=pkg, passphrase=PASSPHRASE)
            export_s = time.perf_counter() - start
        start = time.perf_counter()
        opened = packages.open_package(
            pkg, passphrase=PASSPHRASE, actor="Rapporteur", workdir=folder / "portable"
        )
        open_s = time.perf_counter() - start
        with CallStore.open(opened.call_file, actor="Rapporteur") as work:
            for (dossier_id,) in list(work.conn.execute("SELECT id FROM dossiers")):
                for line in desk.open_grid(work, dossier_id).lines:
                    desk.set_score(work, dossier_id, line.criterion.id, line.criterion.scale_max)  # type: ignore[arg-type]
                desk.add_note(work, dossier_id, "Lu sur le portable.")
            ret = folder / "retour.ptcepkg"
            start = time.perf_counter()
            packages.make_return(work, out=ret, passphrase=PASSPHRASE)
            return_s = time.perf_counter() - start
        with CallStore.open(call, actor="bench") as store:
            start = time.perf_counter()
            summary = packages.import_return(store, ret, passphrase=PASSPHRASE)
            import_s = time.perf_counter() - start
        assert len(summary.added) == 2 * DOSSIERS, summary.lines()

    mb = 1e6
    print(f"package of {DOSSIERS} dossiers, {total / mb:.0f} MB of attachments")
    print(f"  floor: copying the same bytes          {floor:6.2f} s")
    print(f"  export (build, zip, encrypt, scrypt)   {export_s:6.2f} s  ({export_s / floor:.1f}x)")
    print(f"  open on the laptop (decrypt, unpack)   {open_s:6.2f} s  ({open_s / floor:.1f}x)")
    print(f"  package size {done.size / mb:.1f} MB ({done.size / total:.3f}x the attachments)")
    print(f"  return of {len(summary.added)} items (50 reviews, 50 notes): written in "
          f"{return_s:.2f} s, imported in {import_s:.2f} s (with the call's backup)")  # fmt: skip


if __name__ == "__main__":
    main()
