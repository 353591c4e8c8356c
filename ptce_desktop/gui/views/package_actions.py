"""Rapporteurs offline in the window: Fichier > Exporter > Préparer les dossiers d'un
rapporteur…, Fichier > Importer > Retour d'un rapporteur…, Fichier > Renvoyer au secrétariat…,
Affichage > Évaluations reçues en attente…, and opening a `.ptcepkg` in rapporteur mode
(identity fixed to the package's rapporteur). All the work runs on the task runner."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from ...io.package import read_meta
from ...services import packages
from ...services.files import open_call
from ...services.package_origin import origin_of
from ...text import text_of
from .. import errors
from ..tasks import Job, JobContext
from .package_dialogs import PendingDialog, PrepareDialog
from .rapporteur_badge import show_badge

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ..main_window import MainWindow


def package_filter() -> str:
    return translate(
        "PackageActions", "Paquets de rapporteur (*{extension});;Tous les fichiers (*)"
    ).format(extension=packages.PACKAGE_EXTENSION)


def ask_passphrase(window: MainWindow, text: str) -> str | None:
    value, ok = QInputDialog.getText(
        window, translate("PackageActions", "Phrase de passe"), text, QLineEdit.EchoMode.Password
    )
    return value if ok and value.strip() else None


# -- laptop side ------------------------------------------------------------------------------


def open_package_file(window: MainWindow, path: Path, passphrase: str | None = None) -> Job | None:
    """Ask the passphrase, unpack (or resume) the working copy, open it as its rapporteur."""
    passphrase = passphrase or ask_passphrase(
        window,
        translate(
            "PackageActions", "Phrase de passe du paquet {name} (reçue du secrétariat) :"
        ).format(name=path.name),
    )
    if passphrase is None:
        return None

    def work(_ctx: JobContext) -> packages.Opened:
        return packages.open_package(path, passphrase=passphrase)

    def done(opened: packages.Opened) -> None:
        window.package_passphrase = passphrase
        window._forced_user = opened.rapporteur  # identity fixed: rapporteur mode
        if opened.state == "updated":
            window.statusBar().showMessage(
                translate(
                    "PackageActions", "Nouvelle édition du paquet : {n} dossier(s) ajouté(s)"
                ).format(n=len(opened.added)),
                15_000,
            )
        window.open_call(opened.call_file, remember=False)

    return window.run_task(
        work,
        label=translate("PackageActions", "Ouverture du paquet {name}").format(name=path.name),
        on_done=done,
    )


def send_back(window: MainWindow, out: Path | None = None) -> Job | None:
    """Fichier > Renvoyer au secrétariat: the next return, written where the user chooses."""
    store = window.store
    origin = origin_of(store) if store else None
    if store is None or origin is None:
        errors.show_error(
            window,
            translate("PackageActions", "Renvoyer"),
            translate("PackageActions", "Ce fichier n'est pas un paquet de rapporteur."),
        )
        return None
    if out is None:
        start = Path.home() / f"retour-{store.actor}-{origin.last_return + 1}.ptcepkg"
        name, _ = QFileDialog.getSaveFileName(
            window,
            translate("PackageActions", "Renvoyer au secrétariat"),
            str(start),
            package_filter(),
        )
        if not name:
            return None
        out = Path(name)
    passphrase = getattr(window, "package_passphrase", None) or ask_passphrase(
        window, translate("PackageActions", "Phrase de passe du paquet :")
    )
    if passphrase is None:
        return None
    path, actor = store.path, store.actor

    def work(_ctx: JobContext) -> packages.Returned:
        with open_call(path, actor=actor) as copy:
            return packages.make_return(copy, out=out, passphrase=passphrase)

    def done(result: packages.Returned) -> None:
        if window.store is not None:
            show_badge(window, origin_of(window.store))
        window.statusBar().showMessage(
            translate(
                "PackageActions",
                "Retour n° {sequence} écrit : {path} ({reviews} évaluations, {annotations} "
                "annotations) — à remettre au secrétariat",
            ).format(
                sequence=result.sequence,
                path=result.path,
                reviews=result.reviews,
                annotations=result.annotations,
            ),
            20_000,
        )

    return window.run_task(
        work, label=translate("PackageActions", "Retour au secrétariat"), on_done=done
    )


# -- secretariat side -------------------------------------------------------------------------


def prepare(window: MainWindow) -> None:
    if window.store is None:
        errors.show_error(
            window,
            translate("PackageActions", "Préparer"),
            translate("PackageActions", "Ouvrez d'abord un fichier d'appel."),
        )
        return
    dialog = PrepareDialog(packages.rapporteurs_with_dossiers(window.store), window)
    if not dialog.exec():
        return
    chosen, folder = dialog.chosen(), dialog.folder()
    path, actor = window.store.path, window.store.actor

    def work(ctx: JobContext) -> list[tuple[packages.Exported, str]]:
        made = []
        with open_call(path, actor=actor) as store:
            for i, (person_id, name, passphrase) in enumerate(chosen):
                ctx.check()
                ctx.progress(int(100 * i / len(chosen)), name)
                out = folder / f"{packages.file_stem(name)}{packages.PACKAGE_EXTENSION}"
                made.append(
                    (
                        packages.export_package(
                            store, rapporteur=person_id, out=out, passphrase=passphrase
                        ),
                        passphrase,
                    )
                )
        return made

    def done(made: list[tuple[packages.Exported, str]]) -> None:
        lines = [
            translate(
                "PackageActions", "{rapporteur} : {file} ({n} dossiers) — phrase : {phrase}"
            ).format(rapporteur=e.rapporteur, file=e.path.name, n=e.dossiers, phrase=phrase)
            for e, phrase in made
        ]
        text = translate(
            "PackageActions",
            "{n} paquet(s) écrit(s) dans {folder}.\nTransmettez chaque phrase de passe par un "
            "autre canal que le paquet (téléphone, SMS).",
        ).format(n=len(made), folder=folder)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("PackageActions", "Paquets préparés"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setDetailedText("\n".join(lines))
        box.open()

    window.run_task(
        work, label=translate("PackageActions", "Préparation des paquets"), on_done=done
    )


def import_returns(window: MainWindow, files: list[Path] | None = None,
                   phrases: dict[Path, str] | None = None) -> Job | None:  # fmt: skip
    if window.store is None:
        errors.show_error(
            window,
            translate("PackageActions", "Importer"),
            translate("PackageActions", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    if files is None:
        names, _ = QFileDialog.getOpenFileNames(
            window,
            translate("PackageActions", "Retours de rapporteurs"),
            str(window.store.path.parent),
            package_filter(),
        )
        files = [Path(n) for n in names]
    phrases = dict(phrases or {})
    for f in files:
        if f not in phrases:
            try:
                who = packages.rapporteur_of(window.store, read_meta(f).rapporteur_id)
            except (packages.PackageError, OSError) as exc:
                errors.show_error(
                    window, translate("PackageActions", "Importer"), errors.message(exc)
                )
                return None
            phrase = ask_passphrase(
                window,
                translate("PackageActions", "Phrase de passe du retour de {who} ({file}) :").format(
                    who=who, file=f.name
                ),
            )
            if phrase is None:
                return None
            phrases[f] = phrase
    path, actor = window.store.path, window.store.actor

    def work(ctx: JobContext) -> list[str]:
        lines: list[str] = []
        with open_call(path, actor=actor) as store:
            for i, f in enumerate(files):
                ctx.progress(int(100 * i / len(files)), f.name)
                try:
                    lines += packages.import_return(store, f, passphrase=phrases[f]).lines()
                except packages.PackageError as exc:
                    lines.append(text_of(exc))
            waiting = packages.pending_reviews(store)
        if waiting:
            lines.append(
                translate(
                    "PackageActions",
                    "{n} évaluation(s) en attente : Affichage > Évaluations reçues en attente…",
                ).format(n=len(waiting))
            )
        return lines

    def done(lines: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("PackageActions", "Retours de rapporteurs"),
            "\n".join(errors.message(line) for line in lines if not line.startswith("  ")),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("returnsSummary")
        box.setDetailedText("\n".join(errors.message(line) for line in lines))
        box.open()
        window.reload()

    return window.run_task(
        work, label=translate("PackageActions", "Import des retours"), on_done=done
    )


def show_pending(window: MainWindow) -> None:
    if window.store is None:
        return
    PendingDialog(window.store, window).exec()
    window.reload()
