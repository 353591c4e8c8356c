"""Reading the committee and its rapporteurs from a workbook (sheet `personnes`) or a CSV file.

Columns `nom`, `institution`, `email`, `roles` (comma-separated words), `region`; headers
folded as for candidacies. Every problem is placed by sheet or file, row and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.model import Person
from ..domain.persons import RoleError, email_problem, normalize_region, parse_roles, set_roles
from ..io.parsing import shown
from ..text import t, text_of
from .workbook import Column, Problems, RowReader, read_one_table

SHEET = "personnes"
COLUMNS: tuple[Column, ...] = (
    Column("nom", "Nom", required=True, help="prénom et nom", aliases=("nom et prénom",)),
    Column("institution", "Institution", help="ministère, établissement, réseau…"),
    Column(
        "email",
        "Courriel",
        required=True,
        help="une adresse par personne",
        aliases=("e-mail", "mail", "adresse électronique", "adresse mail"),
    ),
    Column(
        "roles",
        "Rôles",
        required=True,
        help="president, secretaire, membre, rapporteur, secretariat (séparés par des virgules)",
    ),
    Column(
        "region",
        "Région",
        help="région ou code du département de l'institution",
        aliases=("département", "departement"),
    ),
)


@dataclass(slots=True)
class ParsedPeople:
    people: list[Person]
    rows: dict[str, tuple[str, int]]  # e-mail (folded) -> (sheet, row)
    problems: Problems = field(default_factory=Problems)
    email_header: str = "email"

    @property
    def ok(self) -> bool:
        return self.problems.errors_total == 0


def read_people(path: Path) -> ParsedPeople:
    """The persons of the source, each checked; duplicates within the source are errors."""
    problems = Problems()
    table = read_one_table(Path(path), SHEET, COLUMNS, problems)
    parsed = ParsedPeople([], {}, problems)
    if table is None or problems.errors_total:
        return parsed
    parsed.email_header = table.header_of("email")
    if not table.rows:
        problems.error(table.where, None, None, None, t("aucune personne sous l'en-tête"))
    r = RowReader(table, problems)
    for row, cells in table.rows:
        if problems.full:
            break
        r.start(row, cells)
        person = Person(name=r.text("nom", required=True), institution=r.text("institution"))
        email = r.text("email", required=True)
        if email:
            problem = email_problem(email)
            if problem:
                r.error("email", email, problem)
            elif email.casefold() in parsed.rows:
                first = parsed.rows[email.casefold()][1]
                r.error(
                    "email",
                    email,
                    t(
                        "adresse « {email} » en double (ligne {first})",
                        email=shown(email),
                        first=first,
                    ),
                )
            else:
                parsed.rows[email.casefold()] = (table.where, row)
        person.email = email
        roles_text = r.text("roles", required=True)
        try:
            roles = parse_roles(roles_text)
        except RoleError as exc:
            r.error("roles", roles_text, text_of(exc))
        else:
            if roles_text and not roles:
                r.error("roles", roles_text, t("aucun rôle reconnu"))
            set_roles(person, roles)
        region_text = r.text("region")
        region = normalize_region(region_text)
        if region is None:
            r.error(
                "region",
                region_text,
                t(
                    "région ou département « {region_text} » inconnu",
                    region_text=shown(region_text),
                ),
            )
        person.region = region or ""
        if not r.failed:
            parsed.people.append(person)
    return parsed
