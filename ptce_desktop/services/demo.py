"""A complete, realistic demo call, deterministic for a given seed.

Stages build on each other: intake (dossiers screened), review (people, conflicts, two reviews
per eligible dossier), session (a session with attendance and a decision per agenda item that
fits the envelope), minutes (the same session, closed).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..domain import budget, committee, scoring
from ..domain.model import (
    Attachment,
    Attendance,
    AttendanceStatus,
    Call,
    Cofunding,
    CofundingStatus,
    Decision,
    Dossier,
    Member,
    MemberCategory,
    Outcome,
    Person,
    Session,
    SessionState,
    stored_id,
)
from ..domain.siret import with_check_digit
from ..io.dossier_pdf import render_dossier
from ..paths import RESOURCES
from ..store import eligibility as eligibility_rows
from ..store import people as people_rows
from ..store import reviews as review_rows
from ..store import sessions as session_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import insert_dossiers
from . import screening
from .calls import DEFAULT_TEMPLATE, fill_new_call

STAGES = ("intake", "review", "session", "minutes")
Progress = Callable[[int, str], None]


def _noop(_: int, __: str) -> None:
    pass


@dataclass(slots=True)
class _Names:
    data: dict[str, Any]
    rng: random.Random

    def person(self) -> str:
        first = self.rng.choice(self.data["first_names"])
        return f"{first} {self.rng.choice(self.data['last_names'])}"

    def siret(self) -> str:
        return with_check_digit("".join(str(self.rng.randint(0, 9)) for _ in range(13)))


def make_demo(
    path: Path,
    *,
    dossiers: int = 180,
    seed: int = 2013,
    stage: str = "minutes",
    actor: str = "démo",
    progress: Progress = _noop,
) -> CallStore:
    """Create the demo call file at `path`; the caller closes the returned store."""
    if stage not in STAGES:
        raise ValueError(f"étape inconnue : « {stage} » (étapes : {', '.join(STAGES)})")
    if dossiers < 1:
        raise ValueError("il faut au moins un dossier")
    rng = random.Random(seed)
    names = _Names(json.loads((RESOURCES / "demo" / "fr.json").read_text("utf-8")), rng)
    with CallStore.building(path, actor=actor) as store:
        fill_new_call(store, title=None, template=DEFAULT_TEMPLATE)
        call = read_call(store)
        progress(5, "Dossiers")
        items = [_dossier(call, names, i) for i in range(1, dossiers + 1)]
        for i, d in enumerate(items):
            d.attachments.append(
                Attachment(
                    filename=f"{d.numero}-dossier-candidature.pdf",
                    kind="dossier_candidature",
                    mime="application/pdf",
                    content=render_dossier(d),
                )
            )
            if i % 20 == 0:
                progress(5 + 45 * i // len(items), "Pièces jointes")
        with store.transaction("démo : dépôt des candidatures"):
            insert_dossiers(store, items)
        progress(55, "Éligibilité")
        screening.screen(store)
        if STAGES.index(stage) >= 1:
            progress(65, "Rapporteurs et évaluations")
            people = _review_stage(store, call, names, items)
            if STAGES.index(stage) >= 2:
                progress(85, "Séance et décisions")
                _session_stage(store, call, names, people, closed=stage == "minutes")
        progress(100, "Terminé")
    return CallStore.open(path, actor=actor, check="none")


def _dossier(call: Call, names: _Names, i: int) -> Dossier:
    rng, data = names.rng, names.data
    region = rng.choice(list(data["towns"]))
    dep, town = rng.choice(data["towns"][region])
    sectors = tuple(rng.sample(data["sectors"], rng.choice((1, 2, 2, 3))))
    theme = data["themes"][sectors[0]]
    pattern = rng.choice(data["pole_patterns"])
    pole = pattern.format(theme=theme, place=town, Place=town)
    ess = [
        Member(
            name=f"{rng.choice(data['ess_names'])} {town}",
            category=MemberCategory.ESS_ENTERPRISE,
            siret=names.siret(),
            role="porteur" if k == 0 else "membre",
        )
        for k in range(rng.randint(1, 4))
    ]
    commercial = [
        Member(
            name=f"{rng.choice(data['commercial_names'])} {names.person().split()[-1]}",
            category=MemberCategory.COMMERCIAL_ENTERPRISE,
            siret=names.siret(),
            role="membre",
        )
        for _ in range(rng.randint(1, 3))
    ]
    others = []
    for _ in range(rng.randint(0, 3)):
        label = rng.choice(data["research"]).format(place=town)
        category = (
            MemberCategory.RESEARCH_CENTRE
            if "CNRS" in label or "INRAE" in label
            else MemberCategory.HIGHER_EDUCATION
            if "Université" in label or "IUT" in label
            else MemberCategory.TRAINING_BODY
        )
        others.append(Member(name=label, category=category, role="partenaire"))
    authority_names = [
        rng.choice(data["authorities"]).format(region=region, dep=dep, place=town)
        for _ in range(rng.randint(1, 2))
    ]
    members = ess + commercial + others
    members += [
        Member(name=n, category=MemberCategory.LOCAL_AUTHORITY, role="partenaire")
        for n in authority_names
    ]
    # About one dossier in eight misses something the rules require, as in real calls.
    flaw = rng.random()
    if flaw < 0.04:
        members = [m for m in members if m.category is not MemberCategory.COMMERCIAL_ENTERPRISE]
    elif flaw < 0.07:
        members = [m for m in members if m.category is not MemberCategory.ESS_ENTERPRISE]
    low, high = call.grant_min, call.grant_max
    requested = float(round(rng.triangular(low, high, low + (high - low) * 0.25), -3))
    if flaw > 0.96:
        requested = float(rng.choice((45_000, 320_000, 350_000)))
    total_cost = float(round(requested * rng.uniform(2.2, 4.0), -3))
    cofundings = []
    for n in authority_names:
        share = rng.uniform(0.05, 0.18) if flaw < 0.93 or flaw > 0.96 else rng.uniform(0.22, 0.3)
        cofundings.append(
            Cofunding(
                funder=n,
                funder_type="collectivité territoriale",
                amount=float(round(total_cost * share, -2)),
                status=rng.choice((CofundingStatus.SECURED, CofundingStatus.REQUESTED)),
            )
        )
    cofundings.append(
        Cofunding(
            funder=rng.choice(("Fonds social européen", "France Active", "Fondation de France")),
            funder_type=rng.choice(("Europe", "privé", "fondation")),
            amount=float(round(total_cost * rng.uniform(0.05, 0.15), -2)),
            status=CofundingStatus.REQUESTED,
        )
    )
    lead = ess[0] if ess and members[0] is ess[0] else members[0]
    lead_siret = lead.siret or names.siret()
    if 0.07 <= flaw < 0.09:
        lead_siret = lead_siret[:-1] + str((int(lead_siret[-1]) + 1) % 10)  # checksum broken
    contact = names.person()
    jobs_existing = rng.randint(8, 180)
    return Dossier(
        numero=f"PTCE-{call.year}-{i:03d}",
        pole_name=pole,
        lead_name=lead.name,
        lead_siret=lead_siret,
        lead_legal_form=rng.choice(data["ess_forms"]),
        region=region,
        departement=dep,
        communes=town,
        sectors=sectors,
        submitted_on=date(call.year, 6, 3) + timedelta(days=rng.randint(0, 40)),
        total_cost=total_cost,
        amount_requested=requested,
        jobs_existing=jobs_existing,
        jobs_created=rng.randint(2, 40),
        jobs_integration=rng.randint(0, jobs_existing // 2),
        pooling=rng.choice(
            (
                "Locaux partagés, atelier commun et mutualisation d'un poste de coordination.",
                "Plateforme logistique commune et achats groupés.",
                "Groupement d'employeurs, formation croisée des salariés.",
                "Tiers-lieu partagé, outils numériques et comptabilité mutualisés.",
                "Matériel agricole en commun et point de vente collectif.",
            )
        ),
        summary=(
            f"Le pôle réunit {len(members)} structures du territoire de {town} autour de "
            f"{', '.join(sectors)}. Il vise à consolider {jobs_existing} emplois et à développer "
            "une offre commune de services aux habitants et aux entreprises."
        ),
        contact_name=contact,
        contact_email=f"contact{i:03d}@pole-exemple.fr",
        contact_phone=f"0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        members=members,
        cofundings=cofundings,
    )


def _review_stage(
    store: CallStore, call: Call, names: _Names, items: list[Dossier]
) -> list[Person]:
    rng, data = names.rng, names.data
    committee_people = [
        Person(name=names.person(), institution=inst, is_member=True)
        for inst in data["institutions_committee"]
    ]
    committee_people[0].is_chair = True
    # The officers' addresses: `ptce demo-identity --call` writes them into the TEST
    # certificates, and recording signed minutes matches a box's certificate by e-mail.
    committee_people[0].email = "presidence@comite.ptce-demo.example"
    secretary = Person(
        name=names.person(), institution="Secrétariat du comité (CGET)", is_secretary=True,
        is_secretariat=True, email="secretariat@comite.ptce-demo.example",
    )  # fmt: skip
    rapporteurs = [
        Person(
            name=names.person(),
            institution=rng.choice(data["institutions_rapporteurs"]),
            is_rapporteur=True,
        )
        for _ in range(16)
    ]
    # Two committee members also report on dossiers, as happens in small committees.
    for p in committee_people[3:5]:
        p.is_rapporteur = True
    everyone = [*committee_people, secretary, *rapporteurs]
    eligible = eligibility_rows.eligible_by_dossier(store)
    pool = rapporteurs + committee_people[3:5]
    criteria = call.criteria
    with store.transaction("démo : rapporteurs et évaluations"):
        people_rows.insert_people(store, everyone)
        # Conflicts: some members and rapporteurs know a pole's lead structure.
        for p in rng.sample(committee_people[1:], 4) + rng.sample(rapporteurs, 3):
            d = rng.choice(items)
            people_rows.declare_conflict(
                store,
                person_id=stored_id(p),
                dossier_id=stored_id(d),
                reason=rng.choice(
                    (
                        "administrateur d'une structure membre",
                        "lien familial avec le porteur",
                        "a accompagné le montage du projet",
                    )
                ),
            )
        conflicted = set(people_rows.conflicts(store))
        for d in items:
            if not eligible.get(stored_id(d)):
                continue
            quality = rng.betavariate(4, 2.5)  # the dossier's latent merit, 0..1
            candidates = [p for p in pool if (p.id, d.id) not in conflicted]
            for p in rng.sample(candidates, 2):
                person_id, dossier_id = stored_id(p), stored_id(d)
                people_rows.assign(store, person_id=person_id, dossier_id=dossier_id)
                review_id = review_rows.ensure_review(
                    store, dossier_id=dossier_id, person_id=person_id
                )
                values: dict[int, float | None] = {}
                for c in criteria:
                    noise = rng.gauss(0, 0.9)
                    value = round(c.scale_min + quality * (c.scale_max - c.scale_min) + noise)
                    values[stored_id(c)] = float(min(c.scale_max, max(c.scale_min, value)))
                comments = {stored_id(criteria[0]): rng.choice(
                    ("Mutualisation réelle et déjà engagée.", "Coopération encore déclarative.",
                     "Locaux partagés depuis 2011, gouvernance claire.",
                     "Partenariat à consolider avec les entreprises commerciales."))}  # fmt: skip
                review_rows.set_scores(store, review_id=review_id, scores=values, comments=comments)
                total = (
                    scoring.weighted_score(
                        criteria, {c.code: values[stored_id(c)] for c in criteria}
                    )
                    or 0.0
                )
                opinion = "favourable" if total >= 65 else "reserved" if total >= 45 else (
                    "unfavourable")  # fmt: skip
                review_rows.set_opinion(
                    store,
                    review_id=review_id,
                    opinion=opinion,
                    summary=f"Projet {'solide' if total >= 65 else 'à consolider'} ; "
                    f"note pondérée {total:.0f}/100.",
                )
                review_rows.submit(
                    store,
                    review_id=review_id,
                    at=f"{call.year}-09-{rng.randint(1, 28):02d}T10:00:00+00:00",
                )
    return everyone


def _session_stage(
    store: CallStore, call: Call, names: _Names, people: list[Person], *, closed: bool
) -> None:
    rng = names.rng
    members = [p for p in people if p.is_member]
    chair = next(p for p in members if p.is_chair)
    secretary = next(p for p in people if p.is_secretary)
    # Attendance: most present, two represented by a present member, two excused.
    attendance = [
        Attendance(person_id=stored_id(p), status=AttendanceStatus.PRESENT) for p in members
    ]
    others = [a for a in attendance if a.person_id != chair.id]
    for a in others[-2:]:
        a.status = AttendanceStatus.EXCUSED
    for a, holder in zip(others[-4:-2], others[:2], strict=True):
        a.status = AttendanceStatus.REPRESENTED
        a.proxy_holder_id = holder.person_id
    member_ids = [stored_id(p) for p in members]
    committee.check_attendance(member_ids, attendance)
    # Rank the eligible dossiers; put the best third on the agenda, in ranking order.
    scores = review_rows.submitted_scores(store)
    rows = eligibility_rows.eligible_dossiers(store)
    candidates = [
        scoring.Candidate(
            dossier_id=r["id"],
            numero=r["numero"],
            amount=min(r["amount_requested"], call.grant_max),
            aggregate=scoring.aggregate(call.criteria, scores.get(r["id"], [])),
            submitted_on=date.fromisoformat(r["submitted_on"]) if r["submitted_on"] else None,
        )
        for r in rows
    ]
    ranking = [e for e in scoring.rank(candidates, envelope=call.envelope,
                                       tie_break=call.tie_break) if e.rank]  # fmt: skip
    agenda = ranking[: max(1, min(len(ranking), 40))]
    recused = committee.recused_by_dossier(people_rows.conflicts(store))
    funder_ids = {f.code: stored_id(f) for f in call.funders}
    session = Session(
        title="Séance plénière du comité de sélection",
        date=date(call.year, 12, 10),
        time="14:00",
        place="Paris, 20 avenue de Ségur, salle 1021",
        chair_id=chair.id,
        secretary_id=secretary.id,
        state=SessionState.OPEN,
    )
    remaining = call.envelope
    granted: list[dict[str, float]] = []
    with store.transaction("démo : séance et décisions"):
        session_id = session_rows.create_session(store, session)
        session_rows.set_agenda(
            store, session_id=session_id, dossier_ids=[e.candidate.dossier_id for e in agenda]
        )
        session_rows.set_attendance(store, session_id=session_id, attendance=attendance)
        for entry in agenda:
            dossier_id = entry.candidate.dossier_id
            voter_ids = committee.voters(attendance, recused.get(dossier_id, set()))
            amount = entry.candidate.amount
            if remaining >= amount:
                outcome = Outcome.SELECTED
                reasons, conditions = "", ""
                if rng.random() < 0.25:
                    outcome = Outcome.SELECTED_WITH_CONDITIONS
                    amount = float(round(amount * 0.85, -3))
                    amount = max(amount, call.grant_min)
                    conditions = "Signature d'une convention de mutualisation entre les membres."
                    reasons = "Montant réduit : dépenses de fonctionnement partiellement retenues."
            elif remaining >= call.grant_min and entry.within_envelope is False:
                outcome = Outcome.SELECTED_WITH_CONDITIONS
                amount = float(int(remaining // 1000) * 1000)
                conditions = "Plan de financement à ajuster au montant accordé."
                reasons = "Montant réduit au reliquat de l'enveloppe."
            else:
                outcome = rng.choice((Outcome.DEFERRED, Outcome.NOT_SELECTED))
                amount = 0.0
                reasons = (
                    "Enveloppe épuisée ; dossier inscrit sur la liste complémentaire."
                    if outcome is Outcome.DEFERRED
                    else "Note inférieure aux dossiers retenus dans la limite de l'enveloppe."
                )
                conditions = ""
            split = budget.propose_split(amount, call.funders, granted) if amount else {}
            granted.append(split)
            remaining -= amount
            n = len(voter_ids)
            against = rng.randint(0, max(0, n // 4))
            abstain = rng.randint(0, 1) if n - against > 1 else 0
            votes_for = n - against - abstain
            if not outcome.is_grant:
                votes_for, against = against, votes_for
            session_rows.record_decision(
                store,
                session_id=session_id,
                decision=Decision(
                    dossier_id=dossier_id,
                    outcome=outcome,
                    amount_granted=amount,
                    split=split,
                    votes_for=votes_for,
                    votes_against=against,
                    votes_abstain=abstain,
                    reasons=reasons,
                    conditions=conditions,
                ),
                funder_ids=funder_ids,
            )
        if closed:
            session_rows.set_state(store, session_id=session_id, state="closed")
