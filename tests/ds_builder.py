"""Test files shaped like the exports of the State's dossier platform (Démarche Numérique),
built from ../shared/ds-export-format.md: the xlsx and ods workbooks (Dossiers,
Etablissements, Avis, one sheet per repeated block), the csv with the inline établissement
block, and the attachments zip (`export/dossier-<ID>/…`).

`DsExport` holds dossiers as plain parameters; `write_xlsx`, `write_ods`, `write_csv` and
`write_zip` lay them out as the platform does, with the knobs the tests need: both header
generations (`Archivé` / `À archiver`), the `Avis` sheet before and after 2023, a reordered
template, a duplicated header (`Nom` for the contact and for the legal representative).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font, PatternFill

from ptce_desktop.domain.siret import with_check_digit

STAMP = "2022-04-15_10-30"
MEMBERS_SHEET = "(7) Membres du pole"
COFUNDINGS_SHEET = "(12) Cofinancements"
FILE_QUESTIONS = ("Dossier de candidature", "Budget prévisionnel", "Statuts de la structure")
ETAB_COLUMNS = (
    "Établissement siège social",
    "Établissement NAF",
    "Établissement libellé NAF",
    "Établissement Adresse",
    "Établissement numero voie",
    "Établissement type voie",
    "Établissement nom voie",
    "Établissement complément adresse",
    "Établissement code postal",
    "Établissement localité",
    "Établissement code INSEE localité",
    "Entreprise SIREN",
    "Entreprise capital social",
    "Entreprise numero TVA intracommunautaire",
    "Entreprise forme juridique",
    "Entreprise forme juridique code",
    "Entreprise nom commercial",
    "Entreprise raison sociale",
    "Entreprise SIRET siège social",
    "Entreprise code effectif entreprise",
    "Entreprise date de création",
    "Entreprise état administratif",
    "Entreprise nom",
    "Entreprise prénom",
    "Association RNA",
    "Association titre",
    "Association objet",
    "Association date de création",
    "Association date de déclaration",
    "Association date de publication",
)


def siret(n: int) -> str:
    return with_check_digit(f"{732829320 + n:09d}{n % 10000:04d}")


@dataclass(slots=True)
class Avis:
    expert: str
    introduction: str
    answer: str
    question: str = ""
    yes_no: str = ""
    instructeur: str = "instructeur@anct.gouv.fr"
    created: str = "2022-05-02T09:00:00+02:00"
    answered: str = "2022-05-10T17:00:00+02:00"


@dataclass(slots=True)
class DsDossier:
    id: str
    pole: str
    lead: str
    lead_siret: str
    region: str = "Bretagne"
    region_code: str = "53"
    departement: str = "Morbihan"
    departement_code: str = "56"
    commune: str = "Lorient"
    commune_insee: str = "56121"
    amount: float = 100_000
    total: float = 300_000
    jobs: int = 12
    jobs_created: int = 4
    summary: str = "Un pôle de coopération sur le territoire."
    pooling: str = "Locaux partagés, achats groupés"
    contact_first: str = "Anne"
    contact_last: str = "Martin"
    representative_last: str = "Durand"
    phone: str = "02 97 00 00 00"
    email: str = "contact@pole.example.org"
    state: str = "En construction"
    deposited: datetime | None = datetime(2022, 3, 14, 10, 22)
    updated: datetime = datetime(2022, 3, 20, 9, 0)
    instructed: datetime | None = None
    processed: datetime | None = None
    motivation: str = ""
    instructeurs: tuple[str, ...] = ("instructeur@anct.gouv.fr",)
    legal_form: str = "Société coopérative d'intérêt collectif"
    members: list[tuple[str, str, str]] = field(default_factory=list)  # name, category, siret
    cofundings: list[tuple[str, str, float, str]] = field(default_factory=list)
    files: dict[str, list[str]] = field(default_factory=dict)  # question -> file names
    avis: list[Avis] = field(default_factory=list)


def sample_dossiers() -> list[DsDossier]:
    """Three deposited dossiers (one with an expert's opinion) and one draft."""
    return [
        DsDossier(
            id="14000",
            pole="Pôle Mer et littoral de Lorient",
            lead="Les Ateliers du Port",
            lead_siret=siret(1),
            members=[
                ("Les Ateliers du Port", "Structure de l'ESS", siret(1)),
                ("Chantier naval Le Goff", "Entreprise hors ESS", siret(2)),
                ("Lorient Agglomération", "Collectivité", ""),
            ],
            cofundings=[
                ("Région Bretagne", "Collectivité", 40_000, "Acquis"),
                ("Lorient Agglomération", "Collectivité", 20_000, "En cours"),
            ],
            files={
                "Dossier de candidature": ["candidature.pdf"],
                "Budget prévisionnel": ["budget.xlsx"],
                "Statuts de la structure": ["statuts.pdf"],
            },
            avis=[
                Avis(
                    expert="expert.mer@dreal.gouv.fr",
                    introduction="Merci de donner votre avis sur le volet maritime.",
                    answer="Projet solide, partenariats réels.",
                    question="Recommandez-vous ce projet ?",
                    yes_no="Oui",
                )
            ],
        ),
        DsDossier(
            id="14007",
            pole="Pôle Bois et forêt du Morvan",
            lead="SCIC Bois du Morvan",
            lead_siret=siret(3),
            region="Bourgogne-Franche-Comté",
            region_code="27",
            departement="Nièvre",
            departement_code="58",
            commune="Château-Chinon (Ville)",
            commune_insee="58062",
            amount=120_000,
            total=380_000,
            state="En instruction",
            instructed=datetime(2022, 4, 1, 8, 30),
            members=[
                ("SCIC Bois du Morvan", "Structure de l'ESS", siret(3)),
                ("Scierie Martin", "Entreprise hors ESS", siret(4)),
                ("Parc naturel du Morvan", "Autre", ""),
            ],
            cofundings=[("Département de la Nièvre", "Collectivité", 30_000, "Acquis")],
            files={"Dossier de candidature": ["dossier bois.pdf"]},
        ),
        DsDossier(
            id="14012",
            pole="Pôle Alimentation durable du Pays basque",
            lead="Association Sustengu",
            lead_siret=siret(5),
            region="Nouvelle-Aquitaine",
            region_code="75",
            departement="Pyrénées-Atlantiques",
            departement_code="64",
            commune="Bayonne",
            commune_insee="64102",
            amount=90_000,
            total=250_000,
            members=[
                ("Association Sustengu", "Structure de l'ESS", siret(5)),
                ("Conserverie Etxe", "Entreprise hors ESS", siret(6)),
                ("Université de Pau", "Centre de recherche", ""),
            ],
        ),
        DsDossier(
            id="14020",
            pole="",
            lead="Brouillon SARL",
            lead_siret=siret(7),
            state="Brouillon",
            deposited=None,
            amount=0,
            total=0,
        ),
    ]


@dataclass(slots=True)
class DsExport:
    """One export of a procedure; `write_*` lay it out as the platform does."""

    dossiers: list[DsDossier] = field(default_factory=sample_dossiers)
    procedure: str = "ami-ptce-2022"
    stamp: str = STAMP
    archive_header: str = "À archiver"  # « Archivé » until December 2024
    avis_2023: bool = True  # the Avis sheet's columns since March 2023
    reordered: bool = False  # an export template with the questions in another order
    file_questions: tuple[str, ...] = FILE_QUESTIONS
    omit: tuple[str, ...] = ()  # questions a republished form no longer has
    commune_label: str = "Commune principale"  # a commune question's label
    category_header: str = "Catégorie"  # or a yes/no question: « Structure de l'ESS ? »

    def name(self, ext: str) -> str:
        return f"dossiers_{self.procedure}_{self.stamp}.{ext}"

    def with_changes(self, **changes: object) -> DsExport:
        return replace(self, **changes)  # type: ignore[arg-type]

    # -- tables -----------------------------------------------------------------------------

    def _questions(self, d: DsDossier) -> list[tuple[str, object]]:
        questions: list[tuple[str, object]] = [
            ("Nom du pôle", d.pole),
            ("Région", d.region),
            ("Région (Code)", d.region_code),
            ("Département", d.departement),
            ("Département (Code)", d.departement_code),
            (self.commune_label, d.commune),
            (f"{self.commune_label} (Code INSEE)", d.commune_insee),
            (f"{self.commune_label} (Département)", d.departement_code),
            ("Montant de la subvention demandée", d.amount),
            ("Coût total du projet", d.total),
            ("Nombre d'emplois existants", d.jobs),
            ("Emplois créés par le projet", d.jobs_created),
            ("Présentation du projet", d.summary),
            ("Mutualisations envisagées", d.pooling),
            ("Nom", d.contact_last),
            ("Prénom", d.contact_first),
            ("Téléphone", d.phone),
            ("Nom", d.representative_last),  # the legal representative: a second « Nom »
            ("Le projet associe-t-il une collectivité ?", "Oui" if d.cofundings else "Non"),
        ]
        for q in self.file_questions:
            questions.append((q, ", ".join(d.files.get(q, []))))
        questions.append(("Avis de l'instructeur", ""))  # a private annotation, last
        questions = [q for q in questions if q[0] not in self.omit]
        if self.reordered:
            head, private = questions[:-1], questions[-1:]
            questions = head[::-1] + private
        return questions

    def _leading(self, d: DsDossier, *, inline: bool) -> list[tuple[str, object]]:
        cols: list[tuple[str, object]] = [("ID", d.id), ("Email", d.email)]
        if inline:
            cols += [("Établissement SIRET", d.lead_siret)]
            cols += [(c, self._etab(d).get(c, "")) for c in ETAB_COLUMNS]
        else:
            cols += [("Entreprise raison sociale", d.lead)]
        cols += [
            (self.archive_header, "false"),
            ("État du dossier", d.state),
            ("Dernière mise à jour le", d.updated),
            ("Déposé le", d.deposited),
            ("Passé en instruction le", d.instructed),
            ("Traité le", d.processed),
            ("Motivation de la décision", d.motivation),
            ("Instructeurs", " ".join(d.instructeurs)),
        ]
        return cols

    def _etab(self, d: DsDossier) -> dict[str, object]:
        return {
            "Établissement siège social": "true",
            "Établissement code postal": "56100",
            "Établissement localité": d.commune,
            "Entreprise SIREN": d.lead_siret[:9],
            "Entreprise forme juridique": d.legal_form,
            "Entreprise raison sociale": d.lead,
        }

    def dossiers_table(self, *, inline: bool = False, dates_as_text: bool = False) -> list[list]:
        header: list[str] = []
        rows: list[list] = []
        for d in self.dossiers:
            cols = self._leading(d, inline=inline) + self._questions(d)
            header = [c for c, _ in cols]
            values = [v for _, v in cols]
            if dates_as_text:
                values = [v.isoformat() if isinstance(v, datetime) else v for v in values]
            rows.append(values)
        return [header, *rows]

    def etablissements_table(self) -> list[list]:
        header = [
            "Dossier ID",
            "Champ",
            "Établissement SIRET",
            "Etablissement enseigne",
            *ETAB_COLUMNS,
        ]
        rows: list[list] = []
        # SIRET-question rows first (a member's SIRET asked in the form), then the applicants.
        for d in self.dossiers:
            for name, _cat, member_siret in d.members[1:2]:
                rows.append(
                    [d.id, "SIRET du partenaire", member_siret, name] + ["" for _ in ETAB_COLUMNS]
                )
        for d in self.dossiers:
            etab = self._etab(d)
            rows.append(
                [d.id, "Dossier", d.lead_siret, ""] + [etab.get(c, "") for c in ETAB_COLUMNS]
            )
        return [header, *rows]

    def avis_table(self) -> list[list]:
        if self.avis_2023:
            header = [
                "Dossier ID",
                "Introduction",
                "Réponse",
                "Question",
                "Réponse oui/non",
                "Créé le",
                "Répondu le",
                "Instructeur",
                "Expert",
            ]
        else:
            header = [
                "Dossier ID",
                "Question / Introduction",
                "Réponse",
                "Créé le",
                "Répondu le",
                "Instructeur",
                "Expert",
            ]
        rows = []
        for d in self.dossiers:
            for a in d.avis:
                if self.avis_2023:
                    rows.append(
                        [
                            d.id,
                            a.introduction,
                            a.answer,
                            a.question,
                            a.yes_no,
                            a.created,
                            a.answered,
                            a.instructeur,
                            a.expert,
                        ]
                    )
                else:
                    rows.append(
                        [
                            d.id,
                            a.introduction,
                            a.answer,
                            a.created,
                            a.answered,
                            a.instructeur,
                            a.expert,
                        ]
                    )
        return [header, *rows]

    def block_tables(self) -> dict[str, list[list]]:
        members = [
            [
                "Dossier ID",
                "Ligne",
                "Nom de la structure",
                self.category_header,
                "SIRET",
                "Rôle dans le pôle",
            ]
        ]
        cofundings = [
            ["Dossier ID", "Ligne", "Financeur", "Type de financeur", "Montant", "Statut"]
        ]
        for d in self.dossiers:
            for i, (name, category, member_siret) in enumerate(d.members, start=1):
                members.append([d.id, i, name, category, member_siret, "membre"])
            for i, (funder, kind, amount, status) in enumerate(d.cofundings, start=1):
                cofundings.append([d.id, i, funder, kind, amount, status])
        blocks = {}
        if len(members) > 1:
            blocks[MEMBERS_SHEET] = members
        if len(cofundings) > 1:
            blocks[COFUNDINGS_SHEET] = cofundings
        return blocks

    def sheets(self, *, dates_as_text: bool = False) -> dict[str, list[list]]:
        return {
            "Dossiers": self.dossiers_table(dates_as_text=dates_as_text),
            "Etablissements": self.etablissements_table(),
            "Avis": self.avis_table(),
            **self.block_tables(),
        }

    # -- files ------------------------------------------------------------------------------

    def write_xlsx(self, folder: Path) -> Path:
        path = folder / self.name("xlsx")
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, table in self.sheets().items():
            sheet = book.create_sheet(title)
            for row in table:
                sheet.append([None if v == "" else v for v in row])
            for cell in sheet[1]:
                cell.font = Font(bold=True, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor="000000")
        book.save(path)
        return path

    def write_ods(self, folder: Path) -> Path:
        path = folder / self.name("ods")
        write_ods(path, self.sheets(dates_as_text=True))
        return path

    def write_csv(self, folder: Path) -> Path:
        path = folder / self.name("csv")
        out = io.StringIO()
        writer = csv.writer(out, delimiter=",", quotechar='"', lineterminator="\n")
        for row in self.dossiers_table(inline=True, dates_as_text=True):
            writer.writerow(["" if v is None else v for v in row])
        path.write_bytes(out.getvalue().encode("utf-8"))
        return path

    def write_zip(self, folder: Path) -> Path:
        """The attachments export: no spreadsheet; pieces renamed `<name>-<timestamp>-<n>`."""
        path = folder / self.name("zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for d in self.dossiers:
                base = f"export/dossier-{d.id}"
                z.writestr(f"{base}/export-{d.id}-15-04-2022-10-30-1.pdf", pdf_bytes(d.pole))
                n = 0
                for files in d.files.values():
                    for name in files:
                        n += 1
                        stem, _dot, ext = name.rpartition(".")
                        stamped = f"{stem}-14-03-2022-10-22-{n}.{ext}"
                        z.writestr(
                            f"{base}/pieces_justificatives/{stamped}", f"{d.id}:{name}".encode()
                        )
                z.writestr(f"{base}/messagerie/message-1.txt", b"Bonjour, merci.")
                z.writestr(f"{base}/avis/avis-1.pdf", pdf_bytes("avis"))
        return path


def pdf_bytes(title: str) -> bytes:
    return f"%PDF-1.4\n% {title}\n%%EOF\n".encode()


def write_ods(path: Path, sheets: dict[str, list[list]]) -> None:
    """A minimal OpenDocument spreadsheet (numbers as float cells, the rest as text)."""

    def cell(v: object) -> str:
        if v is None or v == "":
            return "<table:table-cell/>"
        if isinstance(v, int | float) and not isinstance(v, bool):
            return (
                f'<table:table-cell office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>"
            )
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}'
            "</text:p></table:table-cell>"
        )

    tables = "".join(
        f'<table:table table:name="{escape(title)}">'
        + "".join("<table:table-row>" + "".join(map(cell, r)) + "</table:table-row>" for r in rows)
        + "</table:table>"
        for title, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def newer_export(base: DsExport) -> DsExport:
    """A week later: 14000 asks for more and is accepted, 14007 is gone from the export,
    14025 is new, the draft is still a draft."""
    dossiers = []
    for d in base.dossiers:
        if d.id == "14007":
            continue
        if d.id == "14000":
            d = replace(
                d,
                amount=110_000,
                state="Accepté",
                processed=datetime(2022, 5, 20, 16, 0),
                motivation="Projet retenu par le comité régional.",
                members=[*d.members, ("Lycée maritime", "Organisme de formation", "")],
                avis=[
                    replace(d.avis[0], answer="Projet solide ; le volet formation est à suivre.")
                ],
            )
        dossiers.append(d)
    dossiers.append(
        DsDossier(
            id="14025",
            pole="Pôle Textile circulaire de Roubaix",
            lead="Coopérative Fil",
            lead_siret=siret(8),
            region="Hauts-de-France",
            region_code="32",
            departement="Nord",
            departement_code="59",
            commune="Roubaix",
            commune_insee="59512",
            amount=95_000,
            deposited=datetime(2022, 4, 20, 11, 0),
            members=[("Coopérative Fil", "Structure de l'ESS", siret(8))],
        )
    )
    return base.with_changes(dossiers=dossiers, stamp="2022-04-22_09-15")
