"""CaseService: the typed core API of an unlocked vault.

Everything the CLI and the GUI can do to case data goes through here. Each change becomes signed
ops (`casebook.domain.oplog`) applied in one transaction (`casebook.store`). Long work takes a
`progress(done, total)` callable and a `cancel()` callable; nothing here knows of Qt.

One thread owns a CaseService (the store's connection is not shared).
"""

from __future__ import annotations

import hashlib
import io
import json
import mimetypes
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from casebook.base import canonical
from casebook.base.errors import (
    AuthenticationFailed,
    CasebookError,
    InputRejected,
    NotFound,
    UnknownPeer,
    VaultCorrupt,
    VaultLocked,
)
from casebook.base.fsutil import commit_temp, os_error, temp_file
from casebook.base.paths import VaultPaths
from casebook.domain import vocab
from casebook.domain.model import ENTITIES, EntitySpec, FieldType, validate_value
from casebook.domain.oplog import CREATED, DELETED, Hlc, Op, SignedOp, decode_signed, sign_op
from casebook.domain.peers import Card, card_of, parse_card, safety_number
from casebook.domain.records import (
    CaseRow,
    ConflictInfo,
    ConflictValue,
    HistoryEntry,
    PeerRow,
    Record,
    SearchHit,
    VerifyReport,
)
from casebook.store.blobs import BlobStore, Intake
from casebook.store.schema import parent_column
from casebook.store.store import Store

__all__ = ["CaseService", "Write"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Write = tuple[str, bytes, str, str, Any]  # entity, entity_id, kind, field, value


def _ms(hlc: int | None) -> int:
    return Hlc.to_ms(hlc) if hlc else 0


class CaseService:
    """An unlocked vault."""

    def __init__(self, store: Store, paths: VaultPaths) -> None:
        self._store: Store | None = store
        self.paths = paths
        self.blobs = BlobStore(paths.blobs)
        self.identity = store.load_identity()
        self.me = self.identity.public
        self.hlc = Hlc(store.max_hlc())

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open store, or `VaultLocked`."""
        if self._store is None:
            raise VaultLocked("vault is locked")
        return self._store

    @property
    def locked(self) -> bool:
        """True after `lock()`."""
        return self._store is None

    def lock(self) -> None:
        """Close the connection and drop the keys. The object is unusable afterwards."""
        store, self._store = self._store, None
        if store is not None:
            store.close()
        # Drop key material references; Python cannot scrub them, but nothing keeps them alive.
        self.identity = None  # type: ignore[assignment]

    # -- writing --------------------------------------------------------------------------

    def commit_writes(self, writes: Sequence[Write]) -> list[SignedOp]:
        """Sign and apply several changes in one transaction: all of them, or none.

        Each write is (entity, entity_id, kind, field, value) with a value already valid for
        the model (the `add_*` methods validate; bulk callers must too: `sign_op` re-checks).
        """
        store = self.store
        done: list[SignedOp] = []
        with store.transaction():
            # Read inside the write lock: another session (GUI and CLI at once) may have signed.
            head = store.author_head(self.me)
            self.hlc.observe(store.max_hlc())
            for entity, entity_id, kind, fld, value in writes:
                if kind in ("create", "attach"):
                    reg = CREATED
                elif kind == "delete":
                    reg = DELETED
                else:
                    reg = fld
                deps = [o.op_id for o in store.live_ops(entity_id, reg)]
                if kind == "delete":
                    deps += store.live_ops_of_entity(entity_id)
                seq = head[0] + 1 if head else 1
                op = Op(
                    author=self.me,
                    seq=seq,
                    prev=head[1] if head else None,
                    deps=tuple(dict.fromkeys(deps)),
                    hlc=self.hlc.now(),
                    entity=entity,
                    entity_id=entity_id,
                    kind=kind,
                    field=fld,
                    value=value,
                )
                signed = sign_op(op, self.identity)
                store.apply(signed)
                head = (seq, signed.op_id)
                done.append(signed)
        return done

    def _create(self, entity: str, parents: dict[str, bytes], fields: dict[str, Any]) -> bytes:
        spec = ENTITIES[entity]
        entity_id = os.urandom(16)
        value = {p: parents[p].hex() for p in spec.parents}
        writes: list[Write] = [(entity, entity_id, "create", "", value)]
        for name, raw in fields.items():
            if raw is None or raw == "" or raw == []:
                continue
            writes.append((entity, entity_id, "set", name, self._validate(spec, name, raw)))
        self.commit_writes(writes)
        return entity_id

    def _validate(self, spec: EntitySpec, name: str, value: Any) -> Any:
        fspec = spec.spec(name)
        if fspec.vocab is None:
            return validate_value(fspec, value)
        terms = self.vocabulary(fspec.vocab)
        if fspec.type is FieldType.VOCAB and isinstance(value, str):
            value = vocab.resolve_in(terms, value) or value
        if fspec.type is FieldType.CODES and isinstance(value, list):
            value = [vocab.resolve_in(terms, v) or v if isinstance(v, str) else v for v in value]
        return validate_value(fspec, value, {t.code for t in terms})

    # -- vocabularies ---------------------------------------------------------------------

    def vocabulary(self, name: str) -> list[vocab.Term]:
        """A vocabulary: the shipped terms, then the user's own, in both languages."""
        if name not in vocab.shipped():
            raise InputRejected(f"no vocabulary {name!r}")
        own = self._records(ENTITIES["term"], "vocab = ?", (name,))
        return [
            *vocab.shipped()[name],
            *(vocab.Term(r.get("code", ""), r.get("en", ""), r.get("ru", "")) for r in own),
        ]

    def add_term(self, vocabulary: str, code: str, en: str, ru: str = "") -> bytes:
        """Extend a vocabulary with the user's own term (for example a new legal article)."""
        code = code.strip().lower()
        if not code or not all(c.isalnum() or c == "_" for c in code) or len(code) > 64:
            raise InputRejected("a code is letters, digits and underscores")
        if code in {t.code for t in self.vocabulary(vocabulary)}:
            raise InputRejected("this code is already in the vocabulary")
        if not en.strip() and not ru.strip():
            raise InputRejected("a term needs a label")
        return self._create(
            "term",
            {},
            {
                "vocab": vocabulary,
                "code": code,
                "en": en.strip() or ru.strip(),
                "ru": ru.strip() or en.strip(),
            },
        )

    def _require(self, kind: str, entity_id: bytes) -> Record:
        rec = self.get(entity_id)
        if rec.kind != kind or rec.deleted:
            raise NotFound(f"no {kind} with this id")
        return rec

    def add_case(
        self, title: str, summary: str = "", *, status: str = "open", **fields: Any
    ) -> bytes:
        """Open a new case; return its id."""
        if not title.strip():
            raise InputRejected("a case needs a title")
        return self._create(
            "case", {}, {"title": title.strip(), "summary": summary, "status": status, **fields}
        )

    def add_person(self, case_id: bytes, name: str, role: str, **fields: Any) -> bytes:
        """Add a person to a case in a role (victim, witness, …)."""
        self._require("case", case_id)
        if not name.strip():
            raise InputRejected("a person needs a name")
        return self._create(
            "person", {"case": case_id}, {"name": name.strip(), "role": role, **fields}
        )

    def add_event(
        self,
        case_id: bytes,
        type: str,
        date: str,
        *,
        place: str = "",
        summary: str = "",
        **fields: Any,
    ) -> bytes:
        """Record an event: what happened (vocabulary type), when (fuzzy date), where."""
        self._require("case", case_id)
        return self._create(
            "event",
            {"case": case_id},
            {"type": type, "date": date, "place": place, "summary": summary, **fields},
        )

    def add_interview(
        self, case_id: bytes, interviewee: bytes | None = None, **fields: Any
    ) -> bytes:
        """Start an interview, optionally with a person of the same case as interviewee."""
        self._require("case", case_id)
        if interviewee is not None:
            person = self._require("person", interviewee)
            if person.case_id != case_id:
                raise InputRejected("the interviewee belongs to another case")
        return self._create(
            "interview",
            {"case": case_id},
            {"interviewee": interviewee.hex() if interviewee else None, **fields},
        )

    def add_segment(self, interview_id: bytes, text: str) -> bytes:
        """Append a timestamped note segment to an interview, durably."""
        interview = self._require("interview", interview_id)
        if not text.strip():
            raise InputRejected("a note segment needs text")
        case_id = interview.case_id or b""
        return self._create("segment", {"case": case_id, "interview": interview_id}, {"text": text})

    def link(self, a: bytes, b: bytes, role: str | None = None) -> bytes:
        """Link two records of the same case (a person to an event, a segment to a person)."""
        ra, rb = self.get(a), self.get(b)
        if ra.case_id is None or ra.case_id != rb.case_id:
            raise InputRejected("only records of the same case can be linked")
        return self._create(
            "link", {"case": ra.case_id}, {"a": a.hex(), "b": b.hex(), "role": role}
        )

    def set_field(self, entity_id: bytes, name: str, value: Any) -> None:
        """Change one field of a record."""
        rec = self.get(entity_id)
        if rec.deleted:
            raise NotFound("this record was deleted")
        spec = ENTITIES[rec.kind]
        self.commit_writes([(rec.kind, entity_id, "set", name, self._validate(spec, name, value))])

    def delete(self, entity_id: bytes, *, restore: bool = False) -> None:
        """Delete a record (or restore a deleted one). History keeps what it held."""
        rec = self.get(entity_id)
        self.commit_writes([(rec.kind, entity_id, "delete", "", not restore)])

    def intake_file(
        self,
        src: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> Intake:
        """Hash a file and encrypt it into `blobs/` (small files stay in memory).

        This touches no database connection, so it may run on any thread; `record_attachment`
        then links it to a case in one short transaction. An intake that is never recorded
        leaves only an encrypted file that `sweep_blobs` removes.
        """
        try:
            fh = open(src, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            raise os_error(e) from e
        try:
            size = os.fstat(fh.fileno()).st_size
            return self.blobs.intake(fh, size, progress=progress, cancel=cancel)
        finally:
            fh.close()

    def record_attachment(
        self, case_id: bytes, intake: Intake, *, name: str, media_type: str | None = None
    ) -> bytes:
        """Store an intake's content (once per SHA-256) and sign its attach op; return its id."""
        try:
            self._require("case", case_id)
        except BaseException:
            if intake.blob_name:
                self.blobs.remove(intake.blob_name)
            raise
        # File names can hold control characters on Linux; they are metadata, keep them readable.
        shown = "".join(
            "_" if ord(c) < 32 or c == "\x7f" or 0xD800 <= ord(c) <= 0xDFFF else c for c in name
        ).strip()
        shown = shown or "attachment"
        mtype = media_type or mimetypes.guess_type(shown)[0] or "application/octet-stream"
        entity_id = os.urandom(16)
        value = {
            "case": case_id.hex(),
            "name": shown[:1000],
            "media_type": mtype[:200],
            "size": intake.size,
            "sha256": intake.sha256.hex(),
        }
        store = self.store
        try:
            with store.transaction():
                existing = store.query(
                    "SELECT blob_name FROM contents WHERE sha256 = ?", (intake.sha256,)
                )
                if not existing:
                    store.con.execute(
                        "INSERT INTO contents VALUES (?, ?, ?, ?, ?)",
                        (
                            intake.sha256,
                            intake.size,
                            intake.blob_name,
                            intake.blob_key,
                            intake.data,
                        ),
                    )
        except BaseException:
            if intake.blob_name:
                self.blobs.remove(intake.blob_name)
            raise
        if existing and intake.blob_name:
            self.blobs.remove(intake.blob_name)  # the same bytes are already stored
        self.commit_writes([("attachment", entity_id, "attach", "", value)])
        return entity_id

    def attach(
        self,
        case_id: bytes,
        src: Path,
        *,
        name: str | None = None,
        media_type: str | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> bytes:
        """Take a file into the vault, encrypted; return the attachment id.

        The file is streamed with constant memory. Its SHA-256 is recorded at intake.
        """
        self._require("case", case_id)
        intake = self.intake_file(src, progress=progress, cancel=cancel)
        return self.record_attachment(case_id, intake, name=name or src.name, media_type=media_type)

    def attach_bytes(
        self, case_id: bytes, data: bytes, *, name: str, media_type: str | None = None
    ) -> bytes:
        """Take bytes already in memory into the vault (no file is written anywhere)."""
        self._require("case", case_id)
        intake = self.blobs.intake(io.BytesIO(data), len(data))
        return self.record_attachment(case_id, intake, name=name, media_type=media_type)

    def iter_attachment(
        self, attachment_id: bytes, *, cancel: CancelCheck | None = None
    ) -> Iterator[bytes]:
        """The attachment's bytes, chunk by chunk, authenticated. For the in-app viewer."""
        rec = self._require("attachment", attachment_id)
        sha = bytes.fromhex(rec.get("sha256", ""))
        rows = self.store.query(
            "SELECT blob_name, blob_key, data FROM contents WHERE sha256 = ?", (sha,)
        )
        if not rows:
            raise VaultCorrupt("attachment content is missing")
        blob_name, blob_key, data = rows[0]
        if data is not None:
            yield bytes(data)
            return
        yield from self.blobs.open_chunks(blob_name, blob_key, cancel=cancel)

    def export_attachment(
        self,
        attachment_id: bytes,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> int:
        """Write the decrypted attachment to `dest` (the caller has warned the user)."""
        rec = self._require("attachment", attachment_id)
        total = int(rec.get("size", 0))
        done = 0
        with temp_file(dest) as (fh, tmp):
            for chunk in self.iter_attachment(attachment_id, cancel=cancel):
                try:
                    fh.write(chunk)
                except OSError as e:
                    raise os_error(e) from e
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            commit_temp(fh, tmp, dest)
        return done

    # -- drafts ---------------------------------------------------------------------------

    def save_draft(self, key: str, text: str) -> None:
        """Keep half-typed text in the vault, so a lock or a crash loses nothing."""
        store = self.store
        with store.transaction():
            if text:
                store.con.execute(
                    "INSERT OR REPLACE INTO drafts VALUES (?, ?, ?)", (key, text, _ms(Hlc.wall()))
                )
            else:
                store.con.execute("DELETE FROM drafts WHERE k = ?", (key,))

    def load_draft(self, key: str) -> str:
        """The saved draft for `key`, or ''."""
        rows = self.store.query("SELECT text FROM drafts WHERE k = ?", (key,))
        return str(rows[0][0]) if rows else ""

    # -- reading --------------------------------------------------------------------------

    def resolve_id(self, text: str) -> bytes:
        """A record id from its hex form or a unique prefix of 8 or more hex digits."""
        t = text.strip().lower()
        if len(t) == 32:
            try:
                return bytes.fromhex(t)
            except ValueError:
                pass
        if not 8 <= len(t) <= 32 or any(c not in "0123456789abcdef" for c in t):
            raise NotFound("not a record id")
        lo = bytes.fromhex(t.ljust(32, "0"))
        hi = bytes.fromhex(t.ljust(32, "f"))
        rows = self.store.query(
            "SELECT DISTINCT entity_id FROM ops WHERE entity_id BETWEEN ? AND ? LIMIT 2", (lo, hi)
        )
        if len(rows) != 1:
            raise NotFound("no record, or several, start with this id")
        return bytes(rows[0][0])

    def kind_of(self, entity_id: bytes) -> str:
        """Which kind of record an id belongs to."""
        rows = self.store.query("SELECT entity FROM ops WHERE entity_id = ? LIMIT 1", (entity_id,))
        if not rows:
            raise NotFound("no record with this id")
        return str(rows[0][0])

    def get(self, entity_id: bytes) -> Record:
        """One record, deleted or not."""
        kind = self.kind_of(entity_id)
        recs = self._records(ENTITIES[kind], "id = ?", (entity_id,), include_deleted=True)
        if not recs:
            raise NotFound("no record with this id")
        return recs[0]

    def _records(
        self,
        spec: EntitySpec,
        where: str,
        args: Sequence[Any],
        *,
        include_deleted: bool = False,
        order: str = "created_hlc",
        limit: int = 100_000,
    ) -> list[Record]:
        cols = ["id", "created_hlc", "created_by", "updated_hlc", "deleted"]
        cols += [parent_column(p) for p in spec.parents]
        cols += list(spec.fixed) + list(spec.fields)
        cond = f"({where}) AND created_hlc IS NOT NULL"
        if not include_deleted:
            cond += " AND deleted = 0"
        rows = self.store.query(
            f"SELECT {', '.join(cols)} FROM {spec.table} WHERE {cond} ORDER BY {order} LIMIT ?",
            (*args, limit),
        )
        ids = [r[0] for r in rows]
        conflicted: dict[bytes, set[str]] = {}
        if ids:
            marks = ",".join("?" * len(ids)) if len(ids) <= 500 else None
            crow = (
                self.store.query(
                    f"SELECT entity_id, reg_field FROM conflicts WHERE entity_id IN ({marks})", ids
                )
                if marks
                else self.store.query("SELECT entity_id, reg_field FROM conflicts")
            )
            for eid, reg in crow:
                conflicted.setdefault(eid, set()).add(reg)
        out = []
        n_par = len(spec.parents)
        for r in rows:
            parents = {p: r[5 + i] for i, p in enumerate(spec.parents)}
            values: dict[str, Any] = {}
            for i, name in enumerate(spec.fixed):
                values[name] = r[5 + n_par + i]
            base = 5 + n_par + len(spec.fixed)
            for i, (name, fspec) in enumerate(spec.fields.items()):
                raw = r[base + i]
                if raw is not None and fspec.type in (
                    FieldType.TAGS,
                    FieldType.CODES,
                    FieldType.DEADLINES,
                ):
                    raw = json.loads(raw)
                values[name] = raw
            out.append(
                Record(
                    kind=spec.name,
                    id=r[0],
                    case_id=r[0] if spec.name == "case" else parents.get("case"),
                    parents=parents,
                    fields=values,
                    created_ms=_ms(r[1]),
                    created_by=r[2],
                    updated_ms=_ms(r[3]),
                    deleted=bool(r[4]),
                    conflicts=frozenset(conflicted.get(r[0], ())),
                )
            )
        return out

    def list_cases(
        self,
        *,
        status: str | None = None,
        limit: int = 200,
        before: tuple[int, bytes] | None = None,
    ) -> list[CaseRow]:
        """Cases, most recently changed first, a page at a time (keyset paging by `before`)."""
        where = ["created_hlc IS NOT NULL", "deleted = 0"]
        args: list[Any] = []
        if status:
            where.append("status = ?")
            args.append(status)
        if before is not None:
            where.append("(updated_hlc, id) < (?, ?)")
            args += [before[0], before[1]]
        rows = self.store.query(
            "SELECT id, title, status, updated_hlc, "
            "EXISTS (SELECT 1 FROM conflicts c WHERE c.case_id = cases.id) "
            f"FROM cases WHERE {' AND '.join(where)} ORDER BY updated_hlc DESC, id DESC LIMIT ?",
            (*args, limit),
        )
        return [
            CaseRow(r[0], r[1] or "", r[2] or "", _ms(r[3]), bool(r[4]), (r[3], r[0])) for r in rows
        ]

    def count_cases(self, *, status: str | None = None) -> int:
        """How many cases (for the status bar)."""
        if status:
            rows = self.store.query(
                "SELECT count(*) FROM cases WHERE created_hlc IS NOT NULL AND deleted = 0 "
                "AND status = ?",
                (status,),
            )
        else:
            rows = self.store.query(
                "SELECT count(*) FROM cases WHERE created_hlc IS NOT NULL AND deleted = 0"
            )
        return int(rows[0][0])

    def children(self, case_id: bytes, kind: str) -> list[Record]:
        """A case's persons, events, interviews, attachments or links."""
        spec = ENTITIES[kind]
        if "case" not in spec.parents:
            raise InputRejected("not a child kind")
        order = "date_sort, created_hlc" if kind == "event" else "created_hlc"
        return self._records(spec, "case_id = ?", (case_id,), order=order)

    def segments(self, interview_id: bytes) -> list[Record]:
        """An interview's note segments, in the order they were written."""
        return self._records(ENTITIES["segment"], "interview_id = ?", (interview_id,))

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every text field of every record."""
        hits = self.store.search(query, limit=limit)
        titles: dict[bytes, str] = {}
        out = []
        for h in hits:
            if h.case_id is not None and h.case_id not in titles:
                rows = self.store.query("SELECT title FROM cases WHERE id = ?", (h.case_id,))
                titles[h.case_id] = rows[0][0] if rows and rows[0][0] else ""
            out.append(
                SearchHit(
                    h.case_id,
                    h.entity,
                    h.entity_id,
                    h.field,
                    h.snippet,
                    titles.get(h.case_id, "") if h.case_id else "",
                )
            )
        return out

    def history(self, entity_id: bytes, *, limit: int = 10_000) -> list[HistoryEntry]:
        """Who changed what and when: the record's ops, and for a case its records' ops."""
        store = self.store
        rows = store.query(
            "SELECT op_id, author, hlc, kind, entity, entity_id, field, encoded, reg_field,"
            " EXISTS (SELECT 1 FROM op_deps d WHERE d.dep_id = ops.op_id"
            "  AND d.entity_id = ops.entity_id AND d.reg_field = ops.reg_field) "
            "FROM ops WHERE entity_id = ? OR case_id = ? ORDER BY hlc, op_id LIMIT ?",
            (entity_id, entity_id, limit),
        )
        if not rows:
            self.kind_of(entity_id)  # raises NotFound
        return [
            HistoryEntry(
                op_id=r[0],
                time_ms=_ms(r[2]),
                author=r[1],
                author_is_me=r[1] == self.me,
                kind=r[3],
                entity=r[4],
                entity_id=r[5],
                field=r[6],
                value=canonical.decode(r[7])["value"],
                superseded=bool(r[9]),
                far_future=Hlc.is_far_future(r[2]),
            )
            for r in rows
        ]

    # -- conflicts ------------------------------------------------------------------------

    def conflicts(self, *, case_id: bytes | None = None) -> list[ConflictInfo]:
        """Every field with concurrent values, with the provisional winner marked."""
        store = self.store
        if case_id is None:
            rows = store.query("SELECT entity_id, reg_field, entity, case_id FROM conflicts")
        else:
            rows = store.query(
                "SELECT entity_id, reg_field, entity, case_id FROM conflicts WHERE case_id = ?",
                (case_id,),
            )
        out = []
        for entity_id, reg, entity, cid in rows:
            values = []
            for i, live in enumerate(store.live_ops(entity_id, reg)):
                row = store.op_row(live.op_id)
                values.append(
                    ConflictValue(
                        live.op_id,
                        row.value() if row else None,
                        live.author,
                        _ms(live.hlc),
                        provisional=i == 0,
                    )
                )
            if reg == DELETED:
                # A delete that did not see these edits: show them beside it.
                for op_id in store.unseen_edits(entity_id):
                    row = store.op_row(op_id)
                    if row is not None:
                        values.append(
                            ConflictValue(
                                op_id, row.value(), row.author, _ms(row.hlc), False, row.field
                            )
                        )
            out.append(ConflictInfo(entity, entity_id, cid, reg, tuple(values)))
        return out

    def resolve(
        self, entity_id: bytes, field: str, choice: bytes | None = None, value: Any = None
    ) -> None:
        """End a conflict: keep the value of op `choice`, or a new `value`.

        The resolve op depends on every live value, so it supersedes them all everywhere.
        """
        rec = self.get(entity_id)
        if field == DELETED:
            self._resolve_delete(rec, choice, value)
            return
        live = self.store.live_ops(entity_id, field)
        if len(live) < 2:
            raise InputRejected("this field has no conflict")
        if choice is not None:
            if choice not in {o.op_id for o in live}:
                raise InputRejected("that value is not one of the conflicting ones")
            row = self.store.op_row(choice)
            value = row.value() if row else None
        else:
            value = self._validate(ENTITIES[rec.kind], field, value)
        self.commit_writes([(rec.kind, entity_id, "resolve", field, value)])

    # -- identity and peers ---------------------------------------------------------------

    def my_card(self) -> Card:
        """The owner's public identity card."""
        return card_of(self.identity)

    def export_secret(self) -> str:
        """The owner's age secret key (AGE-SECRET-KEY-1…), for an organisation's recovery."""
        from casebook.crypto.bech32 import format_identity

        return format_identity(self.identity.x25519_secret)

    def add_peer(self, card_bytes: bytes, name: str) -> PeerRow:
        """Add a colleague from their card under a name of your choosing; unverified."""
        card = parse_card(card_bytes)
        name = name.strip()
        if not name or len(name) > 200 or "\n" in name:
            raise InputRejected("a peer needs a one-line name")
        if card.identity == self.me:
            raise InputRejected("this is your own card")
        store = self.store
        if store.query("SELECT 1 FROM peers WHERE identity = ?", (card.identity,)):
            raise InputRejected("this colleague is already a peer")
        if store.query("SELECT 1 FROM peers WHERE name = ?", (name,)):
            raise InputRejected("another peer has this name")
        with store.transaction():
            store.con.execute(
                "INSERT INTO peers (identity, name, x25519, cert_created, cert_sig, added_ms)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (card.identity, name, card.x25519, card.created_ms, card.cert_sig, _ms(Hlc.wall())),
            )
        return self.find_peer(card.identity.hex())

    def peers(self) -> list[PeerRow]:
        """Every peer, by name."""
        rows = self.store.query(f"SELECT {_PEER_COLS} FROM peers ORDER BY name")
        return [_peer(r) for r in rows]

    def find_peer(self, text: str) -> PeerRow:
        """A peer by name, or by a key id prefix of 8 or more hex digits."""
        t = text.strip()
        rows = self.store.query(f"SELECT {_PEER_COLS} FROM peers WHERE name = ?", (t,))
        if not rows and len(t) >= 8 and all(c in "0123456789abcdef" for c in t.lower()):
            rows = self.store.query(
                f"SELECT {_PEER_COLS} FROM peers WHERE hex(identity) LIKE ? LIMIT 2",
                (t.upper() + "%",),
            )
        if len(rows) != 1:
            raise UnknownPeer("no single peer has this name or key id")
        return _peer(rows[0])

    def peer_by_identity(self, identity: bytes) -> PeerRow | None:
        """The peer with this identity key, if any."""
        rows = self.store.query(f"SELECT {_PEER_COLS} FROM peers WHERE identity = ?", (identity,))
        return _peer(rows[0]) if rows else None

    def safety_number(self, peer: PeerRow) -> str:
        """The 60-digit number both of you see; compare it in person or on a call."""
        return safety_number(self.me, peer.identity)

    def mark_verified(self, peer: PeerRow, verified: bool = True) -> None:
        """Record that you compared safety numbers with this peer."""
        store = self.store
        with store.transaction():
            store.con.execute(
                "UPDATE peers SET verified = ? WHERE identity = ?", (int(verified), peer.identity)
            )

    def revoke_peer(self, peer: PeerRow, after: int | None = None) -> None:
        """Trust nothing from this peer after its bundle number `after` (None: nothing at all).

        The cut-off is on the peer's own bundle chain, never a date: a thief can backdate.
        It holds for the peer's ops relayed by others too: those past the last op the peer
        itself declared in its bundles up to `after` are skipped on import
        (docs/bundle-format.md §10a). Nothing more is sealed to a revoked peer.
        """
        if after is not None and after < 0:
            raise InputRejected("the cut-off is a bundle number, 0 or more")
        store = self.store
        with store.transaction():
            store.con.execute(
                "UPDATE peers SET revoked = 1, revoked_after = ? WHERE identity = ?",
                (after, peer.identity),
            )

    def _resolve_delete(self, rec: Record, choice: bytes | None, value: Any) -> None:
        """End a delete/edit conflict: stay deleted (True) or restore (False).

        Choosing an edit restores the record; the new delete op has seen every live op, so it
        supersedes the disagreement on every replica.
        """
        found = [c for c in self.conflicts(case_id=rec.case_id) if c.entity_id == rec.id]
        if not any(c.field == DELETED for c in found):
            raise InputRejected("this record has no delete conflict")
        if choice is not None:
            options = {v.op_id: v for c in found if c.field == DELETED for v in c.values}
            if choice not in options:
                raise InputRejected("that value is not one of the conflicting ones")
            picked = options[choice]
            value = picked.value if picked.field == "" else False
        if not isinstance(value, bool):
            raise InputRejected("choose to keep the record deleted or to restore it")
        self.commit_writes([(rec.kind, rec.id, "delete", "", value)])

    # -- integrity ------------------------------------------------------------------------

    def verify(self, *, progress: Progress | None = None) -> VerifyReport:
        """Check every page (SQLCipher HMACs), every op (hash, signature, chain), every blob."""
        store = self.store
        page_errors: list[str] = []
        for pragma in ("cipher_integrity_check", "integrity_check"):
            try:
                for (msg,) in store.con.execute(f"PRAGMA {pragma}").fetchall():
                    if msg != "ok":
                        page_errors.append(str(msg))
            except Exception as e:  # noqa: BLE001 - report any storage failure, never crash
                page_errors.append(f"{pragma} failed: {type(e).__name__}")
        op_errors: list[str] = []
        checked = 0
        authors = 0
        last_author: bytes | None = None
        expected_prev: bytes | None = None
        expected_seq = 1
        try:
            for row in store.iter_ops():
                checked += 1
                if row.author != last_author:
                    authors += 1
                    last_author, expected_prev, expected_seq = row.author, None, 1
                try:
                    signed = decode_signed(row.encoded, row.sig)
                    if signed.op_id != row.op_id:
                        raise AuthenticationFailed("op id does not match its content")
                except CasebookError as e:
                    op_errors.append(f"op {row.op_id.hex()}: {e}")
                # A peer's chain may have gaps: case-filtered bundles carry only some of its ops.
                # Where the previous op is here its id must match; our own chain has no gaps.
                contiguous = row.seq == expected_seq
                gap_allowed = row.author != self.me and row.seq > expected_seq
                if (contiguous and row.prev != expected_prev) or not (contiguous or gap_allowed):
                    op_errors.append(
                        f"op {row.op_id.hex()}: chain broken at seq {row.seq} of author "
                        f"{row.author.hex()[:16]}"
                    )
                expected_prev, expected_seq = row.op_id, row.seq + 1
        except CasebookError as e:
            op_errors.append(f"reading ops failed: {e}")
        blob_errors: list[str] = []
        blobs = 0
        try:
            rows = store.query(
                "SELECT sha256, blob_name, blob_key FROM contents WHERE blob_name IS NOT NULL"
            )
        except CasebookError as e:
            rows = []
            blob_errors.append(f"reading contents failed: {e}")
        for i, (sha, name, key) in enumerate(rows):
            blobs += 1
            try:
                digest = hashlib.sha256()
                for chunk in self.blobs.open_chunks(name, key):
                    digest.update(chunk)
                if digest.digest() != bytes(sha):
                    raise VaultCorrupt("digest differs")
            except CasebookError:
                blob_errors.append(
                    f"attachment {bytes(sha).hex()[:16]}: blob is damaged or missing"
                )
            if progress is not None:
                progress(i + 1, len(rows))
        try:
            inline = store.query("SELECT sha256, data FROM contents WHERE data IS NOT NULL")
        except CasebookError as e:
            inline = []
            blob_errors.append(f"reading contents failed: {e}")
        for sha, data in inline:
            blobs += 1
            if hashlib.sha256(bytes(data)).digest() != bytes(sha):
                blob_errors.append(f"attachment {bytes(sha).hex()[:16]}: content is damaged")
        return VerifyReport(
            pages_checked=True,
            page_errors=tuple(page_errors),
            ops_checked=checked,
            op_errors=tuple(op_errors),
            blobs_checked=blobs,
            blob_errors=tuple(blob_errors),
            authors=authors,
        )

    def state_hash(self) -> bytes:
        """The digest of the fold's state (equal across replicas with the same ops)."""
        return self.store.state_hash()

    def sweep_blobs(self) -> int:
        """Remove encrypted blob files that no record references (left by a crash)."""
        rows = self.store.query("SELECT blob_name FROM contents WHERE blob_name IS NOT NULL")
        return self.blobs.sweep({r[0] for r in rows})


_PEER_COLS = "identity, name, x25519, verified, revoked, revoked_after, added_ms"


def _peer(r: Sequence[Any]) -> PeerRow:
    return PeerRow(r[0], r[1], r[2], bool(r[3]), bool(r[4]), r[5], r[6])
