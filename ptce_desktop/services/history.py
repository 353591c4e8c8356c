"""The call file held against every signature that anchors its history (`ptce audit verify`,
`ptce audit checkpoint`).

- Each signed minutes recorded: its signatures (intact, nothing added after the first but the
  other box), the chain up to the head it carries, the snapshot of what it printed hashing to
  the signed data hash, the session's rows untouched since, and its decisions as printed.
- Each checkpoint recorded: its CMS signature and the chain up to its head.
- A copy kept elsewhere (`--against PV.pdf|C.p7s`): the same, and the file must still hold
  that history (a cut tail shows here, never from the file alone).
- The schema: exactly that of the file's version (views, triggers, tables, indexes).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import clock
from ..domain.model import SessionState
from ..io import cms
from ..io.formatting import format_eur
from ..io.pdf_info import PdfInfoError, read_info
from ..io.signing import VerificationReport, check_untrusted, verify_pdf
from ..store import anchors as anchor_rows
from ..store import minutes as minutes_rows
from ..store import sessions as session_rows
from ..store.db import CallStore
from ..store.schema_check import schema_differences
from ..text import t
from .anchors import Anchor, chain_problem, current_anchor, read_anchor, session_changes_after
from .minutes import minutes_data, minutes_json

CHECKPOINT_FORMAT = "ptce-checkpoint/1"
UNCHECKED_SIGNERS = (
    "signataires des ancres non vérifiés : aucune autorité de confiance donnée (--trust)"
)


class HistoryError(ValueError):
    """An anchor that cannot be read or made, with a French message."""


@dataclass(slots=True)
class HistoryReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: int = 0  # signatures checked


def verify_history(store: CallStore, *, trust: Sequence[bytes] = ()) -> HistoryReport:
    """The schema and every anchor the file records."""
    report = HistoryReport(problems=[f"schéma : {d}" for d in schema_differences(store.conn)])
    recorded = {sid for _, sid in anchor_rows.signed_minutes_ids(store)}
    for sid in anchor_rows.sessions_in_state(store, SessionState.SIGNED.value):
        if sid not in recorded:
            report.problems.append(
                t("séance {sid} : verrouillée sans procès-verbal signé enregistré", sid=sid)
            )
    for minutes_id, sid in anchor_rows.signed_minutes_ids(store):
        pdf = minutes_rows.minutes_content(store, minutes_id)
        kept = anchor_rows.anchor_of_minutes(store, minutes_id)
        _minutes(store, report, pdf, trust, session_id=sid, kept=kept)
    for kept in anchor_rows.list_anchors(store, "checkpoint"):
        _checkpoint(store, report, base64.b64decode(kept.signature), trust)
    if report.anchors and not trust:
        report.notes.append(UNCHECKED_SIGNERS)
    return report


def verify_against(store: CallStore, copy: bytes, *, trust: Sequence[bytes] = ()) -> HistoryReport:
    """The file held against signed minutes or a checkpoint kept elsewhere."""
    report = HistoryReport()
    if b"%PDF-" in copy[:1024]:
        check_untrusted(copy)
        info = _info(copy)
        sid = info.get("SessionId", "")
        if not sid.isdigit():
            raise HistoryError(t("ce PDF n'est pas un procès-verbal édité par PTCE Desktop"))
        kept = [
            a
            for a in anchor_rows.list_anchors(store, "minutes")
            if a.session_id == int(sid) and a.data_sha256 == info.get("DataSHA256")
        ]
        _minutes(store, report, copy, trust, session_id=int(sid), kept=kept[-1] if kept else None)
    else:
        _checkpoint(store, report, copy, trust)
    if not trust:
        report.notes.append(UNCHECKED_SIGNERS)
    return report


def make_checkpoint(store: CallStore, *, pkcs12: bytes, passphrase: str) -> bytes:
    """A CMS signature of the chain's head now (call uid, head, count, time), kept in the file
    too; returns its DER to store elsewhere."""
    anchor = current_anchor(store)
    at = clock.now().replace(microsecond=0)
    document = json.dumps(
        {"format": CHECKPOINT_FORMAT, "call_uid": anchor_rows.call_uid(store),
         "head": anchor.head, "count": anchor.count, "hash_version": anchor.version,
         "time": at.isoformat()},
        sort_keys=True, separators=(",", ":"),
    ).encode("utf-8")  # fmt: skip
    p7s = cms.sign_document(document, pkcs12=pkcs12, passphrase=passphrase, at=at)
    with store.transaction(f"point d'ancrage signé du journal ({anchor.count} entrées)"):
        anchor_rows.insert_anchor(
            store, kind="checkpoint", head_hash=anchor.head, entry_count=anchor.count,
            hash_version=anchor.version, signature=base64.b64encode(p7s).decode("ascii"),
        )  # fmt: skip
    return p7s


# -- each kind of anchor ------------------------------------------------------------------------


def _info(pdf: bytes) -> dict[str, str]:
    try:
        return read_info(pdf)
    except PdfInfoError as exc:
        raise HistoryError(t("ce fichier n'est pas un PDF lisible ({exc})", exc=exc)) from exc


def _signature_problems(report: VerificationReport, what: str) -> list[str]:
    found = [f"{what} : {p}" for p in report.problems]
    for s in report.signatures:
        if not (s.intact and s.modifications_ok):
            found.append(f"{what} : signature « {s.field} » altérée")
        found += [f"{what} : {p}" for p in s.problems]
        if report.trust_checked and not s.trusted:
            found.append(f"{what} : signature « {s.field} » indéterminée (certificat « "
                         f"{s.signer} » non relié aux autorités de confiance)")  # fmt: skip
    if not report.signatures:
        found.append(f"{what} : aucune signature")
    elif not report.signatures[-1].covers_whole:
        found.append(f"{what} : modifié après la dernière signature")
    return found


def _minutes(
    store: CallStore,
    report: HistoryReport,
    pdf: bytes,
    trust: Sequence[bytes],
    *,
    session_id: int,
    kept: anchor_rows.StoredAnchor | None,
) -> None:
    info = _info(pdf)
    what = info.get("DocumentId") or t(
        "procès-verbal de la séance {session_id}", session_id=session_id
    )
    checked = verify_pdf(pdf, trust=trust)
    report.anchors += 1
    report.problems += _signature_problems(checked, what)
    anchor = read_anchor(info)
    if anchor is None:
        report.notes.append(f"{what} : édité avant l'ancrage du journal, rien à y comparer")
        return
    if (problem := chain_problem(store, anchor, what)) is not None:
        report.problems.append(problem)
    try:
        state = session_rows.load_session(store, session_id).state
    except LookupError:
        report.problems.append(
            t(
                "{what} : la séance {session_id} n'existe plus dans le fichier",
                what=what,
                session_id=session_id,
            )
        )
        return
    if any(s.field == "chair" for s in checked.signatures) and state is not SessionState.SIGNED:
        report.problems.append(
            t(
                "{what} : signé par le président, mais la séance {session_id} n'est "
                "pas verrouillée dans le fichier ({value})",
                what=what,
                session_id=session_id,
                value=state.value,
            )
        )
    report.problems += [
        f"{what} : {c}" for c in session_changes_after(store, session_id, anchor.count)
    ]
    if kept is None:
        report.problems.append(
            t(
                "{what} : ce procès-verbal signé n'est pas enregistré dans le fichier "
                "(ni ses données imprimées)",
                what=what,
            )
        )
        return
    signed_hash = info.get("DataSHA256", "")
    if hashlib.sha256(kept.snapshot.encode("utf-8")).hexdigest() != signed_hash:
        report.problems.append(
            t(
                "{what} : les données imprimées gardées dans le fichier ne sont "
                "plus celles que la signature couvre",
                what=what,
            )
        )
        return
    report.problems += _decision_problems(store, session_id, kept.snapshot, what)


def _decision_problems(store: CallStore, session_id: int, snapshot: str, what: str) -> list[str]:
    """Each decision of the session that differs from what the signed minutes printed."""
    signed = {i["numero"]: i["decision"] or {} for i in json.loads(snapshot)["agenda"]}
    now = json.loads(minutes_json(minutes_data(store, session_id)))
    out = []
    for item in now["agenda"]:
        current, then = item["decision"] or {}, signed.get(item["numero"], {})
        for key, label in (("outcome", "décision"), ("amount_granted", "montant accordé"),
                           ("split", "répartition")):  # fmt: skip
            a, b = current.get(key), then.get(key)
            if a != b:
                shown = (format_eur(a), format_eur(b)) if key == "amount_granted" else (a, b)
                out.append(f"{what} : dossier {item['numero']} — {label} {shown[0]} dans le "
                           f"fichier, {shown[1]} dans le procès-verbal signé")  # fmt: skip
    return out


def _checkpoint(
    store: CallStore, report: HistoryReport, p7s: bytes, trust: Sequence[bytes]
) -> None:
    check = cms.verify_document(p7s, trust=trust)
    try:
        doc = json.loads(check.document)
        anchor = Anchor(head=doc["head"], count=int(doc["count"]), version=int(doc["hash_version"]))
        when = doc["time"]
        uid = doc["call_uid"]
    except (ValueError, KeyError, TypeError) as exc:
        raise HistoryError(t("point d'ancrage illisible ({exc})", exc=exc)) from exc
    what = t("point d'ancrage du {when} ({signer})", when=when, signer=check.signer)
    report.anchors += 1
    if doc.get("format") != CHECKPOINT_FORMAT:
        report.problems.append(
            t("{what} : format inconnu ({value})", what=what, value=doc.get("format"))
        )
    if not check.intact:
        report.problems.append(t("{what} : signature altérée", what=what))
    report.problems += [f"{what} : {p}" for p in check.problems]
    if trust and not check.trusted:
        report.problems.append(
            t(
                "{what} : signature indéterminée (certificat non relié aux autorités de confiance)",
                what=what,
            )
        )
    if uid != anchor_rows.call_uid(store):
        report.problems.append(t("{what} : point d'ancrage d'un autre appel", what=what))
        return
    if (problem := chain_problem(store, anchor, what)) is not None:
        report.problems.append(problem)
