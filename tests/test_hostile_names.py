"""File names made from values are safe, and only known document types reach the system's
opener (content and extension)."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile

import pytest

from ptce_desktop.cli import main as ptce
from ptce_desktop.io.files import remove_run_temp_folder, run_temp_folder, safe_filename
from ptce_desktop.io.filetypes import known_type


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("PTCE/2013/001", "PTCE_2013_001"),
        ("..", "_"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("C:\\Windows\\x", "C_Windows_x"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("fin. ", "fin"),
        ("tab\tline\nnul\x00", "tab_line_nul_"),
        ("Pôle Énergies", "Pôle Énergies"),
        ("", "_"),
    ],
)
def test_safe_filename(value, expected):
    assert safe_filename(value) == expected


def test_safe_filename_is_bounded():
    assert len(safe_filename("x" * 1000)) == 120


def test_letters_with_a_slash_in_a_numero_are_all_written(demo_master, tmp_path, capsys):
    call = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, call)
    conn = sqlite3.connect(call)  # no other connection: a plain edit of the test's own copy
    with conn:
        conn.execute("UPDATE dossiers SET numero = replace(numero, '-', '/')")
    conn.close()
    out = tmp_path / "lettres"
    assert ptce(["letters", str(call), "--session", "1", "--out", str(out)]) == 0, (
        capsys.readouterr().err
    )
    written = sorted(p.name for p in out.iterdir())
    assert len(written) >= 10
    assert all(n.startswith("notification-PTCE_") and n.endswith(".pdf") for n in written)
    assert [p for p in out.rglob("*") if p.is_dir()] == []


def _zip(members: dict[str, bytes], *, stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if stored_first else None)
    return out.getvalue()


ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
DOCX = _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"})


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("budget.pdf", b"%PDF-1.7\n...", "pdf"),
        ("BUDGET.PDF", b"%PDF-1.7\n...", "pdf"),
        ("photo.jpeg", b"\xff\xd8\xff\xe0rest", "jpg"),
        ("plan.png", b"\x89PNG\r\n\x1a\nrest", "png"),
        ("statuts.odt", ODT, "odt"),
        ("statuts.ods", ODT, None),  # an odt named ods
        ("lettre.docx", DOCX, "docx"),
        ("lettre.xlsx", DOCX, None),
        ("notes.txt", "Résumé du projet\r\n".encode(), "txt"),
        ("membres.csv", "nom;ville\r\nÉlan;Nantes\r\n".encode("cp1252"), "csv"),
        ("run.sh.desktop", b"[Desktop Entry]\nExec=sh -c evil\n", None),
        ("budget.pdf.desktop", b"%PDF-1.7", None),
        ("budget.pdf", b"#!/bin/sh\nrm -rf ~\n", None),  # a script named pdf
        ("notes.txt", b"MZ\x90\x00\x03", None),  # a Windows program named txt
        ("sans-extension", b"%PDF-1.7", None),
        ("macro.docm", DOCX, None),
    ],
)
def test_known_type_needs_both_name_and_content(name, content, expected):
    assert known_type(name, content) == expected


def test_run_temp_folder_is_private_and_removed():
    folder = run_temp_folder()
    assert folder.is_dir() and (folder.stat().st_mode & 0o077) == 0
    (folder / "x.pdf").write_bytes(b"%PDF-")
    remove_run_temp_folder()
    assert not folder.exists()
    assert run_temp_folder() != folder
    remove_run_temp_folder()
