"""Export by audience on real bundles (PROTECTION §2): canaries read with `age -d | tar -x`.

Alice holds one case. A journalist ally has a new colleague's clearance (confidential, no
identity, sogi or source); a lawyer has the full clearance. Every test seals real bundles,
extracts them with the `age` CLI and `tar`, and greps the plaintext for what must not be there.
"""

from __future__ import annotations

import hashlib
import io
import secrets
import shutil
import subprocess
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from bundlekit import AllowAll, befriend, deliver, make_replica, peer, snapshot

from casebook.base import canonical
from casebook.base.errors import BundleRejected, LeaksFound, RejectReason
from casebook.bundle import export_bundle
from casebook.bundle.audience import Audience, DenyAll, GateDecision
from casebook.crypto import age, stream
from casebook.domain.mentions import mention_token
from casebook.domain.sensitivity import FULL_CLEARANCE, Category, Sensitivity, restricted
from casebook.service import CaseService

SOURCE_NOTE = "SRCNOTE-Жъ-7f3a"  # a value of the source's record: restricted+source
RESTRICTED_SUMMARY = "RESTRICTED-Жъ-c41e"  # an event summary raised to restricted
SECRET_FILE = b"SECRET-ATTACHMENT-9d2b"  # an attachment raised to restricted
OPEN_FILE = b"open attachment bytes"
VICTIM = "Иван Петрович Иванов"
WITNESS = "Мария Кузнецова"
SOURCE = "Пётр Сидоров"


class Only:
    """A consent gate that allows the identity of some people only."""

    def __init__(self, *allowed: bytes) -> None:
        self.allowed = set(allowed)

    def identity_allowed(
        self, person_id: bytes, recipients: Sequence[bytes], purpose: str
    ) -> GateDecision:
        if person_id in self.allowed:
            return GateDecision(True, "")
        return GateDecision(False, "no_consent")


@dataclass
class World:
    alice: CaseService
    journalist: CaseService
    lawyer: CaseService
    case: bytes
    victim: bytes
    witness: bytes
    source: bytes
    event: bytes
    interview: bytes
    secret_attachment: bytes
    usb: Path


def _world(tmp_path: Path) -> World:
    alice = make_replica(tmp_path / "alice")
    journalist = make_replica(tmp_path / "journalist")
    lawyer = make_replica(tmp_path / "lawyer")
    befriend(alice, journalist, clearance=None)  # a new colleague's default clearance
    befriend(alice, lawyer, clearance=FULL_CLEARANCE)
    r = alice.records
    case = r.add_case("Дело о пикете", "Задержание у здания суда")
    victim = r.add_person(case, VICTIM, "victim", notes="работает учителем")
    witness = r.add_person(case, WITNESS, "witness")
    source = r.add_person(case, SOURCE, "source", notes=SOURCE_NOTE)
    event = r.add_event(case, "detention", "2024-03-05", place="у суда", summary=RESTRICTED_SUMMARY)
    alice.labels.label(event, "summary", restricted())
    interview = r.add_interview(case, victim)
    r.add_segment(interview, f"Со слов {mention_token(victim)}, его задержали утром.")
    r.add_segment(interview, "Источник рассказал о списках.")
    src = tmp_path / "open.txt"
    src.write_bytes(OPEN_FILE)
    alice.attachments.attach(case, src)
    hidden = tmp_path / "secret.txt"
    hidden.write_bytes(SECRET_FILE)
    secret_attachment = alice.attachments.attach(case, hidden)
    alice.labels.label(secret_attachment, None, restricted(Category.IDENTITY))
    usb = tmp_path / "usb"
    usb.mkdir()
    return World(
        alice,
        journalist,
        lawyer,
        case,
        victim,
        witness,
        source,
        event,
        interview,
        secret_attachment,
        usb,
    )


def _seal(w: World, to: CaseService, gate: object = None, **kw: object) -> Path:
    audience = Audience(gate=gate if gate is not None else DenyAll(), **kw)  # type: ignore[arg-type]
    return export_bundle(
        w.alice.session, [peer(w.alice, to)], out_path=w.usb, audience=audience
    ).paths[0]


def _extract(path: Path, svc: CaseService, into: Path) -> dict[str, bytes]:
    """`age -d -i key | tar -x`, as docs/bundle-format.md §1 says; every member's bytes."""
    if shutil.which("age") is None:
        pytest.fail("the age CLI is required (Debian package 'age')")
    key = into.with_suffix(".key")
    key.write_text(svc.peers.export_secret() + "\n")
    into.mkdir()
    subprocess.run(
        ["sh", "-c", f"age -d -i {key} {path} | tar -x -C {into}"], check=True, timeout=60
    )
    return {
        str(p.relative_to(into)): p.read_bytes() for p in sorted(into.rglob("*")) if p.is_file()
    }


def _grep(files: dict[str, bytes], text: str | bytes) -> list[str]:
    needle = text.encode() if isinstance(text, str) else text
    return [name for name, data in files.items() if needle in data]


def test_a_confidential_audience_gets_no_restricted_value(tmp_path: Path) -> None:
    w = _world(tmp_path)
    # The case title and summary name no one, and the first segment holds a mention, not a
    # name: the leak scan finds nothing.
    files = _extract(_seal(w, w.journalist), w.journalist, tmp_path / "x")
    for secret in (
        *VICTIM.split(),
        *WITNESS.split(),
        *SOURCE.split(),
        SOURCE_NOTE,
        RESTRICTED_SUMMARY,
        SECRET_FILE,
        w.source.hex(),
    ):
        assert _grep(files, secret) == [], secret
    # What a confidential audience may see did travel.
    assert _grep(files, "Задержание у здания суда") == ["casebook/disclosures.jsonl"]
    assert _grep(files, "работает учителем") == ["casebook/disclosures.jsonl"]
    assert _grep(files, OPEN_FILE) == [
        f"casebook/attachments/{hashlib.sha256(OPEN_FILE).hexdigest()}"
    ]
    assert f"casebook/attachments/{hashlib.sha256(SECRET_FILE).hexdigest()}" not in files
    # The people who go are there as records with pseudonyms, never as names.
    overlay = files["casebook/overlay.jsonl"].decode()
    assert overlay.count("\n") == 3  # victim, witness, the interview with the victim
    assert "Пострадавший" in overlay
    assert "Свидетель" in overlay
    assert "Witness" in overlay


def test_the_receiver_sees_pseudonyms_and_a_normal_gap(tmp_path: Path) -> None:
    w = _world(tmp_path)
    result = deliver(w.journalist, _seal(w, w.journalist))
    j = w.journalist
    people = {p.id: p for p in j.reading.children(w.case, "person")}
    assert set(people) == {w.victim, w.witness}  # the source is absent
    victim = people[w.victim]
    assert victim.masked == {"name": "withheld"}
    assert victim.pseudonym is not None
    assert victim.pseudonym.sender == w.alice.me
    assert victim.pseudonym.ru.startswith("Пострадавший ")
    assert victim.get("notes") == "работает учителем"
    (interview,) = j.reading.children(w.case, "interview")
    assert interview.pseudonym is not None
    assert interview.pseudonym.ru == victim.pseudonym.ru
    (event,) = j.reading.children(w.case, "event")
    assert event.masked == {"summary": "withheld"}
    assert event.get("place") == "у суда"
    assert [a.id for a in j.reading.children(w.case, "attachment")] != []
    assert w.secret_attachment not in {a.id for a in j.reading.children(w.case, "attachment")}
    assert result.values_dropped == 0
    report = j.integrity.verify()
    assert report.ok, report.op_errors
    assert report.gaps > 0  # the source's ops and the secret attachment's: normal


def test_a_person_without_consent_goes_only_as_a_pseudonym(tmp_path: Path) -> None:
    w = _world(tmp_path)
    path = _seal(w, w.lawyer, gate=Only(w.victim, w.source))
    files = _extract(path, w.lawyer, tmp_path / "x")
    assert _grep(files, VICTIM) == ["casebook/disclosures.jsonl"]
    assert _grep(files, SOURCE) == ["casebook/disclosures.jsonl"]
    assert _grep(files, SOURCE_NOTE) == ["casebook/disclosures.jsonl"]
    assert _grep(files, RESTRICTED_SUMMARY) == ["casebook/disclosures.jsonl"]
    assert _grep(files, "Кузнецов") == []
    assert "Свидетель" in files["casebook/overlay.jsonl"].decode()
    deliver(w.lawyer, path)
    witness = w.lawyer.reading.get(w.witness)
    assert witness.masked == {"name": "withheld"}
    assert witness.pseudonym is not None


def test_pseudonyms_are_stable_per_audience_and_independent_between_audiences(
    tmp_path: Path,
) -> None:
    w = _world(tmp_path)
    other = make_replica(tmp_path / "other")
    befriend(w.alice, other, clearance=None)
    for i in range(8):
        w.alice.records.add_person(w.case, f"Свидетель Номер{i}", "witness")

    def letters(to: CaseService) -> dict[bytes, str]:
        svc = to
        deliver(svc, _seal(w, svc))
        return {
            p.id: p.pseudonym.ru
            for p in svc.reading.children(w.case, "person")
            if p.pseudonym is not None
        }

    first = letters(w.journalist)
    w.alice.records.add_person(w.case, "Новый Свидетель", "witness")
    again = letters(w.journalist)
    assert {k: again[k] for k in first} == first  # a newcomer renames no one
    assert len(set(again.values())) == len(again)
    elsewhere = letters(other)
    assert set(elsewhere) == set(again)
    assert elsewhere != again  # another audience: other letters


def test_the_leak_scan_finds_a_surname_in_another_case_and_an_override_is_recorded(
    tmp_path: Path,
) -> None:
    w = _world(tmp_path)
    w.alice.records.add_segment(w.interview, "Протокол подписан Ивановым под давлением.")
    before = sorted(p.name for p in w.usb.iterdir())
    with pytest.raises(LeaksFound):
        _seal(w, w.journalist)
    assert sorted(p.name for p in w.usb.iterdir()) == before  # nothing written
    assert w.alice.store.overrides.all() == []
    path = _seal(w, w.journalist, leak_override="needed_for_purpose")
    (kept,) = w.alice.store.overrides.all()
    assert (kept.reason, kept.hits, kept.persons) == ("needed_for_purpose", 1, (w.victim,))
    # ... and in the custody log: an `override` entry on the record whose text leaked.
    (entry,) = w.alice.store.query("SELECT encoded FROM custody WHERE event = 'override'")
    detail = canonical.decode(bytes(entry[0]))["detail"]
    assert (detail["reason"], detail["scope"]) == ("needed_for_purpose", "leak_scan")
    assert detail["to"] == [w.journalist.me.hex()]
    files = _extract(path, w.journalist, tmp_path / "x")
    assert _grep(files, "Ивановым") == ["casebook/disclosures.jsonl"]  # what was overridden
    with pytest.raises(Exception, match="unknown reason"):
        _seal(w, w.journalist, leak_override="because")


def test_a_label_raised_fixes_a_leak(tmp_path: Path) -> None:
    w = _world(tmp_path)
    seg = w.alice.records.add_segment(w.interview, "Ivanova said she saw it.")
    with pytest.raises(LeaksFound):
        _seal(w, w.journalist)
    w.alice.labels.label(seg, "text", Sensitivity.parse("restricted", ["identity"]))
    files = _extract(_seal(w, w.journalist), w.journalist, tmp_path / "x")
    assert _grep(files, "Ivanova") == []


# -- tampering: a recipient who re-seals under the same header ------------------------------


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    import hmac

    prk = hmac.digest(salt, ikm, "sha256")
    return hmac.digest(prk, info + b"\x01", "sha256")


def _flip_in_member(path: Path, secret: bytes, member: str, at: int, out: Path) -> None:
    with open(path, "rb") as fh:
        header = age.read_header(fh)
        key = age.unwrap_file_key(header, [secret])
        plain = bytearray(b"".join(age.iter_payload(header, key, fh)))
    with tarfile.open(fileobj=io.BytesIO(bytes(plain))) as t:
        offset = {m.name: m.offset_data for m in t}[member]
    plain[offset + at] ^= 0x01
    nonce = secrets.token_bytes(age.NONCE_SIZE)
    buf = io.BytesIO()
    buf.write(header.raw + nonce)
    writer = stream.StreamWriter(_hkdf(key, nonce, b"payload"), buf)
    writer.write(bytes(plain))
    writer.close()
    out.write_bytes(buf.getvalue())


@pytest.mark.parametrize("member", ["casebook/overlay.jsonl", "casebook/disclosures.jsonl"])
@pytest.mark.parametrize("at", [5, 140])
def test_a_flipped_byte_in_an_overlay_or_disclosure_is_refused(
    tmp_path: Path, member: str, at: int
) -> None:
    w = _world(tmp_path)
    path = _seal(w, w.journalist)
    bad = tmp_path / "bad.age"
    secret = w.journalist.store.keys.x25519_secrets()[0]
    _flip_in_member(path, secret, member, at, bad)
    before = snapshot(w.journalist)
    with pytest.raises(BundleRejected) as e:
        deliver(w.journalist, bad)
    assert e.value.reason is RejectReason.TAMPERED
    assert snapshot(w.journalist) == before
    assert not w.journalist.store.pseudonyms.any()
    deliver(w.journalist, path)  # the intact copy is taken
    assert w.journalist.store.pseudonyms.any()


def test_a_backup_to_yourself_and_a_trusted_colleague_carry_everything(tmp_path: Path) -> None:
    w = _world(tmp_path)
    everything = Audience(gate=AllowAll())
    path = export_bundle(
        w.alice.session, [peer(w.alice, w.lawyer)], out_path=w.usb, audience=everything
    ).paths[0]
    files = _extract(path, w.lawyer, tmp_path / "x")
    assert files["casebook/overlay.jsonl"] == b""
    for value in (VICTIM, WITNESS, SOURCE, SOURCE_NOTE, RESTRICTED_SUMMARY):
        assert _grep(files, value) == ["casebook/disclosures.jsonl"]
    alone = export_bundle(w.alice.session, [], out_path=tmp_path / "self.age")
    assert alone.left_out == alone.withheld == alone.pseudonymised == 0
