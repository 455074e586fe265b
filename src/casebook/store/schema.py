"""The tables, built from `casebook.domain.model`, so that there is one description of the model.

    meta          key/value: schema version, the clock
    identity      the owner's keys (inside the encrypted DB, nowhere else)
    ops           every signed op, exactly as encoded, with its register and case; `v` is its
                  format version; a `husk` is a v1 op whose value was erased (bytes dropped)
    disclosures   the value of each v2 op, with the nonce that opens its commitment `vc`; keyed
                  by the op's rowid, so that an import appends values in order instead of
                  inserting them at random places of a second B-tree
    redactions    per erasure (a `redact` op) and target op: awaiting the target, purged,
                  hidden (pending the user's confirmation) or ignored (not its record)
    masked        registers whose live value is not shown: erased, hidden or withheld
    op_deps       (dep_id, register) for every dep: "superseded" is a join on this
    conflicts     registers with more than one live op
    <entity>s     one materialised table per entity kind: the fold's current values
    search_rows   one row per searchable (entity, field), rowid shared with the FTS table
    fts           FTS5, unicode61 without diacritics, secure-delete=1
    contents      attachment bytes by SHA-256: inline (< 1 MiB) or a blob file and its key
    drafts        half-typed text, local only, never in the op-log
    peers         colleagues' cards, pet names, verification and revocation (local only)
    bundles_out   the owner's own bundle chain: seq, id, manifest hash (for `prev`)
    bundles_in    every bundle imported, keyed by (sender, bundle_id): a replay is a no-op; (sender,
                  seq) is unique, and `prev` is kept, so a second manifest at one seq, or one that
                  does not chain with its neighbours, is a fork; `sender_head` is the sender's own
                  ack (how many of its own ops it held), the anchor of a revocation cut-off
    acks          what each peer has acknowledged holding: per author, the highest seq
    alerts        compromise alerts: kind, whose keys, where, when, details, acknowledged
    sent_disclosures  which disclosures went out in which of the owner's bundles (`bundles_out`)
    travel_away   our own ops of cases that travelled: (author, seq, op id, prev) only, so that
                  our chain stays whole while they are away (store/travel.py)
    travel_notes  a note of what to import on return, only when the person asks for one
    custody       the custody log: signed entries of every author, per item chained (PROTECTION
                  §4, docs/custody.md); append-only
    custody_heads every imported manifest's `custody_head`, per (sender, bundle seq): the
                  anchor of a revoked author's custody cut-off
    custody_untrusted  entries of a revoked author past its custody cut-off, taken in after the
                  revocation: kept (a relayed chain goes on through them), never trusted
    staged_disclosures  an import's disclosures, read before its ops, inside its transaction
                  (always empty between transactions)
    clearances    per colleague, what they may see (level, categories); local, never sent
    peer_orgs     per colleague, the organisation they belong to (consent's org: audience);
                  local, never sent
    reports_out, report_disclosures  the owner's report packages written (purpose, recipients,
                  time; no path) and the ops whose values each carried
    pseudonym_letters  the letter each person was given in each audience (stable pseudonyms)
    pseudonyms    pseudonyms received: per sender and record, the sender's signed overlay line
    seal_overrides  bundles sealed past the leak scan: when, which bundle, the reason code

Identifiers interpolated into SQL come only from the constants of `casebook.domain.model`.
"""

from __future__ import annotations

from casebook.domain.model import ENTITIES, EntitySpec, FieldType

__all__ = [
    "FTS_TABLES",
    "MIGRATE_1_TO_2",
    "MIGRATE_2_TO_3",
    "SCHEMA_VERSION",
    "SEARCH_INDEX_VERSION",
    "ddl",
    "parent_column",
]

SCHEMA_VERSION = 3
# What the search index holds, in `meta` ('search'): 1 = vocabulary fields by their labels in both
# languages. A vault indexed by an older version is indexed again when it is opened.
SEARCH_INDEX_VERSION = 1
FTS_TABLES = ("fts",)


def parent_column(kind: str) -> str:
    """The column that holds a parent id of this kind."""
    return f"{kind}_id"


def _entity_table(spec: EntitySpec) -> str:
    cols = ["id BLOB PRIMARY KEY"]
    cols += [f"{parent_column(p)} BLOB" for p in spec.parents]
    cols += [
        "created_hlc INTEGER",
        "created_by BLOB",
        "updated_hlc INTEGER NOT NULL DEFAULT 0",
        "deleted INTEGER NOT NULL DEFAULT 0",
    ]
    for name in spec.fixed:
        cols.append(f"{name} {'INTEGER' if name == 'size' else 'TEXT'}")
    for f in spec.fields.values():
        cols.append(f"{f.name} TEXT")
        if f.type is FieldType.DATE:
            cols.append(f"{f.name}_sort TEXT")
    lines = [f"CREATE TABLE IF NOT EXISTS {spec.table} ({', '.join(cols)})"]
    for p in spec.parents:
        col = parent_column(p)
        lines.append(
            f"CREATE INDEX IF NOT EXISTS {spec.table}_{col} ON {spec.table}({col}, created_hlc)"
        )
    if spec.name == "case":
        lines.append("CREATE INDEX IF NOT EXISTS cases_updated ON cases(updated_hlc DESC, id)")
        lines.append("CREATE INDEX IF NOT EXISTS cases_status ON cases(status, updated_hlc DESC)")
        # Deleted cases (to restore) without a scan of every case; few rows, so a partial index.
        lines.append(
            "CREATE INDEX IF NOT EXISTS cases_deleted ON cases(updated_hlc DESC) WHERE deleted = 1"
        )
    return ";\n".join(lines)


V2_TABLES = """
CREATE TABLE IF NOT EXISTS disclosures (
    op_rowid INTEGER PRIMARY KEY,
    nonce BLOB NOT NULL,
    value BLOB NOT NULL
) ;
CREATE TABLE IF NOT EXISTS redactions (
    target_id BLOB NOT NULL,
    redact_id BLOB NOT NULL,
    redactor BLOB NOT NULL,
    entity_id BLOB NOT NULL,
    reg_field TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (target_id, redact_id)
) WITHOUT ROWID ;
CREATE INDEX IF NOT EXISTS redactions_by_redact ON redactions(redact_id) ;
CREATE TABLE IF NOT EXISTS masked (
    entity_id BLOB NOT NULL,
    reg_field TEXT NOT NULL,
    why TEXT NOT NULL,
    PRIMARY KEY (entity_id, reg_field)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS staged_disclosures (
    op_id BLOB PRIMARY KEY,
    nonce BLOB NOT NULL,
    value BLOB NOT NULL
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS sent_disclosures (
    bundle_seq INTEGER NOT NULL,
    op_id BLOB NOT NULL,
    PRIMARY KEY (op_id, bundle_seq)
) WITHOUT ROWID
"""

# Schema 1 → 2 (op v2): the new tables, and two columns on `ops`. Old rows are v1, not husks.
MIGRATE_1_TO_2 = (
    "ALTER TABLE ops ADD COLUMN v INTEGER NOT NULL DEFAULT 1 ;\n"
    "ALTER TABLE ops ADD COLUMN husk INTEGER NOT NULL DEFAULT 0 ;\n" + V2_TABLES
)

# Schema 3: the tables of protection and field work (custody, consent, clearance, ...). Each
# new table is one `CREATE TABLE IF NOT EXISTS` in V3_TABLES; a new column on an old table is
# one `ALTER TABLE` in V3_ALTERS. Schema 2 → 3 runs the alters, then the whole (idempotent)
# ddl(), which also creates the entity tables of any record kind the model gained.
V3_TABLES = """
CREATE TABLE IF NOT EXISTS custody (
    rowid INTEGER PRIMARY KEY,
    entry_id BLOB NOT NULL UNIQUE,
    author BLOB NOT NULL,
    seq INTEGER NOT NULL,
    prev BLOB,
    item BLOB NOT NULL,
    item_prev BLOB,
    time_ms INTEGER NOT NULL,
    event TEXT NOT NULL,
    encoded BLOB NOT NULL,
    sig BLOB NOT NULL,
    UNIQUE (author, seq)
) ;
CREATE INDEX IF NOT EXISTS custody_item ON custody(item, author) ;
CREATE INDEX IF NOT EXISTS custody_prev ON custody(author, prev) ;
CREATE TABLE IF NOT EXISTS custody_heads (
    sender BLOB NOT NULL,
    bundle_seq INTEGER NOT NULL,
    head BLOB NOT NULL,
    PRIMARY KEY (sender, bundle_seq)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS custody_untrusted (
    entry_id BLOB PRIMARY KEY
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS travel_away (
    author BLOB NOT NULL,
    seq INTEGER NOT NULL,
    op_id BLOB NOT NULL UNIQUE,
    prev BLOB,
    PRIMARY KEY (author, seq)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS travel_notes (
    bundle_id BLOB PRIMARY KEY,
    note TEXT NOT NULL
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS clearances (
    peer BLOB PRIMARY KEY,
    level TEXT NOT NULL,
    allowed TEXT NOT NULL
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS pseudonym_letters (
    audience BLOB NOT NULL,
    person BLOB NOT NULL,
    case_id BLOB NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (audience, person),
    UNIQUE (audience, case_id, n)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS pseudonyms (
    sender BLOB NOT NULL,
    entity_id BLOB NOT NULL,
    fields TEXT NOT NULL,
    en TEXT NOT NULL,
    ru TEXT NOT NULL,
    bundle_seq INTEGER NOT NULL,
    line BLOB NOT NULL,
    sig BLOB NOT NULL,
    PRIMARY KEY (entity_id, sender)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS peer_orgs (
    peer BLOB PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS reports_out (
    report_id BLOB PRIMARY KEY,
    case_id BLOB NOT NULL,
    purpose TEXT NOT NULL,
    recipients TEXT NOT NULL,
    written_ms INTEGER NOT NULL
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS report_disclosures (
    op_id BLOB NOT NULL,
    report_id BLOB NOT NULL,
    PRIMARY KEY (op_id, report_id)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS seal_overrides (
    id INTEGER PRIMARY KEY,
    bundle_id BLOB NOT NULL,
    bundle_seq INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    reason TEXT NOT NULL,
    hits INTEGER NOT NULL,
    persons TEXT NOT NULL
)
"""
# Labels (PROTECTION §2): a `labels` register on every kind of record but terms, and a case's
# `floor`; new tables made by ddl() have them already.
V3_ALTERS: tuple[str, ...] = (
    *(
        f"ALTER TABLE {t} ADD COLUMN labels TEXT"
        for t in ("cases", "persons", "events", "interviews", "segments", "attachments", "links")
    ),
    "ALTER TABLE cases ADD COLUMN floor TEXT",
)
MIGRATE_2_TO_3 = V3_ALTERS


def ddl() -> str:
    """The whole schema, idempotent."""
    core = (
        """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v) ;
CREATE TABLE IF NOT EXISTS identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_seed BLOB NOT NULL,
    created_ms INTEGER NOT NULL
) ;
CREATE TABLE IF NOT EXISTS enc_keys (
    x25519_public BLOB PRIMARY KEY,
    x25519_secret BLOB NOT NULL,
    created_ms INTEGER NOT NULL,
    cert_sig BLOB NOT NULL,
    current INTEGER NOT NULL DEFAULT 0
) ;
CREATE TABLE IF NOT EXISTS ops (
    rowid INTEGER PRIMARY KEY,
    op_id BLOB NOT NULL UNIQUE,
    author BLOB NOT NULL,
    seq INTEGER NOT NULL,
    prev BLOB,
    hlc INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id BLOB NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    reg_field TEXT NOT NULL,
    case_id BLOB,
    encoded BLOB NOT NULL,
    sig BLOB NOT NULL,
    v INTEGER NOT NULL DEFAULT 1,
    husk INTEGER NOT NULL DEFAULT 0,
    UNIQUE (author, seq)
) ;
CREATE INDEX IF NOT EXISTS ops_register ON ops(entity_id, reg_field) ;
CREATE INDEX IF NOT EXISTS ops_case ON ops(case_id, hlc) ;
CREATE TABLE IF NOT EXISTS op_deps (
    dep_id BLOB NOT NULL,
    entity_id BLOB NOT NULL,
    reg_field TEXT NOT NULL,
    op_id BLOB NOT NULL,
    PRIMARY KEY (dep_id, entity_id, reg_field, op_id)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS conflicts (
    entity_id BLOB NOT NULL,
    reg_field TEXT NOT NULL,
    entity TEXT NOT NULL,
    case_id BLOB,
    PRIMARY KEY (entity_id, reg_field)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS search_rows (
    rowid INTEGER PRIMARY KEY,
    entity_id BLOB NOT NULL,
    field TEXT NOT NULL,
    entity TEXT NOT NULL,
    case_id BLOB,
    UNIQUE (entity_id, field)
) ;
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    text, tokenize = 'unicode61 remove_diacritics 2'
) ;
INSERT INTO fts(fts, rank) VALUES ('secure-delete', 1) ;
CREATE TABLE IF NOT EXISTS contents (
    sha256 BLOB PRIMARY KEY,
    size INTEGER NOT NULL,
    blob_name TEXT,
    blob_key BLOB,
    data BLOB,
    CHECK ((data IS NULL) != (blob_name IS NULL))
) ;
CREATE TABLE IF NOT EXISTS drafts (k TEXT PRIMARY KEY, text TEXT NOT NULL, updated_ms INTEGER) ;
CREATE TABLE IF NOT EXISTS peers (
    identity BLOB PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    x25519 BLOB NOT NULL,
    cert_created INTEGER NOT NULL,
    cert_sig BLOB NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0,
    revoked_after INTEGER,
    added_ms INTEGER NOT NULL
) ;
CREATE TABLE IF NOT EXISTS bundles_out (
    seq INTEGER PRIMARY KEY,
    bundle_id BLOB NOT NULL UNIQUE,
    manifest_hash BLOB NOT NULL,
    created_ms INTEGER NOT NULL,
    recipients TEXT NOT NULL
) ;
CREATE TABLE IF NOT EXISTS bundles_in (
    sender BLOB NOT NULL,
    bundle_id BLOB NOT NULL,
    seq INTEGER NOT NULL,
    prev BLOB,
    manifest_hash BLOB NOT NULL,
    sender_head INTEGER NOT NULL,
    imported_ms INTEGER NOT NULL,
    ops INTEGER NOT NULL,
    PRIMARY KEY (sender, bundle_id),
    UNIQUE (sender, seq)
) ;
CREATE TABLE IF NOT EXISTS acks (
    peer BLOB NOT NULL,
    author BLOB NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (peer, author)
) WITHOUT ROWID ;
CREATE TABLE IF NOT EXISTS alerts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    party BLOB NOT NULL,
    seq INTEGER NOT NULL,
    sender BLOB NOT NULL,
    created_ms INTEGER NOT NULL,
    details TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, party, seq)
) ;
"""
        + V2_TABLES
        + ";\n"
        + V3_TABLES
    )
    return core + ";\n" + ";\n".join(_entity_table(s) for s in ENTITIES.values())
