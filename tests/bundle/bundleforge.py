"""Helpers for the trust tests: bundles a peer running modified software can make, key rotation.

`reseal` is what a peer with its own real keys can do to a bundle it sealed (it is always a
recipient of its own bundles): decrypt it, change the manifest (another bundle id, another
card, another time), sign it again with its identity key and seal it again to the recipients
the manifest names, with a fresh age header whose hash the manifest signs. Every check of the
format still passes; only the importer's trust rules can tell.
"""

from __future__ import annotations

import io
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casebook.base import canonical
from casebook.bundle import format as fmt
from casebook.bundle.manifest import manifest_hash, sign_manifest
from casebook.bundle.padme import padded_size
from casebook.crypto import age, bech32
from casebook.crypto.keys import Identity
from casebook.service import CaseService

Edit = Callable[[dict[str, Any]], None]


def _secrets(svc: CaseService) -> list[bytes]:
    return [bytes(r[0]) for r in svc.store.query("SELECT x25519_secret FROM enc_keys")]


def open_plain(svc: CaseService, path: Path) -> dict[str, bytes]:
    """The archive members of a bundle that `svc` can open, by name, in order."""
    with open(path, "rb") as fh:
        header = age.read_header(fh)
        key = age.unwrap_file_key(header, _secrets(svc))
        plain = b"".join(age.iter_payload(header, key, fh))
    out = {}
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for member in tar:
            data = tar.extractfile(member)
            out[member.name] = data.read() if data is not None else b""
    return out


def manifest_of(svc: CaseService, path: Path) -> dict[str, Any]:
    """The manifest of a bundle that `svc` can open, as a JSON object."""
    doc = canonical.decode(open_plain(svc, path)[fmt.NAME_MANIFEST])
    if not isinstance(doc, dict):
        raise TypeError("not a manifest")
    return doc


def reseal(
    svc: CaseService, path: Path, out: Path, edit: Edit, *, signer: Identity | None = None
) -> Path:
    """`svc`'s bundle at `path` with an edited manifest, re-signed and sealed again at `out`."""
    members = open_plain(svc, path)
    doc = canonical.decode(members[fmt.NAME_MANIFEST])
    edit(doc)
    body = [
        (name, data)
        for name, data in members.items()
        if name not in (fmt.NAME_MANIFEST, fmt.NAME_SIG, fmt.NAME_PADDING)
    ]
    keys = [bech32.parse_recipient(r["recipient"]) for r in doc["recipients"]]
    enc = age.Encryptor(keys, pad_to_bucket=True)
    doc["age_header"] = enc.header.header_hash.hex()
    for _ in range(16):  # the padding's digits are in the manifest: solve both together
        encoded = canonical.encode(doc)
        sizes = [len(encoded), fmt.SIG_SIZE, *(len(d) for _, d in body), doc["padding"]]
        unpadded = fmt.archive_size(sizes) - doc["padding"]
        padding = padded_size(unpadded) - unpadded
        if padding == doc["padding"]:
            break
        doc["padding"] = padding
    else:
        raise RuntimeError("could not pad the resealed bundle")
    sig = sign_manifest(encoded, signer or svc.session.identity)
    buf = io.BytesIO()
    writer = enc.begin(buf)
    tar = fmt.TarWriter(writer.write)
    tar.member(fmt.NAME_MANIFEST, encoded)
    tar.member(fmt.NAME_SIG, sig)
    for name, data in body:
        tar.member(name, data)
    tar.zeros(fmt.NAME_PADDING, doc["padding"])
    tar.finish()
    writer.close()
    out.write_bytes(buf.getvalue())
    return out


def hash_of(svc: CaseService, path: Path) -> bytes:
    """The manifest hash of a bundle that `svc` can open."""
    return manifest_hash(open_plain(svc, path)[fmt.NAME_MANIFEST])


def rotate_key(svc: CaseService) -> Identity:
    """Give the vault a new certified X25519 key, the older ones kept (as a key rotation would);
    return the new identity."""
    store = svc.store
    old = svc.session.identity
    new = old.rotate_encryption_key(max(int(time.time() * 1000), old.cert.created_ms + 1))
    with store.transaction():
        store.con.execute("UPDATE enc_keys SET current = 0")
        store.con.execute(
            "INSERT INTO enc_keys VALUES (?, ?, ?, ?, 1)",
            (new.cert.x25519_public, new.x25519_secret, new.cert.created_ms, new.cert.signature),
        )
    svc.session.reload_identity()
    return new


def drop_old_keys(svc: CaseService) -> None:
    """Wipe every X25519 secret but the current one (lost, or wiped as compromised)."""
    with svc.store.transaction():
        svc.store.con.execute("DELETE FROM enc_keys WHERE current = 0")


def peer_key(svc: CaseService, identity: bytes) -> tuple[bytes, int, bytes]:
    """(x25519, cert_created, cert_sig) of a peer as `svc` stores it."""
    rows = svc.store.query(
        "SELECT x25519, cert_created, cert_sig FROM peers WHERE identity = ?", (identity,)
    )
    return bytes(rows[0][0]), int(rows[0][1]), bytes(rows[0][2])
