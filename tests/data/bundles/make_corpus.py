"""Make the bundle test corpus: hostile bundles (and, with --golden, add the golden v2 bundles).

    python tests/data/bundles/make_corpus.py            # hostile/ and hostile/corpus.json
    python tests/data/bundles/make_corpus.py --golden   # also ADD golden/v2-*: refused once
                                                        # they exist; v1 goldens are never made
    python tests/data/bundles/make_corpus.py --custody  # only (re)make hostile/custody-*, and
                                                        # ADD golden/v2-custody.age once
    python tests/data/bundles/make_corpus.py --golden-overlay   # also ADD golden/v2-overlay.age
                                                        # (pseudonyms): refused once it exists

Everything is built from the fixed test keys in keys.json (made once from fixed labels, and
useless for anything but tests) and from deterministic ops: fixed entity ids, clocks and
attachment bytes, so op ids and state hashes are the same on every run. Only the age layer
(ephemeral keys, nonces, file keys) and bundle ids are random. See README.md for each file.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import io
import json
import os
import secrets
import shutil
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))

from casebook.base import canonical  # noqa: E402
from casebook.base.paths import VaultPaths  # noqa: E402
from casebook.bundle import export_bundle, import_bundle  # noqa: E402
from casebook.bundle import format as fmt  # noqa: E402
from casebook.bundle.audience import Audience, DenyAll, GateDecision  # noqa: E402
from casebook.bundle.manifest import (  # noqa: E402
    Entry,
    Manifest,
    Recipient,
    manifest_hash,
    sign_manifest,
)
from casebook.bundle.padme import padded_size  # noqa: E402
from casebook.crypto import age, stream  # noqa: E402
from casebook.crypto.keys import Identity  # noqa: E402
from casebook.domain.custody import Entry as CustodyEntry  # noqa: E402
from casebook.domain.custody import SignedEntry, sign_entry  # noqa: E402
from casebook.domain.disclosure import Disclosure  # noqa: E402
from casebook.domain.mentions import mention_token  # noqa: E402
from casebook.domain.oplog import Op, SignedOp, sign_op  # noqa: E402
from casebook.domain.peers import card_of  # noqa: E402
from casebook.domain.sensitivity import FULL_CLEARANCE  # noqa: E402
from casebook.service import CaseService  # noqa: E402
from casebook.store.store import Store  # noqa: E402
from casebook.vault.session import Session  # noqa: E402

CREATED_MS = 1_700_000_000_000
NAMES = ("sender", "recipient", "third", "stranger")
HLC0 = CREATED_MS << 16


# -- keys and deterministic content -------------------------------------------------------------


def _derive(label: str) -> bytes:
    return hashlib.sha256(f"casebook test corpus v1: {label}".encode()).digest()


def load_keys() -> dict[str, Identity]:
    """The fixed test identities (keys.json is written once, then only read)."""
    path = HERE / "keys.json"
    if not path.exists():
        doc = {
            n: {"ed25519_seed": _derive(f"{n} seed").hex(), "x25519": _derive(f"{n} x").hex()}
            for n in NAMES
        }
        doc["created_ms"] = CREATED_MS  # type: ignore[assignment]
        path.write_text(json.dumps(doc, indent=1) + "\n")
    doc = json.loads(path.read_text())
    return {
        n: Identity._with_cert(
            bytes.fromhex(doc[n]["ed25519_seed"]), bytes.fromhex(doc[n]["x25519"]), CREATED_MS
        )
        for n in NAMES
    }


def blob(label: str, size: int) -> bytes:
    """Deterministic attachment bytes."""
    out = bytearray()
    block = _derive(label)
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block
    return bytes(out[:size])


class Chain:
    """An author's deterministic ops (v1, or v2 with fixed nonces: the commitments and so the op
    ids are the same on every run)."""

    def __init__(
        self, identity: Identity, label: str, *, version: int = 1, hlc0: int = HLC0
    ) -> None:
        self.identity, self.label, self.version, self.hlc0 = identity, label, version, hlc0
        self.seq = 0
        self.prev: bytes | None = None
        self.ops: list[SignedOp] = []

    def id(self, n: int) -> bytes:
        """A fixed entity id."""
        return _derive(f"{self.label} entity {n}")[:16]

    def op(
        self,
        entity: str,
        eid: bytes,
        kind: str,
        field: str = "",
        value: Any = None,
        *,
        deps: Sequence[bytes] = (),
        targets: Sequence[bytes] = (),
        reason: str | None = None,
    ) -> SignedOp:
        """Sign the next op."""
        self.seq += 1
        op = Op(
            self.identity.public,
            self.seq,
            self.prev,
            tuple(deps),
            self.hlc0 + self.seq,
            entity,
            eid,
            kind,
            field,
            value,
            targets=tuple(targets),
            reason=reason,
        )
        if self.version == 1:
            signed = sign_op(op, self.identity, version=1)
        else:  # a fixed nonce (the test-only keyword): deterministic commitments
            nonce = _derive(f"{self.label} nonce {self.seq}")
            signed = sign_op(op, self.identity, version=2, _nonce=nonce)
        self.prev = signed.op_id
        self.ops.append(signed)
        return signed

    def redact(self, target: SignedOp, reason: str, *, also: Sequence[bytes] = ()) -> SignedOp:
        """Erase `target`'s field (and name the ops in `also` too), superseding `target`."""
        t = target.op
        return self.op(
            t.entity,
            t.entity_id,
            "redact",
            t.field,
            deps=[target.op_id],
            targets=sorted({target.op_id, *also}),
            reason=reason,
        )


def case_ops(chain: Chain, title: str, attachments: Sequence[tuple[str, bytes]]) -> None:
    """A small case: title, a person, an event, an interview with a note, attachments."""
    case, person, event, interview, segment = (chain.id(i) for i in range(5))
    chain.op("case", case, "create", value={})
    chain.op("case", case, "set", "title", title)
    chain.op("case", case, "set", "summary", "Задержан после пикета; изъят телефон.")
    chain.op("person", person, "create", value={"case": case.hex()})
    chain.op("person", person, "set", "name", "Иван Иванов")
    chain.op("person", person, "set", "role", "victim")
    chain.op("event", event, "create", value={"case": case.hex()})
    chain.op("event", event, "set", "type", "detention")
    chain.op("event", event, "set", "date", "2024-03-05")
    chain.op("interview", interview, "create", value={"case": case.hex()})
    chain.op("segment", segment, "create", value={"case": case.hex(), "interview": interview.hex()})
    chain.op("segment", segment, "set", "text", "Меня задержали утром у подъезда.")
    for i, (name, data) in enumerate(attachments):
        chain.op(
            "attachment",
            chain.id(10 + i),
            "attach",
            value={
                "case": case.hex(),
                "name": name,
                "media_type": "application/octet-stream",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        )


# -- vaults -------------------------------------------------------------------------------------


def replica(root: Path, identity: Identity) -> CaseService:
    """A vault on a random raw key (no keyslots): enough to seal with."""
    root.mkdir(parents=True)
    store = Store.open(root / "vault.db", os.urandom(32), create=True)
    with store.transaction():
        store.keys.save_identity(identity)
    return CaseService(Session(store, VaultPaths(root)))


def holding(root: Path, identity: Identity, chain: Chain, files: Sequence[bytes]) -> CaseService:
    """A vault holding `chain`'s ops and the attachment bytes."""
    svc = replica(root, identity)
    with svc.store.transaction():
        for data in files:
            intake = svc.session.blobs.intake(io.BytesIO(data), len(data))
            svc.store.contents.put(intake)
        for s in chain.ops:
            svc.store.apply(s)
    return svc


class _AllowAll:
    """A consent gate that lets every identity through: the corpus tests formats, not
    audiences (only v2-overlay.age is sealed to an audience)."""

    def identity_allowed(self, person: bytes, recipients: Sequence[bytes], purpose: str) -> Any:
        return GateDecision(True, "")


def seal_to(
    svc: CaseService,
    keys: dict[str, Identity],
    to: Sequence[str],
    out: Path,
    *,
    trusted: bool = True,
    **kw: Any,
) -> list[Path]:
    """Export from `svc` to the named test identities: `trusted`, with the full clearance and
    every identity allowed (everything travels); else at a new colleague's clearance, with no
    consent (PROTECTION §2)."""
    peers = []
    for name in to:
        card = card_of(keys[name]).encode()
        found = svc.peers.by_identity(keys[name].public)
        p = found or svc.peers.add(card, name)
        svc.peers.mark_verified(p)
        if trusted:
            svc.labels.set_clearance(p, FULL_CLEARANCE)
        peers.append(svc.peers.find(name))
    kw.setdefault("audience", Audience(gate=_AllowAll() if trusted else DenyAll()))
    return list(export_bundle(svc.session, peers, out_path=out, **kw).paths)


# -- crafting and tampering --------------------------------------------------------------------


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    prk = hmac.digest(salt, ikm, "sha256")
    return hmac.digest(prk, info + b"\x01", "sha256")


def open_plain(path: Path, secret: bytes) -> tuple[age.Header, bytes, bytes]:
    """(header, file key, payload plaintext) of a bundle, as a recipient sees it."""
    with open(path, "rb") as fh:
        header = age.read_header(fh)
        key = age.unwrap_file_key(header, [secret])
        plain = b"".join(age.iter_payload(header, key, fh))
    return header, key, plain


def reseal(header: age.Header, key: bytes, plain: bytes) -> bytes:
    """The same header and file key around another payload: what any recipient can write."""
    nonce = secrets.token_bytes(age.NONCE_SIZE)
    out = io.BytesIO()
    out.write(header.raw + nonce)
    w = stream.StreamWriter(_hkdf(key, nonce, b"payload"), out)
    w.write(plain)
    w.close()
    return out.getvalue()


def members(plain: bytes) -> dict[str, tuple[int, int, int]]:
    """name → (header offset, data offset, size) of every member."""
    with tarfile.open(fileobj=io.BytesIO(plain)) as t:
        return {m.name: (m.offset, m.offset_data, m.size) for m in t}


def craft(
    sender: Identity,
    to: Sequence[Identity],
    lines: Sequence[bytes],
    files: Sequence[bytes] = (),
    *,
    edit: Callable[[dict[str, Any]], None] | None = None,
    signer: Identity | None = None,
    seq: int = 1,
    prev: bytes | None = None,
    version: int = 1,
    disclosures: Sequence[bytes] = (),
    raw: Callable[[bytes], bytes] | None = None,
    custody: Sequence[bytes] | None = None,
    custody_head: bytes | None = None,
    bundle_id: bytes | None = None,
) -> bytes:
    """A bundle written by hand: what a compromised sender (with its real keys) can make.

    `version=1` (the default) writes the v1 layout the first hostile cases were made in;
    `version=2` writes disclosures.jsonl (`disclosures`, one line each) and an empty
    overlay.jsonl before ops.jsonl, with their manifest entries. `prev` is the hash of the
    sender's manifest seq - 1 (a made-up one when not given). `raw` edits the manifest's bytes
    before they are signed: for what canonical JSON cannot encode. `custody` (v2 only) writes
    custody.jsonl (one line each) after the overlay, with `custody_head` in the manifest."""
    if version == 1 and (disclosures or custody is not None):
        raise ValueError("a v1 bundle carries no disclosures and no custody")
    custody_data = b"".join(line + b"\n" for line in custody or ())
    the_id = bundle_id or secrets.token_bytes(16)
    enc = age.Encryptor([i.cert.x25519_public for i in to], pad_to_bucket=True)
    ops_data = b"".join(line + b"\n" for line in lines)
    disclosures_data = b"".join(line + b"\n" for line in disclosures)
    shas = sorted(hashlib.sha256(f).digest() for f in files)
    by_sha = {hashlib.sha256(f).digest(): f for f in files}

    def lines_entry(name: str, data: bytes, count: int) -> Entry:
        return Entry(name, len(data), hashlib.blake2b(data, digest_size=32).digest(), count)

    v2 = version == 2
    padding = 0
    for _ in range(8):
        m = Manifest(
            bundle_id=the_id,
            sender=card_of(sender),
            recipients=tuple(
                sorted(
                    (Recipient(i.public, i.cert.x25519_public) for i in to),
                    key=lambda r: r.identity,
                )
            ),
            seq=seq,
            prev=None if seq == 1 else (prev or bytes(32)),
            created_ms=CREATED_MS,
            acks={},
            cases=None,
            ops=lines_entry(fmt.NAME_OPS, ops_data, len(lines)),
            attachments=tuple(Entry(fmt.attachment_name(s), len(by_sha[s]), s) for s in shas),
            padding=padding,
            volumes=1,
            volume_size=None,
            age_header=enc.header.header_hash,
            version=version,
            disclosures=(
                lines_entry(fmt.NAME_DISCLOSURES, disclosures_data, len(disclosures))
                if v2
                else None
            ),
            overlay=lines_entry(fmt.NAME_OVERLAY, b"", 0) if v2 else None,
            custody=(
                lines_entry(fmt.NAME_CUSTODY, custody_data, len(custody))
                if custody is not None
                else None
            ),
            custody_head=custody_head,
        )
        unpadded = fmt.archive_size(m.member_sizes(len(m.encode()))) - padding
        if padded_size(unpadded) - unpadded == padding:
            break
        padding = padded_size(unpadded) - unpadded
    doc = m.to_json()
    if edit is not None:
        edit(doc)
    manifest = canonical.encode(doc)
    if raw is not None:
        manifest = raw(manifest)
    sig = sign_manifest(manifest, signer or sender)
    out = io.BytesIO()
    w = enc.begin(out)
    tar = fmt.TarWriter(w.write)
    tar.member(fmt.NAME_MANIFEST, manifest)
    tar.member(fmt.NAME_SIG, sig)
    if v2:  # the values first, then the (empty) overlay, then the ops
        tar.member(fmt.NAME_DISCLOSURES, disclosures_data)
        tar.member(fmt.NAME_OVERLAY, b"")
    if custody is not None:
        tar.member(fmt.NAME_CUSTODY, custody_data)
    tar.member(fmt.NAME_OPS, ops_data)
    for s in shas:
        tar.member(fmt.attachment_name(s), by_sha[s])
    tar.zeros(fmt.NAME_PADDING, doc["padding"])
    tar.finish()
    w.close()
    return out.getvalue()


def line_of(s: SignedOp) -> bytes:
    """An ops.jsonl line."""
    return s.sig.hex().encode() + b" " + s.encoded


def disclosure_of(s: SignedOp, *, value: Any = None, nonce: bytes | None = None) -> bytes:
    """A disclosures.jsonl line for a v2 op: its own, or with another value or nonce."""
    d = s.disclosure
    if d is None:
        raise ValueError("this op has no disclosure")
    return Disclosure(
        d.op_id, d.nonce if nonce is None else nonce, d.value if value is None else value
    ).encode()


def set_header_size(plain: bytearray, offset: int, size: int) -> None:
    """Rewrite a member header's size field (base-256 when large) with a valid checksum."""
    block = bytearray(plain[offset : offset + 512])
    block[124:136] = (b"%011o\x00" % size) if size < 8**11 else b"\x80" + size.to_bytes(11, "big")
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\x00 " % sum(block)
    plain[offset : offset + 512] = block


# -- the corpus ---------------------------------------------------------------------------------


def padded_sender(keys: dict[str, Identity], work: Path) -> tuple[Chain, bytes, CaseService, Path]:
    """The hostile sender's chain, attachment, vault and first bundle (valid-1).

    valid-1 must have some padding to flip, and its size depends on the bundle format (v2 added
    two members): the attachment's size is the first, from 6,500 bytes up, that gives it some.
    """
    for size in range(6500, 6500 + 8192, 64):
        att = blob("hostile attachment", size)
        chain = Chain(keys["sender"], "hostile sender")
        case_ops(chain, "Дело для проверки", [("протокол.txt", att)])
        vault = holding(work / f"s{size}", keys["sender"], chain, [att])
        first = seal_to(vault, keys, ["recipient"], work / f"first{size}.age")[0]
        _, _, plain = open_plain(first, keys["recipient"].x25519_secret)
        if members(plain)[fmt.NAME_PADDING][2] >= 16:
            return chain, att, vault, first
        vault.lock()
    raise SystemExit("no attachment size gives valid-1 some padding")


def make_hostile(keys: dict[str, Identity], work: Path) -> None:
    """hostile/*: each file, the vault that imports it, the setup, and the expected reason."""
    out = HERE / "hostile"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    corpus: dict[str, dict[str, Any]] = {}
    r_secret = keys["recipient"].x25519_secret

    def put(name: str, data: bytes, reason: str, note: str, **extra: Any) -> None:
        (out / name).write_bytes(data)
        corpus[name] = {"reason": reason, "vault": "recipient", "setup": None, "note": note}
        corpus[name].update(extra)

    s_chain, att, s_vault, first = padded_sender(keys, work)
    base_ops = list(s_chain.ops)  # the last one attaches `att`
    second = seal_to(s_vault, keys, ["recipient"], work / "second.age")[0]
    put("valid-1.age", first.read_bytes(), "", "a valid bundle, seq 1: the control")
    put(
        "revoked-sender.age",
        second.read_bytes(),
        "REVOKED_SENDER",
        "valid, seq 2; the test revokes the sender after bundle 1",
        setup="revoke-after-1",
    )
    both = seal_to(s_vault, keys, ["recipient", "third"], work / "both.age")[0]
    only_t = seal_to(s_vault, keys, ["third"], work / "t.age")[0]
    put("for-someone-else.age", only_t.read_bytes(), "NOT_FOR_US", "sealed to a third party")
    # A bundle of a few chunks, for cutting after its manifest.
    large = blob("hostile large attachment", 150_000)
    s_chain.op(
        "attachment",
        s_chain.id(30),
        "attach",
        value={
            "case": s_chain.id(0).hex(),
            "name": "видео.bin",
            "media_type": "application/octet-stream",
            "size": len(large),
            "sha256": hashlib.sha256(large).hexdigest(),
        },
    )
    with s_vault.store.transaction():
        intake = s_vault.session.blobs.intake(io.BytesIO(large), len(large))
        s_vault.store.contents.put(intake)
        s_vault.store.apply(s_chain.ops[-1])
    big = seal_to(s_vault, keys, ["recipient"], work / "big.age")[0].read_bytes()
    big_header = age.read_header(io.BytesIO(big))
    chunk0 = len(big_header.raw) + 16 + stream.CHUNK_SIZE + 16
    put(
        "truncated-header.age",
        big[: len(big_header.raw) // 2],
        "TRUNCATED",
        "cut inside the age header",
    )
    put(
        "truncated-at-chunk.age",
        big[:chunk0],
        "TRUNCATED",
        "cut after the first payload chunk (the manifest is readable; the rest is not there)",
    )
    put("truncated-payload.age", big[: chunk0 + 5000], "TRUNCATED", "cut inside the payload")
    put("truncated-last-byte.age", big[:-1], "TRUNCATED", "the last byte is missing")

    u_chain = Chain(keys["stranger"], "stranger")
    case_ops(u_chain, "Чужое дело", [])
    u_vault = holding(work / "u", keys["stranger"], u_chain, [])
    put(
        "unknown-sender.age",
        seal_to(u_vault, keys, ["recipient"], work / "u.age")[0].read_bytes(),
        "UNKNOWN_SENDER",
        "sealed by a key the recipient never added",
    )

    twin_chain = Chain(keys["sender"], "hostile sender fork")
    case_ops(twin_chain, "Другая история", [])
    twin = holding(work / "twin", keys["sender"], twin_chain, [])
    put(
        "fork.age",
        seal_to(twin, keys, ["recipient"], work / "fork.age")[0].read_bytes(),
        "COMPROMISE",
        "the sender's keys sign another bundle 1; the test imports valid-1 first",
        setup="import-valid-1",
    )

    # Forwarding: a recipient re-encrypts what it received to someone else.
    _, _, plain = open_plain(first, r_secret)
    fwd = io.BytesIO()
    age.encrypt([keys["third"].cert.x25519_public], io.BytesIO(plain), fwd, pad_to_bucket=True)
    put(
        "forwarded.age",
        fwd.getvalue(),
        "FORWARDED",
        "valid bundle for the recipient, re-encrypted by it to the third party",
        vault="third",
    )
    _, _, plain_both = open_plain(both, r_secret)
    fwd = io.BytesIO()
    age.encrypt([keys["third"].cert.x25519_public], io.BytesIO(plain_both), fwd)
    put(
        "forwarded-co-recipient.age",
        fwd.getvalue(),
        "FORWARDED",
        "sealed to recipient and third; the recipient re-encrypts it to the third: the signed"
        " header hash no longer matches",
        vault="third",
    )

    # The age layer: cut, extended, flipped.
    data = first.read_bytes()
    header, key, plain = open_plain(first, r_secret)
    hl = len(header.raw)
    put("extended.age", data + b"\x00" * 100, "TAMPERED", "100 bytes appended")
    mac_at = header.raw.rindex(b"--- ") + 10
    flipped = bytearray(data)
    flipped[mac_at] = ord("A") if flipped[mac_at] != ord("A") else ord("B")
    put("flipped-header-mac.age", bytes(flipped), "TAMPERED", "one character of the header MAC")
    at = members(plain)
    if at[fmt.NAME_PADDING][2] < 16:
        raise SystemExit("valid-1 needs some padding: change the attachment's size")

    def ct(offset: int) -> int:  # ciphertext offset of a plaintext offset
        chunk, rest = divmod(offset, stream.CHUNK_SIZE)
        return hl + 16 + chunk * (stream.CHUNK_SIZE + 16) + rest

    for region, offset in (
        ("manifest", at[fmt.NAME_MANIFEST][1] + 20),
        ("ops", at[fmt.NAME_OPS][1] + 200),
        ("attachment", at[fmt.attachment_name(hashlib.sha256(att).digest())][1] + 100),
        ("padding", at[fmt.NAME_PADDING][1] + 1),
    ):
        flipped = bytearray(data)
        flipped[ct(offset)] ^= 0x01
        put(
            f"flipped-{region}.age",
            bytes(flipped),
            "TAMPERED",
            f"one ciphertext bit in the {region} (fails the payload's authentication)",
        )

    # A recipient holds the file key: it can keep the signed header and change the payload.
    def inside(name: str, change: Callable[[bytearray], None], reason: str, note: str) -> None:
        edited = bytearray(plain)
        change(edited)
        put(name, reseal(header, key, bytes(edited)), reason, note)

    def flip(offset: int) -> Callable[[bytearray], None]:
        def go(p: bytearray) -> None:
            p[offset] = ord("1") if p[offset] != ord("1") else ord("2")

        return go

    m_off = at[fmt.NAME_MANIFEST][1] + plain[at[fmt.NAME_MANIFEST][1] :].index(b'"created":') + 11
    inside(
        "insider-manifest.age",
        flip(m_off),
        "BAD_SIGNATURE",
        "re-sealed by a recipient: one digit of the manifest changed",
    )
    inside(
        "insider-ops.age",
        flip(at[fmt.NAME_OPS][1] + 5),
        "TAMPERED",
        "re-sealed by a recipient: one hex digit of an op signature changed",
    )
    inside(
        "insider-attachment.age",
        flip(at[fmt.attachment_name(hashlib.sha256(att).digest())][1] + 7),
        "TAMPERED",
        "re-sealed by a recipient: one byte of the attachment changed",
    )

    def pad(p: bytearray) -> None:
        p[at[fmt.NAME_PADDING][1] + 3] = 1

    inside(
        "insider-padding.age", pad, "TAMPERED", "re-sealed by a recipient: a non-zero padding byte"
    )
    inside(
        "insider-tar-size.age",
        lambda p: set_header_size(p, at[fmt.NAME_OPS][0], 2**40),
        "TOO_LARGE",
        "re-sealed by a recipient: the ops member's tar size says 1 TiB",
    )
    inside(
        "insider-manifest-tar-size.age",
        lambda p: set_header_size(p, at[fmt.NAME_MANIFEST][0], 2**33 + 1),
        "TOO_LARGE",
        "re-sealed by a recipient: the manifest's tar size says 8 GiB (base-256)",
    )

    def trailing(p: bytearray) -> None:
        p += b"\x00" * 512

    inside(
        "insider-trailing.age",
        trailing,
        "TAMPERED",
        "re-sealed by a recipient: a block after the end of the archive",
    )

    # A compromised sender signs what it likes: bounds and contents still hold.
    s, r = keys["sender"], keys["recipient"]
    lines = [line_of(o) for o in base_ops]

    def edit_entry(key_: str, value: Any, index: int = 1) -> Callable[[dict[str, Any]], None]:
        def go(doc: dict[str, Any]) -> None:
            doc["entries"][index][key_] = value

        return go

    put(
        "oversized-manifest-entry.age",
        craft(s, [r], lines, [att], edit=edit_entry("size", 2**62 + 1)),
        "TOO_LARGE",
        "signed by the sender: an attachment of 2^62 + 1 bytes",
    )
    put(
        "oversized-op-count.age",
        craft(s, [r], lines, [att], edit=edit_entry("count", 10**12, 0)),
        "TOO_LARGE",
        "signed by the sender: 10^12 ops",
    )

    def version(doc: dict[str, Any]) -> None:
        doc["version"] = 3

    put(
        "future-version.age",
        craft(s, [r], lines, [att], edit=version),
        "UNSUPPORTED_VERSION",
        "a manifest of format version 3",
    )
    put(
        "bad-signature.age",
        craft(s, [r], lines, [att], signer=keys["stranger"]),
        "BAD_SIGNATURE",
        "the card is the sender's, the signature a stranger's",
    )
    bad_op = bytearray(lines[3])
    bad_op[10] = ord("0") if bad_op[10] != ord("0") else ord("1")
    put(
        "bad-op-signature.age",
        craft(s, [r], [*lines[:3], bytes(bad_op), *lines[4:]], [att]),
        "BAD_SIGNATURE",
        "signed manifest, but one op's own signature is wrong",
    )
    put(
        "unnamed-attachment.age",
        craft(s, [r], lines[:-1], [att]),
        "MALFORMED",
        "an attachment that no op names",
    )
    put(
        "missing-attachment.age",
        craft(s, [r], lines, []),
        "MALFORMED",
        "an attach op whose bytes are not in the bundle",
    )
    put(
        "malformed-op-line.age",
        craft(s, [r], [b"not an op"]),
        "MALFORMED",
        "an ops.jsonl line that is not '<sig> <op>'",
    )

    # Numbers too large: longer than any parser converts, or more than the sender can truly say
    # (docs/bundle-format.md §10b). Each is signed with the sender's real key.
    marked = CREATED_MS + 1  # the sender's card has a created time too: mark the manifest's

    def mark(doc: dict[str, Any]) -> None:
        doc["created"] = marked

    def long_created(manifest: bytes) -> bytes:
        created = b'"created":%d' % marked
        if manifest.count(created) != 1:
            raise SystemExit("the manifest's created time is not where it was")
        return manifest.replace(created, b'"created":' + b"9" * 5000)

    put(
        "huge-number-manifest.age",
        craft(s, [r], lines, [att], edit=mark, raw=long_created),
        "TOO_LARGE",
        "signed by the sender: the manifest's created time is an integer of 5,000 digits (more"
        " than Python's int() converts; the parser refuses more than 20)",
    )
    put(
        "huge-seq.age",
        craft(s, [r], lines, [att], seq=2**62 - 1),
        "MALFORMED",
        "signed by the sender: bundle seq 2^62 - 1, more than 1,000,000 past the sender's last"
        " bundle imported here (none)",
    )

    def acks(claims: dict[bytes, int]) -> Callable[[dict[str, Any]], None]:
        def go(doc: dict[str, Any]) -> None:
            doc["acks"] = {a.hex(): k for a, k in claims.items()}

        return go

    put(
        "huge-ack.age",
        craft(s, [r], lines, [att], edit=acks({r.public: 1000})),
        "MALFORMED",
        "signed by the sender: acks saying it holds 1,000 of the recipient's ops; the recipient"
        " wrote none",
    )
    put(
        "huge-sender-ack.age",
        craft(s, [r], lines, [att], edit=acks({s.public: 2**62, keys["third"].public: 2**62})),
        "",
        "signed by the sender: acks of 2^62 for its own ops and for the third party's; imported,"
        f" both clamped to {len(lines)}: the ops of that author held here (none) plus the"
        f" {len(lines)} ops in the bundle",
        outcome="neutralised",
        expect={
            "ops_new": len(lines),
            "acks": {s.public.hex(): len(lines), keys["third"].public.hex(): len(lines)},
            "sender_head": len(lines),
        },
    )

    # Not casebook at all.
    plain_age = io.BytesIO()
    age.encrypt([r.cert.x25519_public], io.BytesIO(b"just a note\n"), plain_age)
    put(
        "not-casebook.age",
        plain_age.getvalue(),
        "NOT_CASEBOOK",
        "an ordinary age file for the recipient (a text note)",
    )
    tar_age = io.BytesIO()
    tar_plain = io.BytesIO()
    tw = fmt.TarWriter(tar_plain.write)
    tw.member("notes.txt", b"hello\n")
    tw.finish()
    age.encrypt([r.cert.x25519_public], io.BytesIO(tar_plain.getvalue()), tar_age)
    put(
        "foreign-tar.age",
        tar_age.getvalue(),
        "NOT_CASEBOOK",
        "an age file holding a tar archive that is not a casebook envelope",
    )
    put(
        "not-age.jpg",
        b"\xff\xd8\xff\xe0" + blob("jpeg", 2000),
        "NOT_CASEBOOK",
        "not an age file (a JPEG header)",
    )
    make_hostile_v2(keys, put)
    make_hostile_custody(keys, put)
    (out / "corpus.json").write_text(json.dumps(corpus, indent=1, ensure_ascii=False) + "\n")


def manifest_in(data: bytes, secret: bytes) -> bytes:
    """The manifest bytes of a bundle in memory, as a recipient reads them."""
    fh = io.BytesIO(data)
    header = age.read_header(fh)
    key = age.unwrap_file_key(header, [secret])
    plain = b"".join(age.iter_payload(header, key, fh))
    with tarfile.open(fileobj=io.BytesIO(plain)) as t:
        member = t.extractfile(fmt.NAME_MANIFEST)
        assert member is not None
        return member.read()


def make_hostile_v2(keys: dict[str, Identity], put: Callable[..., None]) -> None:
    """hostile/v2-*: format v2 bundles crafted with the real keys (v2 ops, disclosures, redacts).

    Refused ones carry their reason; the others are imported, and what is hostile in them is
    neutralised (`outcome`), with what the import must report (`expect`).
    """
    s, r, t = keys["sender"], keys["recipient"], keys["third"]

    def v2_case(label: str, title: str) -> tuple[Chain, SignedOp]:
        chain = Chain(s, label, version=2)
        case_ops(chain, title, [])
        return chain, next(o for o in chain.ops if o.op.field == "name")

    def lines(ops: Sequence[SignedOp]) -> list[bytes]:
        return [line_of(o) for o in ops]

    def values(ops: Sequence[SignedOp], but: SignedOp | None = None) -> list[bytes]:
        return [disclosure_of(o) for o in ops if o.disclosure is not None and o is not but]

    # Refused: a value that does not open its op's commitment, two values for one op, a v2
    # manifest that lists neither member.
    chain, name = v2_case("hostile v2 mismatch", "Дело о подмене значения")
    forged = [
        disclosure_of(o, value="Пётр Петров") if o is name else v
        for o, v in ((o, disclosure_of(o)) for o in chain.ops if o.disclosure is not None)
    ]
    put(
        "v2-disclosure-mismatch.age",
        craft(s, [r], lines(chain.ops), version=2, disclosures=forged),
        "TAMPERED",
        "signed by the sender: the person's name disclosed as another name (the nonce is the"
        " op's own): the value does not open the op's vc",
    )
    other_nonce = _derive("hostile v2 another nonce")
    forged = [
        disclosure_of(o, nonce=other_nonce) if o is name else v
        for o, v in ((o, disclosure_of(o)) for o in chain.ops if o.disclosure is not None)
    ]
    put(
        "v2-disclosure-nonce.age",
        craft(s, [r], lines(chain.ops), version=2, disclosures=forged),
        "TAMPERED",
        "signed by the sender: the person's name with its own value under another nonce",
    )
    put(
        "v2-two-disclosures.age",
        craft(
            s,
            [r],
            lines(chain.ops),
            version=2,
            disclosures=[*values(chain.ops), disclosure_of(name, value="Пётр Петров")],
        ),
        "MALFORMED",
        "signed by the sender: two disclosures for the person's name (its own, then another)",
    )

    def no_v2_entries(doc: dict[str, Any]) -> None:
        del doc["entries"][1:3]

    put(
        "v2-missing-overlay.age",
        craft(
            s, [r], lines(chain.ops), version=2, disclosures=values(chain.ops), edit=no_v2_entries
        ),
        "MALFORMED",
        "signed by the sender: a version 2 manifest without the disclosures and overlay entries"
        " (the members are in the archive)",
    )

    # Neutralised: a value for an op that nobody here holds is dropped and counted.
    chain, name = v2_case("hostile v2 orphan", "Дело с лишним значением")
    sent = list(chain.ops)
    orphan = chain.op("person", name.op.entity_id, "set", "notes", "Живёт у сестры.")
    put(
        "v2-disclosure-orphan.age",
        craft(s, [r], lines(sent), version=2, disclosures=[*values(sent), disclosure_of(orphan)]),
        "",
        "signed by the sender: a valid v2 case, plus the disclosure of an op (the person's notes)"
        " that the bundle does not carry and the vault never saw: dropped and counted",
        outcome="neutralised",
        expect={
            "ops_new": len(sent),
            "values": len(values(sent)),
            "values_dropped": 1,
            "dropped_op": orphan.op_id.hex(),
        },
    )

    # Neutralised: a value for an op the recipient saw erased by its author is never stored.
    # The author erased the person's name and an attachment (a whole-record redact): both ops
    # travel without their values, the attachment's bytes stay home.
    scan = blob("hostile v2 erased scan", 2000)
    chain = Chain(s, "hostile v2 erased", version=2)
    case_ops(chain, "Дело со стёртыми значениями", [("скан.bin", scan)])
    name = next(o for o in chain.ops if o.op.field == "name")
    attach = chain.ops[-1]
    chain.redact(name, "safety")
    chain.op(
        "attachment",
        attach.op.entity_id,
        "redact",
        targets=[attach.op_id],
        reason="consent_withdrawn",
    )
    setup_ops = list(chain.ops)
    erased = (name, attach)
    setup = craft(
        s,
        [r],
        lines(setup_ops),
        version=2,
        disclosures=[disclosure_of(o) for o in setup_ops if o.disclosure and o not in erased],
    )
    put(
        "v2-erased-setup.age",
        setup,
        "",
        "setup of v2-disclosure-erased and v2-attachment-erased, seq 1: a v2 case whose person's"
        " name and attachment travel without their values (and without the attachment's bytes),"
        " and their author's redacts (reasons safety, consent_withdrawn)",
        outcome="accepted",
    )
    setup_hash = manifest_hash(manifest_in(setup, r.x25519_secret))
    news = chain.op("event", chain.id(2), "set", "place", "Москва, ул. Тверская")
    put(
        "v2-disclosure-erased.age",
        craft(
            s,
            [r],
            lines([name, news]),
            version=2,
            disclosures=[disclosure_of(name), disclosure_of(news)],
            seq=2,
            prev=setup_hash,
        ),
        "",
        "signed by the sender, seq 2: the erased name's op again with its value, and a new op;"
        " the test imports v2-erased-setup first: the name's value is dropped and never stored,"
        " the new op applies",
        setup="import:v2-erased-setup.age",
        outcome="neutralised",
        expect={
            "ops_new": 1,
            "values": 1,
            "values_dropped": 1,
            "dropped_op": name.op_id.hex(),
            "person": name.op.entity_id.hex(),
        },
    )
    put(
        "v2-attachment-erased.age",
        craft(
            s,
            [r],
            lines([attach]),
            [scan],
            version=2,
            disclosures=[disclosure_of(attach)],
            seq=2,
            prev=setup_hash,
        ),
        "",
        "signed by the sender, seq 2: the erased attachment's op again with its value and its"
        " bytes; the test imports v2-erased-setup first: the value is dropped, the bytes are"
        " hashed through and never stored",
        setup="import:v2-erased-setup.age",
        outcome="neutralised",
        expect={
            "ops_new": 0,
            "values": 0,
            "values_dropped": 1,
            "dropped_op": attach.op_id.hex(),
            "sha256": hashlib.sha256(scan).hexdigest(),
        },
    )

    # Neutralised: a colleague's redact of the sender's values only hides them (the owner must
    # confirm), and a redact that names ops of another record is ignored.
    chain, name = v2_case("hostile v2 forged", "Дело о подложном стирании")
    title = next(o for o in chain.ops if o.op.field == "title")
    colleague = Chain(t, "hostile v2 colleague", version=2, hlc0=HLC0 + 1000)
    hide = colleague.redact(name, "safety")
    ignored = colleague.op(
        "event", chain.id(2), "redact", "place", targets=[title.op_id], reason="mistake"
    )
    put(
        "v2-forged-redact.age",
        craft(
            t, [r], lines([*chain.ops, *colleague.ops]), version=2, disclosures=values(chain.ops)
        ),
        "",
        "sealed by the third party (a verified peer; the test adds it): the sender's v2 case with"
        " its values, the third party's redact of the sender's person's name (hidden, pending"
        " the owner's confirmation, not purged), and its redact of an event's place that names"
        " the case title's op (another record: ignored)",
        setup="peer-third",
        outcome="neutralised",
        expect={
            "ops_new": len(chain.ops) + 2,
            "values": len(values(chain.ops)),
            "values_dropped": 0,
            "erasures": 2,
            "erasures_pending": 1,
            "hidden_op": name.op_id.hex(),
            "hide": hide.op_id.hex(),
            "ignored_op": title.op_id.hex(),
            "ignore": ignored.op_id.hex(),
            "person": name.op.entity_id.hex(),
            "name": name.op.value,
            "case": chain.id(0).hex(),
            "title": title.op.value,
        },
    )


class CustodyChain:
    """An author's custody entries, signed at fixed times (docs/custody.md): seq and prev follow
    the author's log, item_prev the author's last entry for the item (or `after`)."""

    def __init__(self, identity: Identity, t0: int = CREATED_MS) -> None:
        self.identity, self.t = identity, t0
        self.seq = 0
        self.prev: bytes | None = None
        self.heads: dict[bytes, bytes] = {}

    def add(
        self, item: bytes, event: str, detail: dict[str, Any], *, after: bytes | None = None
    ) -> SignedEntry:
        """Sign the author's next entry."""
        self.seq += 1
        self.t += 1000
        entry = CustodyEntry(
            self.identity.public,
            self.seq,
            self.prev,
            item,
            self.heads.get(item, after),
            self.t,
            event,
            detail,
        )
        signed = sign_entry(entry, self.identity)
        self.prev = signed.entry_id
        self.heads[item] = signed.entry_id
        return signed


def make_hostile_custody(keys: dict[str, Identity], put: Callable[..., None]) -> None:
    """hostile/custody-*: bundles with custody (docs/bundle-format.md §17), crafted with the real
    keys: a setup bundle, and the refusals (a forged entry, a broken chain, an entry about an
    attachment not carried, no seal, a head without its member, a fork)."""
    s, r = keys["sender"], keys["recipient"]
    photo = blob("hostile custody photo", 1500)
    item = hashlib.sha256(photo).digest()
    chain = Chain(s, "hostile custody", version=2)
    case_ops(chain, "Дело о цепочке хранения", [("фото.jpg", photo)])
    ops = [line_of(o) for o in chain.ops]
    values = [disclosure_of(o) for o in chain.ops if o.disclosure is not None]
    record = chain.ops[-1].op.entity_id.hex()
    to = sorted({s.public.hex(), r.public.hex()})

    def history(bundle: bytes, seq: int = 1) -> tuple[CustodyChain, list[SignedEntry]]:
        log = CustodyChain(s)
        got = [
            log.add(item, "intake", {"record": record, "size": len(photo)}),
            log.add(item, "view", {"record": record}),
            log.add(item, "seal", {"bundle": bundle.hex(), "seq": seq, "to": to}),
        ]
        return log, got

    def bundle(name: str, entries: Sequence[bytes], head: bytes | None, **kw: Any) -> bytes:
        return craft(
            s,
            [r],
            ops,
            [photo],
            version=2,
            disclosures=values,
            custody=entries,
            custody_head=head,
            bundle_id=_derive(f"custody bundle {name}")[:16],
            **kw,
        )

    def lines_of(entries: Sequence[SignedEntry]) -> list[bytes]:
        return [e.line().rstrip(b"\n") for e in entries]

    setup_id = _derive("custody bundle custody-setup.age")[:16]
    _log, good = history(setup_id)
    setup = bundle("custody-setup.age", lines_of(good), good[-1].entry_id)
    put(
        "custody-setup.age",
        setup,
        "",
        "setup of custody-fork, seq 1: a v2 case with a photo and its custody (intake, view,"
        " seal), custody_head the seal",
        outcome="accepted",
    )

    def crafted(name: str) -> tuple[bytes, list[SignedEntry]]:
        bid = _derive(f"custody bundle {name}")[:16]
        return bid, history(bid)[1]

    _bid, entries = crafted("custody-forged-entry.age")
    forged = json.loads(entries[1].line())
    stranger = keys["stranger"]
    forged["sig"] = stranger.sign(b"casebook/v1/custody\x00" + entries[1].entry_id).hex()
    forged_lines = lines_of(entries)
    forged_lines[1] = canonical.encode(forged)
    put(
        "custody-forged-entry.age",
        bundle("custody-forged-entry.age", forged_lines, entries[-1].entry_id),
        "BAD_SIGNATURE",
        "signed by the sender: the view entry of the sender's custody signed by another key",
    )
    _bid, entries = crafted("custody-broken-chain.age")
    put(
        "custody-broken-chain.age",
        bundle(
            "custody-broken-chain.age", lines_of([entries[0], entries[2]]), entries[-1].entry_id
        ),
        "MALFORMED",
        "signed by the sender: the view entry left out, so the seal names an entry not there",
    )
    _bid, entries = crafted("custody-not-carried.age")
    elsewhere = CustodyChain(s, CREATED_MS + 500).add(
        hashlib.sha256(b"not in this bundle").digest(), "intake", {"record": record, "size": 1}
    )
    put(
        "custody-not-carried.age",
        bundle(
            "custody-not-carried.age",
            lines_of([*entries, elsewhere]),
            entries[-1].entry_id,
        ),
        "MALFORMED",
        "signed by the sender: an entry about an attachment the bundle does not carry",
    )
    _bid, entries = crafted("custody-no-seal.age")
    put(
        "custody-no-seal.age",
        bundle("custody-no-seal.age", lines_of(entries[:2]), entries[1].entry_id),
        "MALFORMED",
        "signed by the sender: the photo's custody ends with a view, not its sender's seal",
    )

    def no_custody_entry(doc: dict[str, Any]) -> None:
        del doc["entries"][3]

    _bid, entries = crafted("custody-missing-entry.age")
    put(
        "custody-missing-entry.age",
        bundle(
            "custody-missing-entry.age",
            lines_of(entries),
            entries[-1].entry_id,
            edit=no_custody_entry,
        ),
        "MALFORMED",
        "signed by the sender: a custody_head in the manifest, but no custody.jsonl entry",
    )
    # A second history: the sender's keys sign another entry 1 (and its own seal), and send it
    # as bundle 2 after the setup (the bundle chain is sound; its custody forks).
    fork_id = _derive("custody bundle custody-fork.age")[:16]
    twin = CustodyChain(s, CREATED_MS + 777)
    other = [
        twin.add(item, "intake", {"record": record, "size": len(photo)}),
        twin.add(item, "seal", {"bundle": fork_id.hex(), "seq": 2, "to": to}),
    ]
    put(
        "custody-fork.age",
        bundle(
            "custody-fork.age",
            lines_of(other),
            other[-1].entry_id,
            seq=2,
            prev=manifest_hash(manifest_in(setup, r.x25519_secret)),
        ),
        "COMPROMISE",
        "the sender's keys sign another custody entry 1 and send it in bundle 2; the test"
        " imports custody-setup.age first",
        setup="import:custody-setup.age",
    )


def make_custody_only(keys: dict[str, Identity]) -> None:
    """Remake hostile/custody-* alone, keeping the rest of hostile/ and corpus.json's entries."""
    out = HERE / "hostile"
    corpus_path = out / "corpus.json"
    corpus: dict[str, dict[str, Any]] = json.loads(corpus_path.read_text())
    corpus = {k: v for k, v in corpus.items() if not k.startswith("custody-")}

    def put(name: str, data: bytes, reason: str, note: str, **extra: Any) -> None:
        (out / name).write_bytes(data)
        corpus[name] = {"reason": reason, "vault": "recipient", "setup": None, "note": note}
        corpus[name].update(extra)

    make_hostile_custody(keys, put)
    corpus_path.write_text(json.dumps(corpus, indent=1, ensure_ascii=False) + "\n")


def make_golden_custody(keys: dict[str, Identity], work: Path) -> None:
    """golden/v2-custody.age: a v2 bundle with custody, sealed by the real exporter, ADDED once
    (refused when it exists): the sender's vault viewed the attachment (a late first entry for
    content taken in before the log, then the view), and sealing adds the seal."""
    out = HERE / "golden"
    expected_path = out / "expected.json"
    expected: dict[str, Any] = json.loads(expected_path.read_text())
    if (out / "v2-custody.age").exists() or "v2-custody.age" in expected:
        raise SystemExit("golden/v2-custody.age exists: golden bundles are never regenerated")
    photo = blob("golden custody photo", 2500)
    chain = Chain(keys["sender"], "golden custody", version=2)
    case_ops(chain, "Дело № 3 (золотой образец: цепочка хранения)", [("фото.jpg", photo)])
    vault = holding(work / "gc", keys["sender"], chain, [photo])
    att = chain.ops[-1].op.entity_id
    vault.custody.viewed(att)
    paths = seal_to(vault, keys, ["recipient"], out / "v2-custody.age")
    item = hashlib.sha256(photo).digest()
    sent = vault.custody.chain(item)
    r_vault = replica(work / "rc", keys["recipient"])
    r_vault.peers.mark_verified(r_vault.peers.add(card_of(keys["sender"]).encode(), "sender"))
    got = import_bundle(r_vault.session, paths[0])
    received = r_vault.custody.chain(item)
    if not received.ok or [e.event for e in received.entries][-1] != "receive":
        raise SystemExit("the custody golden does not continue the chain: fix the code")
    expected["v2-custody.age"] = {
        "files": [p.name for p in paths],
        "seq": got.seq,
        "ops": len(chain.ops),
        "attachments": [item.hex()],
        "state_hash": r_vault.integrity.state_hash().hex(),
        "custody_lines": len(sent.entries),
        "custody_events": [e.event for e in sent.entries],
        "custody_ids": [e.entry_id.hex() for e in sent.entries],
        "custody_head": sent.entries[-1].entry_id.hex(),
        "attachment": att.hex(),
    }
    expected_path.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")


GOLDEN_V2 = ("v2-basic.age", "v2-erasure.age")


def refuse_existing_golden() -> dict[str, Any]:
    """golden/expected.json, once sure that no v2 golden exists yet (else exit: never remake)."""
    out = HERE / "golden"
    expected: dict[str, Any] = json.loads((out / "expected.json").read_text())
    for golden in GOLDEN_V2:
        if (out / golden).exists() or golden in expected:
            raise SystemExit(f"golden/{golden} exists: golden bundles are never regenerated")
    return expected


def make_golden(keys: dict[str, Identity], work: Path) -> None:
    """golden/v2-*: format v2 bundles from the sender to the recipient, and what importing them
    gives, ADDED to golden/ once.

    Golden files are never regenerated: this refuses to run when a v2 golden file (or its entry
    in expected.json) exists, and it never writes a v1 file. The v1 goldens (v1-basic.age,
    v1-volumes.age.*) were sealed by the v1 exporter of commit 1fa1bea and can no longer be made:
    today's exporter writes v2. The v1 entries of expected.json are kept as they are.
    """
    out = HERE / "golden"
    expected_path = out / "expected.json"
    expected = refuse_existing_golden()
    small = blob("golden v2 small", 3000)
    chain = Chain(keys["sender"], "golden v2", version=2)
    case, person, event, interview = (chain.id(i) for i in range(4))
    chain.op("case", case, "create", value={})
    chain.op("case", case, "set", "title", "Дело № 2 (золотой образец v2)")
    chain.op("case", case, "set", "summary", "Обыск у свидетеля; изъяты записи.")
    chain.op("person", person, "create", value={"case": case.hex()})
    name = chain.op("person", person, "set", "name", "Мария Кузнецова")
    chain.op("person", person, "set", "role", "witness")
    chain.op("event", event, "create", value={"case": case.hex()})
    chain.op("event", event, "set", "type", "search")
    chain.op("event", event, "set", "date", "2024-04-12")
    chain.op("interview", interview, "create", value={"case": case.hex()})
    for i, text in enumerate(("Пришли в шесть утра, без понятых.", "Забрали ноутбук и тетради.")):
        segment = chain.id(10 + i)
        chain.op(
            "segment", segment, "create", value={"case": case.hex(), "interview": interview.hex()}
        )
        chain.op("segment", segment, "set", "text", text)
    chain.op(
        "attachment",
        chain.id(20),
        "attach",
        value={
            "case": case.hex(),
            "name": "опись.txt",
            "media_type": "text/plain",
            "size": len(small),
            "sha256": hashlib.sha256(small).hexdigest(),
        },
    )
    first_ops = len(chain.ops)
    vault = holding(work / "g2", keys["sender"], chain, [small])
    basic = seal_to(vault, keys, ["recipient"], out / "v2-basic.age")
    # The sender erases the person's name (its own value: purged at once in its vault), then
    # seals again. It holds no acks from the recipient, so everything goes again: the name's
    # op without its disclosure, and the redact.
    redact = chain.redact(name, "safety")
    with vault.store.transaction():
        vault.store.apply(redact)
    erasure = seal_to(vault, keys, ["recipient"], out / "v2-erasure.age")
    r_vault = replica(work / "r2", keys["recipient"])
    r_vault.peers.mark_verified(r_vault.peers.add(card_of(keys["sender"]).encode(), "sender"))
    got_basic = import_bundle(r_vault.session, basic[0])
    basic_state = r_vault.integrity.state_hash().hex()
    name_before = r_vault.reading.get(person).fields.get("name")
    got_erasure = import_bundle(r_vault.session, erasure[0])
    erasure_state = r_vault.integrity.state_hash().hex()
    after = r_vault.reading.get(person)
    if name_before != name.op.value or after.masked.get("name") != "erased":
        raise SystemExit("the v2 goldens do not erase the name: fix the code, not the goldens")
    sha = hashlib.sha256(small).hexdigest()
    common = {"person": person.hex(), "name_op": name.op_id.hex()}
    expected["v2-basic.age"] = {
        "files": [p.name for p in basic],
        "seq": 1,
        "ops": first_ops,
        "attachments": [sha],
        "disclosures": sum(o.disclosure is not None for o in chain.ops[:first_ops]),
        "values": got_basic.values,
        "values_dropped": got_basic.values_dropped,
        "state_hash": basic_state,
        "name": name_before,
        **common,
    }
    expected["v2-erasure.age"] = {
        "files": [p.name for p in erasure],
        "seq": 2,
        "ops": len(chain.ops),
        "ops_new": 1,
        "attachments": [sha],
        "disclosures": sum(o.disclosure is not None for o in chain.ops) - 1,
        "values": got_erasure.values,
        "values_dropped": got_erasure.values_dropped,
        "erasures": got_erasure.erasures,
        "state_hash": erasure_state,
        "name": "erased",
        "redact": redact.op_id.hex(),
        "reason": "safety",
        **common,
    }
    expected_path.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")


OVERLAY = "v2-overlay.age"


def make_golden_overlay(keys: dict[str, Identity], work: Path) -> None:
    """golden/v2-overlay.age: a v2 bundle sealed to an audience (PROTECTION §2), ADDED once.

    The sender seals one case to the recipient at a new colleague's clearance (confidential,
    without identity, sogi or source) and with no consent recorded: the witness's name and the
    interview's interviewee go without their values, under the sender's signed pseudonyms in
    overlay.jsonl; the source, the link to them and what names them stay home (a gap in the
    sender's chain). The pseudonyms are deterministic: the sender's pseudonym secret is a
    sub-key of its fixed identity key, and Ed25519 signatures are deterministic.
    """
    out = HERE / "golden"
    expected_path = out / "expected.json"
    expected: dict[str, Any] = json.loads(expected_path.read_text())
    if (out / OVERLAY).exists() or OVERLAY in expected:
        raise SystemExit(f"golden/{OVERLAY} exists: golden bundles are never regenerated")
    chain = Chain(keys["sender"], "golden v2 overlay", version=2)
    case, witness, source, event, interview, seg1, seg2, link = (chain.id(i) for i in range(8))
    chain.op("case", case, "create", value={})
    chain.op("case", case, "set", "title", "Дело № 3 (золотой образец, псевдонимы)")
    chain.op("case", case, "set", "summary", "Свидетельницу допросили без адвоката.")
    chain.op("person", witness, "create", value={"case": case.hex()})
    name = chain.op("person", witness, "set", "name", "Мария Кузнецова")
    chain.op("person", witness, "set", "role", "witness")
    chain.op("person", source, "create", value={"case": case.hex()})
    chain.op("person", source, "set", "name", "Олег Петров")
    chain.op("person", source, "set", "role", "source")
    chain.op("person", source, "set", "notes", "Знает расписание конвоя.")
    chain.op("event", event, "create", value={"case": case.hex()})
    chain.op("event", event, "set", "type", "search")
    chain.op("event", event, "set", "date", "2024-04-12")
    chain.op("event", event, "set", "place", "Казань")
    chain.op("interview", interview, "create", value={"case": case.hex()})
    chain.op("interview", interview, "set", "interviewee", witness.hex())
    for seg, text in (
        (seg1, f"Со слов {mention_token(witness)}, обыск шёл три часа."),
        (seg2, "Источник подтвердил время."),
    ):
        chain.op("segment", seg, "create", value={"case": case.hex(), "interview": interview.hex()})
        chain.op("segment", seg, "set", "text", text)
    chain.op("link", link, "create", value={"case": case.hex()})
    chain.op("link", link, "set", "a", seg2.hex())
    chain.op("link", link, "set", "b", source.hex())
    vault = holding(work / "g3", keys["sender"], chain, [])
    paths = seal_to(vault, keys, ["recipient"], out / OVERLAY, trusted=False)
    left_out = {source, link}
    sent = [o for o in chain.ops if o.op.entity_id not in left_out]
    withheld = {o.op_id for o in sent if o.op.field in ("name", "interviewee")}
    r_vault = replica(work / "r3", keys["recipient"])
    r_vault.peers.mark_verified(r_vault.peers.add(card_of(keys["sender"]).encode(), "sender"))
    got = import_bundle(r_vault.session, paths[0])
    shown = r_vault.reading.get(witness)
    if shown.pseudonym is None or shown.masked != {"name": "withheld"} or got.ops != len(sent):
        raise SystemExit("v2-overlay does not pseudonymise: fix the code, not the goldens")
    b = open_bundle_plain(paths[0], keys["recipient"].x25519_secret)
    overlay = members_data(b)["casebook/overlay.jsonl"]
    expected[OVERLAY] = {
        "files": [p.name for p in paths],
        "seq": 1,
        "ops": len(sent),
        "disclosures": sum(o.disclosure is not None and o.op_id not in withheld for o in sent),
        "overlay": overlay.count(b"\n"),
        "overlay_blake2b": hashlib.blake2b(overlay, digest_size=32).hexdigest(),
        "values": got.values,
        "state_hash": r_vault.integrity.state_hash().hex(),
        "person": witness.hex(),
        "interview": interview.hex(),
        "source": source.hex(),
        "name_op": name.op_id.hex(),
        "name": name.op.value,
        "pseudonym": {"en": shown.pseudonym.en, "ru": shown.pseudonym.ru},
        "sender": keys["sender"].public.hex(),
    }
    expected_path.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")


def open_bundle_plain(path: Path, secret: bytes) -> bytes:
    """A bundle's payload plaintext (the tar archive), as its recipient decrypts it."""
    return open_plain(path, secret)[2]


def members_data(plain: bytes) -> dict[str, bytes]:
    """name → bytes of every member of a payload."""
    return {name: plain[d : d + n] for name, (_h, d, n) in members(plain).items()}


def main() -> None:
    """Write the corpus next to this script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--golden", action="store_true", help="also ADD the v2 goldens (once; refuses to overwrite)"
    )
    parser.add_argument(
        "--custody",
        action="store_true",
        help="only remake hostile/custody-*, and ADD golden/v2-custody.age (once)",
    )
    parser.add_argument(
        "--golden-overlay",
        action="store_true",
        help="only ADD golden/v2-overlay.age (once; refuses to overwrite); hostile/ untouched",
    )
    args = parser.parse_args()
    if args.golden_overlay:
        with tempfile.TemporaryDirectory() as tmp:
            make_golden_overlay(load_keys(), Path(tmp))
        return
    if args.custody:
        keys = load_keys()
        with tempfile.TemporaryDirectory() as tmp:
            make_custody_only(keys)
            if not (HERE / "golden" / "v2-custody.age").exists():
                make_golden_custody(keys, Path(tmp))
        return
    if args.golden:
        refuse_existing_golden()  # before anything is written
    keys = load_keys()
    with tempfile.TemporaryDirectory() as tmp:
        make_hostile(keys, Path(tmp))
        if args.golden:
            make_golden(keys, Path(tmp))


if __name__ == "__main__":
    main()
