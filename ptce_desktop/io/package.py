"""The encrypted container of a rapporteur's package and of its returns (`.ptcepkg`).

Layout: a clear preamble (magic, header length, the header as JSON, a 16-byte passphrase check)
then the payload in chunks. The header names the call, the rapporteur, the package and, for a
return, its sequence number; it is the associated data of every AES-GCM operation, so changing
one byte of it is refused like any altered chunk.

- Key: scrypt over the passphrase (its salt and cost in the header), 32 bytes for AES-256-GCM.
- Check: AES-GCM over an empty text with its own nonce: a wrong passphrase is told apart from an
  altered payload before anything is written.
- Payload: the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015; the same as Tink's
  streaming AEAD): 1 MiB chunks, nonce = 7 random bytes, a 4-byte chunk counter, a last-chunk
  flag. A reordered, dropped or truncated chunk fails its tag, and so does a cut at a chunk
  boundary (the new last chunk was not sealed as last). Memory stays flat at any size.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import struct
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO, TypedDict

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..text import t

MAGIC = b"PTCEPKG\x00"
FORMAT = 1
CHUNK = 1 << 20
TAG = 16
_CHECK_COUNTER = 0xFFFFFFFF
# Production cost: 2**15 is 32 MiB and about 0.1 s; tests lower it (module attribute).
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_N = 2**22  # a header asking for more is refused, not obeyed
_MAX_HEADER = 64 * 1024
KINDS = ("package", "return")


class PackageError(ValueError):
    """A package or return that cannot be used; the message is fit for the user."""


class WrongPassphraseError(PackageError):
    """The passphrase does not open this file."""


class DamagedPackageError(PackageError):
    """Not a package, truncated, or altered since it was made."""


@dataclass(slots=True, frozen=True)
class PackageMeta:
    """What the clear, authenticated header says."""

    kind: str  # "package" or "return"
    call_uid: str
    rapporteur_id: int
    package_id: str
    sequence: int  # 0 for a package, 1, 2... for the returns
    edition: int = 1


class _Kdf(TypedDict):
    """The scrypt parameters in the header."""

    name: str  # "scrypt"
    salt: str  # hex
    n: int
    r: int
    p: int


def normalize_passphrase(text: str) -> str:
    """The same words however they were typed: NFC, single spaces, no blank ends."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _key(passphrase: str, kdf: _Kdf) -> bytes:
    return Scrypt(
        salt=bytes.fromhex(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]
    ).derive(normalize_passphrase(passphrase).encode("utf-8"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", counter, last)


def _chunks(f: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """(plain chunk, is last) — always at least one, possibly empty."""
    current = f.read(CHUNK)
    while True:
        following = f.read(CHUNK)
        yield current, not following
        if not following:
            return
        current = following


def seal(
    source: Path, dest: Path, *, meta: PackageMeta, passphrase: str, cost: int | None = None
) -> None:
    """Encrypt `source` into `dest` (written beside it under a temporary name, then renamed)."""
    if not normalize_passphrase(passphrase):
        raise WrongPassphraseError(t("phrase de passe vide"))
    kdf: _Kdf = {
        "name": "scrypt",
        "salt": secrets.token_hex(16),
        "n": cost or SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
    }
    prefix = secrets.token_bytes(7)
    header = json.dumps(
        {"format": FORMAT, **asdict(meta), "kdf": kdf, "nonce": prefix.hex(), "chunk": CHUNK},
        sort_keys=True,
    ).encode("utf-8")
    aad = MAGIC + header
    aead = AESGCM(_key(passphrase, kdf))
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
    try:
        with source.open("rb") as src, tmp.open("wb") as out:
            out.write(MAGIC + struct.pack(">I", len(header)) + header)
            out.write(aead.encrypt(_nonce(prefix, _CHECK_COUNTER, True), b"", aad))
            for counter, (plain, last) in enumerate(_chunks(src)):
                out.write(aead.encrypt(_nonce(prefix, counter, last), plain, aad))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(slots=True, frozen=True)
class _Preamble:
    meta: PackageMeta
    header: dict[str, Any]  # JSON as read, checked by _read_preamble
    raw: bytes  # magic + length + header + check: enough to test a passphrase later
    aad: bytes  # magic + header: the associated data of every AES-GCM operation


def _read_preamble(f: BinaryIO, name: str) -> _Preamble:
    damaged = DamagedPackageError(
        t("{name} : ce n'est pas un paquet PTCE, ou il est endommagé", name=name)
    )
    head = f.read(len(MAGIC) + 4)
    if len(head) < len(MAGIC) + 4 or not head.startswith(MAGIC):
        raise damaged
    (length,) = struct.unpack(">I", head[len(MAGIC) :])
    if length > _MAX_HEADER:
        raise damaged
    header_bytes = f.read(length)
    check = f.read(TAG)
    try:
        header = json.loads(header_bytes)
        if header["format"] > FORMAT:
            raise PackageError(
                t(
                    "{name} : paquet fait par une version plus récente de PTCE Desktop "
                    "; mettez l'application à jour",
                    name=name,
                )
            )
        kdf = header["kdf"]
        if kdf["name"] != "scrypt" or not (2 <= kdf["n"] <= _MAX_N) or kdf["r"] * kdf["p"] > 64:
            raise damaged
        meta = PackageMeta(
            kind=str(header["kind"]),
            call_uid=str(header["call_uid"]),
            rapporteur_id=int(header["rapporteur_id"]),
            package_id=str(header["package_id"]),
            sequence=int(header["sequence"]),
            edition=int(header["edition"]),
        )
        bytes.fromhex(header["nonce"])
    except (ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, PackageError):
            raise
        raise damaged from exc
    if meta.kind not in KINDS or len(check) != TAG or header.get("chunk") != CHUNK:
        raise damaged
    return _Preamble(meta, header, head + header_bytes + check, MAGIC + header_bytes)


def read_meta(path: Path) -> PackageMeta:
    """The header of a package or return, without the passphrase (authenticated on opening)."""
    with path.open("rb") as f:
        return _read_preamble(f, path.name).meta


def preamble(path: Path) -> bytes:
    """The clear start of a file, kept to check a passphrase later (see `check_passphrase`)."""
    with path.open("rb") as f:
        return _read_preamble(f, path.name).raw


def _opened(pre: _Preamble, passphrase: str, name: str) -> tuple[AESGCM, bytes, bytes]:
    aad = pre.aad
    aead = AESGCM(_key(passphrase, pre.header["kdf"]))
    prefix = bytes.fromhex(pre.header["nonce"])
    try:
        aead.decrypt(_nonce(prefix, _CHECK_COUNTER, True), pre.raw[-TAG:], aad)
    except InvalidTag:
        raise WrongPassphraseError(
            t("{name} : phrase de passe incorrecte (ou en-tête du paquet altéré)", name=name)
        ) from None
    return aead, prefix, aad


def check_passphrase(raw_preamble: bytes, passphrase: str) -> None:
    """Raise WrongPassphraseError unless `passphrase` is the one of the file this came from."""
    _opened(_read_preamble(BytesIO(raw_preamble), "paquet"), passphrase, "paquet")


def unseal(source: Path, dest: Path, *, passphrase: str) -> PackageMeta:
    """Decrypt `source` into `dest`; on any failure `dest` is removed and nothing is kept."""
    try:
        with source.open("rb") as src, dest.open("wb") as out:
            pre = _read_preamble(src, source.name)
            aead, prefix, aad = _opened(pre, passphrase, source.name)
            counter = 0
            sealed = src.read(CHUNK + TAG)
            while True:
                following = src.read(CHUNK + TAG)
                last = not following
                try:
                    out.write(aead.decrypt(_nonce(prefix, counter, last), sealed, aad))
                except InvalidTag:
                    raise DamagedPackageError(
                        t(
                            "{name} : paquet tronqué ou altéré (bloc {value}) : refusé, rien "
                            "n'a été modifié",
                            name=source.name,
                            value=counter + 1,
                        )
                    ) from None
                if last:
                    break
                sealed, counter = following, counter + 1
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return pre.meta


# -- the payload: a zip (stored, not compressed: PDFs are compressed already) ------------------

MANIFEST = "manifest.json"


def write_container(dest: Path, *, manifest: dict[str, object], files: dict[str, Path]) -> None:
    """`manifest` as manifest.json plus each file under its name."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
        z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1))
        for name, path in files.items():
            z.write(path, name)


def read_container(
    source: Path, folder: Path, *, name: str
) -> tuple[dict[str, Any], dict[str, Path]]:
    """The manifest and the files (extracted into `folder`) of a decrypted payload."""
    try:
        with zipfile.ZipFile(source) as z:
            manifest = json.loads(z.read(MANIFEST))
            files = {}
            for member in z.namelist():
                if member == MANIFEST:
                    continue
                if "/" in member or member.startswith("."):
                    raise DamagedPackageError(
                        t("{name} : contenu inattendu ({member})", name=name, member=member)
                    )
                target = folder / member
                with z.open(member) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out, CHUNK)
                files[member] = target
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        if isinstance(exc, PackageError):
            raise
        raise DamagedPackageError(t("{name} : contenu illisible", name=name)) from exc
    if not isinstance(manifest, dict):
        raise DamagedPackageError(t("{name} : contenu illisible", name=name))
    return manifest, files
