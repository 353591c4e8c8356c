"""What the services report after a job (import summaries, the package returns' lines, the
dossiers compared side by side) reads in English when the interface is in English, while the
French text the CLI prints stays as it was (issue #15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ptce_desktop.domain.model import Person
from ptce_desktop.gui import i18n
from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.gui.setup import configure_application
from ptce_desktop.gui.views import package_actions
from ptce_desktop.gui.views.import_dialog import ImportDialog
from ptce_desktop.services import importing, packages
from ptce_desktop.services import review as desk
from ptce_desktop.services.demo import make_demo
from ptce_desktop.services.grids import GridImport
from ptce_desktop.services.packages import ImportSummary
from ptce_desktop.store.db import CallStore
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle, open_and_wait
from tests.package_helpers import PASSPHRASE, three_rapporteurs
from tests.test_gui_import import _workbook
from tests.test_translations import FRENCH, QUOTED


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    configure_application(qapp, lang="en")
    yield
    configure_application(qapp, lang="fr")


def french_in(texts: list[str], *data: str) -> list[str]:
    """The texts still in French, once tags, quoted names and the call's own data are gone."""
    found = []
    for text in texts:
        text = QUOTED.sub("", re.sub(r"<[^>]+>", " ", text))
        for value in data:
            text = text.replace(value, "")
        if FRENCH.search(text):
            found.append(text)
    return found


def test_summaries_read_as_before_in_french_and_in_english_in_the_interface(qapp) -> None:  # type: ignore[no-untyped-def]
    result = importing.ImportResult(
        added=2,
        changed=1,
        unchanged=3,
        members=4,
        cofundings=5,
        attachments=6,
        screened=3,
        eligible=2,
        backup=Path("b"),
    )
    assert result.summary() == (
        "2 dossier(s) ajouté(s), 1 mis à jour, 3 inchangé(s) ; 4 membre(s), 5 cofinancement(s), "
        "6 pièce(s) ; éligibilité contrôlée sur 3 dossier(s), 2 éligible(s)"
    )
    back = ImportSummary(
        file="r.ptcepkg",
        package_id="p",
        sequence=2,
        rapporteur="Paul",
        added=["évaluation PTCE-1"],
        doubled=["annotation sur PTCE-2"],
    )
    assert back.lines()[0] == (
        "r.ptcepkg : retour n° 2 (Paul) : 1 ajouté(s), 0 remplacé(s), 0 inchangé(s), "
        "0 supprimé(s), 0 en attente, 0 refusé(s), 1 modifié(s) des deux côtés (les deux "
        "versions gardées)"
    )
    assert back.lines()[1] == "  en double : annotation sur PTCE-2"
    grid = GridImport(person=Person(name="Paul"), changed=["A", "B"], unchanged=[],
                      submitted=["A"], incomplete=["B"])  # fmt: skip
    assert grid.summary() == (
        "grille de Paul : 2 évaluation(s) modifiée(s), 0 inchangée(s), 1 soumise(s) ; "
        "incomplètes, non soumises : B"
    )
    configure_application(qapp, lang="en")
    try:
        assert i18n.message(result.summary()) == (
            "2 application(s) added, 1 updated, 3 unchanged; 4 member(s), 5 co-funding(s), "
            "6 attachment(s); eligibility checked on 3 application(s), 2 eligible"
        )
        assert i18n.message(back.lines()[0]) == (
            "r.ptcepkg: return no. 2 (Paul): 1 added, 0 replaced, 0 unchanged, 0 deleted, "
            "0 waiting, 0 refused, 1 changed on both sides (both versions kept)"
        )
        assert i18n.message(grid.summary()) == (
            "grid of Paul: 2 review(s) changed, 0 unchanged, 1 submitted; incomplete, not "
            "submitted: B"
        )
        # A plain French item (as an older caller gives) is shown as it is.
        assert i18n.message(back.lines()[1]) == "  doubled: annotation sur PTCE-2"
    finally:
        configure_application(qapp, lang="fr")


def test_an_import_preview_and_its_result_in_english(
    qtbot, english, demo_call: Path, tmp_path: Path, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    """A real import through the dialog, then the same source again with « update » and one
    amount changed: the summary, the changed fields and the status line are in English."""
    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, demo_call, error_dialogs)
    window.action("actionImportDossiers").trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    source = _workbook(tmp_path / "septembre.xlsx")
    dialog.source_edit.setText(str(source))
    qtbot.keyClick(dialog.source_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    summary = dialog.summary_label.text()
    assert "2 application(s) to add, 0 to update; 2 member(s)" in summary
    assert french_in([summary], source.name) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=WAIT_MS)
    status = window.statusBar().currentMessage()
    assert status.startswith("Import finished: 2 application(s) added")
    assert french_in([status]) == []

    window.action("actionImportDossiers").trigger()
    again = [d for d in window.findChildren(ImportDialog) if d.isVisible()][-1]
    _workbook(source, amount="160 000 €")
    again.update_check.setChecked(True)
    again.plan = None
    again.source_edit.setText(str(source))
    qtbot.keyClick(again.source_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.plan is not None and again.plan.update, timeout=WAIT_MS)
    model = again.preview_model
    details = [str(model.index(r, 4).data()) for r in range(model.rowCount())]
    assert "amount requested" in details
    summary = again.summary_label.text()
    assert "0 application(s) to add, 1 to update, 1 unchanged" in summary
    assert french_in([summary, *details], source.name) == []
    assert not error_dialogs
    again.close()
    close_when_idle(qtbot, window)


def test_the_returns_summary_in_english(
    qtbot, english, cheap_scrypt, tmp_path: Path, error_dialogs
) -> None:  # type: ignore[no-untyped-def]
    """A return whose note was changed on both sides: its summary and its detail lines."""
    path = tmp_path / "appel.ptce"
    make_demo(path, dossiers=6, stage="review", actor="Secrétariat").close()
    who = three_rapporteurs(path)[0]
    with CallStore.open(path, actor=who.name) as office:
        note = desk.add_note(office, who.fresh[0], "Première idée")
        packages.export_package(
            office, rapporteur=who.id, out=tmp_path / "p.ptcepkg", passphrase=PASSPHRASE
        )
    opened = packages.open_package(
        tmp_path / "p.ptcepkg", passphrase=PASSPHRASE, workdir=tmp_path / "portable"
    )
    out = tmp_path / "retour.ptcepkg"
    with CallStore.open(opened.call_file, actor=who.name) as laptop:
        desk.edit_note(laptop, note, body="Idée du portable", shared=False)
        packages.make_return(laptop, out=out, passphrase=PASSPHRASE)
    with CallStore.open(path, actor=who.name) as office:
        desk.edit_note(office, note, body="Idée du bureau", shared=False)
        numeros = [r[0] for r in office.conn.execute("SELECT numero FROM dossiers")]

    window = MainWindow(user="Secrétariat")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, path, error_dialogs)
    package_actions.import_returns(window, [out], {out: PASSPHRASE})
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "returnsSummary") is not None,
                    timeout=WAIT_MS)  # fmt: skip
    box = window.findChild(QMessageBox, "returnsSummary")
    assert "1 changed on both sides (both versions kept)" in box.text()
    assert "  doubled: note on " in box.detailedText()
    lines = [box.text(), *box.detailedText().splitlines()]
    assert french_in(lines, who.name, out.name, *numeros) == []
    box.close()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    close_when_idle(qtbot, window)


def test_the_category_titles_are_the_domain_labels_capitalised() -> None:
    from ptce_desktop.domain.model import MEMBER_CATEGORY_LABELS
    from ptce_desktop.services.compare import CATEGORY_TITLES

    assert CATEGORY_TITLES.keys() == MEMBER_CATEGORY_LABELS.keys()
    for category, label in MEMBER_CATEGORY_LABELS.items():
        assert CATEGORY_TITLES[category] == label[:1].upper() + label[1:]


def test_dossiers_side_by_side_in_english_while_the_rows_stay_french(
    committee_window, english, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """« Dossiers côte à côte »: sections, row titles, ranks and co-funding states in English in
    the window; the comparison itself (what the PDF and the CLI print) keeps its French."""
    from ptce_desktop.services import compare
    from ptce_desktop.store.calls import read_criteria

    w = committee_window
    w.open_file()
    store = w.store
    ids = [r[0] for r in store.conn.execute("SELECT id FROM dossiers ORDER BY numero LIMIT 3")]
    w.dossier_list.select_dossier(ids[0])
    w.action("actionCompareDossiers").trigger()
    win = w.compare_window
    win.picks[2].setCurrentIndex(win.picks[2].findData(ids[2]))
    assert win.picked_ids() == ids
    model = win.dossiers_model
    titles = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert {"IDENTIFICATION", "MEMBERS", "Region", "Members (total)", "Rank"} <= set(titles)
    rank = titles.index("Rank")
    ranks = [str(model.index(rank, c).data()) for c in (1, 2, 3)]
    cofunders = titles.index("Co-funders")
    funding = [str(model.index(cofunders, c).data()) for c in (1, 2, 3)]
    assert any("(secured)" in f or "(requested)" in f for f in funding)
    criteria = [c.label for c in read_criteria(store)]
    # « Département » is the catalogue's English too (a French administrative unit).
    assert french_in([*titles, *ranks], *criteria, "Département") == []
    # The same rows for the PDF and the CLI: in French.
    rows = compare.compare_dossiers(store, ids).rows
    assert {"Identification", "Membres"} <= {r.section for r in rows}
    assert "Coût total du projet" in {r.label for r in rows}
    assert any(" (acquis)" in v or " (sollicité)" in v for r in rows for v in r.values)


def test_a_stored_eligibility_reason_is_read_back_and_shown_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """The reasons are stored in French; each one a rule writes reads back as its template and
    values (so the Eligibility tab shows it in English), an unknown text stays as it is."""
    import ast
    import dataclasses

    import ptce_desktop.domain.eligibility as eligibility
    from ptce_desktop.domain.model import Cofunding
    from ptce_desktop.text import Message
    from tests.helpers import sample_dossier
    from tests.test_domain_eligibility import CALL

    written = set()
    for module in ("eligibility", "siret"):
        tree = ast.parse((Path(eligibility.__file__).parent / f"{module}.py").read_text())
        written |= {
            n.args[0].value
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "t"
        }
    assert set(eligibility.REASON_TEMPLATES) == written
    poor = dataclasses.replace(
        sample_dossier(), members=[], attachments=[], lead_siret="123", amount_requested=1_000.0,
        cofundings=[Cofunding(funder="Ville de Nevers", funder_type="collectivité territoriale",
                              amount=900_000.0)],
    )  # fmt: skip
    results = eligibility.evaluate(CALL, poor) + eligibility.evaluate(CALL, sample_dossier())
    stored = [str(r.reason) for r in results]  # as the file keeps them: plain French
    back = [eligibility.reason_message(s) for s in stored]
    assert all(isinstance(b, Message) for b in back) and back == stored
    assert [b.template for b in back] == [r.reason.template for r in results]  # type: ignore[attr-defined]
    assert (
        eligibility.reason_message("un motif d'une autre version") == "un motif d'une autre version"
    )
    configure_application(qapp, lang="en")
    try:
        shown = [i18n.message(b) for b in back]
    finally:
        configure_application(qapp, lang="fr")
    assert "0 members, at least 3 are required" in shown
    assert "SIRET “123”: 14 digits expected" in shown
    assert french_in(shown, "Ville de Nevers", "dossier_candidature") == []


def test_a_hostile_funder_name_is_read_back_whole_and_at_once() -> None:
    """A candidate's funder name full of the template's own words: the reason still splits at
    the right places (the name is the free text, the figures come after it), and in linear
    time: a backtracking pattern took 40 s on the GUI thread for a 7,000-character name."""
    import ptce_desktop.domain.eligibility as eligibility
    from ptce_desktop.text import Message

    name = "Ville : x soit y du coût total (maximum z" * 150
    template = "{funder} : {amount} soit {share} du coût total (maximum {most} par collectivité)"
    reason = template.format(funder=name, amount="900 000 €", share="75 %", most="50 %")
    back = eligibility.reason_message(reason)
    assert isinstance(back, Message) and back.template == template
    assert back.values == {"funder": name, "amount": "900 000 €", "share": "75 %", "most": "50 %"}
    assert eligibility.reason_message("SIRET « » : 14 chiffres attendus") == (
        "SIRET « » : 14 chiffres attendus"
    )  # an empty value is not a reading of the template
