"""A complete, realistic demo call, deterministic for a given seed.

Stages build on each other: intake (dossiers screened), review (people, conflicts, two reviews
per eligible dossier), session (a session with attendance and a decision per agenda item that
fits the envelope), minutes (the same session, closed).

Past the intake, every step goes through the services a user's clicks and commands use
(people, conflicts, assignment, review, deliberation), each under its own audit label, so
the demo cannot do what a user could not.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..domain import scoring
from ..domain.model import (
    Attachment,
    Attendance,
    AttendanceStatus,
    Call,
    Cofunding,
    CofundingStatus,
    Dossier,
    Member,
    MemberCategory,
    Opinion,
    Outcome,
    Person,
    stored_id,
)
from ..domain.persons import Role, fold, roles_of, set_roles
from ..domain.siret import with_check_digit
from ..io.dossier_pdf import render_dossier
from ..paths import RESOURCES
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import insert_dossiers
from ..text import t
from . import assignment, conflicts, deliberation, review, screening
from . import people as person_service
from .calls import DEFAULT_TEMPLATE, fill_new_call

STAGES = ("intake", "review", "session", "minutes")
Progress = Callable[[int, str], None]
# The officers' addresses: `ptce demo-identity --call` writes them into the TEST certificates,
# and recording signed minutes matches a box's certificate by e-mail.
OFFICER_EMAILS = {
    Role.PRESIDENT: "presidence@comite.ptce-demo.example",
    Role.SECRETARY: "secretariat@comite.ptce-demo.example",
}
COMMITTEE_DOMAIN = "comite.ptce-demo.example"
RAPPORTEUR_DOMAIN = "rapporteurs.ptce-demo.example"
CONFLICT_REASONS = (
    "administrateur d'une structure membre",
    "lien familial avec le porteur",
    "a accompagné le montage du projet",
)
REVIEW_COMMENTS = (
    "Mutualisation réelle et déjà engagée.",
    "Coopération encore déclarative.",
    "Locaux partagés depuis 2011, gouvernance claire.",
    "Partenariat à consolider avec les entreprises commerciales.",
)


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
        raise ValueError(
            t(
                "étape inconnue : « {stage} » (étapes : {STAGES})",
                stage=stage,
                STAGES=", ".join(STAGES),
            )
        )
    if dossiers < 1:
        raise ValueError(t("il faut au moins un dossier"))
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
            people = _review_stage(store, call, names)
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


def _email(name: str, domain: str, taken: set[str]) -> str:
    local = "".join(ch if ch.isalnum() else "." for ch in fold(name)).strip(".")
    address, n = f"{local}@{domain}", 1
    while address in taken:
        n += 1
        address = f"{local}{n}@{domain}"
    taken.add(address)
    return address


def _committee(names: _Names) -> list[Person]:
    """Everyone the call needs, for the people service to add: twelve committee members (the
    first chairs), the secretary, sixteen rapporteurs; two members also report. Names are
    unique: an identity is chosen by name."""
    rng, data = names.rng, names.data
    used: set[str] = set()
    taken = {OFFICER_EMAILS[Role.PRESIDENT], OFFICER_EMAILS[Role.SECRETARY]}

    def name() -> str:
        found = names.person()
        while found in used:
            found = names.person()
        used.add(found)
        return found

    people = []
    for i, institution in enumerate(data["institutions_committee"]):
        roles = [Role.PRESIDENT, Role.MEMBER] if i == 0 else [Role.MEMBER]
        if i in (3, 4):  # in small committees, members also report on dossiers
            roles.append(Role.RAPPORTEUR)
        n = name()
        email = OFFICER_EMAILS[Role.PRESIDENT] if i == 0 else _email(n, COMMITTEE_DOMAIN, taken)
        people.append(Person(name=n, institution=institution, email=email))
        set_roles(people[-1], roles)
    secretary = Person(
        name=name(), institution="Secrétariat du comité (CGET)",
        email=OFFICER_EMAILS[Role.SECRETARY],
    )  # fmt: skip
    set_roles(secretary, [Role.SECRETARY, Role.SECRETARIAT])
    people.append(secretary)
    for _ in range(16):
        n = name()
        p = Person(
            name=n,
            institution=rng.choice(data["institutions_rapporteurs"]),
            email=_email(n, RAPPORTEUR_DOMAIN, taken),
            region=rng.choice(list(data["towns"])),
        )
        set_roles(p, [Role.RAPPORTEUR])
        people.append(p)
    return people


def _review_stage(store: CallStore, call: Call, names: _Names) -> list[Person]:
    rng = names.rng
    people = [
        person_service.add_person(
            store,
            name=p.name,
            institution=p.institution,
            email=p.email,
            roles=roles_of(p),
            region=p.region,
        )
        for p in _committee(names)
    ]
    dossiers = assignment.board(store).dossiers
    # Conflicts: some members and rapporteurs know a pole's lead structure.
    members = [p for p in people if p.is_member and not p.is_chair]
    rapporteurs = [p for p in people if p.is_rapporteur and not p.is_member]
    for p in rng.sample(members, 4) + rng.sample(rapporteurs, 3) if dossiers else ():
        conflicts.declare_conflict(
            store,
            person_id=stored_id(p),
            dossier_id=rng.choice(dossiers).id,
            reason=rng.choice(CONFLICT_REASONS),
        )
    assignment.apply(store, assignment.preview(store))
    quality = {d.id: rng.betavariate(4, 2.5) for d in dossiers}  # latent merit, 0..1
    by_id = {p.id: p for p in people}
    for dossier_id, person_id in sorted(assignment.board(store).cells):
        with review.acting_as(store, by_id[person_id]):
            _review(store, call, rng, dossier_id, quality[dossier_id])
    return people


def _review(
    store: CallStore, call: Call, rng: random.Random, dossier_id: int, quality: float
) -> None:
    """A rapporteur at the scoring dock: each criterion, a comment, the opinion, submit."""
    criteria = call.criteria
    values = {}
    for c in criteria:
        value = round(c.scale_min + quality * (c.scale_max - c.scale_min) + rng.gauss(0, 0.9))
        values[c.code] = float(min(c.scale_max, max(c.scale_min, value)))
        review.set_score(store, dossier_id, stored_id(c), values[c.code])
    review.set_comment(store, dossier_id, stored_id(criteria[0]), rng.choice(REVIEW_COMMENTS))
    total = scoring.weighted_score(criteria, values) or 0.0
    opinion = (
        Opinion.FAVOURABLE if total >= 65 else Opinion.RESERVED if total >= 45
        else Opinion.UNFAVOURABLE
    )  # fmt: skip
    review.set_opinion(store, dossier_id, opinion)
    review.set_summary(
        store,
        dossier_id,
        f"Projet {'solide' if total >= 65 else 'à consolider'} ; note pondérée {total:.0f}/100.",
    )
    review.submit(store, dossier_id)


def _attendance(people: list[Person], chair: Person) -> list[Attendance]:
    """Most members present, two represented by a present member, two excused."""
    members = [p for p in people if p.is_member]
    attendance = [
        Attendance(person_id=stored_id(p), status=AttendanceStatus.PRESENT) for p in members
    ]
    others = [a for a in attendance if a.person_id != chair.id]
    for a in others[-2:]:
        a.status = AttendanceStatus.EXCUSED
    for a, holder in zip(others[-4:-2], others[:2], strict=True):
        a.status = AttendanceStatus.REPRESENTED
        a.proxy_holder_id = holder.person_id
    return attendance


def _session_stage(
    store: CallStore, call: Call, names: _Names, people: list[Person], *, closed: bool
) -> None:
    """The session as the session window (or `ptce session …`) holds it: the ranked dossiers
    (then those the ranking keeps out) on the agenda, attendance, opening, a decision per
    item, closing."""
    rng = names.rng
    chair = next(p for p in people if p.is_chair)
    secretary = next(p for p in people if p.is_secretary)
    agenda = deliberation.default_agenda(store, unranked=True)[:40]
    session_id = deliberation.create_session(
        store, title="Séance plénière du comité de sélection", day=date(call.year, 12, 10),
        time="14:00", place="Paris, 20 avenue de Ségur, salle 1021", chair_id=chair.id,
        secretary_id=secretary.id, dossier_ids=agenda,
    )  # fmt: skip
    deliberation.set_attendance(store, session_id=session_id, attendance=_attendance(people, chair))
    deliberation.open_session(store, session_id=session_id)
    remaining, reserves = call.envelope, 3
    for entry in deliberation.session_report(store, session_id).agenda:
        amount = min(entry.amount_requested, call.grant_max)
        reasons = conditions = ""
        if entry.rank is None:  # below an eliminatory threshold
            outcome, amount = Outcome.NOT_SELECTED, 0.0
            reasons = "Note inférieure au seuil éliminatoire sur au moins un critère."
        elif remaining >= amount:
            outcome = Outcome.SELECTED
            if rng.random() < 0.25:
                outcome = Outcome.SELECTED_WITH_CONDITIONS
                amount = max(float(round(amount * 0.85, -3)), call.grant_min)
                conditions = "Signature d'une convention de mutualisation entre les membres."
                reasons = "Montant réduit : dépenses de fonctionnement partiellement retenues."
        elif remaining >= call.grant_min:
            outcome = Outcome.SELECTED_WITH_CONDITIONS
            amount = float(int(remaining // 1000) * 1000)
            conditions = "Plan de financement à ajuster au montant accordé."
            reasons = "Montant réduit au reliquat de l'enveloppe."
        elif reserves:
            outcome, amount, reserves = Outcome.RESERVE, 0.0, reserves - 1
            reasons = "Enveloppe épuisée ; dossier inscrit sur la liste complémentaire."
        else:
            outcome, amount = rng.choice((Outcome.DEFERRED, Outcome.NOT_SELECTED)), 0.0
            reasons = (
                "Plan de financement à compléter ; dossier à présenter à une séance ultérieure."
                if outcome is Outcome.DEFERRED
                else "Note inférieure aux dossiers retenus dans la limite de l'enveloppe."
            )
        n = entry.voters
        against = rng.randint(0, max(0, n // 4))
        abstain = rng.randint(0, 1) if n - against > 1 else 0
        # The split: left to the service, in proportion to the funders' shares (« Au prorata »).
        deliberation.record_decision(
            store, session_id=session_id, dossier_id=entry.dossier_id, outcome=outcome,
            amount_granted=amount, votes_for=n - against - abstain, votes_against=against,
            votes_abstain=abstain, reasons=reasons, conditions=conditions,
        )  # fmt: skip
        remaining -= amount
    if closed and agenda:  # a session that deliberated nothing cannot be closed
        deliberation.close_session(store, session_id=session_id)
