"""The package dialogs: preparing rapporteurs' packages (with proposed passphrases) and choosing
between a waiting incoming review and the one in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import packages
from ...services.files import CallStore
from .. import errors

ALL = -1


class PrepareDialog(QDialog):
    """One rapporteur or all of them, a passphrase proposed for each, a folder to write to."""

    def __init__(self, rapporteurs: list[tuple[int, str, int]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préparer les dossiers d'un rapporteur"))
        self.setMinimumWidth(720)
        self.rapporteurs = rapporteurs
        self.who = QComboBox()
        self.who.setObjectName("rapporteurCombo")
        self.who.addItem(self.tr("Tous les rapporteurs ({n})").format(n=len(rapporteurs)), ALL)
        for person_id, name, count in rapporteurs:
            self.who.addItem(
                self.tr("{name} — {n} dossier(s)").format(name=name, n=count), person_id
            )
        self.phrase = QLineEdit(packages.suggest_passphrase())
        self.phrase.setObjectName("passphraseEdit")
        another = QPushButton(self.tr("A&utre phrase"))
        another.clicked.connect(lambda: self.phrase.setText(packages.suggest_passphrase()))
        row = QHBoxLayout()
        row.addWidget(self.phrase, 1)
        row.addWidget(another)
        self.target = QLineEdit(str(Path.home()))
        browse = QPushButton(self.tr("&Choisir…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Rapporteur :"), self.who)
        for text, buddy, field in (
            (self.tr("Phrase de p&asse :"), self.phrase, row),
            (self.tr("&Dossier de sortie :"), self.target, where),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)  # a row holding a layout gets no buddy of its own
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Préparer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.who.currentIndexChanged.connect(self._explain)
        self._explain()

    def _explain(self) -> None:
        everyone = self.who.currentData() == ALL
        self.phrase.setEnabled(not everyone)
        bits = packages.passphrase_bits()
        self.note.setText(
            (
                self.tr("Chaque rapporteur reçoit sa propre phrase de passe, affichée à la fin. ")
                if everyone
                else ""
            )
            + self.tr(
                "Phrases de {words} mots tirés au hasard (≈ {bits} bits). Transmettez-la par un "
                "autre canal que le paquet (téléphone, SMS) et gardez-la : elle ouvre aussi les "
                "retours du rapporteur."
            ).format(words=packages.PASSPHRASE_WORDS, bits=bits)
        )

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de sortie"), self.target.text()
        )
        if name:
            self.target.setText(name)

    def chosen(self) -> list[tuple[int, str, str]]:
        """(person id, name, passphrase) of each package to make."""
        if self.who.currentData() == ALL:
            return [(pid, name, packages.suggest_passphrase()) for pid, name, _ in self.rapporteurs]
        pid = self.who.currentData()
        name = next(n for p, n, _ in self.rapporteurs if p == pid)
        return [(pid, name, self.phrase.text())]

    def folder(self) -> Path:
        return Path(self.target.text())


class PendingDialog(QDialog):
    """Reviews received while a differing submitted one was in place: keep one of the two."""

    def __init__(self, store: CallStore, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Évaluations reçues en attente"))
        self.setMinimumSize(620, 320)
        self.list = QListWidget()
        self.list.setObjectName("pendingList")
        ours = QPushButton(self.tr("Garder la version du &secrétariat"))
        theirs = QPushButton(self.tr("Prendre la version du &rapporteur"))
        ours.clicked.connect(lambda: self._resolve("ours"))
        theirs.clicked.connect(lambda: self._resolve("theirs"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(ours)
        buttons.addWidget(theirs)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        self.items = packages.pending_reviews(self.store)
        for item in self.items:
            ours, theirs = (packages.describe_review(r) for r in (item.ours, item.theirs))
            self.list.addItem(
                self.tr(
                    "{numero} — {rapporteur} (retour n° {sequence}) : en place {ours} ; reçue "
                    "{theirs}"
                ).format(
                    numero=item.numero,
                    rapporteur=item.rapporteur,
                    sequence=item.sequence,
                    ours=ours,
                    theirs=theirs,
                )
            )
        if not self.items:
            self.list.addItem(self.tr("Aucune évaluation en attente."))

    def _resolve(self, keep: str) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.items)):
            return
        item = self.items[row]
        try:
            packages.resolve_pending(
                self.store, numero=item.numero, rapporteur=item.person_id, keep=keep
            )
        except (packages.PackageError, ValueError) as exc:
            errors.show_error(self, self.tr("Évaluations en attente"), errors.message(exc))
        self._fill()
