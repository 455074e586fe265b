"""Full-text search (casebook.store.search and CaseService.search): data, never syntax."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.base.errors import CasebookError
from casebook.store.search import MARK_CLOSE, MARK_OPEN, build_match
from factory import Filled, make_filled_vault


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    f = make_filled_vault(tmp_path / "v", tmp_path)
    svc = f.svc
    svc.records.add_segment(
        f.interview, "He said they were detained at the station; кошка OR собака"
    )
    svc.records.add_segment(f.interview, 'Цитата: "NEAR(протокол, 5)" и ^начало -минус звёздочка*')
    return f


def _kinds(f: Filled, query: str) -> set[tuple[str, bytes]]:
    return {(h.kind, h.id) for h in f.svc.reading.search(query)}


def test_russian_prefix_and_case_insensitive(filled: Filled) -> None:
    for query in ("задерж", "ЗАДЕРЖ", "Задержали", "задержали утром", "задерж ТЕЛЕФОН"):
        assert ("segment", filled.segment) in _kinds(filled, query), query
    # Words are ANDed.
    assert ("segment", filled.segment) not in _kinds(filled, "задержали станция")


def test_english(filled: Filled) -> None:
    hits = filled.svc.reading.search("DETAIN")
    assert [h.kind for h in hits] == ["segment"]
    assert f"{MARK_OPEN}detained{MARK_CLOSE}" in hits[0].snippet
    assert hits[0].case_id == filled.case
    assert hits[0].case_title == "Дело Иванова"


def test_every_kind_of_text_is_found(filled: Filled) -> None:
    svc = filled.svc
    assert ("case", filled.case) in _kinds(filled, "Иванова")
    assert ("person", filled.person) in _kinds(filled, "Иван")
    assert ("event", filled.event) in _kinds(filled, "задержали у дома")
    assert ("event", filled.event) in _kinds(filled, "Москва")
    svc.records.set_field(filled.attachment, "caption", "Протокол изъятия телефона")
    assert ("attachment", filled.attachment) in _kinds(filled, "изъятия")
    svc.records.set_field(filled.case, "tags", ["пикет"])
    assert ("case", filled.case) in _kinds(filled, "пикет")
    hit = next(
        h for h in svc.reading.search("задерж") if h.kind == "segment" and h.id == filled.segment
    )
    assert hit.field == "text"
    assert hit.to_json()["case_id"] == filled.case.hex()


def test_attachment_names_are_found(filled: Filled) -> None:
    for query in ("обыска", "протокол", "ПРОТОКОЛ_ОБЫСКА"):
        assert ("attachment", filled.attachment) in _kinds(filled, query), query
    filled.svc.records.delete(filled.attachment)
    assert ("attachment", filled.attachment) not in _kinds(filled, "обыска")


def test_query_syntax_is_searched_literally(filled: Filled) -> None:
    svc = filled.svc
    # "OR" is a word here, not an operator: both words must be present.
    assert {h.kind for h in svc.reading.search("кошка OR собака")} == {"segment"}
    assert svc.reading.search("кошка OR несуществующее") == []
    assert len(svc.reading.search('"NEAR(протокол')) == 1
    assert len(svc.reading.search("^начало")) == 1
    assert len(svc.reading.search("-минус")) == 1
    assert len(svc.reading.search("звёздочка*")) == 1


def test_deleted_records_drop_out(filled: Filled) -> None:
    svc = filled.svc
    svc.records.delete(filled.segment)
    assert ("segment", filled.segment) not in _kinds(filled, "задержали")
    assert ("event", filled.event) in _kinds(filled, "задержали")
    svc.records.delete(filled.segment, restore=True)
    assert ("segment", filled.segment) in _kinds(filled, "задержали")
    # An edit removes the old words from the index.
    svc.records.set_field(filled.segment, "text", "иное содержание")
    assert ("segment", filled.segment) not in _kinds(filled, "телефон")
    assert ("segment", filled.segment) in _kinds(filled, "содержание")
    svc.records.set_field(filled.segment, "text", None)
    assert ("segment", filled.segment) not in _kinds(filled, "содержание")


def test_fts_secure_delete_is_on(filled: Filled) -> None:
    rows = filled.svc.store.query("SELECT v FROM fts_config WHERE k = 'secure-delete'")
    assert rows == [(1,)]


def test_limit(filled: Filled) -> None:
    svc = filled.svc
    for i in range(30):
        svc.records.add_segment(filled.interview, f"повтор {i}")
    assert len(svc.reading.search("повтор", limit=10)) == 10
    assert len(svc.reading.search("повтор")) == 30


HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "**",
    "NEAR(",
    "NEAR(a b)",
    "a OR",
    "OR",
    "AND",
    "NOT",
    "-",
    "-a",
    "^",
    "^a",
    "a:b",
    "text:задерж",
    "{text}: a",
    "(",
    ")",
    "a)",
    "\\",
    "\x00",
    "задерж\x00али",
    "\x00" * 100,
    "\u200b",
    "😀",
    "😀😀😀задерж",
    "ﷺ",
    "²²²",
    "̈̈̈",
    "a" * 10_000,
    "задерж " * 2_000,
    '"a" OR "b" NEAR/2 c*',
    "'; DROP TABLE ops; --",
    "%_%",
    "",
    "   \n\t ",
    "ab\ud800cd",
    "задерж a\udcffb",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_break_search(query: str, filled: Filled) -> None:
    try:
        hits = filled.svc.reading.search(query)
    except CasebookError:
        return
    assert isinstance(hits, list)
    # The store still works afterwards.
    assert filled.svc.reading.search("задерж")


@given(st.text(max_size=60))
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_build_match_quotes_every_word(query: str) -> None:
    match = build_match(query)
    if match is None:
        return
    # Every term is one double-quoted phrase with inner quotes doubled, optionally a prefix.
    for term in match.split(" AND "):
        body = term[:-1] if term.endswith("*") else term
        assert len(body) >= 2
        assert body[0] == body[-1] == '"'
        inner = body[1:-1]
        assert '"' not in inner.replace('""', "")
        assert not any(ord(ch) < 32 for ch in inner)


def test_build_match_examples() -> None:
    assert build_match("задерж") == '"задерж"*'
    assert build_match("за ОР") == '"за" AND "ОР"'
    assert build_match('a"b') == '"a""b"'
    assert build_match("*") is None
    assert build_match("") is None
    assert build_match(" ".join(f"w{i}" for i in range(40))).count(" AND ") == 15
