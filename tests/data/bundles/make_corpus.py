"""Make the bundle test corpus: hostile bundles (and, with --golden, the golden v1 bundles).

    python tests/data/bundles/make_corpus.py            # hostile/ and hostile/corpus.json
    python tests/data/bundles/make_corpus.py --golden   # also golden/ (never needed again:
                                                        # the committed golden files stay)

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
from casebook.bundle.manifest import Entry, Manifest, Recipient, sign_manifest  # noqa: E402
from casebook.bundle.padme import padded_size  # noqa: E402
from casebook.crypto import age, stream  # noqa: E402
from casebook.crypto.bech32 import format_identity  # noqa: E402
from casebook.crypto.keys import Identity  # noqa: E402
from casebook.domain.oplog import Op, SignedOp, sign_op  # noqa: E402
from casebook.domain.peers import card_of  # noqa: E402
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
    """An author's deterministic ops."""

    def __init__(self, identity: Identity, label: str) -> None:
        self.identity, self.label = identity, label
        self.seq = 0
        self.prev: bytes | None = None
        self.ops: list[SignedOp] = []

    def id(self, n: int) -> bytes:
        """A fixed entity id."""
        return _derive(f"{self.label} entity {n}")[:16]

    def op(self, entity: str, eid: bytes, kind: str, field: str = "", value: Any = None) -> None:
        """Sign the next op."""
        self.seq += 1
        signed = sign_op(
            Op(
                self.identity.public,
                self.seq,
                self.prev,
                (),
                HLC0 + self.seq,
                entity,
                eid,
                kind,
                field,
                value,
            ),
            self.identity,
        )
        self.prev = signed.op_id
        self.ops.append(signed)


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


def seal_to(
    svc: CaseService, keys: dict[str, Identity], to: Sequence[str], out: Path, **kw: Any
) -> list[Path]:
    """Export from `svc` to the named test identities."""
    peers = []
    for name in to:
        card = card_of(keys[name]).encode()
        found = svc.peers.by_identity(keys[name].public)
        p = found or svc.peers.add(card, name)
        svc.peers.mark_verified(p)
        peers.append(svc.peers.find(name))
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
) -> bytes:
    """A bundle written by hand: what a compromised sender (with its real keys) can make."""
    enc = age.Encryptor([i.cert.x25519_public for i in to], pad_to_bucket=True)
    ops_data = b"".join(line + b"\n" for line in lines)
    shas = sorted(hashlib.sha256(f).digest() for f in files)
    by_sha = {hashlib.sha256(f).digest(): f for f in files}
    padding = 0
    for _ in range(8):
        m = Manifest(
            bundle_id=secrets.token_bytes(16),
            sender=card_of(sender),
            recipients=tuple(
                sorted(
                    (Recipient(i.public, i.cert.x25519_public) for i in to),
                    key=lambda r: r.identity,
                )
            ),
            seq=seq,
            prev=None if seq == 1 else bytes(32),
            created_ms=CREATED_MS,
            acks={},
            cases=None,
            ops=Entry(
                fmt.NAME_OPS,
                len(ops_data),
                hashlib.blake2b(ops_data, digest_size=32).digest(),
                len(lines),
            ),
            attachments=tuple(Entry(fmt.attachment_name(s), len(by_sha[s]), s) for s in shas),
            padding=padding,
            volumes=1,
            volume_size=None,
            age_header=enc.header.header_hash,
            version=1,  # hand-made bundles are v1: the layout the hostile cases were made in
        )
        unpadded = fmt.archive_size(m.member_sizes(len(m.encode()))) - padding
        if padded_size(unpadded) - unpadded == padding:
            break
        padding = padded_size(unpadded) - unpadded
    doc = m.to_json()
    if edit is not None:
        edit(doc)
    manifest = canonical.encode(doc)
    sig = sign_manifest(manifest, signer or sender)
    out = io.BytesIO()
    w = enc.begin(out)
    tar = fmt.TarWriter(w.write)
    tar.member(fmt.NAME_MANIFEST, manifest)
    tar.member(fmt.NAME_SIG, sig)
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


def set_header_size(plain: bytearray, offset: int, size: int) -> None:
    """Rewrite a member header's size field (base-256 when large) with a valid checksum."""
    block = bytearray(plain[offset : offset + 512])
    block[124:136] = (b"%011o\x00" % size) if size < 8**11 else b"\x80" + size.to_bytes(11, "big")
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\x00 " % sum(block)
    plain[offset : offset + 512] = block


# -- the corpus ---------------------------------------------------------------------------------


def make_hostile(keys: dict[str, Identity], work: Path) -> None:
    """hostile/*: each file, the vault that imports it, the setup, and the expected reason."""
    out = HERE / "hostile"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    corpus: dict[str, dict[str, Any]] = {}
    r_secret = keys["recipient"].x25519_secret
    att = blob("hostile attachment", 6500)  # sized so that valid-1 has padding

    def put(name: str, data: bytes, reason: str, note: str, **extra: Any) -> None:
        (out / name).write_bytes(data)
        corpus[name] = {"reason": reason, "vault": "recipient", "setup": None, "note": note}
        corpus[name].update(extra)

    s_chain = Chain(keys["sender"], "hostile sender")
    case_ops(s_chain, "Дело для проверки", [("протокол.txt", att)])
    base_ops = list(s_chain.ops)  # the last one attaches `att`
    s_vault = holding(work / "s", keys["sender"], s_chain, [att])
    first = seal_to(s_vault, keys, ["recipient"], work / "first.age")[0]
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
    (out / "corpus.json").write_text(json.dumps(corpus, indent=1, ensure_ascii=False) + "\n")


def make_golden(keys: dict[str, Identity], work: Path) -> None:
    """golden/*: v1 bundles from the sender to the recipient, and what importing them gives."""
    out = HERE / "golden"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    small = blob("golden small", 5000)
    large = blob("golden large", 1024 * 1024 + 100_000)
    chain = Chain(keys["sender"], "golden")
    case_ops(chain, "Дело № 1 (золотой образец)", [("протокол.txt", small)])
    first_ops = len(chain.ops)
    vault = holding(work / "g", keys["sender"], chain, [small])
    basic = seal_to(vault, keys, ["recipient"], out / "v1-basic.age")
    more = Chain(keys["sender"], "golden")
    more.seq, more.prev = chain.seq, chain.prev
    case, att = chain.id(0), chain.id(20)
    more.op("case", case, "set", "status", "closed")
    more.op(
        "attachment",
        att,
        "attach",
        value={
            "case": case.hex(),
            "name": "видео.bin",
            "media_type": "application/octet-stream",
            "size": len(large),
            "sha256": hashlib.sha256(large).hexdigest(),
        },
    )
    with vault.store.transaction():
        intake = vault.session.blobs.intake(io.BytesIO(large), len(large))
        vault.store.contents.put(intake)
        for s in more.ops:
            vault.store.apply(s)
    # Acks from the recipient (as if it had answered), so the second bundle holds only news.
    with vault.store.transaction():
        vault.store.con.execute(
            "INSERT INTO acks VALUES (?, ?, ?)",
            (keys["recipient"].public, keys["sender"].public, first_ops),
        )
    volumes = seal_to(vault, keys, ["recipient"], out / "v1-volumes.age", volume_size=1024 * 1024)
    r_vault = replica(work / "r", keys["recipient"])
    r_vault.peers.mark_verified(r_vault.peers.add(card_of(keys["sender"]).encode(), "sender"))
    import_bundle(r_vault.session, basic[0])
    basic_state = r_vault.integrity.state_hash().hex()
    import_bundle(r_vault.session, volumes[0])
    volumes_state = r_vault.integrity.state_hash().hex()
    (out / "recipient.key.txt").write_text(
        "# TEST KEY ONLY: the golden recipient's age identity (tests/data/bundles/keys.json)\n"
        + format_identity(keys["recipient"].x25519_secret)
        + "\n"
    )
    expected = {
        "v1-basic.age": {
            "files": [p.name for p in basic],
            "seq": 1,
            "ops": first_ops,
            "attachments": [hashlib.sha256(small).hexdigest()],
            "state_hash": basic_state,
        },
        "v1-volumes.age": {
            "files": [p.name for p in volumes],
            "seq": 2,
            "ops": 2,
            "attachments": [hashlib.sha256(large).hexdigest()],
            "state_hash": volumes_state,
        },
    }
    (out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")


def main() -> None:
    """Write the corpus next to this script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--golden", action="store_true", help="also remake golden/ (avoid)")
    args = parser.parse_args()
    keys = load_keys()
    with tempfile.TemporaryDirectory() as tmp:
        make_hostile(keys, Path(tmp))
        if args.golden:
            make_golden(keys, Path(tmp))


if __name__ == "__main__":
    main()
