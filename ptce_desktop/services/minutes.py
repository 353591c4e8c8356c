"""The procès-verbal of a session: its data, the PDF with two signature fields, recording the
signed PDF (which locks the session), amendments, and the notification letters.

Tracing a printed page back to the record
-----------------------------------------
Every page's footer prints `data_sha256`, the SHA-256 of the canonical JSON of exactly what
the minutes print (`MinutesData` without the hash itself): the call and its funders, the
session row (title, date, time, place, chair, secretary, quorum note), attendance and quorum,
the agenda with each dossier's scores, recusals and decision (outcome, amount, split per
funder, votes, reasons, conditions), the ranking and every rapporteur's grid. Canonical JSON:
`dataclasses.asdict`, enums as their values, dates ISO 8601, floats with an integral value
as integers and others rounded to 6 decimals, keys sorted, no whitespace
(`separators=(",", ":")`), UTF-8 without escapes, plus `"format": "ptce-minutes/1"`.
`minutes_json(data)` gives those bytes, so anyone can recompute the hash from the file.

The PDF's /Info also carries /PTCEDocumentId, /PTCESessionId and /PTCEDataSHA256:
`record_signed` uses them to refuse another session's minutes or minutes whose data has
changed since they were generated; and the audit chain's anchor (/PTCEAuditHead,
/PTCEAuditCount, /PTCEAuditFormat, see services/anchors.py), printed above the signature boxes.
Recording keeps the canonical JSON the minutes printed (`anchors.snapshot`): later work on the
call (other sessions, the ranking) never makes signed minutes look tampered with.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Mapping
from datetime import date
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

from .. import clock
from ..domain.model import AttendanceStatus, Session, SessionState
from ..io.grammar import feminine
from ..io.minutes_data import (
    AgendaItem,
    CalibrationLine,
    CriterionLine,
    DecisionLine,
    FunderLine,
    LetterData,
    MemberLine,
    MinutesData,
    QuorumLine,
    RankingLine,
    RapporteurScores,
)
from ..store import anchors as anchor_rows
from ..store import minutes as minutes_rows
from ..store import sessions as session_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..text import t
from . import anchors
from .anchors import Anchor
from .decision_support import CalibrationError, calibrate, calibration_shown
from .people import certificate_belongs, resolve_person
from .session_data import AgendaEntry, SessionReport, ranking, session_report

if TYPE_CHECKING:
    from ..io.signing import VerificationReport

FORMAT = "ptce-minutes/1"
FIELDS = ("chair", "secretary")
FIELD_LABELS = {"chair": t("président"), "secretary": t("secrétaire")}
Progress = Callable[[int, str], None]
CHAIR_LETTER_TITLE = "Le président du comité de sélection"
CHAIR_LETTER_TITLE_F = "La présidente du comité de sélection"


class MinutesError(ValueError):
    """A minutes operation refused, with a French message for the user."""


class SessionNotClosedError(MinutesError):
    """Minutes are made of a closed session, every agenda item decided."""


class SessionLockedError(MinutesError):
    """The session's minutes are signed: read the signed PDF or amend."""


class ForeignMinutesError(MinutesError):
    """The PDF is not this call's minutes of that session."""


class StaleMinutesError(MinutesError):
    """The session's data changed after the PDF was generated."""


class InvalidSignatureError(MinutesError):
    """A signature is broken, or the file was changed after the first one."""


class ForeignSignerError(MinutesError):
    """A box is signed with a certificate that is not its signatory's."""


class TamperedHistoryError(MinutesError):
    """The audit chain the minutes anchor, or the session since, changed behind the app."""


def _noop(_: int, __: str) -> None:
    pass


# -- data -----------------------------------------------------------------------------------


_AS_IS = frozenset({str, int, bool, type(None)})


def _canonical(value: Any) -> Any:
    """The JSON-ready form: what `dataclasses.asdict` then the rules above give, in one pass
    (asdict deep-copies every value first: a third of a second on a 200-dossier session)."""
    if type(value) in _AS_IS:  # most leaves: the exact types (an enum may derive from str)
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 6)
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _canonical(getattr(value, name)) for name in _field_names(type(value))}
    return value


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def minutes_json(data: MinutesData) -> bytes:
    """The canonical JSON whose SHA-256 is `data.data_sha256` (see the module docstring)."""
    body = _canonical(data)
    body.pop("data_sha256")
    body["format"] = FORMAT
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def data_hash(data: MinutesData) -> str:
    return hashlib.sha256(minutes_json(data)).hexdigest()


def document_id(store: CallStore, session_id: int) -> str:
    """PV-2013-S1 for a session; PV-2013-S1-A2 for the second amendment of session 1 (the
    prefix is the call's reference)."""
    chain = minutes_rows.amendment_chain(store, session_id)
    base = f"{read_call(store).reference}-S{chain[0]}"
    return base if len(chain) == 1 else f"{base}-A{len(chain) - 1}"


def _title(name: str, male: str, female: str) -> str:
    return female if feminine(name) else male


def minutes_data(store: CallStore, session_id: int) -> MinutesData:
    """What the minutes of the session print, with its data hash. LookupError if unknown."""
    ranked = ranking(store)  # the call's, printed whole; the agenda's scores come from it
    report = session_report(store, session_id, ranked=ranked)
    call = read_call(store)
    chain = minutes_rows.amendment_chain(store, session_id)
    session_title = report.title
    if len(chain) > 1:
        previous = document_id(store, chain[-2])
        root = session_rows.load_session(store, chain[0]).title
        session_title = (
            f"Avenant n° {len(chain) - 1} au procès-verbal signé {previous} — "
            f"{root[:1].lower()}{root[1:]}"
        )
    agenda_ids = [e.dossier_id for e in report.agenda]
    # Criteria print as C1…Cn in the grid's order: table headers stay narrow whatever the
    # call's own codes ("economic_model"…); the annex's grid table gives their labels.
    codes = {c.code: f"C{i}" for i, c in enumerate(call.criteria, start=1)}
    data = MinutesData(
        document_id=document_id(store, session_id),
        data_sha256="",
        call_title=call.title,
        ministries=tuple(call.ministries),
        envelope=call.envelope,
        funders=tuple(
            FunderLine(code=g.code, name=g.name, share=g.share, granted=g.granted)
            for g in report.envelope
        ),
        session_title=session_title,
        session_date=report.date,
        session_time=report.time,
        session_place=report.place,
        chair=report.chair,
        secretary=report.secretary,
        members=tuple(
            MemberLine(
                name=a.name,
                institution=a.institution,
                status=a.status or AttendanceStatus.EXCUSED,
                proxy_holder=a.proxy_holder,
                role=_title(a.name, "président", "présidente") if a.is_chair else "",
            )
            for a in report.attendance
        ),
        quorum=QuorumLine(
            members=report.quorum.members,
            present=report.quorum.present,
            represented=report.quorum.represented,
            required=report.quorum.required,
            reached=report.quorum.reached,
            note=report.quorum.note,
        ),
        agenda=tuple(_agenda_item(e, codes) for e in report.agenda),
        ranking=tuple(
            RankingLine(
                rank=r.rank,
                numero=r.numero,
                pole_name=r.pole_name,
                weighted_score=r.weighted_score,
                amount_requested=r.amount_requested,
                cumulated=r.cumulated,
                within_envelope=r.within_envelope,
                reserve=r.reserve,
                excluded_reason=r.excluded_reason,
            )
            for r in ranked
        ),
        criteria=tuple(
            CriterionLine(
                code=codes[c.code],
                label=c.label,
                weight=c.weight,
                eliminatory_below=c.eliminatory_below,
                scale_min=c.scale_min,
                scale_max=c.scale_max,
            )
            for c in call.criteria
        ),
        scores=_scores(store, report, agenda_ids, codes),
        made_at=call.place,
        chair_title=_title(report.chair, "Le président du comité", "La présidente du comité"),
        secretary_title=_title(
            report.secretary, "Le secrétaire de séance", "La secrétaire de séance"
        ),
        **_calibration(store, session_id),
    )
    return dataclasses.replace(data, data_sha256=data_hash(data))


def _calibration(store: CallStore, session_id: int) -> dict[str, Any]:
    """The method and offsets, when the session recorded that the committee saw them."""
    if not calibration_shown(store, session_id=session_id):
        return {}
    try:
        report = calibrate(store)
    except CalibrationError as exc:
        return {"calibration_method": f"Calibration présentée, non calculable : {exc}."}
    return {
        "calibration_method": report.method,
        "calibration": tuple(
            CalibrationLine(
                rapporteur=r.name, reviews=r.reviews, offset=r.offset, uncertainty=r.uncertainty
            )
            for r in report.rapporteurs
        ),
    }


def _agenda_item(e: AgendaEntry, codes: Mapping[str, str]) -> AgendaItem:
    d = e.decision
    return AgendaItem(
        numero=e.numero,
        pole_name=e.pole_name,
        region=e.region,
        lead_name=e.lead_name,
        amount_requested=e.amount_requested,
        departement=e.departement,
        weighted_score=e.weighted_score,
        max_spread=e.max_spread,
        criterion_means={codes.get(k, k): v for k, v in e.criterion_means.items()},
        recused=tuple(r.name for r in e.recused),
        decision=None
        if d is None
        else DecisionLine(
            outcome=d.outcome,
            amount_granted=d.amount_granted,
            split=dict(d.split),
            votes_for=d.votes_for,
            votes_against=d.votes_against,
            votes_abstain=d.votes_abstain,
            casting_vote_used=d.casting_vote_used,
            reasons=d.reasons,
            conditions=d.conditions,
            envelope_override=d.envelope_override,
            reserve_rank=d.reserve_rank,
        ),
    )


def _scores(
    store: CallStore, report: SessionReport, agenda_ids: list[int], codes: Mapping[str, str]
) -> tuple[RapporteurScores, ...]:
    numeros = {e.dossier_id: e.numero for e in report.agenda}
    grids: dict[int, RapporteurScores] = {}
    scores: dict[int, dict[str, float | None]] = {}  # review id -> the grid's scores, filled
    for r in minutes_rows.rapporteur_scores(store, agenda_ids):
        grid_scores = scores.get(r["review_id"])
        if grid_scores is None:
            grid_scores = scores[r["review_id"]] = {}
            grids[r["review_id"]] = RapporteurScores(
                numero=numeros[r["dossier_id"]],
                rapporteur=r["rapporteur"],
                weighted_score=r["weighted"],
                scores=grid_scores,
            )
        grid_scores[codes.get(r["code"], r["code"])] = r["score"]
    return tuple(grids.values())


# -- the PDF ----------------------------------------------------------------------------------


def _check_closed(store: CallStore, session_id: int) -> None:
    state = session_rows.load_session(store, session_id).state
    if state is SessionState.SIGNED:
        raise SessionLockedError(
            t(
                "procès-verbal déjà signé : la séance est verrouillée ; le PV signé "
                "est enregistré dans le fichier d'appel, toute modification passe "
                "par un avenant"
            )
        )
    if state is not SessionState.CLOSED:
        raise SessionNotClosedError(
            t(
                "la séance n'est pas close : prenez une décision sur chaque dossier "
                "et clôturez la séance avant d'éditer le procès-verbal"
            )
        )


def render_pdf(data: MinutesData, *, session_id: int, anchor: Anchor) -> bytes:
    """The minutes PDF with our /Info entries (the anchor among them) and the two empty
    signature fields."""
    # reportlab and pyHanko: loaded when a PDF is made, not at start-up
    from ..io import signing
    from ..io.minutes_pdf import render_minutes_with_boxes
    from ..io.pdf_info import with_info

    pdf, boxes = render_minutes_with_boxes(data, anchor=anchor.printed())
    pdf = with_info(
        pdf,
        {"DocumentId": data.document_id, "SessionId": str(session_id),
         "DataSHA256": data.data_sha256, **anchor.info()},
    )  # fmt: skip
    fields = [signing.FieldBox(name=b.name, page=b.page_index, box=b.rect) for b in boxes]
    return signing.add_signature_fields(pdf, fields)


def generate_minutes(store: CallStore, session_id: int, *, progress: Progress = _noop) -> bytes:
    """Render the minutes of a closed session and keep the draft in the call file."""
    _check_closed(store, session_id)
    progress(5, "Lecture de la séance")
    data = minutes_data(store, session_id)
    progress(30, "Mise en page du procès-verbal")
    pdf = render_pdf(data, session_id=session_id, anchor=anchors.current_anchor(store))
    progress(90, "Enregistrement dans le fichier d'appel")
    with store.transaction(f"procès-verbal édité : {data.document_id}"):
        minutes_rows.insert_minutes(
            store,
            session_id=session_id,
            kind="draft",
            filename=f"{data.document_id}.pdf",
            sha256=hashlib.sha256(pdf).hexdigest(),
            data_sha256=data.data_sha256,
            content=pdf,
        )
    progress(100, "Procès-verbal prêt")
    return pdf


def signed_minutes(store: CallStore, session_id: int) -> bytes | None:
    """The latest signed PDF recorded for the session, if any."""
    row = minutes_rows.latest_minutes(store, session_id, "signed")
    return minutes_rows.minutes_content(store, row.id) if row else None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RecordedMinutes:
    document_id: str
    sha256: str
    fields: tuple[str, ...]  # signed fields, in signing order
    locked: bool  # the chair has signed: the session is now read-only


def record_signed(store: CallStore, session_id: int, pdf: bytes) -> RecordedMinutes:
    """Keep a signed PDF of the session's minutes in the call file; once the chair has signed,
    the session is locked. Refuses another document, stale data and broken signatures."""
    from ..io import signing
    from ..io.pdf_info import PdfInfoError, read_info

    session = session_rows.load_session(store, session_id)
    expected = _expected_identity(store, session_id, session.state)
    signing.check_untrusted(pdf)  # in other processes, under a time limit, before we parse it
    try:
        info = read_info(pdf)
    except PdfInfoError as exc:
        raise signing.NotAPdfError(
            t("ce fichier n'est pas un PDF lisible ({exc})", exc=exc)
        ) from exc
    doc_id = expected["DocumentId"]
    if info.get("DocumentId") != doc_id or info.get("SessionId") != str(session_id):
        found = info.get("DocumentId") or "aucun identifiant PTCE"
        raise ForeignMinutesError(
            t(
                "ce PDF n'est pas le procès-verbal {doc_id} de la séance {session_id} ({found})",
                doc_id=doc_id,
                session_id=session_id,
                found=found,
            )
        )
    if info.get("DataSHA256") != expected["DataSHA256"]:
        raise StaleMinutesError(
            t(
                "les données de la séance ont changé depuis l'édition de ce PDF "
                "({doc_id}) : éditez de nouveau le procès-verbal et faites-le signer",
                doc_id=doc_id,
            )
        )
    if not any(pdf.startswith(base) for base in expected["bases"]):
        raise ForeignMinutesError(
            t(
                "ce PDF n'est pas issu d'un procès-verbal {doc_id} édité depuis ce fichier d'appel",
                doc_id=doc_id,
            )
        )
    report = signing.verify_pdf(pdf)
    if not report.signatures:
        raise InvalidSignatureError(t("{doc_id} : aucune signature dans ce PDF", doc_id=doc_id))
    if not report.ok:
        problems = [*report.problems, *(p for s in report.signatures for p in s.problems)]
        raise InvalidSignatureError(
            f"{doc_id} : signature altérée ou PDF modifié après la première signature"
            + (f" ({problems[0]})" if problems else "")
        )
    anchor = anchors.read_anchor(info)
    if anchor is None:
        raise StaleMinutesError(
            t(
                "{doc_id} : procès-verbal édité avant l'ancrage du journal d'audit "
                ": éditez-le de nouveau et faites-le signer",
                doc_id=doc_id,
            )
        )
    _check_history(store, session_id, anchor, doc_id)
    _check_signers(store, session, report)
    fields = tuple(s.field for s in report.signatures)
    locked = "chair" in fields
    digest = hashlib.sha256(pdf).hexdigest()
    what = ", ".join(FIELD_LABELS.get(f, f) for f in fields)
    with store.transaction(f"procès-verbal signé enregistré : {doc_id} ({what})"):
        minutes_id = minutes_rows.insert_minutes(
            store,
            session_id=session_id,
            kind="signed",
            filename=f"{doc_id}-signe.pdf",
            sha256=digest,
            data_sha256=expected["DataSHA256"],
            content=pdf,
        )
        anchor_rows.insert_anchor(
            store, kind="minutes", session_id=session_id, minutes_id=minutes_id,
            head_hash=anchor.head, entry_count=anchor.count, hash_version=anchor.version,
            data_sha256=expected["DataSHA256"], snapshot=expected["snapshot"],
        )  # fmt: skip
        if locked and session.state is not SessionState.SIGNED:
            session_rows.set_state(store, session_id=session_id, state=SessionState.SIGNED.value)
    return RecordedMinutes(document_id=doc_id, sha256=digest, fields=fields, locked=locked)


def _check_history(store: CallStore, session_id: int, anchor: Anchor, doc_id: str) -> None:
    """The chain the minutes anchor is the file's, and the session unchanged since."""
    problem = anchors.chain_problem(store, anchor, doc_id)
    if problem is not None:
        raise TamperedHistoryError(problem)
    changes = anchors.session_changes_after(store, session_id, anchor.count)
    if changes:
        raise TamperedHistoryError(
            t(
                "{doc_id} : la séance a été modifiée depuis l'édition du procès-verbal "
                "({changes}) : éditez-le de nouveau et faites-le signer",
                doc_id=doc_id,
                changes=changes[0],
            )
        )


def _check_signers(store: CallStore, session: Session, report: VerificationReport) -> None:
    """Each box signed with a certificate of its signatory: same e-mail address, or the
    certificate registered for that person."""
    officers = {"chair": session.chair_id, "secretary": session.secretary_id}
    for s in report.signatures:
        role = FIELD_LABELS.get(s.field, s.field)
        person_id = officers.get(s.field)
        if person_id is None:
            raise ForeignSignerError(
                t(
                    "la séance n'a pas de {role} désigné : cadre « {field} »",
                    role=role,
                    field=s.field,
                )
            )
        person = resolve_person(store, person_id)
        if not certificate_belongs(s, person):
            raise ForeignSignerError(
                t(
                    "le cadre du {role} est signé par « {signer} », dont le certificat "
                    "n'est pas celui de {name} (ni son adresse {email}, ni un certificat "
                    "enregistré pour cette personne)",
                    role=role,
                    signer=s.signer,
                    name=person.name,
                    email=person.email or "(aucune)",
                )
            )


def _expected_identity(store: CallStore, session_id: int, state: SessionState) -> dict[str, Any]:
    """What a signed PDF of this session must say, the PDFs it must extend and the snapshot of
    the data it prints."""
    if state is SessionState.SIGNED:
        # Locked: only a later signature on the recorded signed PDF may be added.
        previous = minutes_rows.latest_minutes(store, session_id, "signed")
        assert previous is not None
        bases = [minutes_rows.minutes_content(store, previous.id)]
        kept = anchor_rows.anchor_of_minutes(store, previous.id)
        return {"DocumentId": document_id(store, session_id),
                "DataSHA256": previous.data_sha256, "bases": bases,
                "snapshot": kept.snapshot if kept else ""}  # fmt: skip
    _check_closed(store, session_id)
    data = minutes_data(store, session_id)
    bases = [
        minutes_rows.minutes_content(store, m.id)
        for m in minutes_rows.list_minutes(store, session_id)
        if m.data_sha256 == data.data_sha256
    ]
    if not bases:
        raise StaleMinutesError(
            t(
                "aucun procès-verbal {document_id} à jour n'a été édité depuis "
                "ce fichier d'appel : éditez-le, faites-le signer, puis enregistrez-le",
                document_id=data.document_id,
            )
        )
    return {"DocumentId": data.document_id, "DataSHA256": data.data_sha256, "bases": bases,
            "snapshot": minutes_json(data).decode("utf-8")}  # fmt: skip


# -- amendments -------------------------------------------------------------------------------


def create_amendment(store: CallStore, session_id: int) -> int:
    """A new, editable session amending the signed one, its agenda, attendance and decisions
    copied; its minutes say which signed minutes they amend."""
    session = session_rows.load_session(store, session_id)
    if session.state is not SessionState.SIGNED:
        raise MinutesError(
            t(
                "seul un procès-verbal signé fait l'objet d'un avenant : tant qu'il "
                "n'est pas signé, rouvrez la séance pour la modifier"
            )
        )
    later = minutes_rows.amendments_of(store, session_id)
    if later:
        raise MinutesError(
            t(
                "cette séance a déjà un avenant (séance {later}) : modifiez celui-ci "
                "ou amendez-le à son tour une fois signé",
                later=later[-1],
            )
        )
    number = len(minutes_rows.amendment_chain(store, session_id))
    root = session_rows.load_session(
        store, minutes_rows.amendment_chain(store, session_id)[0]
    ).title
    doc_id = document_id(store, session_id)
    with store.transaction(f"avenant n° {number} au procès-verbal {doc_id}"):
        return minutes_rows.copy_session(
            store, session_id=session_id, title=f"Avenant n° {number} — {root}"
        )


# -- notification letters -----------------------------------------------------------------------


def notification_letters(store: CallStore, session_id: int) -> list[LetterData]:
    """One letter per decided dossier of a closed or signed session, in agenda order."""
    state = session_rows.load_session(store, session_id).state
    if state not in (SessionState.CLOSED, SessionState.SIGNED):
        raise SessionNotClosedError(
            t(
                "la séance n'est pas close : les candidats sont notifiés une fois "
                "toutes les décisions prises"
            )
        )
    data = minutes_data(store, session_id)
    report = session_report(store, session_id)
    contacts = minutes_rows.letter_rows(store, [e.dossier_id for e in report.agenda])
    chair = report.chair
    letters = []
    for entry, item in zip(report.agenda, data.agenda, strict=True):
        if item.decision is None:
            continue
        c = contacts.get(entry.dossier_id, {})
        commune = (c.get("communes") or "").split(",")[0].strip()
        address = (f"{commune} ({entry.departement})",) if commune and entry.departement else ()
        letters.append(
            LetterData(
                document_id=f"NOTIF-{data.document_id.removeprefix('PV-')}-{entry.numero}",
                call_title=data.call_title,
                ministries=data.ministries,
                session_date=data.session_date,
                numero=entry.numero,
                pole_name=entry.pole_name,
                lead_name=entry.lead_name,
                amount_requested=entry.amount_requested,
                decision=item.decision,
                funders=data.funders,
                recipient=c.get("contact_name") or "",
                address=address,
                issued_on=clock.today(),
                made_at=data.made_at,
                signatory=chair,
                signatory_title=_title(chair, CHAIR_LETTER_TITLE, CHAIR_LETTER_TITLE_F),
                contact=_contact(report.secretary),
            )
        )
    return letters


def _contact(secretary: str) -> str:
    return f"le secrétariat du comité ({secretary})" if secretary else "le secrétariat du comité"
