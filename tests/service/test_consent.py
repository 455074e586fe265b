"""ConsentService: recording decisions, the gate over them, overrides and withdrawal."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from bundlekit import befriend, deliver, make_replica, seal

from casebook.base.errors import InputRejected, NotFound
from casebook.domain.custody import record_item
from casebook.domain.model import ENTITIES, validate_value
from casebook.service import CaseService
from casebook.service.consent import COURT_NOTE, ConsentService
from factory import make_case

TODAY = _dt.date(2026, 3, 15)


def _fixed_day(svc: CaseService, day: _dt.date = TODAY) -> None:
    svc.consent = ConsentService(
        svc.session, svc.reading, svc.records, svc.erasure, svc.custody, today=lambda: day
    )


@pytest.fixture
def svc(tmp_path: Path) -> CaseService:
    s = make_replica(tmp_path / "a")
    _fixed_day(s)
    return s


def _person(svc: CaseService, name: str = "Борис Свидетелев") -> tuple[bytes, bytes]:
    case = make_case(svc, title="Дело")
    return case, svc.records.add_person(case, name, "witness")


def test_a_person_without_decisions_has_no_consent(svc: CaseService) -> None:
    _case, person = _person(svc)
    g = svc.consent.identity_allowed(person, [b"B" * 32], "bundle")
    assert (g.allowed, g.reason_code) == (False, "no_consent")
    assert svc.consent.identity_allowed(b"\x00" * 16, [], "court_domestic").reason_code == (
        "no_consent"
    )


def test_record_then_gate(svc: CaseService) -> None:
    _case, person = _person(svc)
    boris, anna = b"B" * 32, b"A" * 32
    svc.consent.record(
        person, ["share_peers", "court_domestic"], "granted", audience=[f"peer:{boris.hex()}"]
    )
    assert svc.consent.identity_allowed(person, [boris], "bundle").allowed
    assert svc.consent.identity_allowed(person, [svc.me, boris], "bundle").allowed
    g = svc.consent.identity_allowed(person, [boris, anna], "bundle")
    assert (g.allowed, g.reason_code, g.detail["missing"]) == (False, "audience", [anna.hex()])
    assert svc.consent.identity_allowed(person, [], "court_domestic").allowed
    (dec,) = svc.consent.decisions(person)
    assert dec.given == TODAY.isoformat()
    assert dec.status == "granted"
    assert dec.scopes == {"share_peers", "court_domestic"}


def test_a_new_decision_replaces_what_it_saw(svc: CaseService) -> None:
    _case, person = _person(svc)
    first = svc.consent.record(person, ["share_peers", "court_domestic"], "granted")
    second = svc.consent.record(person, ["share_peers"], "refused")
    decisions = {d.id: d for d in svc.consent.decisions(person)}
    assert decisions[second].replaces == {first}
    assert svc.consent.identity_allowed(person, [b"B" * 32], "bundle").reason_code == "refused"
    assert svc.consent.identity_allowed(person, [], "court_domestic").allowed
    state = {s.scope: s.state for s in svc.consent.standing(person)}
    assert state["share_peers"] == "refused"
    assert state["court_domestic"] == "granted"
    assert state["asylum"] == "none"


def test_expiry_uses_the_local_day(svc: CaseService) -> None:
    _case, person = _person(svc)
    svc.consent.record(person, ["share_peers"], "granted", expires="2026-03-15")
    assert svc.consent.identity_allowed(person, [b"B" * 32], "bundle").allowed
    _fixed_day(svc, TODAY + _dt.timedelta(days=1))
    assert svc.consent.identity_allowed(person, [b"B" * 32], "bundle").reason_code == "expired"


@pytest.mark.parametrize(
    ("kwargs", "what"),
    [
        ({"scopes": []}, "scope"),
        ({"scopes": ["gossip"]}, "scope"),
        ({"status": "maybe"}, "status"),
        ({"audience": ["everyone"]}, "audience"),
        ({"method": "telepathy"}, "method"),
        ({"expires": "soon"}, "date"),
    ],
)
def test_bad_decisions_are_refused(svc: CaseService, kwargs: dict, what: str) -> None:
    _case, person = _person(svc)
    args = {"scopes": ["store"], "status": "granted"} | kwargs
    scopes, status = args.pop("scopes"), args.pop("status")
    with pytest.raises(InputRejected):
        svc.consent.record(person, scopes, status, **args)
    assert svc.consent.decisions(person) == []


def test_evidence_and_interview_must_be_of_the_same_case(svc: CaseService) -> None:
    case, person = _person(svc)
    other = make_case(svc, title="Другое")
    photo = svc.attachments.attach_bytes(other, b"form", name="form.jpg")
    with pytest.raises(InputRejected):
        svc.consent.record(person, ["store"], "granted", evidence=photo)
    form = svc.attachments.attach_bytes(case, b"form", name="form.jpg")
    dec_id = svc.consent.record(person, ["store"], "granted", evidence=form, method="written")
    (dec,) = svc.consent.decisions(person)
    assert (dec.id, dec.evidence, dec.method) == (dec_id, form, "written")


def test_decisions_are_never_edited_or_deleted(svc: CaseService) -> None:
    _case, person = _person(svc)
    dec = svc.consent.record(person, ["store"], "granted")
    with pytest.raises(InputRejected):
        svc.records.set_field(dec, "status", "withdrawn")
    with pytest.raises(InputRejected):
        svc.records.delete(dec)


def test_the_interview_form_records_grants_and_refusals_at_once(svc: CaseService) -> None:
    case, person = _person(svc)
    interview = svc.records.add_interview(case, person, language="ru", interpreter="Переводчик Т.")
    ids = svc.consent.record_at_interview(
        interview, ["record", "store", "court_domestic"], ["publish_named"], method="oral"
    )
    assert len(ids) == 2
    found = svc.consent.at_interview(interview)
    assert {(d.status, frozenset(d.scopes)) for d in found} == {
        ("granted", frozenset({"record", "store", "court_domestic"})),
        ("refused", frozenset({"publish_named"})),
    }
    assert all(d.language == "ru" and d.interpreter == "Переводчик Т." for d in found)
    assert all(d.interview == interview and d.subject == person for d in found)
    empty = svc.records.add_interview(case)
    with pytest.raises(InputRejected):
        svc.consent.record_at_interview(empty, ["store"])
    with pytest.raises(InputRejected):
        svc.consent.record_at_interview(interview, ["store"], ["store"])


def test_an_override_is_recorded_and_opens_the_gate_for_its_occasion(svc: CaseService) -> None:
    _case, person = _person(svc)
    boris = b"B" * 32
    svc.consent.record(person, ["share_peers"], "refused")
    with pytest.raises(InputRejected):
        svc.consent.override(person, "bundle", [f"peer:{boris.hex()}"], "because")
    with pytest.raises(InputRejected):
        svc.consent.override(person, "gossip", ["any"], "court_order")
    oid = svc.consent.override(person, "bundle", [f"peer:{boris.hex()}"], "court_order")
    g = svc.consent.identity_allowed(person, [boris], "bundle")
    assert (g.allowed, g.reason_code, g.detail["override"]) == (True, "override", oid.hex())
    (o,) = svc.consent.overrides(person)
    assert o.expires == TODAY.isoformat()
    assert o.reason == "court_order"
    # The same transaction wrote an `override` custody entry on the person's record item.
    chain = svc.custody.chain(record_item(person))
    assert chain.ok
    (entry,) = chain.entries
    assert entry.event == "override"
    assert entry.detail["reason"] == "court_order"
    assert entry.detail["record"] == person.hex()
    assert entry.detail["to"] == [boris.hex()]
    assert entry.detail["scope"] == "bundle"
    create_op = svc.reading.history(oid)[0]
    assert entry.detail["op"] == create_op.op_id.hex()
    _fixed_day(svc, TODAY + _dt.timedelta(days=1))
    assert not svc.consent.identity_allowed(person, [boris], "bundle").allowed


def test_a_withdrawal_lists_who_holds_the_identity(tmp_path: Path) -> None:
    a, b = make_replica(tmp_path / "a"), make_replica(tmp_path / "b")
    befriend(a, b)
    case = make_case(a, title="Дело")
    person = a.records.add_person(case, "Пётр Держателев", "witness", aliases=["Петя"])
    a.consent.record(person, ["share_peers"], "granted")
    deliver(b, seal(a, [b], tmp_path / "1").paths[0])
    w = a.consent.withdraw(person, ["share_peers"])
    assert [h.identity for h in w.holders] == [b.me]
    assert w.holders[0].bundles == (1,)
    assert w.fields == ("name", "aliases")
    assert "Rule 47 § 4" in COURT_NOTE
    assert w.to_json()["court"] == COURT_NOTE
    assert not a.consent.identity_allowed(person, [b.me], "bundle").allowed


def test_a_withdrawal_of_an_unknown_person_is_refused(svc: CaseService) -> None:
    with pytest.raises(NotFound):
        svc.consent.withdraw(b"\x01" * 16, ["store"])


def test_persons_without_consent(svc: CaseService) -> None:
    case, person = _person(svc)
    other = svc.records.add_person(case, "Анна", "victim")
    svc.consent.record(person, ["store"], "granted")
    assert [p.id for p in svc.consent.without_consent([case])] == [other]


def test_refs_are_a_sorted_list_of_record_ids() -> None:
    spec = ENTITIES["consent"].spec("replaces")
    assert validate_value(spec, ["bb" * 16, "aa" * 16, "bb" * 16]) == ["aa" * 16, "bb" * 16]
    for bad in (["xyz"], "aa" * 16, [1], [{"a": 1}]):
        with pytest.raises(InputRejected):
            validate_value(spec, bad)


def test_an_org_consent_includes_the_members_recorded_here(
    tmp_path: Path, svc: CaseService
) -> None:
    member, outsider = make_replica(tmp_path / "m"), make_replica(tmp_path / "o")
    in_org, _ = befriend(svc, member)
    out_org, _ = befriend(svc, outsider)
    _case, person = _person(svc)
    svc.consent.record(person, ["share_org"], "granted", audience=["org:Мемориал"])
    # Until the vault knows who belongs to it, the organisation includes nobody.
    assert svc.consent.identity_allowed(person, [member.me], "bundle").reason_code == "audience"
    svc.peers.set_organisation(in_org, "  мемориал ")
    assert svc.peers.organisation(in_org) == "мемориал"
    svc.peers.set_organisation(out_org, "Правозащитный центр")
    assert svc.consent.identity_allowed(person, [member.me], "bundle").allowed
    assert svc.consent.identity_allowed(person, [member.me], "share_org").allowed
    g = svc.consent.identity_allowed(person, [member.me, outsider.me], "bundle")
    assert (g.allowed, g.reason_code, g.detail["missing"]) == (
        False,
        "audience",
        [outsider.me.hex()],
    )
    assert svc.consent.organisations() == {
        member.me: ("мемориал",),
        outsider.me: ("Правозащитный центр",),
    }
    assert svc.peers.organisation_names() == ["мемориал", "Правозащитный центр"]
    # A second member typed in capitals joins the organisation under its known name.
    svc.peers.set_organisation(out_org, "МЕМОРИАЛ")
    assert svc.peers.organisation(out_org) == "мемориал"
    assert svc.consent.identity_allowed(person, [member.me, outsider.me], "bundle").allowed
    svc.peers.set_organisation(out_org, None)
    assert svc.peers.organisation(out_org) is None
    assert not svc.consent.identity_allowed(person, [outsider.me], "bundle").allowed
    for bad in ("x" * 191, "две\nстроки"):
        with pytest.raises(InputRejected):
            svc.peers.set_organisation(in_org, bad)
    assert svc.peers.organisation(in_org) == "мемориал"
