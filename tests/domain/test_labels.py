"""casebook.domain.labels: one-line record labels and the link join, over plain records."""

from __future__ import annotations

from itertools import count
from typing import Any

from casebook.domain import vocab
from casebook.domain.labels import (
    DATES,
    SEGMENT_LABEL_CHARS,
    Linked,
    LinkEnd,
    code_as_label,
    join_links,
    labels_by_id,
    links_of,
    record_label,
    term_labels,
)
from casebook.domain.records import Record

CASE = bytes(16)
_ids = count(1)


def rec(kind: str, **fields: Any) -> Record:
    """A live record of the case with a fresh id."""
    rid = next(_ids).to_bytes(16, "big")
    return Record(kind, rid, CASE, {"case": CASE}, fields, 1, None, 1, False)


def link(a: Record, b: Record, role: str | None = None) -> Record:
    """A link between two records."""
    return rec("link", a=a.id.hex(), b=b.id.hex(), role=role)


def english(vocabulary: str, code: str) -> str:
    """The shipped English label (what the CLI passes)."""
    return vocab.label(vocabulary, code, "en")


def test_each_kind_is_named_in_one_line() -> None:
    assert record_label(rec("case", title="Дело Иванова")) == "Дело Иванова"
    assert record_label(rec("person", name="Анна", role="witness")) == "Анна"
    assert record_label(rec("attachment", name="scan.pdf", size=3)) == "scan.pdf"
    event = rec("event", type="detention", date="~2024-03-05")
    assert record_label(event) == "detention ~2024-03-05"
    assert record_label(event, english) == "Detention ~2024-03-05"
    # Dates read in the labeller's language, as the GUI shows them.
    assert record_label(event, term_labels("ru")) == "Задержание около 5 марта 2024"
    assert record_label(event, term_labels("en")) == "Detention about 5 March 2024"
    assert record_label(rec("link", role="victim"), english) == "Victim"
    assert record_label(rec("term", vocab="role", code="medic", en="Medic")) == "medic"


def test_missing_values_give_short_labels_not_none() -> None:
    assert record_label(rec("person")) == ""
    assert record_label(rec("case")) == ""
    assert record_label(rec("event", date="2024")) == "2024"
    assert record_label(rec("event", type="arrest")) == "arrest"
    assert record_label(rec("link")) == ""
    assert record_label(rec("interview")) == ""

    def dates_only(vocabulary: str, code: str) -> str:
        assert vocabulary == DATES, "no vocabulary code to look up"
        return code

    assert record_label(rec("event", date="2024-01"), dates_only) == "2024-01"


def test_a_segment_is_named_by_its_first_words() -> None:
    assert record_label(rec("segment", text="  He was\n\ntaken   at night ")) == (
        "He was taken at night"
    )
    long = "слово " * 40
    label = record_label(rec("segment", text=long))
    assert len(label) == SEGMENT_LABEL_CHARS
    assert label.endswith("…")
    assert label[:-1] == " ".join(long.split())[: SEGMENT_LABEL_CHARS - 1]
    exact = "x" * SEGMENT_LABEL_CHARS
    assert record_label(rec("segment", text=exact)) == exact


def test_an_interview_is_named_by_its_interviewee() -> None:
    anna = rec("person", name="Анна")
    interview = rec("interview", interviewee=anna.id.hex(), place="Москва")
    alone = rec("interview")
    stranger = rec("interview", interviewee="ab" * 16)
    assert record_label(interview) == ""
    assert record_label(interview, names={anna.id: "Анна"}) == "Анна"
    # interviews may come before their persons: they are named after every other record
    labels = labels_by_id([interview, alone, stranger, anna])
    assert labels == {interview.id: "Анна", alone.id: "", stranger.id: "", anna.id: "Анна"}


def test_labels_by_id_uses_the_vocabulary_lookup() -> None:
    event = rec("event", type="search", date="2024-03-05")
    seen: list[tuple[str, str]] = []

    def lookup(vocabulary: str, code: str) -> str:
        seen.append((vocabulary, code))
        return code.upper()

    assert labels_by_id([event], lookup) == {event.id: "SEARCH 2024-03-05"}
    assert seen == [("event_type", "search"), (DATES, "2024-03-05")]
    assert labels_by_id([]) == {}


def test_term_labels_reads_each_vocabulary_once_and_lets_later_terms_win() -> None:
    reads: list[str] = []

    def terms_of(name: str) -> list[vocab.Term]:
        reads.append(name)
        return [
            *vocab.shipped()[name],
            vocab.Term("medic", "Medic", "Медик"),
            vocab.Term("witness", "Eyewitness", "Очевидец"),
        ]

    ru = term_labels("ru", terms_of)
    assert ru("role", "medic") == "Медик"
    assert ru("role", "witness") == "Очевидец"
    assert ru("role", "unknown") == "unknown"
    assert reads == ["role"]
    assert term_labels("en")("role", "medic") == "medic"  # shipped terms only
    assert term_labels("en")("role", "witness") == "Witness"
    assert code_as_label("role", "witness") == "witness"


def test_links_of_sees_a_link_from_either_end() -> None:
    event, anna, boris, seg = rec("event"), rec("person"), rec("person"), rec("segment")
    links = [link(event, anna, "victim"), link(boris, event), link(seg, anna), link(seg, boris)]
    assert links_of(links, event.id) == [
        LinkEnd(links[0].id, anna.id, "victim"),
        LinkEnd(links[1].id, boris.id, ""),
    ]
    assert links_of(links, anna.id) == [
        (links[0].id, event.id, "victim"),
        (links[2].id, seg.id, ""),
    ]
    assert links_of(links, rec("person").id) == []
    broken = rec("link", a=event.id.hex())  # an end missing: it joins nothing
    assert links_of([broken], event.id) == []


def test_join_links_gives_each_record_its_labelled_links() -> None:
    anna = rec("person", name="Анна")
    boris = rec("person", name="Борис")
    event = rec("event", type="detention", date="2024-03-05")
    seg = rec("segment", text="note")
    interview = rec("interview", interviewee=anna.id.hex())
    links = [
        link(event, anna, "victim"),
        link(seg, event),
        link(boris, event, "witness"),
        link(seg, anna),
        link(anna, anna),  # a link to itself counts once
    ]
    labels = labels_by_id([anna, boris, event], english)
    joined = join_links(links, labels)
    assert joined[event.id] == (
        Linked(links[0].id, anna.id, "Анна", "victim"),
        Linked(links[2].id, boris.id, "Борис", "witness"),
    )
    assert joined[seg.id] == (
        Linked(links[1].id, event.id, "Detention 2024-03-05", ""),
        Linked(links[3].id, anna.id, "Анна", ""),
    )
    assert [j.other_id for j in joined[anna.id]] == [event.id, anna.id]
    assert interview.id not in joined
    # only persons: what the Events tab shows as "who took part"
    people = labels_by_id([anna, boris])
    assert [(j.other_id, j.label) for j in join_links(links, people)[event.id]] == [
        (anna.id, "Анна"),
        (boris.id, "Борис"),
    ]
    # the join agrees with links_of filtered to labelled records
    for record_id, items in joined.items():
        ends = [e for e in links_of(links, record_id) if e.other_id in labels]
        assert [(j.link_id, j.other_id, j.role) for j in items] == [tuple(e) for e in ends]
