"""Hostile sources: each attack is reproduced, refused with a located message, and the call
file is left exactly as it was (its bytes and its audit entries)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from test_import import HEADER, ROWS, run, snapshot, write_csv, write_xlsx

from ptce_desktop.io import limits
from ptce_desktop.io.archive import UnsafeSource, check_zip, read_contained
from ptce_desktop.services.calls import new_call


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel test", actor="test").close()
    return path


def _refused(call: Path, source: Path, capsys, *expected: str) -> str:
    before = snapshot(call)
    assert run("import", call, source) == 2
    err = capsys.readouterr().err
    for text in expected:
        assert text in err, err
    assert "erreur inattendue" not in err.lower()
    assert snapshot(call) == before
    return err


def _folder_with_piece(folder: Path, piece: str) -> Path:
    folder.mkdir()
    write_csv(folder / "dossiers.csv", HEADER, ROWS[:1])
    write_csv(folder / "pieces.csv", ["numero", "fichier"], [["PTCE-A-001", piece]])
    return folder


# -- containment ---------------------------------------------------------------------------


def test_symlink_in_a_source_folder_is_refused(call, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:$6$hash")
    folder = _folder_with_piece(tmp_path / "source", "annexes/budget.pdf")
    (folder / "annexes").mkdir()
    (folder / "annexes" / "budget.pdf").symlink_to(secret)
    _refused(
        call, folder, capsys,
        "pieces.csv, ligne 2, colonne « fichier » : « annexes/budget.pdf » : lien symbolique "
        "refusé",
    )  # fmt: skip


def test_symlinked_folder_on_the_way_is_refused(call, tmp_path, capsys):
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    (outside / "budget.pdf").write_bytes(b"%PDF-1.4 secret")
    folder = _folder_with_piece(tmp_path / "source", "annexes/budget.pdf")
    (folder / "annexes").symlink_to(outside, target_is_directory=True)
    _refused(call, folder, capsys, "« annexes » : lien symbolique refusé")


def test_symlinked_csv_file_is_refused(call, tmp_path, capsys):
    folder = tmp_path / "source"
    folder.mkdir()
    real = write_csv(tmp_path / "ailleurs.csv", HEADER, ROWS)
    (folder / "dossiers.csv").symlink_to(real)
    _refused(call, folder, capsys, "« dossiers.csv » : lien symbolique refusé")


def test_pipe_in_a_source_folder_is_refused_without_blocking(call, tmp_path, capsys):
    folder = _folder_with_piece(tmp_path / "source", "tube.pdf")
    os.mkfifo(folder / "tube.pdf")
    _refused(call, folder, capsys, "« tube.pdf » : pas un fichier ordinaire")


def test_symlink_member_of_a_zip_is_refused(call, tmp_path, capsys):
    source = tmp_path / "source.zip"
    with zipfile.ZipFile(source, "w") as z:
        z.writestr("dossiers.csv", (tmp_path / "x").name)
        link = zipfile.ZipInfo("budget.pdf")
        link.external_attr = 0o120777 << 16  # what `zip --symlinks` stores
        z.writestr(link, "/etc/shadow")
    _refused(call, source, capsys, "source.zip, membre « budget.pdf » : lien symbolique refusé")


def test_zip_member_climbing_out_is_refused(call, tmp_path, capsys):
    source = tmp_path / "source.zip"
    with zipfile.ZipFile(source, "w") as z:
        z.writestr("dossiers.csv", "numero\n1\n")
        z.writestr("../../.bashrc", "evil")
    _refused(call, source, capsys, "membre « ../../.bashrc » : chemin hors de l'archive refusé")


# -- sizes ---------------------------------------------------------------------------------


def test_zip_bomb_is_refused_from_its_directory(call, tmp_path, capsys, monkeypatch):
    source = tmp_path / "bombe.zip"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("dossiers.csv", "numero\n1\n")
        z.writestr("annexe.pdf", bytes(30 * limits.MB))  # 30 MB of zeros: ~1000 to 1
    assert source.stat().st_size < 100_000

    def never(*_a, **_k):
        raise AssertionError("a member was decompressed")

    monkeypatch.setattr(zipfile.ZipFile, "read", never)
    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    _refused(
        call, source, capsys,
        "bombe.zip, membre « annexe.pdf » : compressé",
        "refusé comme bombe de décompression",
    )  # fmt: skip


def test_archive_total_is_checked_before_reading():
    class Archive:
        def infolist(self):
            infos = []
            for n in range(3):
                info = zipfile.ZipInfo(f"part{n}.bin")
                info.file_size, info.compress_size = 2 * limits.GB, 1 * limits.GB
                infos.append(info)
            return infos

    with pytest.raises(UnsafeSource, match=r"x\.zip : plus de 5 Go une fois décompressée"):
        check_zip(Archive(), label="x.zip")  # type: ignore[arg-type]


def test_attachment_over_the_size_limit_is_refused(call, tmp_path, capsys):
    folder = _folder_with_piece(tmp_path / "source", "video.pdf")
    with open(folder / "video.pdf", "wb") as f:
        f.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: no disk space used
    _refused(
        call, folder, capsys,
        "pieces.csv, ligne 2, colonne « fichier » : « video.pdf » : 250 Mo, au-delà de la "
        "limite de 250 Mo par fichier",
    )  # fmt: skip


def test_read_contained_refuses_a_path_outside(tmp_path):
    with pytest.raises(UnsafeSource, match="hors de la source"):
        read_contained(tmp_path, "../x")
    assert read_contained(tmp_path, "absent.pdf") is None


def _xlsx_with_sheet_xml(tmp_path: Path, sheet_xml: bytes) -> Path:
    base = write_xlsx(tmp_path / "base.xlsx", {"dossiers": [HEADER, ROWS[0]]})
    out = tmp_path / "enorme.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = sheet_xml if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            dst.writestr(info.filename, data)
    return out


def _sheet(rows: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        b'.org/spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"
    )


def test_workbook_of_too_many_rows_is_refused_before_reading(call, tmp_path, capsys, monkeypatch):
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n)
        for n in range(1, limits.MAX_ROWS_PER_SHEET + 2)
    )
    source = _xlsx_with_sheet_xml(tmp_path, _sheet(rows))
    import python_calamine

    def never(*_a, **_k):
        raise AssertionError("calamine read the workbook")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", never)
    _refused(
        call, source, capsys,
        "enorme.xlsx, feuille « dossiers » : plus de 200 000 lignes (limite par feuille)",
    )  # fmt: skip


def test_workbook_with_a_far_cell_is_refused(call, tmp_path, capsys):
    far = b'<row r="1"><c r="A1"><v>1</v></c></row>' + (
        b'<row r="3000000"><c r="XFD3000000"><v>1</v></c></row>'
    )
    source = _xlsx_with_sheet_xml(tmp_path, _sheet(far))
    _refused(call, source, capsys, "enorme.xlsx, feuille « dossiers » : plus de 200 000 lignes")
    wide = b'<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>1</v></c></row>' + b"".join(
        b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(2, 1000)
    )
    source = _xlsx_with_sheet_xml(tmp_path, _sheet(wide))
    _refused(call, source, capsys, "999 lignes sur 16384 colonnes, au-delà de 10 000 000 cellules")


def test_csv_of_too_many_rows_is_refused(call, tmp_path, capsys):
    source = tmp_path / "long.csv"
    line = ";".join(ROWS[1]).encode() + b"\r\n"
    source.write_bytes(";".join(HEADER).encode() + b"\r\n" + line * (limits.MAX_ROWS_PER_SHEET + 1))
    _refused(call, source, capsys, "long.csv : ligne 200002 : au-delà de la limite de 200")


def test_cell_over_the_character_limit_is_refused(call, tmp_path, capsys):
    row = [*ROWS[0]]
    row[1] = "x" * (limits.MAX_CELL_CHARS + 1)
    source = write_csv(tmp_path / "long.csv", HEADER, [row])
    _refused(
        call, source, capsys,
        "long.csv, ligne 2, colonne « nom_pole » : 100 001 caractères, au-delà de la limite de "
        "100 000 par cellule",
    )  # fmt: skip


# -- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (
            10,
            "1" + "0" * 30,
            "colonne « emplois_existants » : nombre « 1000000000000000000000000000",
        ),
        (9, "9" * 400, "colonne « montant_demande » : montant « 9999"),
        (9, "2e6", "colonne « montant_demande » : montant « 2e6 »"),
    ],
)
def test_number_out_of_range_is_refused_with_row_and_column(
    call, tmp_path, capsys, column, value, message
):
    row = [*ROWS[0]]
    row[column] = value
    source = write_csv(tmp_path / "grand.csv", HEADER, [row])
    err = _refused(call, source, capsys, f"grand.csv, ligne 2, {message}")
    if value != "2e6":
        assert "nombre trop grand" in err


def test_enormous_number_in_a_workbook_is_refused(call, tmp_path, capsys):
    row = [*ROWS[0]]
    row[10] = 10**30
    row[9] = 1e300
    source = write_xlsx(tmp_path / "grand.xlsx", {"dossiers": [HEADER, row]})
    _refused(
        call, source, capsys,
        "feuille « dossiers », ligne 2, colonne « emplois_existants » : nombre",
        "feuille « dossiers », ligne 2, colonne « montant_demande » : montant",
    )  # fmt: skip


def test_csv_mixing_utf8_and_windows_1252_is_refused_with_the_line(call, tmp_path, capsys):
    head = ";".join(HEADER).encode() + b"\r\n"
    first = ";".join(ROWS[0]).encode("utf-8") + b"\r\n"
    second = ";".join(ROWS[1]).encode("cp1252", errors="replace") + b"\r\n"
    source = tmp_path / "melange.csv"
    source.write_bytes(head + first + second)
    _refused(
        call, source, capsys,
        "melange.csv : ligne 3 : encodage Windows-1252 alors que la ligne 2 est en UTF-8",
    )  # fmt: skip


def test_a_plain_windows_1252_file_still_imports(call, tmp_path, capsys):
    source = write_csv(tmp_path / "ancien.csv", HEADER, ROWS[:1], encoding="cp1252")
    assert run("import", call, source) == 0, capsys.readouterr().err


def test_workbook_row_of_cells_without_references_is_measured(call, tmp_path, capsys):
    wide = b"<row>" + b"<c><v>1</v></c>" * 2000 + b"</row>"
    tall = b'<row r="6000"><c r="A6000"><v>1</v></c></row>'
    source = _xlsx_with_sheet_xml(tmp_path, _sheet(wide + tall))
    _refused(call, source, capsys, "6000 lignes sur 2000 colonnes, au-delà de 10 000 000 cellules")
