"""`ptce minutes|sign|verify|demo-identity|letters|amend`: the procès-verbal, its electronic
signatures and the notification letters, headless."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..io import signing
from ..io.files import write_atomic
from ..io.letters_pdf import render_each_notification, render_notification_letters
from ..services import minutes
from ..services.files import open_call
from ..services.officers import ROLE_LABELS, NoOfficerError, call_officers
from .base import Subparsers, UserError, open_store

ROLES = {"chair": "Président(e) du comité", "secretary": "Secrétaire de séance"}


def register(sub: Subparsers) -> None:
    p = sub.add_parser("minutes", help="éditer le procès-verbal PDF d'une séance close")
    p.add_argument("file", help="fichier d'appel (.ptce)")
    p.add_argument("--session", type=int, required=True, help="numéro de la séance")
    p.add_argument("--out", required=True, help="fichier PDF à écrire")
    p.set_defaults(handler=cmd_minutes)

    p = sub.add_parser("sign", help="signer un procès-verbal (PAdES) dans le cadre choisi")
    p.add_argument("pdf", help="procès-verbal PDF à signer")
    p.add_argument("--field", required=True, choices=minutes.FIELDS, help="cadre de signature")
    p.add_argument("--pkcs12", required=True, help="identité du signataire (.p12)")
    p.add_argument("--passphrase-file", help="fichier contenant la phrase de passe du .p12")
    p.add_argument("--name", default="", help="nom affiché (défaut : celui du certificat)")
    p.add_argument("--out", required=True, help="PDF signé à écrire")
    p.add_argument("--record", metavar="FILE", help="enregistrer le PDF signé dans ce fichier "
                   "d'appel (la signature du président verrouille la séance)")  # fmt: skip
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser("verify", help="vérifier les signatures d'un PDF")
    p.add_argument("pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CA.pem",
                   help="certificat d'autorité de confiance (répétable)")  # fmt: skip
    p.add_argument("--trust-demo-ca", action="store_true",
                   help="faire confiance à l'AC de TEST (« ptce demo-identity »)")  # fmt: skip
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("demo-identity", help="identités de TEST (AC, président, secrétaire)")
    p.add_argument("dir", help="dossier où écrire les fichiers")
    p.add_argument("--call", metavar="FILE", help="aux noms et e-mails du président et du "
                   "secrétaire de cet appel (toujours marquées TEST)")  # fmt: skip
    p.add_argument("--passphrase", default=signing.DEMO_PASSPHRASE,
                   help="phrase de passe des .p12 (défaut : %(default)s)")  # fmt: skip
    p.set_defaults(handler=cmd_demo_identity)

    p = sub.add_parser("letters", help="lettres de notification aux candidats d'une séance")
    p.add_argument("file")
    p.add_argument("--session", type=int, required=True)
    p.add_argument("--out", required=True, help="dossier (une lettre par candidat) ou PDF")
    p.add_argument("--merged", action="store_true", help="toutes les lettres dans un seul PDF")
    p.set_defaults(handler=cmd_letters)

    p = sub.add_parser("amend", help="ouvrir un avenant à une séance dont le PV est signé")
    p.add_argument("file")
    p.add_argument("--session", type=int, required=True)
    p.set_defaults(handler=cmd_amend)


def _user_errors(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Refusals of the services become one line on stderr and exit code 2."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (minutes.MinutesError, signing.SigningError, LookupError) as exc:
            raise UserError(str(exc)) from exc
        except OSError as exc:
            raise UserError(f"{exc.filename or ''} : {exc.strerror or exc}") from exc

    return wrapper


def _read(path: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise UserError(f"{path} : fichier introuvable")
    return p.read_bytes()


@_user_errors
def cmd_minutes(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        stored = minutes.signed_minutes(store, args.session)
        if stored is not None:
            write_atomic(Path(args.out), stored)
            print(f"Séance verrouillée : procès-verbal signé enregistré écrit dans {args.out}")
            return 0
        pdf = minutes.generate_minutes(store, args.session)
        doc_id = minutes.document_id(store, args.session)
    write_atomic(Path(args.out), pdf)
    print(f"Procès-verbal {doc_id} écrit : {args.out} (brouillon gardé dans {args.file})")
    return 0


def _passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        text = _read(args.passphrase_file).decode("utf-8", errors="replace")
        return text.splitlines()[0] if text else ""
    if env := os.environ.get("PTCE_PASSPHRASE"):
        return env
    if sys.stdin.isatty():
        return getpass.getpass(f"Phrase de passe de {args.pkcs12} : ")
    return ""


@_user_errors
def cmd_sign(args: argparse.Namespace) -> int:
    pdf, p12 = _read(args.pdf), _read(args.pkcs12)
    signed = signing.sign_pdf(
        pdf,
        field=args.field,
        pkcs12=p12,
        passphrase=_passphrase(args),
        signer_name=args.name,
        role=ROLES[args.field],
    )
    note = ""
    if args.record:
        with open_call(Path(args.record), actor=args.actor) as store:
            session_id = _session_of(signed)
            done = minutes.record_signed(store, session_id, signed)
        note = f" ; enregistré dans {args.record}"
        if done.locked:
            note += f" (séance {session_id} verrouillée)"
    write_atomic(Path(args.out), signed)
    print(f"PDF signé ({args.field}) écrit : {args.out}{note}")
    return 0


def _session_of(pdf: bytes) -> int:
    from ..io.pdf_info import read_info

    value = read_info(pdf).get("SessionId", "")
    if not value.isdigit():
        raise UserError("ce PDF n'est pas un procès-verbal édité par PTCE Desktop")
    return int(value)


@_user_errors
def cmd_verify(args: argparse.Namespace) -> int:
    pdf = _read(args.pdf)
    trust = [_read(t) for t in args.trust]
    signing.check_untrusted(pdf)
    report = signing.verify_pdf(pdf, trust=trust, trust_demo_ca=args.trust_demo_ca)
    if not report.signatures:
        print(f"{args.pdf} : aucune signature")
        return 1
    print_report(report)
    if report.ok:
        print(f"Signatures valides ({len(report.signatures)}) : le document n'a pas été "
              "modifié depuis la première signature, sinon par la seconde.")  # fmt: skip
        return 0
    if report.trust_checked and not all(s.trusted for s in report.signatures):
        print("Signatures indéterminées : un certificat ne remonte à aucune autorité de "
              "confiance donnée.", file=sys.stderr)  # fmt: skip
    else:
        print("Signatures NON valides : le document a été modifié ou une signature est "
              "altérée.", file=sys.stderr)  # fmt: skip
    return 1


def print_report(report: signing.VerificationReport) -> None:
    """Each signature's findings, then what changed after the first one (also used by
    `ptce audit verify --against`)."""
    for i, s in enumerate(report.signatures):
        # An earlier signature does not cover the later ones added incrementally: normal.
        later = i < len(report.signatures) - 1 and s.intact and s.modifications_ok
        cover = (
            "suivie d'autres signatures"
            if later and not s.covers_whole
            else (f"couvre tout le document : {_yes(s.covers_whole)}")
        )
        when = (
            f"{s.time:%d/%m/%Y %H:%M:%S %Z} (heure déclarée par le signataire)"
            if s.time
            else "date inconnue"
        )
        if not report.trust_checked:
            trust = "non vérifiée (aucune autorité donnée : --trust)"
        else:
            trust = "oui" if s.trusted else "indéterminée (chaîne non reliée aux autorités)"
        test = " · identité de TEST" if s.test_identity else ""
        print(
            f"{s.field:<10} {s.signer}  —  {when}\n"
            f"{'':<10} intègre : {_yes(s.intact and s.modifications_ok)} · {cover} · "
            f"confiance : {trust}{test}"
        )
        for problem in s.problems:
            print(f"{'':<10} {problem}")
    for problem in report.problems:
        print(f"document   {problem}")


def _yes(flag: bool) -> str:
    return "oui" if flag else "NON"


@_user_errors
def cmd_demo_identity(args: argparse.Namespace) -> int:
    officers: dict[str, signing.DemoOfficer] = {}
    if args.call:
        with open_store(args, "call") as store:
            try:
                people = call_officers(store)
            except NoOfficerError as exc:
                raise UserError(f"{args.call} : {exc}") from exc
        officers = {
            role: signing.DemoOfficer(name=p.name, email=p.email) for role, p in people.items()
        }
    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    made = signing.make_demo_identities(out, passphrase=args.passphrase, officers=officers)
    for path in (made.ca_certificate, made.chair, made.secretary):
        print(f"écrit : {path}")
    for role, o in officers.items():
        print(f"{ROLE_LABELS[role]} : TEST — {o.name}" + (f" <{o.email}>" if o.email else ""))
    print(f"Identités de TEST uniquement (phrase de passe : {args.passphrase}) : "
          "sans valeur juridique.")  # fmt: skip
    return 0


@_user_errors
def cmd_letters(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        letters = minutes.notification_letters(store, args.session)
    if not letters:
        raise UserError(f"séance {args.session} : aucune décision, aucune lettre")
    out = Path(args.out)
    if args.merged or out.suffix.lower() == ".pdf":
        write_atomic(out, render_notification_letters(letters))
        print(f"{len(letters)} lettres dans {out}")
        return 0
    files = render_each_notification(letters)  # all rendered before any is written
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf in files.items():
        write_atomic(out / name, pdf)
    print(f"{len(files)} lettres écrites dans {out}")
    return 0


@_user_errors
def cmd_amend(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        new_id = minutes.create_amendment(store, args.session)
    print(f"Avenant ouvert : séance {new_id} (modifiable), qui amende la séance {args.session}")
    return 0
