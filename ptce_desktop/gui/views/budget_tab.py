"""Budget tab: total cost, grant requested, co-fundings by status with shares of the cost."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from ...services.browse import Budget, DossierFile, budget
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.records import Column, RecordTableModel
from ..uiloader import child, load_ui

translate = QCoreApplication.translate


@dataclass(slots=True, frozen=True)
class _Line:
    label: str
    detail: str
    amount: float | None
    share: float | None
    strong: bool = False  # group titles and subtotals


# The service's headings, shown in the interface's language.
_HEADINGS = (
    QT_TRANSLATE_NOOP("BudgetTab", "Subvention demandée (PTCE)"),
    QT_TRANSLATE_NOOP("BudgetTab", "Cofinancements acquis"),
    QT_TRANSLATE_NOOP("BudgetTab", "Cofinancements sollicités"),
    QT_TRANSLATE_NOOP("BudgetTab", "Autofinancement et autres ressources"),
)


def _heading(text: str) -> str:
    return translate("BudgetTab", text) if text in _HEADINGS else text


def _lines(b: Budget) -> list[_Line]:
    r = b.requested
    lines = [_Line(_heading(r.label), "", r.amount, r.share, True)]
    for g in b.groups:
        lines.append(_Line(_heading(g.title), "", g.total, g.share, True))
        lines += [_Line(f"    {x.label}", x.detail, x.amount, x.share) for x in g.lines]
    if b.remainder is not None:
        r = b.remainder
        lines.append(_Line(_heading(r.label), "", r.amount, r.share, True))
    return lines


_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Poste"),
    QT_TRANSLATE_NOOP("columns", "Nature"),
    QT_TRANSLATE_NOOP("columns", "Montant"),
    QT_TRANSLATE_NOOP("columns", "Part du coût total"),
)
COLUMNS = (
    Column[_Line]("Poste", lambda x: x.label, bold=lambda x: x.strong),
    Column[_Line]("Nature", lambda x: x.detail),
    Column[_Line](
        "Montant",
        lambda x: fmt.eur(x.amount),
        align_right=True,
        bold=lambda x: x.strong,
        colour=lambda x: "#b3261e" if x.amount is not None and x.amount < 0 else None,
    ),
    Column[_Line]("Part du coût total", lambda x: fmt.percent(x.share), align_right=True),
)


def _figure(caption: str, value: str) -> str:
    return (
        f"<span style='color:#555'>{caption}</span><br><span style='font-size:14pt'>{value}</span>"
    )


class BudgetTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("budget_tab", self)
        self.total_label = child(self, QLabel, "totalCostLabel")
        self.requested_label = child(self, QLabel, "requestedLabel")
        self.cofunded_label = child(self, QLabel, "cofundedLabel")
        self.table = child(self, QTableView, "budgetTable")
        self.note = child(self, QLabel, "budgetNote")
        self.model: RecordTableModel[_Line] = RecordTableModel(COLUMNS, self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # « Poste » is never cut: it takes its text's width, « Nature » the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def show_file(self, f: DossierFile) -> None:
        b = budget(f.dossier)
        cofunded = sum(g.total for g in b.groups)
        self.total_label.setText(_figure(self.tr("Coût total du projet"), fmt.eur(b.total_cost)))
        self.requested_label.setText(
            _figure(
                self.tr("Subvention demandée"),
                f"{fmt.eur(b.requested.amount)} "
                f"<span style='font-size:10pt;color:#555'>"
                f"({fmt.percent(b.requested.share)})</span>",
            )
        )
        self.cofunded_label.setText(_figure(self.tr("Cofinancements"), fmt.eur(cofunded)))
        self.model.set_records(_lines(b))
        if b.total_cost is None:
            self.note.setText(
                self.tr("Coût total non renseigné : les parts ne peuvent être calculées.")
            )
        elif b.remainder is not None and b.remainder.amount < 0:
            self.note.setText(
                self.tr(
                    "Attention : la subvention et les cofinancements dépassent le coût total "
                    "déclaré."
                )
            )
        else:
            self.note.setText(self.tr("Parts calculées sur le coût total déclaré par le porteur."))
