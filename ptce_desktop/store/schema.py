"""The tables of a call file, version by version.

Each migration is plain SQL so that anyone can read what the file holds; `migrations.py` runs
them in order, each in its own transaction, after a backup.
"""

from __future__ import annotations

# Tables whose every change is recorded in audit_log (see audit.py). Columns holding BLOBs are
# left out of the recorded JSON; their SHA-256 column stands for them.
AUDITED_TABLES: tuple[str, ...] = (
    "calls",
    "funders",
    "criteria",
    "dossiers",
    "members",
    "cofundings",
    "attachments",
    "eligibility_results",
    "people",
    "conflicts",
    "assignments",
    "reviews",
    "scores",
    "annotations",
    "sessions",
    "agenda_items",
    "attendance",
    "decisions",
    "decision_splits",
    "minutes",
    "ds_mappings",
    "packages",
    "package_returns",
    "pending_reviews",
    "anchors",
)

BLOB_COLUMNS: dict[str, tuple[str, ...]] = {"attachments": ("content",), "minutes": ("content",)}

V1 = """
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    template TEXT NOT NULL DEFAULT '',
    envelope REAL NOT NULL,
    grant_min REAL NOT NULL,
    grant_max REAL NOT NULL,
    ministries TEXT NOT NULL DEFAULT '[]',        -- JSON list of names
    eligibility TEXT NOT NULL DEFAULT '{}',       -- JSON: parameters of the eligibility rules
    tie_break TEXT NOT NULL DEFAULT '[]',         -- JSON list: criterion codes, 'submitted_on'
    created_at TEXT NOT NULL
);
CREATE TABLE funders (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    funder_group TEXT NOT NULL DEFAULT '',
    amount REAL NOT NULL CHECK (amount >= 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL CHECK (weight > 0),
    scale_min INTEGER NOT NULL DEFAULT 0,
    scale_max INTEGER NOT NULL DEFAULT 5,
    eliminatory_below REAL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    numero TEXT NOT NULL UNIQUE,
    pole_name TEXT NOT NULL,
    lead_name TEXT NOT NULL,
    lead_siret TEXT NOT NULL DEFAULT '',
    lead_legal_form TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL,
    departement TEXT NOT NULL DEFAULT '',
    communes TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',             -- separated by ';'
    submitted_on TEXT,                            -- ISO date
    total_cost REAL,
    amount_requested REAL NOT NULL CHECK (amount_requested >= 0),
    jobs_existing INTEGER,
    jobs_created INTEGER,
    jobs_integration INTEGER,
    pooling TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'received'
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('ess_enterprise', 'commercial_enterprise',
        'local_authority', 'research_centre', 'higher_education', 'training_body', 'other')),
    siret TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX members_dossier ON members(dossier_id);
CREATE TABLE cofundings (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    funder TEXT NOT NULL,
    funder_type TEXT NOT NULL DEFAULT '',
    amount REAL NOT NULL CHECK (amount >= 0),
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('secured', 'requested'))
);
CREATE INDEX cofundings_dossier ON cofundings(dossier_id);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_dossier ON attachments(dossier_id);
CREATE TABLE eligibility_results (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    reason TEXT NOT NULL DEFAULT '',
    override_passed INTEGER CHECK (override_passed IN (0, 1)),
    override_reason TEXT NOT NULL DEFAULT '',
    override_by TEXT NOT NULL DEFAULT '',
    override_at TEXT,
    evaluated_at TEXT NOT NULL,
    UNIQUE (dossier_id, rule),
    -- A human override always carries a written justification.
    CHECK (override_passed IS NULL OR length(trim(override_reason)) > 0)
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    institution TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_member INTEGER NOT NULL DEFAULT 0,
    is_rapporteur INTEGER NOT NULL DEFAULT 0,
    is_chair INTEGER NOT NULL DEFAULT 0,
    is_secretary INTEGER NOT NULL DEFAULT 0,
    is_secretariat INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    declared_at TEXT NOT NULL,
    UNIQUE (person_id, dossier_id)
);
CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    assigned_at TEXT NOT NULL,
    UNIQUE (dossier_id, person_id)
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
    opinion TEXT CHECK (opinion IN ('favourable', 'reserved', 'unfavourable')),
    summary TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (dossier_id, person_id)
);
CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria(id),
    score REAL,
    comment TEXT NOT NULL DEFAULT '',
    UNIQUE (review_id, criterion_id)
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    page INTEGER,
    body TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX annotations_dossier ON annotations(dossier_id);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    chair_id INTEGER REFERENCES people(id),
    secretary_id INTEGER REFERENCES people(id),
    state TEXT NOT NULL DEFAULT 'planned'
        CHECK (state IN ('planned', 'open', 'closed', 'signed')),
    quorum_note TEXT NOT NULL DEFAULT '',
    amends_session_id INTEGER REFERENCES sessions(id),
    created_at TEXT NOT NULL
);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    position INTEGER NOT NULL,
    UNIQUE (session_id, dossier_id)
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    status TEXT NOT NULL CHECK (status IN ('present', 'represented', 'excused')),
    proxy_holder_id INTEGER REFERENCES people(id),
    UNIQUE (session_id, person_id)
);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('selected', 'selected_with_conditions',
        'deferred', 'not_selected')),
    amount_granted REAL NOT NULL DEFAULT 0 CHECK (amount_granted >= 0),
    votes_for INTEGER NOT NULL DEFAULT 0,
    votes_against INTEGER NOT NULL DEFAULT 0,
    votes_abstain INTEGER NOT NULL DEFAULT 0,
    casting_vote_used INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    envelope_override TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    UNIQUE (session_id, dossier_id)
);
CREATE INDEX decisions_dossier ON decisions(dossier_id);
CREATE TABLE decision_splits (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    funder_id INTEGER NOT NULL REFERENCES funders(id),
    amount REAL NOT NULL CHECK (amount >= 0),
    UNIQUE (decision_id, funder_id)
);
CREATE TABLE minutes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    kind TEXT NOT NULL CHECK (kind IN ('draft', 'signed')),
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data_sha256 TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Read-only summaries shared by the dossier list, stats and exports.
CREATE VIEW dossier_eligibility AS
SELECT dossier_id,
       min(coalesce(override_passed, passed)) AS eligible,
       count(*) AS rules,
       sum(override_passed IS NOT NULL) AS overrides
FROM eligibility_results GROUP BY dossier_id;
CREATE VIEW review_scores AS
SELECT r.id AS review_id, r.dossier_id, r.person_id, r.state,
       CASE WHEN count(s.score) = (SELECT count(*) FROM criteria) THEN round(
           100.0 * sum(c.weight * (s.score - c.scale_min) / (c.scale_max - c.scale_min))
           / sum(c.weight), 2) END AS weighted
FROM reviews r
JOIN scores s ON s.review_id = r.id
JOIN criteria c ON c.id = s.criterion_id
GROUP BY r.id;
CREATE VIEW latest_decisions AS
SELECT * FROM decisions WHERE id IN (SELECT max(id) FROM decisions GROUP BY dossier_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT,
    actor TEXT,
    action TEXT,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'baseline')),
    before TEXT,
    after TEXT,
    prev_hash TEXT,
    hash TEXT             -- NULL until the app seals the entry at commit time
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
CREATE INDEX audit_log_unsealed ON audit_log(id) WHERE hash IS NULL;
-- Append-only: sealed entries can neither change nor go away through ordinary SQL.
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Full-text search over what people look for; accents folded so "energie" finds "énergie".
CREATE VIRTUAL TABLE dossier_search USING fts5(
    numero, pole_name, lead_name, region, sectors, summary, members, annotations,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_dossier_insert AFTER INSERT ON dossiers BEGIN
    INSERT INTO dossier_search(rowid, numero, pole_name, lead_name, region, sectors, summary,
        members, annotations)
    VALUES (NEW.id, NEW.numero, NEW.pole_name, NEW.lead_name, NEW.region, NEW.sectors,
        NEW.summary, '', '');
END;
CREATE TRIGGER search_dossier_update AFTER UPDATE ON dossiers BEGIN
    UPDATE dossier_search SET numero = NEW.numero, pole_name = NEW.pole_name,
        lead_name = NEW.lead_name, region = NEW.region, sectors = NEW.sectors,
        summary = NEW.summary
    WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_dossier_delete AFTER DELETE ON dossiers BEGIN
    DELETE FROM dossier_search WHERE rowid = OLD.id;
END;
""" + "".join(
    f"""
CREATE TRIGGER search_{table}_{event} AFTER {event.upper()} ON {table} BEGIN
    UPDATE dossier_search SET {column} = (
        SELECT coalesce(group_concat({expr}, ' '), '') FROM {table}
        WHERE dossier_id = {ref}.dossier_id{extra})
    WHERE rowid = {ref}.dossier_id;
END;"""
    for table, column, expr, extra in (
        ("members", "members", "name || ' ' || siret", ""),
        # Only shared notes are searchable: a private note must not show through a match.
        ("annotations", "annotations", "body", " AND shared = 1"),
    )
    for event, ref in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))
)

# The real call: the call's own settings, people's regions and active flag, conflicts kept with
# their state and session, reviews set aside, the reserve list, the platform's references.
V2 = """
ALTER TABLE calls ADD COLUMN reference TEXT NOT NULL DEFAULT '';   -- the minutes' prefix
ALTER TABLE calls ADD COLUMN place TEXT NOT NULL DEFAULT 'Paris'; -- where minutes are made
ALTER TABLE calls ADD COLUMN rapporteurs_per_dossier INTEGER NOT NULL DEFAULT 2;
-- A random id given to each call file, never part of a settings file: a call made from another's
-- settings is a different call (rapporteurs' packages name it).
ALTER TABLE calls ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE calls SET uid = lower(hex(randomblob(16))) WHERE uid = '';
CREATE TRIGGER calls_uid AFTER INSERT ON calls WHEN NEW.uid = '' BEGIN
    UPDATE calls SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE people ADD COLUMN region TEXT NOT NULL DEFAULT '';   -- region or département code
ALTER TABLE people ADD COLUMN is_expert INTEGER NOT NULL DEFAULT 0;  -- gives opinions, no grid
ALTER TABLE people ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE people ADD COLUMN inactive_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN certificate_sha256 TEXT NOT NULL DEFAULT '';  -- signing cert

-- A conflict is never deleted: a withdrawal is a state with its reason. 'proposed': declared on
-- a rapporteur's laptop, waiting for the secretariat to confirm.
ALTER TABLE conflicts ADD COLUMN state TEXT NOT NULL DEFAULT 'declared'
    CHECK (state IN ('declared', 'proposed', 'withdrawn'));
ALTER TABLE conflicts ADD COLUMN session_id INTEGER REFERENCES sessions(id);
ALTER TABLE conflicts ADD COLUMN declared_by TEXT NOT NULL DEFAULT '';
ALTER TABLE conflicts ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE conflicts ADD COLUMN withdrawn_at TEXT;
ALTER TABLE conflicts ADD COLUMN withdrawn_by TEXT NOT NULL DEFAULT '';
ALTER TABLE conflicts ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
CREATE VIEW active_conflicts AS SELECT * FROM conflicts WHERE state = 'declared';

ALTER TABLE assignments ADD COLUMN method TEXT NOT NULL DEFAULT 'manual'
    CHECK (method IN ('manual', 'automatic'));

-- A review whose author later declared a conflict: kept, excluded from scores, shown as such.
ALTER TABLE reviews ADD COLUMN set_aside INTEGER NOT NULL DEFAULT 0 CHECK (set_aside IN (0, 1));
ALTER TABLE reviews ADD COLUMN set_aside_reason TEXT NOT NULL DEFAULT '';
DROP VIEW review_scores;
CREATE VIEW review_scores AS
SELECT r.id AS review_id, r.dossier_id, r.person_id, r.state,
       CASE WHEN count(s.score) = (SELECT count(*) FROM criteria) THEN round(
           100.0 * sum(c.weight * (s.score - c.scale_min) / (c.scale_max - c.scale_min))
           / sum(c.weight), 2) END AS weighted
FROM reviews r
JOIN scores s ON s.review_id = r.id
JOIN criteria c ON c.id = s.criterion_id
WHERE r.set_aside = 0
GROUP BY r.id;

-- The State's dossier platform: its dossier number, and what it says that we only show.
ALTER TABLE dossiers ADD COLUMN external_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN external_info TEXT NOT NULL DEFAULT '{}';  -- JSON, read-only
CREATE INDEX dossiers_external_ref ON dossiers(external_ref) WHERE external_ref != '';
CREATE TABLE ds_mappings (
    id INTEGER PRIMARY KEY,
    procedure TEXT NOT NULL UNIQUE,   -- the procedure's path in the export's file name
    mapping TEXT NOT NULL,            -- the mapping file (TOML) as given
    updated_at TEXT NOT NULL
);

ALTER TABLE sessions ADD COLUMN calibration_shown INTEGER NOT NULL DEFAULT 0;
-- A scenario's proposal (JSON: outcome, amount), never a decision until voted.
ALTER TABLE agenda_items ADD COLUMN proposal TEXT NOT NULL DEFAULT '';

-- The reserve list ('liste complémentaire') is a voted decision with a rank and no amount:
-- the outcome constraint changes, so the table is rebuilt (foreign keys off, see migrations.py).
DROP VIEW latest_decisions;
CREATE TABLE decisions_v2 (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('selected', 'selected_with_conditions',
        'reserve', 'deferred', 'not_selected')),
    amount_granted REAL NOT NULL DEFAULT 0 CHECK (amount_granted >= 0),
    votes_for INTEGER NOT NULL DEFAULT 0,
    votes_against INTEGER NOT NULL DEFAULT 0,
    votes_abstain INTEGER NOT NULL DEFAULT 0,
    casting_vote_used INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    envelope_override TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    reserve_rank INTEGER CHECK (reserve_rank IS NULL OR reserve_rank >= 1),
    UNIQUE (session_id, dossier_id),
    CHECK (outcome != 'reserve' OR (reserve_rank IS NOT NULL AND amount_granted = 0))
);
INSERT INTO decisions_v2 (id, session_id, dossier_id, outcome, amount_granted, votes_for,
    votes_against, votes_abstain, casting_vote_used, reasons, conditions, envelope_override,
    decided_at)
SELECT id, session_id, dossier_id, outcome, amount_granted, votes_for, votes_against,
    votes_abstain, casting_vote_used, reasons, conditions, envelope_override, decided_at
FROM decisions;
DROP TABLE decisions;
ALTER TABLE decisions_v2 RENAME TO decisions;
CREATE INDEX decisions_dossier ON decisions(dossier_id);
CREATE VIEW latest_decisions AS
SELECT * FROM decisions WHERE id IN (SELECT max(id) FROM decisions GROUP BY dossier_id);
"""

# Rapporteurs offline: the packages the secretariat issued, the returns it merged, incoming
# reviews waiting beside a differing submitted one; on a laptop, where its working copy came
# from. Annotations get a random uid so that a note made on a laptop is recognised on return.
V3_PACKAGES = """
ALTER TABLE annotations ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE annotations SET uid = lower(hex(randomblob(16))) WHERE uid = '';
CREATE TRIGGER annotations_uid AFTER INSERT ON annotations WHEN NEW.uid = '' BEGIN
    UPDATE annotations SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE UNIQUE INDEX annotations_uid_unique ON annotations(uid) WHERE uid != '';

-- One package per rapporteur of the call, re-issued (edition + 1) when dossiers change.
CREATE TABLE packages (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,                     -- the package id (uuid) named in its files
    person_id INTEGER NOT NULL UNIQUE REFERENCES people(id),
    edition INTEGER NOT NULL CHECK (edition >= 1),
    grid TEXT NOT NULL,                           -- grid fingerprint of the last edition
    issued_at TEXT NOT NULL
);
CREATE TABLE package_returns (
    id INTEGER PRIMARY KEY,
    package_id INTEGER NOT NULL REFERENCES packages(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    imported_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}',          -- JSON: added, replaced, unchanged, refused
    UNIQUE (package_id, sequence)
);
-- An incoming review that differs from a submitted one: kept beside it until someone chooses.
CREATE TABLE pending_reviews (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    return_id INTEGER NOT NULL REFERENCES package_returns(id),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
    opinion TEXT CHECK (opinion IN ('favourable', 'reserved', 'unfavourable')),
    summary TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    updated_at TEXT NOT NULL,
    scores TEXT NOT NULL,                         -- JSON: criterion code -> [score, comment]
    UNIQUE (dossier_id, person_id)
);
-- On a laptop only: the working copy's package (one row). Not audited: the copy's own papers.
CREATE TABLE package_origin (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    package_uid TEXT NOT NULL,
    call_uid TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    edition INTEGER NOT NULL,
    grid TEXT NOT NULL,
    key_check TEXT NOT NULL DEFAULT '',           -- the package's preamble: checks a passphrase
    last_return INTEGER NOT NULL DEFAULT 0,
    issued_at TEXT NOT NULL
);
"""

# Anchored history (issue 12): what signatures anchor the audit chain to. Each audit entry says
# which entry-hash format sealed it (1: audit.py's first one, kept as is: signed minutes anchor
# it), so a new format never silently breaks old anchors.
V4_ANCHORS = """
ALTER TABLE audit_log ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE anchors (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('minutes', 'checkpoint')),
    session_id INTEGER REFERENCES sessions(id),   -- minutes: the session they record
    minutes_id INTEGER REFERENCES minutes(id),    -- minutes: the signed PDF carrying the anchor
    head_hash TEXT NOT NULL,                      -- the chain's head when anchored
    entry_count INTEGER NOT NULL,                 -- entries up to and including the head
    hash_version INTEGER NOT NULL,                -- entry-hash format of the anchored entries
    data_sha256 TEXT NOT NULL DEFAULT '',         -- minutes: the signed data hash
    snapshot TEXT NOT NULL DEFAULT '',            -- minutes: the canonical JSON they printed
    signature TEXT NOT NULL DEFAULT '',           -- checkpoint: the CMS signature, base64 DER
    created_at TEXT NOT NULL
);
CREATE INDEX anchors_session ON anchors(session_id);
"""

# (version, name, SQL, audited tables whose columns the migration changes). The rows of those
# tables are recorded anew in the audit log (a sealed 'baseline' entry each), so that
# `ptce audit verify` compares them with their new shape.
MIGRATIONS: tuple[tuple[int, str, str, tuple[str, ...]], ...] = (
    (1, "initial schema", V1, ()),
    (
        2,
        "the real call",
        V2,
        (
            "calls",
            "people",
            "conflicts",
            "assignments",
            "reviews",
            "dossiers",
            "sessions",
            "agenda_items",
            "decisions",
        ),
    ),
    (3, "rapporteurs offline", V3_PACKAGES, ("annotations",)),
    (4, "anchored history", V4_ANCHORS, ()),
)

LATEST_VERSION = MIGRATIONS[-1][0]
