"""« Nouvelle séance »: date, time, place, officers, which dossiers go on the agenda and whether
the rapporteurs' calibration is shown to the committee — the same choices as `ptce session new
--agenda ranked|eligible|N1,N2 [--calibration]`, through the same services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services import deliberation as delib
from ...services.decision_support import set_calibration_shown
from ...services.files import CallStore, StoreError
from .. import format as fmt
from ..i18n import message
from ..partials.fields import DateField

AGENDA_RANKED, AGENDA_ELIGIBLE, AGENDA_CHOSEN = 0, 1, 2


class NewSessionDialog(QDialog):
    """Creates the session on « Créer »; `session_id` is then set. A refusal stays in the
    dialog with the service's message and writes nothing."""

    def __init__(self, store: CallStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewSessionDialog")
        self.setWindowTitle(self.tr("Nouvelle séance"))
        self.store = store
        self.session_id: int | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit(self.tr("Séance du comité de sélection"))
        self.day = DateField()
        self.day.set_day(date.today())
        self.time = QLineEdit()
        self.time.setPlaceholderText("14:00")
        self.place = QLineEdit()
        self.chair, self.secretary = QComboBox(), QComboBox()
        chairs, secretaries = delib.officer_candidates(store)
        for combo, pool in ((self.chair, chairs), (self.secretary, secretaries)):
            combo.addItem("—", None)
            for p in pool:
                combo.addItem(p.name, p.id)
            combo.setCurrentIndex(1 if pool else 0)
        for caption, widget in (
            (self.tr("&Intitulé :"), self.title),
            (self.tr("&Date :"), self.day),
            (self.tr("&Heure :"), self.time),
            (self.tr("&Lieu :"), self.place),
            (self.tr("&Président(e) :"), self.chair),
            (self.tr("&Secrétaire :"), self.secretary),
        ):
            form.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(" :"))

        layout.addWidget(QLabel("<b>" + self.tr("Ordre du jour") + "</b>"))
        self.choice = QButtonGroup(self)
        self.ranking = delib.ranking(store)
        ranked = delib.default_agenda(store)
        eligible = delib.default_agenda(store, unranked=True)
        for code, text in (
            (
                AGENDA_RANKED,
                self.tr("les dossiers cl&assés non encore réglés ({n})").format(n=len(ranked)),
            ),
            (
                AGENDA_ELIGIBLE,
                self.tr("tous les dossiers éli&gibles non encore réglés ({n})").format(
                    n=len(eligible)
                ),
            ),
            (AGENDA_CHOSEN, self.tr("les dossiers ch&oisis ci-dessous")),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"agendaChoice{code}")
            self.choice.addButton(radio, code)
            layout.addWidget(radio)
        self.choice.button(AGENDA_RANKED).setChecked(True)
        self.dossiers = QListWidget()
        self.dossiers.setObjectName("chosenDossiers")
        self.dossiers.setAccessibleName(self.tr("Dossiers à inscrire"))
        self.dossiers.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for e in self.ranking:
            rank = self.tr("rang {rank}").format(rank=e.rank) if e.rank else self.tr("non classé")
            score = fmt.score(e.weighted_score)
            item = QListWidgetItem(f"{e.numero} — {e.pole_name} ({rank}, {score})")
            item.setData(Qt.ItemDataRole.UserRole, e.dossier_id)
            self.dossiers.addItem(item)
        self.dossiers.itemSelectionChanged.connect(
            lambda: self.choice.button(AGENDA_CHOSEN).setChecked(True)
        )
        layout.addWidget(self.dossiers, 1)
        self.calibration = QCheckBox(
            self.tr("Calibration des rapporteurs montrée au comité (annexe 3 du procès-verbal)")
        )
        self.calibration.setObjectName("calibrationShown")
        self.calibration.setToolTip(
            self.tr(
                "Cochez si le comité voit les notes ajustées de la sévérité des rapporteurs : "
                "le procès-verbal en décrit alors la méthode et ses paramètres."
            )
        )
        layout.addWidget(self.calibration)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Créer la séance"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def agenda(self) -> list[int]:
        choice = self.choice.checkedId()
        if choice == AGENDA_CHOSEN:
            chosen = {i.data(Qt.ItemDataRole.UserRole) for i in self.dossiers.selectedItems()}
            return [e.dossier_id for e in self.ranking if e.dossier_id in chosen]
        return delib.default_agenda(self.store, unranked=choice == AGENDA_ELIGIBLE)

    def accept(self) -> None:
        day = self.day.day()
        if day is None:
            self.message.setText(self.day.problem() or "")
            self.day.setFocus()
            return
        try:
            self.session_id = delib.create_session(
                self.store,
                title=self.title.text(),
                day=day,
                time=self.time.text(),
                place=self.place.text(),
                chair_id=self.chair.currentData(),
                secretary_id=self.secretary.currentData(),
                dossier_ids=self.agenda(),
            )
            if self.calibration.isChecked():
                set_calibration_shown(self.store, session_id=self.session_id, shown=True)
        except (delib.DeliberationError, StoreError, LookupError, ValueError) as exc:
            text = message(exc)
            self.message.setText(text[:1].upper() + text[1:])
            return
        super().accept()
