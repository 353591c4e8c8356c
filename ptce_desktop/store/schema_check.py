"""Is the file's schema exactly that of its version? Triggers, views, tables and indexes are
compared with a fresh in-memory file migrated to the same version: a view redefined or a
trigger dropped by hand shows here, whatever the audit log says."""

from __future__ import annotations

import sqlite3

from .migrations import current_version, reference_schema, schema_objects

KINDS = {"table": "table", "index": "index", "view": "vue", "trigger": "déclencheur"}


def schema_differences(conn: sqlite3.Connection) -> list[str]:
    """One French line per object added, missing or defined differently; [] when identical."""
    version = current_version(conn)
    expected = reference_schema(version)
    found = schema_objects(conn)
    out = []
    for kind, name in sorted(expected.keys() | found.keys()):
        what = f"{KINDS.get(kind, kind)} {name}"
        if (kind, name) not in found:
            out.append(f"{what} : absent (supprimé hors application)")
        elif (kind, name) not in expected:
            out.append(f"{what} : ajouté hors application (absent du schéma {version})")
        elif found[kind, name] != expected[kind, name]:
            out.append(f"{what} : définition différente de celle du schéma {version}")
    return out
