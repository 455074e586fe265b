"""The envelope's pieces: PADMÉ, the strict ustar members, the manifest, volumes."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.base.canonical import decode, encode
from casebook.base.errors import BundleRejected, InputRejected, RejectReason
from casebook.bundle import format as fmt
from casebook.bundle.manifest import (
    Entry,
    Manifest,
    Recipient,
    parse_manifest,
    sign_manifest,
    verify_manifest,
)
from casebook.bundle.padme import is_padded_size, padded_size, padme
from casebook.bundle.volumes import (
    FAT32_VOLUME,
    find_volumes,
    fs_type,
    parse_size,
    volume_paths,
    volume_size_for,
)
from casebook.crypto.keys import Identity
from casebook.domain.peers import card_of

R = RejectReason


# -- PADMÉ -------------------------------------------------------------------------------------


def test_padme_known_values() -> None:
    # From the paper's definition: keep the top floor(log2(E)) + 1 bits.
    assert [padme(n) for n in (0, 1, 2, 3, 9, 100, 1000, 1025)] == [0, 1, 2, 3, 10, 104, 1024, 1088]
    assert padme(10**9) == 1006632960


@given(st.integers(0, 2**48))
def test_padded_size_is_minimal_block_and_padme(n: int) -> None:
    p = padded_size(n)
    assert p >= n
    assert is_padded_size(p)
    assert p <= n + n // 8 + 1024  # PADMÉ adds at most about 12 %, plus a block
    # Minimal: nothing admissible between n and p.
    below = p - fmt.BLOCK
    assert below < n or not is_padded_size(below)


# -- ustar ------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 511, 512, 513, fmt.OCTAL_LIMIT - 1, fmt.OCTAL_LIMIT, 2**40])
def test_member_header_reads_in_python_tarfile(size: int) -> None:
    block = fmt.member_header("casebook/ops.jsonl", size)
    info = tarfile.TarInfo.frombuf(block, "ascii", "strict")
    assert (info.name, info.size, info.mode, info.type) == ("casebook/ops.jsonl", size, 0o644, b"0")
    assert block[257:265] == b"ustar\x0000"
    if size >= fmt.OCTAL_LIMIT:
        assert block[124] == 0x80  # GNU base-256


def test_gnu_tar_reads_a_base256_size(tmp_path: Path) -> None:
    """A member over 8 GiB: GNU tar lists its exact size from the base-256 field."""
    size = 9 * 1024**3 + 7
    path = tmp_path / "big.tar"
    path.write_bytes(fmt.member_header("casebook/padding", size))
    out = subprocess.run(["tar", "-tvf", str(path)], capture_output=True, text=True, check=False)
    assert str(size) in out.stdout


def _archive(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    tar = fmt.TarWriter(out.write)
    for name, data in members:
        tar.member(name, data)
    tar.finish()
    assert tar.written == fmt.archive_size(len(d) for _, d in members)
    return out.getvalue()


def test_writer_and_reader_agree() -> None:
    members = [("casebook/manifest.json", b"{}"), ("casebook/ops.jsonl", b"x" * 1000)]
    data = _archive(members)
    assert len(data) % fmt.BLOCK == 0
    src = io.BytesIO(data)
    for name, body in members:
        found, size = fmt.read_member_header(src, lambda n, want=name: n == want, 10_000)
        assert (found, size) == (name, len(body))
        assert b"".join(fmt.member_data(src, size)) == body
    fmt.read_end(src)
    # Python's tarfile reads it as an ordinary archive.
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        assert [(m.name, m.size) for m in t] == [(n, len(b)) for n, b in members]


def _header_with(size_field: bytes, name: str = "casebook/ops.jsonl") -> bytes:
    block = bytearray(fmt.member_header(name, 0))
    block[124:136] = size_field
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\x00 " % sum(block)
    return bytes(block)


@pytest.mark.parametrize(
    ("block", "bound", "reason"),
    [
        (fmt.member_header("casebook/ops.jsonl", 2**40), 1000, R.TOO_LARGE),
        (_header_with(b"\x80" + (2**80).to_bytes(11, "big")), 1000, R.TOO_LARGE),
        (_header_with(b"00000000009\x00"), 1000, R.MALFORMED),
        (_header_with(b"\x80" + (5).to_bytes(11, "big")), 1000, R.MALFORMED),  # not canonical
        (fmt.member_header("casebook/other", 5), 1000, R.MALFORMED),
        (fmt.member_header("casebook/ops.jsonl", 5)[:-1] + b"x", 1000, R.MALFORMED),
        (fmt.member_header("casebook/ops.jsonl", 5)[:300], 1000, R.TRUNCATED),
    ],
)
def test_header_refusals(block: bytes, bound: int, reason: RejectReason) -> None:
    with pytest.raises(BundleRejected) as e:
        fmt.read_member_header(io.BytesIO(block), lambda n: n == "casebook/ops.jsonl", bound)
    assert e.value.reason is reason


def test_nonzero_member_padding_and_trailing_data_are_refused() -> None:
    data = bytearray(_archive([("casebook/manifest.json", b"abc")]))
    data[fmt.BLOCK + 10] = 1
    src = io.BytesIO(bytes(data))
    fmt.read_member_header(src, lambda n: True, 100)
    with pytest.raises(BundleRejected) as e:
        b"".join(fmt.member_data(src, 3))
    assert e.value.reason is R.MALFORMED
    with pytest.raises(BundleRejected) as e:
        fmt.read_end(io.BytesIO(fmt.END + b"\x00"))
    assert e.value.reason is R.TAMPERED


@given(st.lists(st.binary(max_size=300), max_size=20), st.lists(st.integers(1, 700), max_size=20))
@settings(max_examples=50)
def test_chunk_reader_reads_exactly(chunks: list[bytes], reads: list[int]) -> None:
    whole = b"".join(chunks)
    r = fmt.ChunkReader(iter(chunks))
    got = b"".join(r.read(n) for n in reads) + r.read()
    assert got == whole
    assert r.read(5) == b""


# -- manifest ----------------------------------------------------------------------------------


def _manifest(**over: object) -> tuple[Manifest, Identity]:
    ident = Identity.generate(1)
    fields: dict[str, object] = {
        "bundle_id": bytes(16),
        "sender": card_of(ident),
        "recipients": (Recipient(bytes(32), bytes(range(32))),),
        "seq": 1,
        "prev": None,
        "created_ms": 5,
        "acks": {bytes(32): 3},
        "cases": None,
        "ops": Entry(fmt.NAME_OPS, 10, bytes(32), 1),
        "attachments": (Entry(fmt.attachment_name(b"\x01" * 32), 4, b"\x01" * 32),),
        "padding": 512,
        "volumes": 1,
        "volume_size": None,
        "age_header": bytes(32),
        "disclosures": Entry(fmt.NAME_DISCLOSURES, 20, b"\x02" * 32, 2),
        "overlay": Entry(fmt.NAME_OVERLAY, 0, b"\x03" * 32, 0),
    }
    fields.update(over)
    return Manifest(**fields), ident  # type: ignore[arg-type]


def test_a_v1_manifest_still_reads() -> None:
    m, _ = _manifest(version=1, disclosures=None, overlay=None)
    back = parse_manifest(m.encode())
    assert back == m
    assert back.version == 1
    assert back.disclosures is None
    assert back.member_sizes(100) == [100, 64, 10, 4, 512]


def test_a_v2_manifest_lists_its_values_before_the_ops_in_the_archive() -> None:
    m, _ = _manifest()
    doc = decode(m.encode())
    assert doc["version"] == 2
    assert [e["name"] for e in doc["entries"]][:3] == [
        fmt.NAME_OPS,
        fmt.NAME_DISCLOSURES,
        fmt.NAME_OVERLAY,
    ]
    assert m.member_sizes(100) == [100, 64, 20, 0, 10, 4, 512]


def test_a_v2_manifest_without_its_values_entry_is_refused() -> None:
    m, _ = _manifest()
    doc = decode(m.encode())
    doc["entries"] = [doc["entries"][0], *doc["entries"][3:]]
    with pytest.raises(BundleRejected) as e:
        parse_manifest(encode(doc))
    assert e.value.reason is R.MALFORMED


def test_manifest_round_trip_and_signature() -> None:
    m, ident = _manifest()
    data = m.encode()
    back = parse_manifest(data)
    assert back == m
    assert back.encoded == data
    sig = sign_manifest(data, ident)
    verify_manifest(data, sig, ident.public)
    with pytest.raises(BundleRejected) as e:
        verify_manifest(data + b" ", sig, ident.public)
    assert e.value.reason is R.BAD_SIGNATURE


def _mutated(change: dict[str, object]) -> bytes:
    m, _ = _manifest()
    doc = decode(m.encode())
    for key, value in change.items():
        doc[key] = value
    return encode(doc)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"format": "other"}, R.NOT_CASEBOOK),
        ({"version": 3}, R.UNSUPPORTED_VERSION),
        ({"version": True}, R.UNSUPPORTED_VERSION),
        ({"extra": 1}, R.MALFORMED),
        ({"seq": 0}, R.MALFORMED),
        ({"seq": 2}, R.MALFORMED),  # seq 2 needs a prev
        ({"padding": 2**62 + 1}, R.TOO_LARGE),
        ({"bundle_id": "ABCD" * 8}, R.MALFORMED),
        ({"recipients": []}, R.MALFORMED),
        ({"acks": {"00" * 32: 0}}, R.MALFORMED),
        ({"volumes": {"count": 1000, "size": 10}}, R.TOO_LARGE),
        ({"volumes": {"count": 1, "size": 10}}, R.MALFORMED),
        ({"cases": []}, R.MALFORMED),
    ],
)
def test_manifest_refusals(change: dict[str, object], reason: RejectReason) -> None:
    with pytest.raises(BundleRejected) as e:
        parse_manifest(_mutated(change))
    assert e.value.reason is reason


def test_manifest_entry_refusals() -> None:
    m, _ = _manifest()
    doc = decode(m.encode())
    doc["entries"][1]["size"] = 2**63 - 1
    with pytest.raises(BundleRejected) as e:
        parse_manifest(encode(doc))
    assert e.value.reason is R.TOO_LARGE
    doc = decode(m.encode())
    doc["entries"][1]["name"] = "casebook/attachments/../x"
    with pytest.raises(BundleRejected) as e:
        parse_manifest(encode(doc))
    assert e.value.reason is R.MALFORMED
    doc = decode(m.encode())
    doc["entries"] = doc["entries"][1:]
    with pytest.raises(BundleRejected):
        parse_manifest(encode(doc))
    with pytest.raises(BundleRejected) as e:
        parse_manifest(b"{not json")
    assert e.value.reason is R.NOT_CASEBOOK


# -- volumes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [("700M", 700 * 2**20), ("4G", 4 * 2**30), ("1.5G", 3 * 2**29), ("2MiB", 2 * 2**20)],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "12", "-1G", "3X", "0.5K"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(InputRejected):
        parse_size(text)


def test_fs_type_from_mounts(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    usb = tmp_path / "media" / "my stick"
    usb.mkdir(parents=True)
    escaped = str(usb).replace(" ", "\\040")
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n/dev/sdb1 {escaped} vfat rw 0 0\n")
    assert fs_type(usb, mounts) == "vfat"
    assert volume_size_for(usb, mounts) == FAT32_VOLUME
    assert fs_type(tmp_path, mounts) == "ext4"
    assert volume_size_for(tmp_path, mounts) is None
    assert fs_type(tmp_path, tmp_path / "missing") is None


def test_find_volumes(tmp_path: Path) -> None:
    single = tmp_path / "a.age"
    single.write_bytes(b"x")
    assert find_volumes(single) == [single]
    parts = volume_paths(tmp_path / "b.age", 3)
    assert [p.name for p in parts] == ["b.age.001", "b.age.002", "b.age.003"]
    for p in parts:
        p.write_bytes(b"x")
    assert find_volumes(parts[1]) == parts
    assert find_volumes(tmp_path / "b.age") == parts
    parts[1].unlink()
    with pytest.raises(BundleRejected) as e:
        find_volumes(parts[0])
    assert e.value.reason is R.MISSING_VOLUME
    with pytest.raises(InputRejected):
        find_volumes(tmp_path / "nothing")


# -- the two-phase age writer --------------------------------------------------------------------


def test_encryptor_gives_the_header_before_the_payload() -> None:
    from casebook.crypto import age

    secret = age.generate_identity()
    enc = age.Encryptor([age.public_key(secret)], pad_to_bucket=True)
    header = enc.header
    assert len(header.stanzas) == 4
    out = io.BytesIO()
    writer = enc.begin(out)
    assert out.getvalue().startswith(header.raw)
    writer.write(b"payload")
    writer.close()
    with pytest.raises(InputRejected):
        enc.begin(io.BytesIO())
    plain = io.BytesIO()
    assert age.decrypt([secret], io.BytesIO(out.getvalue()), plain).raw == header.raw
    assert plain.getvalue() == b"payload"
    src = io.BytesIO(out.getvalue())
    found = age.read_header(src)
    assert b"".join(age.iter_payload(found, enc.file_key, src)) == b"payload"
