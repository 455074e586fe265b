"""age.open_payload: the payload as a reader, ahead in a worker or not, failures typed."""

from __future__ import annotations

import io
import os
import threading

import pytest

from casebook.base.errors import BundleRejected, Cancelled, RejectReason
from casebook.crypto import age
from casebook.crypto.stream import BATCH, CHUNK_SIZE, CT_CHUNK

MiB = 1024 * 1024


def threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("casebook-")]


def sealed(data: bytes) -> tuple[bytes, bytes]:
    """An age file of `data` to a fresh identity; return (file, identity)."""
    identity = age.generate_identity()
    out = io.BytesIO()
    age.encrypt([age.public_key(identity)], io.BytesIO(data), out)
    return out.getvalue(), identity


def payload(blob: bytes, identity: bytes, *, ahead: bool) -> age.PayloadReader:
    inp = io.BytesIO(blob)
    header = age.read_header(inp)
    key = age.unwrap_file_key(header, [identity])
    return age.open_payload(header, key, inp, ahead=ahead)


@pytest.mark.parametrize("ahead", [False, True])
def test_open_payload_reads_what_iter_payload_yields(ahead: bool) -> None:
    data = os.urandom(3 * BATCH * CHUNK_SIZE + 999)
    blob, identity = sealed(data)
    with payload(blob, identity, ahead=ahead) as p:
        head = p.read(12345)
        rest = b"".join(bytes(b) for b in p.blocks())
    assert head + rest == data
    inp = io.BytesIO(blob)
    header = age.read_header(inp)
    key = age.unwrap_file_key(header, [identity])
    assert b"".join(age.iter_payload(header, key, inp)) == data
    assert threads() == []


@pytest.mark.parametrize("ahead", [False, True])
def test_payload_failures_are_bundle_rejections(ahead: bool) -> None:
    data = os.urandom(2 * BATCH * CHUNK_SIZE)
    blob, identity = sealed(data)
    damaged = bytearray(blob)
    damaged[-(BATCH * CT_CHUNK)] ^= 1
    with payload(bytes(damaged), identity, ahead=ahead) as p, pytest.raises(BundleRejected) as e:
        p.read()
    assert e.value.reason is RejectReason.TAMPERED
    with payload(blob[:-CT_CHUNK], identity, ahead=ahead) as p, pytest.raises(BundleRejected) as e:
        p.read()
    assert e.value.reason is RejectReason.TRUNCATED
    assert threads() == []


def test_decrypt_and_encrypt_release_their_workers_on_cancel() -> None:
    data = os.urandom(4 * MiB)
    blob, identity = sealed(data)
    out = io.BytesIO()
    with pytest.raises(Cancelled):
        age.decrypt([identity], io.BytesIO(blob), out, cancel=iter([False, True]).__next__)
    with pytest.raises(Cancelled):
        age.encrypt(
            [age.public_key(identity)],
            io.BytesIO(data),
            io.BytesIO(),
            cancel=iter([False, False, True]).__next__,
        )
    assert threads() == []
    progress: list[int] = []
    age.decrypt([identity], io.BytesIO(blob), out := io.BytesIO(), progress=progress.append)
    assert out.getvalue() == data
    assert progress[-1] == len(data)
