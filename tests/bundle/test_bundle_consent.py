"""Consent decisions travel with their case in real bundles, and a withdrawal beats a grant it
did not see on every replica (PROTECTION §3)."""

from __future__ import annotations

from pathlib import Path

from bundlekit import befriend, deliver, make_replica, seal

from casebook.bundle.audience import Audience
from casebook.service import CaseService
from casebook.service.labels import gate_of
from factory import make_case


def _exchange(a: CaseService, b: CaseService, out: Path) -> None:
    """Both ways, so that each holds every op of the other."""
    deliver(b, seal(a, [b], out / "ab").paths[0])
    deliver(a, seal(b, [a], out / "ba").paths[0])


def _verdict(svc: CaseService, person: bytes, to: bytes) -> tuple[bool, str, bool]:
    g = svc.consent.identity_allowed(person, [to], "bundle")
    return g.allowed, g.reason_code, bool(g.detail.get("conflict"))


def test_withdrawal_beats_a_concurrent_grant_on_both_replicas(tmp_path: Path) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    c = make_replica(tmp_path / "c")  # the colleague the identity would go to
    befriend(a, b)
    case = make_case(a, title="Дело о согласии")
    person = a.records.add_person(case, "Вера Согласова", "witness")
    a.consent.record(person, ["share_peers"], "granted", audience=[f"peer:{c.me.hex()}"])
    deliver(b, seal(a, [b], tmp_path / "0").paths[0])
    assert _verdict(b, person, c.me) == (True, "consent", False)

    # Concurrently: the person withdraws through Alice, while Bob records a wider grant that
    # replaces the first one (he never saw the withdrawal). Bob's clock runs ahead.
    a.consent.withdraw(person, ["share_peers"])
    b.session.hlc.observe(b.session.hlc.now() + 10**12)
    b.consent.record(person, ["share_peers", "court_domestic"], "granted")
    assert _verdict(b, person, c.me) == (True, "consent", False)

    (tmp_path / "x").mkdir()
    _exchange(a, b, tmp_path / "x")
    for svc in (a, b):
        assert _verdict(svc, person, c.me) == (False, "withdrawn", True)
        (conflict,) = svc.consent.conflicts()
        assert (conflict.subject, conflict.scope) == (person, "share_peers")
        assert {d.status for d in conflict.decisions} == {"granted", "withdrawn"}
        # The grant's other scope was never withdrawn.
        assert svc.consent.identity_allowed(person, [], "court_domestic").allowed
        # The conflicts view lists it beside the fields' conflicts.
        (shown,) = [c for c in svc.conflicts.list() if c.entity == "consent"]
        assert (shown.entity_id, shown.field) == (person, "share_peers")
        assert {v.value for v in shown.values} == {"granted", "withdrawn"}
    assert a.integrity.state_hash() == b.integrity.state_hash()

    # Bob resolves it in the conflicts view by keeping the withdrawal; after the next
    # exchange both agree.
    withdrawal = next(d for d in conflict.decisions if d.status == "withdrawn")
    b.conflicts.resolve(person, "share_peers", withdrawal.id)
    (tmp_path / "y").mkdir()
    _exchange(b, a, tmp_path / "y")
    for svc in (a, b):
        assert not svc.consent.conflicts()
        assert _verdict(svc, person, c.me) == (False, "withdrawn", False)


def test_the_import_summary_names_persons_without_consent(tmp_path: Path) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    case = make_case(a, title="Дело")
    person = a.records.add_person(case, "Без Согласия", "victim")
    agreed = a.records.add_person(case, "С Согласием", "witness")
    a.consent.record(agreed, ["store"], "granted")
    result = deliver(b, seal(a, [b], tmp_path / "0").paths[0])
    assert result.without_consent == (person,)
    assert result.to_json()["without_consent"] == [person.hex()]
    g = b.consent.identity_allowed(person, [a.me], "bundle")
    assert (g.allowed, g.reason_code) == (False, "no_consent")
    # A later bundle that only records the consent says nothing more.
    a.consent.record(person, ["store"], "granted")
    again = deliver(b, seal(a, [b], tmp_path / "1").paths[0])
    assert again.without_consent == ()


def test_the_export_asks_the_ledger_and_a_withdrawal_names_only_real_holders(
    tmp_path: Path,
) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)  # a colleague cleared to see names
    case = make_case(a, title="Дело")
    agreed = a.records.add_person(case, "Согласная Анна", "witness")
    refused = a.records.add_person(case, "Несогласный Пётр", "witness")
    a.consent.record(agreed, ["share_peers"], "granted")
    a.consent.record(refused, ["share_peers"], "refused")
    sealed = seal(a, [b], tmp_path / "0", audience=Audience(gate=gate_of(a)))
    deliver(b, sealed.paths[0])
    assert b.reading.get(agreed).get("name") == "Согласная Анна"
    assert b.reading.get(refused).get("name") is None  # a pseudonym stands in for it
    assert [h.identity for h in a.consent.withdraw(agreed, ["share_peers"]).holders] == [b.me]
    assert a.consent.withdraw(refused, ["share_peers"]).holders == ()


def test_an_org_consent_lets_the_name_go_to_a_member_only(tmp_path: Path) -> None:
    a = make_replica(tmp_path / "a")
    member, outsider = make_replica(tmp_path / "m"), make_replica(tmp_path / "o")
    in_org, _ = befriend(a, member)
    befriend(a, outsider)  # both cleared to see names
    a.peers.set_organisation(in_org, "Мемориал")
    case = make_case(a, title="Дело")
    person = a.records.add_person(case, "Мария Членова", "witness")
    a.consent.record(person, ["share_org"], "granted", audience=["org:Мемориал"])
    audience = Audience(gate=gate_of(a))
    deliver(member, seal(a, [member], tmp_path / "m.out", audience=audience).paths[0])
    deliver(outsider, seal(a, [outsider], tmp_path / "o.out", audience=audience).paths[0])
    at_member, at_outsider = member.reading.get(person), outsider.reading.get(person)
    assert at_member.get("name") == "Мария Членова"
    assert at_member.pseudonym is None
    assert at_outsider.get("name") is None
    assert at_outsider.masked == {"name": "withheld"}
    assert at_outsider.pseudonym is not None
    # The organisation is the sender's local knowledge: it did not travel.
    assert member.peers.organisations() == {}
    assert [h.identity for h in a.consent.holders(person)] == [member.me]
