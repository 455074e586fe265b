"""Clearly fictional demo cases, so that a new user (and a screenshot) has something to look at.

`casebook demo --vault DIR` creates a vault and calls `populate`. A banner case titled
"ДЕМО / DEMO" tops the list and says so; every other title ends in "(ДЕМО)" or "(DEMO)", every
person is marked "(вымышленный)" or "(fictional)", and places and courts are invented. Nothing
here resembles a real case.

Qt-free: the CLI and the UI's tests call it alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook.service import CaseService

__all__ = ["DEMO_MARK", "populate"]

DEMO_MARK = "ДЕМО / DEMO"

_NOTE = """ДЕМО / DEMO — вымышленный документ / a fictional document

Ходатайство о приобщении материалов (образец, вымышленное дело).
Motion to admit evidence (sample, fictional case).

Ничего в этом файле не относится к реальным людям или событиям.
Nothing in this file refers to real people or events.
"""


@dataclass(frozen=True)
class _Person:
    key: str
    name: str
    role: str
    aliases: tuple[str, ...] = ()
    sensitivity: str = "normal"


@dataclass(frozen=True)
class _Event:
    key: str
    type: str
    date: str
    place: str
    summary: str
    people: tuple[tuple[str, str], ...] = ()  # (person key, role)
    detention_type: str | None = None
    legal_article: str | None = None


@dataclass(frozen=True)
class _Case:
    title: str
    summary: str
    status: str
    jurisdiction: str
    court: str
    tags: tuple[str, ...]
    articles: tuple[str, ...]
    deadlines: tuple[tuple[str, str], ...]
    people: tuple[_Person, ...]
    events: tuple[_Event, ...]
    interviewee: str | None = None
    interview: dict[str, str] = field(default_factory=dict)
    consent: tuple[str, ...] = ()  # scopes granted at the interview (the consent ledger)
    refused: tuple[str, ...] = ()  # and those refused
    segments: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (text, linked keys)
    attach_note: bool = False


_CASES: tuple[_Case, ...] = (
    _Case(
        title="Иван Примеров: пост и задержание (ДЕМО)",
        summary=(
            "Вымышленное дело для знакомства с программой. Иван Примеров (вымышленный) "
            "задержан после публикации поста; адвокат обжалует арест.\n"
            "A fictional case to explore the app with."
        ),
        status="court",
        jurisdiction="Условная область (вымышлено)",
        court="Условный районный суд (вымышленный)",
        tags=("демо", "demo", "пост"),
        articles=("cc_280_3",),
        deadlines=(("2027-05-14", "Апелляционная жалоба / appeal"),),
        people=(
            _Person("ivan", "Иван Примеров (вымышленный)", "victim", ("Ваня П.",), "sensitive"),
            _Person("maria", "Мария Образцова (вымышленная)", "lawyer"),
            _Person("petr", "Пётр Выдумкин (вымышленный)", "witness"),
            _Person("inv", "Следователь Н. Условный (вымышленный)", "investigator"),
        ),
        events=(
            _Event(
                "post",
                "prosecution_for_post",
                "2025-02-01/2025-02-20",
                "Интернет (вымышлено)",
                "Пост о вымышленном событии, за который возбуждено дело.",
                (("ivan", "victim"),),
                legal_article="cc_280_3",
            ),
            _Event(
                "search",
                "search",
                "~2025-03-05",
                "Квартира в вымышленном городе",
                "Обыск рано утром, изъяты телефон и ноутбук.",
                (("ivan", "victim"), ("inv", "investigator")),
            ),
            _Event(
                "detention",
                "detention",
                "2025-03-05",
                "Отдел полиции №0 (вымышленный)",
                "Задержание после обыска; адвоката не допускали три часа.",
                (("ivan", "victim"), ("maria", "lawyer")),
                detention_type="criminal",
            ),
            _Event(
                "hearing",
                "court_hearing",
                "2025-04",
                "Условный районный суд (вымышленный)",
                "Заседание об избрании меры пресечения.",
                (("ivan", "victim"), ("maria", "lawyer")),
            ),
        ),
        interviewee="ivan",
        interview={
            "interviewer": "Мария Образцова (вымышленная)",
            "language": "ru",
            "place": "Офис (вымышленный)",
            "consent_note": "Согласие дано устно, записано в присутствии свидетеля (вымышлено).",
        },
        consent=("record", "store", "court_domestic", "share_peers"),
        refused=("publish_named",),
        segments=(
            ("Пришли около шести утра, звонили в дверь, представились не сразу.", ("search",)),
            ("Телефон забрали без протокола; пароль требовали назвать.", ("search", "inv")),
            ("В отделе держали три часа без адвоката.", ("detention",)),
            ("Просит сообщить родственникам, что с ним всё в порядке.", ("ivan",)),
        ),
        attach_note=True,
    ),
    _Case(
        title="Jane Example: dismissal after a smear campaign (DEMO)",
        summary=(
            "A fictional case: Jane Example (fictional) was dismissed from work after a smear "
            "campaign. Nothing here is real."
        ),
        status="appeal",
        jurisdiction="Exampleland (fictional)",
        court="Regional Court of Nowhere (fictional)",
        tags=("demo", "employment"),
        articles=(),
        deadlines=(("~2027-06", "Submit the appeal brief"),),
        people=(
            _Person("jane", "Jane Example (fictional)", "victim"),
            _Person("john", "John Placeholder (fictional)", "perpetrator"),
            _Person("ann", "Ann Sample (fictional)", "witness"),
        ),
        events=(
            _Event(
                "smear",
                "smear_campaign",
                "2024-10/2024-12",
                "Local newspaper (fictional)",
                "A series of articles with invented accusations.",
                (("jane", "victim"), ("john", "perpetrator")),
            ),
            _Event(
                "dismissal",
                "dismissal",
                "~2024-12-15",
                "Example Ltd. (fictional)",
                "Dismissed without notice.",
                (("jane", "victim"),),
            ),
        ),
        interviewee="ann",
        interview={
            "interviewer": "Demo Lawyer (fictional)",
            "language": "en",
            "place": "Video call (fictional)",
        },
        consent=("record", "store", "court_domestic"),
        refused=("publish_named", "media_recording"),
        segments=(
            ("Ann saw the first article on a Monday morning.", ("smear",)),
            ("She says the manager read it aloud at a staff meeting.", ("john",)),
            ("She is willing to testify if her name is kept out of the press.", ()),
        ),
    ),
    _Case(
        title="Ольга Пробная: штраф за одиночный пикет (ДЕМО)",
        summary="Вымышленное административное дело: штраф за одиночный пикет с чистым листом.",
        status="closed",
        jurisdiction="Условная область (вымышлено)",
        court="Мировой судья участка №0 (вымышленный)",
        tags=("демо", "пикет"),
        articles=("ac_20_2",),
        deadlines=(),
        people=(_Person("olga", "Ольга Пробная (вымышленная)", "victim"),),
        events=(
            _Event(
                "picket",
                "detention",
                "2025-01-10",
                "Площадь Вымышленная",
                "Задержание на пикете с чистым листом бумаги.",
                (("olga", "victim"),),
                detention_type="administrative",
                legal_article="ac_20_2",
            ),
            _Event("fine", "fine", "2025-01-25", "Мировой суд (вымышленный)", "Штраф."),
        ),
    ),
    _Case(
        title="Alex Template: border stop (DEMO)",
        summary="A fictional border stop with a phone search. Nothing here is real.",
        status="open",
        jurisdiction="Exampleland (fictional)",
        court="",
        tags=("demo",),
        articles=(),
        deadlines=(),
        people=(_Person("alex", "Alex Template (fictional)", "victim", ("A. T.",), "high"),),
        events=(
            _Event(
                "border",
                "border_stop",
                "~2025-03",
                "Checkpoint (fictional)",
                "Questioned for four hours; phone examined.",
                (("alex", "victim"),),
            ),
        ),
    ),
)


_BANNER_SUMMARY = (
    "Все дела, люди, места и события в этом хранилище вымышлены. Они нужны, чтобы осмотреться "
    "в программе. Удалите их или создайте новое хранилище для настоящей работы.\n\n"
    "Every case, person, place and event in this vault is fictional. They are here to look "
    "around the app. Delete them, or create a new vault for real work."
)


def populate(service: CaseService) -> None:
    """Add the fictional demo cases to an unlocked vault (it may already hold other cases)."""
    for case in _CASES:
        _add_case(service, case)
    # Last, so that it tops the list (most recently changed first).
    service.records.add_case(
        f"{DEMO_MARK}: вымышленные дела / fictional cases",
        _BANNER_SUMMARY,
        status="open",
        tags=["демо", "demo"],
    )


def _add_case(service: CaseService, case: _Case) -> None:
    case_id = service.records.add_case(
        case.title,
        case.summary,
        status=case.status,
        jurisdiction=case.jurisdiction,
        court=case.court,
        tags=list(case.tags),
        legal_articles=list(case.articles),
        deadlines=[{"date": d, "what": w} for d, w in case.deadlines],
    )
    ids: dict[str, bytes] = {}
    for p in case.people:
        ids[p.key] = service.records.add_person(
            case_id, p.name, p.role, aliases=list(p.aliases), sensitivity=p.sensitivity
        )
    for e in case.events:
        extra = {}
        if e.detention_type:
            extra["detention_type"] = e.detention_type
        if e.legal_article:
            extra["legal_article"] = e.legal_article
        ids[e.key] = service.records.add_event(
            case_id, e.type, e.date, place=e.place, summary=e.summary, **extra
        )
        for person, role in e.people:
            service.records.link(ids[e.key], ids[person], role)
    if case.segments or case.interviewee:
        interview_id = service.records.add_interview(
            case_id,
            ids[case.interviewee] if case.interviewee else None,
            **case.interview,
        )
        if case.consent or case.refused:
            service.consent.record_at_interview(
                interview_id, case.consent, case.refused, method="oral"
            )
        for text, links in case.segments:
            segment_id = service.records.add_segment(interview_id, text)
            for key in links:
                service.records.link(segment_id, ids[key])
    if case.attach_note:
        _attach_note(service, case_id)


def _attach_note(service: CaseService, case_id: bytes) -> None:
    service.attachments.attach_bytes(
        case_id, _NOTE.encode("utf-8"), name="Ходатайство (ДЕМО).txt", media_type="text/plain"
    )
