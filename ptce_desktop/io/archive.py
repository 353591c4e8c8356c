"""Reading untrusted folders and zip archives without leaving them or exhausting memory.

Everything a candidate sends is hostile until checked: a member or file must stay inside its
archive or folder (no absolute path, no `..`, no symbolic link, no device or pipe), an archive's
sizes are checked against `limits` from its directory before any member is decompressed, and
each read is bounded. Each refusal is an `UnsafeSource` whose French message names the file or
member. The import (io/workbook.py) and the rapporteurs' packages use these functions.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

from ..text import t
from . import limits


class UnsafeSource(ValueError):
    """A file or member refused before it was read: `where` names it (« x.zip, membre « a » »),
    `reason` says why; str() gives both."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(t("{where} : {reason}", where=where, reason=reason))
        self.where, self.reason = where, reason


def size_text(n: int) -> str:
    """A byte count as a French reader expects it: « 2,6 Go », « 250 Mo », « 12 ko »."""
    for unit, factor in (("Go", limits.GB), ("Mo", limits.MB), ("ko", 1024)):
        if n >= factor:
            value = n / factor
            shown = f"{value:.1f}".replace(".", ",").removesuffix(",0")
            return f"{shown} {unit}"
    return f"{n} octets"


def relative_path(name: str) -> PurePosixPath | None:
    """`name` as a path relative to its source (backslashes read as slashes), or None when it
    is absolute, climbs out with `..` or is empty."""
    rel = PurePosixPath(name.strip().replace("\\", "/"))
    if rel.is_absolute() or ".." in rel.parts or not rel.parts or ":" in rel.parts[0]:
        return None
    return rel


def is_symlink_member(info: zipfile.ZipInfo) -> bool:
    """A member stored with the symbolic-link mode bits (what `zip --symlinks` writes)."""
    return stat.S_ISLNK(info.external_attr >> 16)


def check_zip(
    archive: zipfile.ZipFile,
    *,
    label: str,
    max_total: int = limits.MAX_ARCHIVE_BYTES,
    max_member: int | None = None,
) -> int:
    """Refuse an archive from its directory alone, before anything is decompressed: a member
    that is a link or leaves the archive, compressed more than MAX_COMPRESSION_RATIO to 1, or
    larger than `max_member`, or members adding up to more than `max_total`. Returns the total
    uncompressed size. Reads through `read_member` are then bounded by these declared sizes."""
    total = 0
    for info in archive.infolist():
        where = t("{label}, membre « {member} »", label=label, member=info.filename)
        if is_symlink_member(info):
            raise UnsafeSource(where, t("lien symbolique refusé"))
        if relative_path(info.filename) is None:
            raise UnsafeSource(where, t("chemin hors de l'archive refusé"))
        size = info.file_size
        if max_member is not None and size > max_member:
            raise UnsafeSource(
                where,
                t(
                    "{size} décompressé, au-delà de la limite de {max_member}",
                    size=size_text(size),
                    max_member=size_text(max_member),
                ),
            )
        ratio = size / max(info.compress_size, 1)
        if size > limits.RATIO_FREE_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
            raise UnsafeSource(
                where,
                t(
                    "compressé {ratio:.0f} fois (limite {MAX_COMPRESSION_RATIO} pour "
                    "1), refusé comme bombe de décompression",
                    ratio=ratio,
                    MAX_COMPRESSION_RATIO=limits.MAX_COMPRESSION_RATIO,
                ),
            )
        total += size
        if total > max_total:
            raise UnsafeSource(
                label,
                t(
                    "plus de {max_total} une fois décompressée (limite par archive), "
                    "refusée avant toute lecture",
                    max_total=size_text(max_total),
                ),
            )
    return total


def read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, label: str, max_bytes: int
) -> bytes:
    """One member's bytes, refused when it is a link or declares more than `max_bytes`.
    Python's zipfile never yields more than the declared size and checks the CRC."""
    where = t("{label}, membre « {member} »", label=label, member=info.filename)
    if is_symlink_member(info):
        raise UnsafeSource(where, t("lien symbolique refusé"))
    if info.file_size > max_bytes:
        raise UnsafeSource(
            where,
            t(
                "{file_size}, au-delà de la limite de {max_bytes} par fichier",
                file_size=size_text(info.file_size),
                max_bytes=size_text(max_bytes),
            ),
        )
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnsafeSource(where, t("membre illisible ({exc})", exc=exc)) from exc


def contained_file(base: Path, name: str) -> Path:
    """The file `name` (relative, as a source lists it) inside the folder `base`, refused when
    any part of the way is a symbolic link or the path resolves outside `base`."""
    rel = relative_path(name)
    if rel is None:
        raise UnsafeSource(t("« {name} »", name=name), t("chemin hors de la source : refusé"))
    path = base
    for part in rel.parts:
        path = path / part
        if path.is_symlink():
            shown = "/".join(path.relative_to(base).parts)
            raise UnsafeSource(t("« {shown} »", shown=shown), t("lien symbolique refusé"))
    if not path.resolve().is_relative_to(base.resolve()):
        raise UnsafeSource(t("« {name} »", name=name), t("chemin hors de la source : refusé"))
    return path


def read_contained(
    base: Path, name: str, *, max_bytes: int = limits.MAX_FILE_BYTES
) -> bytes | None:
    """The bytes of `name` inside `base`; None when it does not exist. Refuses links, paths
    outside the folder, anything but a regular file (a pipe would block for ever) and files
    over `max_bytes`; the file is opened without following a link swapped in meanwhile."""
    path = contained_file(base, name)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnsafeSource(
            t("« {name} »", name=name),
            t("ouverture impossible ({strerror})", strerror=exc.strerror or exc),
        ) from exc
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeSource(t("« {name} »", name=name), t("pas un fichier ordinaire : refusé"))
        if st.st_size > max_bytes:
            raise UnsafeSource(
                t("« {name} »", name=name),
                t(
                    "{size}, au-delà de la limite de {max_bytes} par fichier",
                    size=size_text(st.st_size),
                    max_bytes=size_text(max_bytes),
                ),
            )
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew since fstat
        raise UnsafeSource(
            t("« {name} »", name=name),
            t("au-delà de la limite de {max_bytes}", max_bytes=size_text(max_bytes)),
        )
    return data
