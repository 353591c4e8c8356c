import json
import sqlite3
import subprocess
import sys

import pytest

from ptce_desktop.cli import main

STATS_KEYS = {
    "dossiers", "members", "attachments", "eligible", "ineligible", "reviews_submitted",
    "sessions", "decisions", "selected", "granted_total", "envelope_total", "audit_entries",
}  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.ptce"
    assert main(["demo", str(path), "--dossiers", "40", "--seed", "7"]) == 0
    return path


def stats_of(path, capsys):
    capsys.readouterr()
    assert main(["stats", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_stats_are_complete_and_consistent(demo_file, capsys):
    s = stats_of(demo_file, capsys)
    assert set(s) == STATS_KEYS
    assert s["dossiers"] == 40
    assert s["attachments"] == 40
    assert s["eligible"] + s["ineligible"] == 40
    assert s["eligible"] > s["ineligible"] > 0
    assert s["reviews_submitted"] == 2 * s["eligible"]
    assert s["sessions"] == 1 and s["decisions"] > 0
    assert 0 < s["selected"] <= s["decisions"]
    assert s["envelope_total"] == 3_000_000
    assert 0 < s["granted_total"] <= s["envelope_total"]
    assert s["audit_entries"] > s["dossiers"] + s["members"]


def test_demo_is_deterministic(tmp_path, capsys):
    a, b = tmp_path / "a.ptce", tmp_path / "b.ptce"
    for p in (a, b):
        assert main(["demo", str(p), "--dossiers", "15", "--seed", "3"]) == 0
    query = "SELECT numero, pole_name, amount_requested FROM dossiers ORDER BY numero"
    rows = [sqlite3.connect(p).execute(query).fetchall() for p in (a, b)]
    assert rows[0] == rows[1]
    assert stats_of(a, capsys) | {"audit_entries": 0} == stats_of(b, capsys) | {"audit_entries": 0}


def test_demo_grants_fit_each_funders_share(demo_file):
    conn = sqlite3.connect(demo_file)
    rows = conn.execute(
        "SELECT f.code, f.amount, coalesce(sum(s.amount), 0) FROM funders f "
        "LEFT JOIN decision_splits s ON s.funder_id = f.id GROUP BY f.id"
    ).fetchall()
    for code, share, granted in rows:
        assert granted <= share, code
    bad = conn.execute(
        "SELECT count(*) FROM decisions d WHERE amount_granted != "
        "(SELECT coalesce(sum(amount), 0) FROM decision_splits WHERE decision_id = d.id)"
    ).fetchone()[0]
    assert bad == 0


def test_audit_verify_passes_then_fails_after_a_plain_sqlite_update(demo_file, tmp_path, capsys):
    copy = tmp_path / "copy.ptce"
    copy.write_bytes(demo_file.read_bytes())
    assert main(["audit", "verify", str(copy)]) == 0
    assert "intact" in capsys.readouterr().out
    for table in ("dossiers", "scores", "decisions", "people"):
        target = tmp_path / f"{table}.ptce"
        target.write_bytes(demo_file.read_bytes())
        conn = sqlite3.connect(target)
        column = {"dossiers": "summary", "scores": "comment", "decisions": "reasons",
                  "people": "name"}[table]  # fmt: skip
        conn.execute(f"UPDATE {table} SET {column} = 'modifié' WHERE id = 1")
        conn.commit()
        conn.close()
        assert main(["audit", "verify", str(target)]) == 1
        assert f"{table}, ligne 1" in capsys.readouterr().err


def test_new_makes_an_empty_call_from_the_template(tmp_path, capsys):
    path = tmp_path / "new.ptce"
    assert main(["new", str(path), "--title", "AMI PTCE 2022"]) == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title, envelope FROM calls").fetchone() == ("AMI PTCE 2022", 3e6)
    weights = [w for (w,) in conn.execute("SELECT weight FROM criteria")]
    assert len(weights) == 6 and sum(weights) == 100
    assert conn.execute(
        "SELECT eliminatory_below FROM criteria WHERE code = 'cooperation'"
    ).fetchone() == (2.0,)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["new", "{dir}/x.ptce", "--title", "T", "--template", "inconnu"],
            "modèle d'appel inconnu",
        ),
        (["stats", "{dir}/absent.ptce"], "introuvable"),
        (["stats", "{dir}/texte.ptce"], "pas SQLite"),
        (["demo", "{dir}/d.ptce", "--dossiers", "0"], "au moins un dossier"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, argv, message):
    (tmp_path / "texte.ptce").write_text("bonjour")
    code = main([a.format(dir=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_existing_file_is_not_overwritten(demo_file, capsys):
    before = demo_file.read_bytes()
    assert main(["new", str(demo_file), "--title", "T"]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert demo_file.read_bytes() == before


def test_console_script_runs(tmp_path):
    bin_dir = sys.executable.rsplit("/", 1)[0]
    done = subprocess.run(
        [f"{bin_dir}/ptce", "stats", str(tmp_path / "absent.ptce")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "introuvable" in done.stderr


def test_output_cut_short_by_a_pipe_ends_quietly(tmp_path):
    """`ptce eligibility FILE | head -1`: exit 0 and nothing on stderr, as Unix tools do."""
    import fcntl
    import os
    import subprocess
    import sys

    from ptce_desktop.services.demo import make_demo

    call = tmp_path / "appel.ptce"
    make_demo(call, dossiers=80, seed=3, stage="intake").close()
    read_end, write_end = os.pipe()
    # A one-page pipe: the table (several pages) cannot fit before the reader goes away.
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ptce_desktop.cli", "eligibility", str(call)],
        stdout=write_end,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        assert reader.readline()  # what `head -1` does before it exits
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert err == ""
