"""The age layer: every CCTV vector, interop with the age CLI and pyrage, bounds, properties."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.encoding import RawEncoder
from nacl.hash import blake2b

from casebook.base.errors import (
    BundleRejected,
    Cancelled,
    CasebookError,
    InputRejected,
    RejectReason,
)
from casebook.crypto import age, bech32, stream

# C2SP CCTV age vectors, vendored: see tests/data/age-cctv/PROVENANCE.md.
VECTOR_DIR = Path(__file__).parents[1] / "data" / "age-cctv"
NOT_VECTORS = {"README.md", "LICENSE", "PROVENANCE.md", ".gitattributes"}
VECTORS = (
    sorted(p.name for p in VECTOR_DIR.iterdir() if p.name not in NOT_VECTORS)
    if VECTOR_DIR.is_dir()
    else []
)
R = RejectReason
EXPECT = {
    "no match": {R.NOT_FOR_US},
    "HMAC failure": {R.TAMPERED},
    "header failure": {R.MALFORMED, R.NOT_CASEBOOK, R.UNSUPPORTED_VERSION, R.TRUNCATED},
    "payload failure": {R.TAMPERED, R.TRUNCATED},
    "armor failure": {R.MALFORMED},
}
KiB = 1024
MiB = 1024 * KiB


@dataclass
class Vector:
    expect: str
    payload: str | None
    identities: list[bytes]
    foreign: bool  # needs scrypt, a hybrid identity or another recipient type
    armored: bool
    body: bytes


def load(name: str) -> Vector:
    text, _, body = (VECTOR_DIR / name).read_bytes().partition(b"\n\n")
    meta: dict[str, str] = {}
    identities: list[bytes] = []
    foreign = False
    for line in text.decode().splitlines():
        key, _, value = line.partition(": ")
        if key == "identity":
            try:
                identities.append(bech32.parse_identity(value))
            except InputRejected:
                foreign = True
        elif key == "passphrase":
            foreign = True
        else:
            meta[key] = value
    if meta.get("compressed") == "zlib":
        body = zlib.decompress(body)
    return Vector(
        meta["expect"], meta.get("payload"), identities, foreign, meta.get("armored") == "yes", body
    )


def test_vectors_are_present() -> None:
    assert VECTOR_DIR.is_dir(), f"CCTV age vectors missing at {VECTOR_DIR}"
    assert len(VECTORS) > 100
    assert sum(not load(n).foreign for n in VECTORS) > 80


def _two_phase(v: Vector) -> tuple[str, RejectReason | None, str]:
    """Run the vector through the two-phase API; return (stage, reason, sha256 released)."""
    released = hashlib.sha256()
    inp: BinaryIO = io.BytesIO(v.body)
    stage = "header"
    try:
        src = age.armor_reader(inp) if v.armored else inp
        header = age.read_header(src)
        key = age.unwrap_file_key(header, v.identities)
        chunks = age.iter_payload(header, key, src)
        stage = "payload"
        for chunk in chunks:
            released.update(chunk)
    except BundleRejected as e:
        return stage, e.reason, released.hexdigest()
    return "done", None, released.hexdigest()


@pytest.mark.parametrize("name", VECTORS)
def test_cctv_vector(name: str) -> None:
    v = load(name)
    if v.foreign:
        # Beyond X25519: refused with a casebook error, whatever the vector expects.
        for ids in (v.identities, [*v.identities, age.generate_identity()]):
            with pytest.raises(BundleRejected):
                age.decrypt(ids, io.BytesIO(v.body), io.BytesIO())
        return
    stage, reason, released = _two_phase(v)
    if v.expect == "success":
        assert (stage, reason) == ("done", None)
        assert released == v.payload
    else:
        assert reason in EXPECT[v.expect], (stage, reason)
        if v.expect == "payload failure":
            assert stage == "payload"
            assert released == v.payload  # exactly what age releases before the error
        elif v.expect in ("header failure", "no match", "HMAC failure"):
            assert stage == "header"
    # The one-call API, which detects the armor itself, agrees.
    out = io.BytesIO()
    if v.expect == "success":
        age.decrypt(v.identities, io.BytesIO(v.body), out)
        assert hashlib.sha256(out.getvalue()).hexdigest() == v.payload
    else:
        with pytest.raises(BundleRejected) as info:
            age.decrypt(v.identities, io.BytesIO(v.body), out)
        # Leading garbage hides the armor from detection: then it is simply not an age file.
        also = {R.NOT_CASEBOOK} if v.expect == "armor failure" else set()
        assert info.value.reason in EXPECT[v.expect] | also


@pytest.mark.parametrize("name", [n for n in VECTORS if n.startswith("armor_")])
def test_armor_round_trip(name: str) -> None:
    v = load(name)
    if v.expect in ("armor failure", "header failure") or v.foreign:
        return
    binary = age.armor_decode(v.body)
    assert age.armor_decode(age.armor_encode(binary)) == binary


# --- our own files ------------------------------------------------------------------------------


def _keys(n: int) -> tuple[list[bytes], list[bytes]]:
    ids = [age.generate_identity() for _ in range(n)]
    return ids, [age.public_key(i) for i in ids]


def _seal(
    data: bytes, recipients: list[bytes], pad_to_bucket: bool = False
) -> tuple[bytes, age.Header]:
    out = io.BytesIO()
    header = age.encrypt(recipients, io.BytesIO(data), out, pad_to_bucket=pad_to_bucket)
    return out.getvalue(), header


def _open(blob: bytes, identities: list[bytes]) -> bytes:
    out = io.BytesIO()
    age.decrypt(identities, io.BytesIO(blob), out)
    return out.getvalue()


SIZES = [0, 1, 64 * KiB - 1, 64 * KiB, 64 * KiB + 1, 3 * MiB + 5]


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_sizes(size: int) -> None:
    ids, pubs = _keys(1)
    data = os.urandom(size)
    blob, header = _seal(data, pubs)
    assert blob.startswith(header.raw)
    assert len(blob) == len(header.raw) + age.NONCE_SIZE + stream.ciphertext_size(size)
    assert _open(blob, ids) == data


def test_header_object() -> None:
    ids, pubs = _keys(2)
    blob, header = _seal(b"hello", pubs)
    assert header.raw.startswith(age.INTRO)
    assert header.raw.endswith(b"\n")
    assert header.raw.rsplit(b"\n", 2)[-2].startswith(b"--- ")
    assert header.header_hash == blake2b(header.raw, digest_size=32, encoder=RawEncoder)
    assert [s.type for s in header.stanzas] == ["X25519", "X25519"]
    inp = io.BytesIO(blob)
    parsed = age.read_header(inp)
    assert inp.tell() == len(header.raw)  # the two-phase reader stops at the nonce
    assert parsed == header
    key = age.unwrap_file_key(parsed, ids[1:])
    assert b"".join(age.iter_payload(parsed, key, inp)) == b"hello"


@pytest.mark.parametrize(
    ("count", "stanzas"), [(1, 4), (4, 4), (5, 8), (9, 16), (17, 32), (33, 64), (64, 64)]
)
def test_bucket_padding(count: int, stanzas: int) -> None:
    ids, pubs = _keys(count)
    blob, header = _seal(b"x" * 100, pubs, pad_to_bucket=True)
    assert len(header.stanzas) == stanzas
    assert {s.type for s in header.stanzas} == {"X25519"}
    assert len({s.args for s in header.stanzas}) == stanzas
    for i in (ids[0], ids[-1]):
        assert _open(blob, [i]) == b"x" * 100


def test_bucket_padding_shuffles() -> None:
    ids, pubs = _keys(2)
    positions = set()
    for _ in range(12):
        _, header = _seal(b"", pubs, pad_to_bucket=True)
        key = age.unwrap_file_key(header, [ids[0]])
        for n, s in enumerate(header.stanzas):
            try:
                age.unwrap_file_key(age.Header((s,), header.mac, header.raw), [ids[0]])
                positions.add(n)
            except BundleRejected:
                pass
        assert len(key) == age.FILE_KEY_SIZE
    assert len(positions) > 1


def test_recipient_limits() -> None:
    _, pubs = _keys(65)
    with pytest.raises(InputRejected):
        _seal(b"", pubs, pad_to_bucket=True)
    with pytest.raises(InputRejected):
        _seal(b"", [])
    with pytest.raises(InputRejected):
        _seal(b"", [bytes(31)])
    with pytest.raises(InputRejected):  # a low-order point would give an all-zero secret
        _seal(b"", [bytes(32)])


def test_not_for_us_and_wrong_key() -> None:
    ids, pubs = _keys(2)
    blob, header = _seal(b"secret", pubs[:1])
    for identities in ([], ids[1:]):
        with pytest.raises(BundleRejected) as info:
            _open(blob, identities)
        assert info.value.reason == R.NOT_FOR_US
    with pytest.raises(BundleRejected) as info:
        age.iter_payload(header, bytes(16), io.BytesIO(blob[len(header.raw) :]))
    assert info.value.reason == R.TAMPERED


def test_truncation_is_reported() -> None:
    ids, pubs = _keys(1)
    blob, header = _seal(os.urandom(3 * 64 * KiB), pubs)
    for cut in (1, stream.TAG_SIZE + 1, 100):
        with pytest.raises(BundleRejected) as info:
            _open(blob[:-cut], ids)
        assert info.value.reason in (R.TRUNCATED, R.TAMPERED)
    for chunks in (1, 2):  # whole chunks dropped at the end
        with pytest.raises(BundleRejected) as info:
            _open(blob[: -chunks * (64 * KiB + stream.TAG_SIZE)], ids)
        assert info.value.reason == R.TRUNCATED
    with pytest.raises(BundleRejected) as info:
        _open(blob[: len(header.raw) + 3], ids)
    assert info.value.reason == R.TRUNCATED
    with pytest.raises(BundleRejected) as info:
        _open(blob[: len(header.raw) - 10], ids)
    assert info.value.reason == R.TRUNCATED


def test_progress_and_cancel() -> None:
    ids, pubs = _keys(1)
    seen: list[int] = []
    out = io.BytesIO()
    age.encrypt(pubs, io.BytesIO(bytes(200 * KiB)), out, progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == 200 * KiB
    with pytest.raises(Cancelled):
        age.encrypt(pubs, io.BytesIO(bytes(200 * KiB)), io.BytesIO(), cancel=lambda: True)
    with pytest.raises(Cancelled):
        age.decrypt(ids, io.BytesIO(out.getvalue()), io.BytesIO(), cancel=lambda: True)
    opened: list[int] = []
    age.decrypt(ids, io.BytesIO(out.getvalue()), io.BytesIO(), progress=opened.append)
    assert opened[-1] == 200 * KiB


def test_armored_round_trip_and_detection() -> None:
    ids, pubs = _keys(1)
    blob, _ = _seal(b"armored payload", pubs)
    armored = age.armor_encode(blob)
    assert armored.startswith(age.ARMOR_BEGIN + b"\n")
    assert age.armor_decode(armored) == blob
    assert _open(armored, ids) == b"armored payload"
    assert _open(b"\r\n \t\n" + armored.replace(b"\n", b"\r\n") + b"\n\n", ids) == (
        b"armored payload"
    )
    for broken in (armored + b"x", b"\n" * 1100 + armored, armored[:-5], b" " + armored):
        with pytest.raises(BundleRejected) as info:
            _open(broken, ids)
        assert info.value.reason == R.MALFORMED


# --- bounds -------------------------------------------------------------------------------------


def _header_with(stanzas: bytes) -> bytes:
    return age.INTRO + stanzas + b"--- " + b"A" * 42 + b"E\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (b"-> grease\n\n" * (age.MAX_STANZAS + 1), R.TOO_LARGE),
        (b"-> t" + b" a" * (age.MAX_ARGS + 1) + b"\n\n", R.TOO_LARGE),
        (b"-> t " + b"a" * (age.MAX_ARG_LEN + 1) + b"\n\n", R.TOO_LARGE),
        (b"-> t " + b"a " * age.MAX_LINE + b"\n\n", R.TOO_LARGE),
        (b"-> t\n" + b"A" * 64 + b"\n" * 2, None),
        (b"-> t\n" + (b"A" * 64 + b"\n") * 100 + b"\n", R.TOO_LARGE),
        (b"-> t\n" + b"A" * 65 + b"\n\n", R.MALFORMED),
        (b"-> t\n" + b"A" * 100_000, R.MALFORMED),
    ],
)
def test_header_bounds(text: bytes, reason: RejectReason | None) -> None:
    data = _header_with(text)
    if reason is None:
        assert len(age.read_header(io.BytesIO(data)).stanzas) == 1
        return
    with pytest.raises(BundleRejected) as info:
        age.read_header(io.BytesIO(data))
    assert info.value.reason == reason


def test_max_header() -> None:
    data = _header_with(b"-> grease\n\n" * 50)
    assert len(age.read_header(io.BytesIO(data), max_header=len(data)).stanzas) == 50
    with pytest.raises(BundleRejected) as info:
        age.read_header(io.BytesIO(data), max_header=len(data) - 1)
    assert info.value.reason == R.TOO_LARGE
    with pytest.raises(BundleRejected) as info:
        age.read_header(io.BytesIO(age.INTRO + b"-> " + b"a" * 10**7))
    assert info.value.reason == R.TOO_LARGE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", R.NOT_CASEBOOK),
        (b"PK\x03\x04 a zip file", R.NOT_CASEBOOK),
        (b"age-encryption.org/v2\n", R.UNSUPPORTED_VERSION),
        (b"age-encryption.org/", R.TRUNCATED),
        (age.INTRO, R.TRUNCATED),
    ],
)
def test_not_age(data: bytes, reason: RejectReason) -> None:
    with pytest.raises(BundleRejected) as info:
        _open(data, [age.generate_identity()])
    assert info.value.reason == reason


@pytest.mark.slow
def test_scrypt_file_refused() -> None:
    blob = pyrage.passphrase.encrypt(b"data", "password")
    with pytest.raises(BundleRejected) as info:
        _open(blob, [age.generate_identity()])
    assert info.value.reason == R.NOT_FOR_US


# --- the age CLI and pyrage ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def age_cli() -> str:
    path = shutil.which("age")
    assert path, "the age CLI must be on PATH (Debian package 'age'); CI installs it"
    return path


@pytest.fixture
def cli_key(tmp_path: Path) -> tuple[Path, bytes, str]:
    keygen = shutil.which("age-keygen")
    assert keygen, "age-keygen must be on PATH (Debian package 'age')"
    key_file = tmp_path / "key.txt"
    subprocess.run([keygen, "-o", str(key_file)], check=True, capture_output=True)
    line = next(x for x in key_file.read_text().splitlines() if x.startswith("AGE-SECRET"))
    secret = bech32.parse_identity(line)
    return key_file, secret, bech32.format_recipient(age.public_key(secret))


def _cli_decrypt(age_cli: str, key_file: Path, path: Path) -> bytes:
    return subprocess.run(
        [age_cli, "-d", "-i", str(key_file), str(path)], check=True, capture_output=True
    ).stdout


@pytest.mark.parametrize("size", SIZES)
def test_age_cli_opens_ours(
    age_cli: str, cli_key: tuple[Path, bytes, str], tmp_path: Path, size: int
) -> None:
    key_file, secret, _ = cli_key
    data = os.urandom(size)
    path = tmp_path / "ours.age"
    with path.open("wb") as out:
        age.encrypt([age.public_key(secret)], io.BytesIO(data), out)
    assert _cli_decrypt(age_cli, key_file, path) == data


@pytest.mark.parametrize(("count", "pad"), [(3, False), (1, True), (5, True), (40, True)])
def test_age_cli_opens_ours_many_recipients(
    age_cli: str, cli_key: tuple[Path, bytes, str], tmp_path: Path, count: int, pad: bool
) -> None:
    key_file, secret, _ = cli_key
    _, others = _keys(count - 1)
    data = os.urandom(100 * KiB)
    path = tmp_path / "ours.age"
    with path.open("wb") as out:
        header = age.encrypt(
            [*others, age.public_key(secret)], io.BytesIO(data), out, pad_to_bucket=pad
        )
    assert len(header.stanzas) == (next(b for b in age.BUCKETS if b >= count) if pad else count)
    assert _cli_decrypt(age_cli, key_file, path) == data


def test_age_cli_opens_our_armor(
    age_cli: str, cli_key: tuple[Path, bytes, str], tmp_path: Path
) -> None:
    key_file, secret, _ = cli_key
    data = os.urandom(5000)
    blob, _ = _seal(data, [age.public_key(secret)])
    path = tmp_path / "ours.age.asc"
    path.write_bytes(age.armor_encode(blob))
    assert _cli_decrypt(age_cli, key_file, path) == data


@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_we_open_age_cli(
    age_cli: str, cli_key: tuple[Path, bytes, str], tmp_path: Path, size: int, armor: bool
) -> None:
    _, secret, recipient = cli_key
    _, others = _keys(2)
    data = os.urandom(size)
    args = [age_cli, "-r", recipient, "-r", bech32.format_recipient(others[0])]
    blob = subprocess.run(
        [*args, *(["-a"] if armor else [])], input=data, check=True, capture_output=True
    ).stdout
    assert blob.startswith(age.ARMOR_BEGIN if armor else age.INTRO)
    assert _open(blob, [secret]) == data
    path = tmp_path / "cli.age"
    path.write_bytes(blob)
    with path.open("rb") as inp:  # a real file, as the app reads it
        out = io.BytesIO()
        age.decrypt([others[1], secret], inp, out)
    assert out.getvalue() == data


@pytest.mark.parametrize("size", [0, 1, 64 * KiB, 200 * KiB + 3])
def test_pyrage_cross_check(size: int) -> None:
    data = os.urandom(size)
    theirs = pyrage.x25519.Identity.generate()
    secret = bech32.parse_identity(str(theirs))
    assert bech32.format_recipient(age.public_key(secret)) == str(theirs.to_public())
    blob, _ = _seal(data, [age.public_key(secret)], pad_to_bucket=True)
    assert pyrage.decrypt(blob, [theirs]) == data
    assert _open(pyrage.encrypt(data, [theirs.to_public()]), [secret]) == data


# --- properties ---------------------------------------------------------------------------------

IDS, PUBS = _keys(3)
SEALED, _SEALED_HEADER = _seal(os.urandom(70 * KiB), PUBS[:2])
PLAIN_OF_SEALED = _open(SEALED, IDS[:1])


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=150 * KiB), count=st.integers(1, 5), pad=st.booleans())
def test_property_round_trip(data: bytes, count: int, pad: bool) -> None:
    blob, header = _seal(data, PUBS[:1] + _keys(count - 1)[1], pad_to_bucket=pad)
    assert _open(blob, IDS[:1]) == data
    assert _open(age.armor_encode(blob), IDS[:1]) == data


def _mutations() -> st.SearchStrategy[bytes]:
    n = len(SEALED)
    flip = st.tuples(st.integers(0, n - 1), st.integers(1, 255)).map(
        lambda t: SEALED[: t[0]] + bytes([SEALED[t[0]] ^ t[1]]) + SEALED[t[0] + 1 :]
    )
    cut = st.integers(0, n - 1).map(lambda k: SEALED[:k])
    extend = st.binary(min_size=1, max_size=100).map(lambda tail: SEALED + tail)
    insert = st.tuples(st.integers(0, n), st.binary(min_size=1, max_size=8)).map(
        lambda t: SEALED[: t[0]] + t[1] + SEALED[t[0] :]
    )
    delete = st.tuples(st.integers(0, n - 1), st.integers(1, 300)).map(
        lambda t: SEALED[: t[0]] + SEALED[t[0] + t[1] :]
    )
    return st.one_of(flip, cut, extend, insert, delete)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations())
def test_property_mutations_are_refused(blob: bytes) -> None:
    with pytest.raises(CasebookError):
        _open(blob, IDS[:1])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_property_garbage_raises_only_casebook_errors(junk: bytes, as_header: bool) -> None:
    data = (age.INTRO + junk) if as_header else junk
    with pytest.raises(CasebookError):
        _open(data, IDS[:1])
    with pytest.raises(CasebookError):
        _open(age.armor_encode(data), IDS[:1])
