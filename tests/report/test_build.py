"""casebook.report.build: report.json is canonical, signed, the same for the same state, and
carries no withheld value; conflicts list every value; annexes are numbered and paginated."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from casebook.base import canonical
from casebook.base.errors import AuthenticationFailed, InputRejected
from casebook.domain.sensitivity import FULL_CLEARANCE
from casebook.report import SIG_LABEL, Audience, build_report, verify_report
from casebook.report.build import short_id
from casebook.service import CaseService
from factory import make_service
from reportkit import CANARIES, HOSTILE, CanaryCase, canary_case


@pytest.fixture
def filled(tmp_path: Path) -> tuple[CaseService, CanaryCase]:
    svc = make_service(tmp_path / "v")
    return svc, canary_case(svc)


def test_the_same_state_gives_the_same_bytes_and_signature(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    first = build_report(svc, c.case, Audience("echr"))
    second = build_report(svc, c.case, Audience("echr"))
    assert first.data == second.data
    assert first.signature == second.signature
    # canonical: decode refuses anything else; the id is the hash of the rest
    doc = canonical.decode(first.data)
    body = {k: v for k, v in doc.items() if k != "id"}
    assert hashlib.blake2b(canonical.encode(body), digest_size=32).hexdigest() == doc["id"]
    assert first.short_id == short_id(bytes.fromhex(doc["id"]))


def test_another_audience_or_a_change_gives_another_report(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    echr = build_report(svc, c.case, Audience("echr"))
    assert build_report(svc, c.case, Audience("un")).data != echr.data
    assert build_report(svc, c.case, Audience("echr", (b"\x01" * 32,))).data != echr.data
    svc.records.add_event(c.case, "release", "2024-04-20")
    assert build_report(svc, c.case, Audience("echr")).data != echr.data


def test_the_signature_is_the_vaults_over_the_labelled_bytes(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    built = build_report(svc, c.case, Audience("domestic"))
    assert built.signer == svc.me
    verify_report(built.data, built.signature, svc.me)
    from nacl.signing import VerifyKey

    VerifyKey(svc.me).verify(SIG_LABEL + built.data, built.signature)
    with pytest.raises(AuthenticationFailed):
        verify_report(built.data.replace(b"echr", b"ECHR"), built.signature, svc.me)
    with pytest.raises(AuthenticationFailed):
        verify_report(built.data + b" ", built.signature, svc.me)


@pytest.mark.parametrize("purpose", ["echr", "un", "domestic", "asylum", "public"])
def test_no_withheld_name_is_in_report_json(
    filled: tuple[CaseService, CanaryCase], purpose: str
) -> None:
    svc, c = filled
    built = build_report(svc, c.case, Audience(purpose))
    text = built.data.decode("utf-8").lower()
    for canary in CANARIES:
        assert canary.lower() not in text, canary
    held = built.doc["withheld"]
    assert held["persons"] == 3  # victim, witness, lawyer: pseudonyms
    assert held["persons_left_out"] == 1  # the source
    assert held["mentions"] > 0 or purpose == "public"  # the public gets no free text


def test_people_get_pseudonyms_by_role_and_the_source_is_left_out(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    built = build_report(svc, c.case, Audience("echr"))
    doc = built.doc
    persons = {p["ref"]: p for p in doc["persons"]}
    roles = [(p["role"]["code"], p["pseudonym"]["ru"].split()[0]) for p in persons.values()]
    assert roles == [("victim", "Пострадавший"), ("witness", "Свидетель"), ("lawyer", "Адвокат")]
    for p in persons.values():  # a letter per person, the same one in both languages' sense
        assert p["pseudonym"]["en"].split()[0] in ("Victim", "Witness", "Lawyer")
        assert p["consent"] == "no_consent"
    assert persons["P1"]["absent"] == {
        "aliases": "withheld",
        "name": "withheld",
        "notes": "withheld",
    }
    assert "source" not in json.dumps(doc["persons"])
    # the title "Дело Кошкодавова" names the victim by pseudonym
    assert doc["case"]["title"] == ["Дело ", {"p": "P1"}]
    # the source's link to the search is left out with them; their name in text is withheld
    search = next(e for e in doc["chronology"] if e["type"]["code"] == "search")
    assert search["persons"] == []
    assert search["summary"][1] == {"w": 1}
    assert doc["withheld"]["left_out"] == {"person": 1}
    # The letters are the vault's for this audience: the next report gives the same ones.
    again = build_report(svc, c.case, Audience("echr"))
    assert again.doc["persons"] == doc["persons"]
    assert len(built.new_letters) == 3
    other = build_report(svc, c.case, Audience("domestic")).doc["persons"]
    assert [p["ref"] for p in other] == ["P1", "P2", "P3"]


def test_interviews_keep_times_mark_later_edits_and_hostile_text_is_text(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    doc = build_report(svc, c.case, Audience("echr")).doc
    (iv,) = doc["interviews"]
    assert iv["interviewee"] == {"p": "P2"}
    assert iv["interviewer"] == [{"p": "P3"}]
    assert iv["place"] == "Кафе"  # restricted, where someone can be found: a court may see it
    public = build_report(svc, c.case, Audience("public")).doc
    assert public["interviews"][0]["place"] is None
    assert public["interviews"][0]["absent"]["place"] == "withheld"
    texts = [s["text"] for s in iv["segments"]]
    assert HOSTILE in texts
    assert texts[2] == "Исправленная версия записи."
    assert [bool(s["edited"]) for s in iv["segments"]] == [False, False, True, False]
    assert all(s["time"] > 0 for s in iv["segments"])
    detention = next(e for e in doc["chronology"] if e["type"]["code"] == "detention")
    assert iv["segments"][0]["links"] == [
        {"ref": "P1", "role": None},
        {"ref": detention["ref"], "role": None},
    ]


def test_a_conflicted_field_lists_every_value_and_shows_none_alone(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    doc = build_report(svc, c.case, Audience("echr")).doc
    hearing = next(e for e in doc["chronology"] if e["type"]["code"] == "court_hearing")
    assert hearing["date"] is None
    assert hearing["absent"]["date"] == "conflict"
    (conflict,) = doc["conflicts"]
    assert conflict["record"] == hearing["ref"]
    assert conflict["field"] == "date"
    assert sorted(v["value"] for v in conflict["values"]) == ["2024-03", "2024-04-02"]
    assert sum(v["provisional"] for v in conflict["values"]) == 1


def test_annexes_are_numbered_in_intake_order_with_pages_and_hashes(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    built = build_report(svc, c.case, Audience("echr"))
    a1, a2 = built.doc["annexes"]
    assert (a1["n"], a1["sha256"], a1["pages"], a1["from"], a1["to"]) == (1, c.pdf_sha, 3, 1, 3)
    assert a1["file"] == f"attachments/01_{c.pdf_sha}.pdf"
    assert (a2["n"], a2["sha256"], a2["pages"]) == (2, c.txt_sha, None)
    assert a2["name"] == ["паспорт_", {"p": "P1"}, ".txt"]
    assert [a.file_name for a in built.annexes] == [f"01_{c.pdf_sha}.pdf", f"02_{c.txt_sha}.txt"]


def test_for_the_public_confidential_text_stays_home(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    doc = build_report(svc, c.case, Audience("public")).doc
    assert doc["case"]["title"] is None
    assert doc["case"]["summary"] is None
    assert doc["case"]["legal_articles"]  # public: articles, dates, types
    assert all(s["text"] is None for s in doc["interviews"][0]["segments"])
    assert all(a["name"] is None for a in doc["annexes"])


def test_an_unknown_purpose_is_refused() -> None:
    with pytest.raises(InputRejected):
        Audience("press")


def test_a_deleted_persons_name_in_the_text_is_withheld(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    svc, c = filled
    gone = svc.records.add_person(c.case, "Евлампий Удалёнков", "witness")
    svc.records.add_event(c.case, "threat", "2024-05", summary="Удалёнкову угрожали по телефону.")
    svc.records.delete(gone)
    built = build_report(svc, c.case, Audience("echr"))
    assert "удалёнков" not in built.data.decode("utf-8").lower()
    threat = next(e for e in built.doc["chronology"] if e["type"]["code"] == "threat")
    assert threat["summary"] == [{"w": 1}, " угрожали по телефону."]


def _colleague(svc: CaseService, tmp_path: Path, name: str) -> bytes:
    """A colleague added to the vault by their card; their identity key."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundle"))
    from bundlekit import make_replica

    peer = make_replica(tmp_path / name)
    return svc.peers.add(peer.peers.my_card().encode(), name).identity


def test_a_name_goes_only_where_consent_covers_the_purpose_and_every_recipient(
    filled: tuple[CaseService, CanaryCase], tmp_path: Path
) -> None:
    svc, c = filled
    boris, other = _colleague(svc, tmp_path, "boris"), _colleague(svc, tmp_path, "other")
    svc.consent.record(c.witness, ["international"], "granted", audience=[f"peer:{boris.hex()}"])
    echr = build_report(svc, c.case, Audience("echr")).doc
    witness = next(p for p in echr["persons"] if p["ref"] == "P2")
    assert witness["pseudonym"] is None
    assert witness["name"] == "Зинаида Перепёлкина"
    assert witness["consent"] == "consent"
    assert echr["interviews"][0]["interviewee"] == {"p": "P2"}
    # Her name in the text stays as typed; the victim's (no consent) is still replaced.
    summary = echr["case"]["summary"]
    assert "Зинаида Перепёлкина" in "".join(x for x in summary if isinstance(x, str))
    assert {"p": "P1"} in summary
    victim = next(p for p in echr["persons"] if p["ref"] == "P1")
    assert victim["consent"] == "no_consent"
    assert victim["pseudonym"]["en"].startswith("Victim ")
    assert echr["withheld"]["persons"] == 2
    # Not for a domestic court (another scope), nor for a colleague the consent does not name.
    domestic = build_report(svc, c.case, Audience("domestic")).doc
    assert "Перепёлкина" not in json.dumps(domestic, ensure_ascii=False)
    # A colleague's clearance counts too: by default no identity goes to a colleague at all.
    assert build_report(svc, c.case, Audience("echr", (other,))).doc["persons"][1]["consent"] == (
        "label"
    )
    for key in (other, boris):
        svc.labels.set_clearance(key, FULL_CLEARANCE)
    colleague = build_report(svc, c.case, Audience("echr", (other,))).doc
    assert "Перепёлкина" not in json.dumps(colleague, ensure_ascii=False)
    assert colleague["persons"][1]["consent"] == "audience"
    named = build_report(svc, c.case, Audience("echr", (boris,))).doc
    assert named["persons"][1]["name"] == "Зинаида Перепёлкина"


def test_a_file_labelled_above_the_audience_is_not_annexed(
    filled: tuple[CaseService, CanaryCase],
) -> None:
    from casebook.domain.sensitivity import Category, restricted

    svc, c = filled
    (txt,) = [a for a in svc.reading.children(c.case, "attachment") if a.get("sha256") == c.txt_sha]
    svc.labels.label(txt.id, None, restricted(Category.SOURCE))
    built = build_report(svc, c.case, Audience("echr"))
    assert [a["sha256"] for a in built.doc["annexes"]] == [c.pdf_sha]
    assert built.doc["withheld"]["left_out"] == {"attachment": 1, "person": 1}
    assert c.txt_sha not in built.data.decode()
