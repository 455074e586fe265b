"""A case made to test the court report: names that must not leak, hostile text, a conflict.

    CANARIES      every identity value the report must withhold (names, aliases, a source)
    canary_case   the case: persons by role, events (fuzzy dates, one in conflict), an
                  interview whose notes hold `<img src="file:///…">` and `<a href=…>`, a note
                  edited later, a 3-page PDF annex and a text annex named after the victim

Qt-free: the core, the CLI and the UI tests share it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from casebook.crypto.keys import Identity
from casebook.domain.oplog import Op, sign_op
from casebook.service import CaseService

__all__ = [
    "CANARIES",
    "HOSTILE",
    "CanaryCase",
    "canary_case",
    "concurrent_set",
    "tiny_pdf",
]

VICTIM = "Аркадий Кошкодавов"
ALIAS = "Аркаша Кэ"
WITNESS = "Зинаида Перепёлкина"
SOURCE = "Трофим Скрытников"
LAWYER = "Марина Защитникова"
# Every withheld value, and the case forms a text may use: none may reach the PDF.
CANARIES = (
    "Кошкодавов",
    "Кошкодавова",
    "Кошкодавову",
    "Аркадий",
    "Аркаша",
    "Перепёлкина",
    "Перепёлкиной",
    "Зинаида",
    "Скрытников",
    "Скрытникова",
    "Трофим",
    "Защитникова",
    "Марина",
)
IMG = '<img src="file:///etc/passwd">'
LINK = '<a href="https://evil.example/x">click here</a>'
HOSTILE = f"Он прислал {IMG} и ссылку {LINK} в чат."


def tiny_pdf(pages: int, *, object_stream: bool = False) -> bytes:
    """A small valid-looking PDF with `pages` pages (its page tree in an object stream when
    `object_stream`), for counting annex pages."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    tree = f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()
    out = [b"%PDF-1.5\n", b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"]
    if object_stream:
        packed = zlib.compress(b"2 0 " + tree)
        out.append(
            b"9 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
            + str(len(packed)).encode()
            + b" >>\nstream\n"
            + packed
            + b"\nendstream endobj\n"
        )
    else:
        out.append(b"2 0 obj " + tree + b" endobj\n")
    for i in range(pages):
        out.append(f"{3 + i} 0 obj << /Type /Page /Parent 2 0 R >> endobj\n".encode())
    out.append(b"trailer << /Root 1 0 R >>\n%%EOF\n")
    return b"".join(out)


def concurrent_set(svc: CaseService, entity_id: bytes, field: str, value: object) -> bytes:
    """A colleague's edit that did not see ours (a conflict, as an imported bundle makes);
    returns the colleague's identity key."""
    author = Identity.generate(0)
    op = Op(
        author=author.public,
        seq=1,
        prev=None,
        deps=(),
        hlc=svc.session.hlc.now(),
        entity=svc.reading.kind_of(entity_id),
        entity_id=entity_id,
        kind="set",
        field=field,
        value=value,
    )
    with svc.store.transaction():
        svc.store.apply(sign_op(op, author))
    return author.public


@dataclass(frozen=True)
class CanaryCase:
    """The ids of the canary case."""

    case: bytes
    victim: bytes
    witness: bytes
    source: bytes
    lawyer: bytes
    events: tuple[bytes, ...]
    interview: bytes
    segments: tuple[bytes, ...]
    pdf_sha: str
    txt_sha: str


def canary_case(svc: CaseService) -> CanaryCase:
    """Build the canary case in an unlocked vault."""
    rec = svc.records
    case = rec.add_case(
        f"Дело {VICTIM.split()[1]}а",  # "Дело Кошкодавова": titles carry surnames
        f"{VICTIM} задержан после пикета; свидетель {WITNESS} видела задержание.",
        status="echr",
        court="Тверской районный суд",
        legal_articles=["cc_280_3", "ac_20_2"],
        deadlines=[{"date": "2027-05-14", "what": "Жалоба в ЕСПЧ"}],
    )
    victim = rec.add_person(case, VICTIM, "victim", aliases=[ALIAS], notes="Живёт у сестры")
    witness = rec.add_person(case, WITNESS, "witness")
    source = rec.add_person(case, SOURCE, "source")
    lawyer = rec.add_person(case, LAWYER, "lawyer")
    e1 = rec.add_event(
        case,
        "detention",
        "~2024-03-05",
        place="ОВД Тверской",
        summary="Кошкодавова задержали у метро, Перепёлкиной угрожали.",
        detention_type="administrative",
    )
    e2 = rec.add_event(case, "court_hearing", "2024-03", summary="Суд продлил арест.")
    e3 = rec.add_event(
        case, "search", "2024-03-01/2024-03-10", summary=f"Обыск; {SOURCE} предупредил заранее."
    )
    for ev, person, role in ((e1, victim, "victim"), (e1, lawyer, "lawyer"), (e3, source, None)):
        rec.link(ev, person, role)
    interview = rec.add_interview(case, witness, interviewer=LAWYER, language="ru", place="Кафе")
    s1 = rec.add_segment(interview, "Видела, как его вели к машине.")
    s2 = rec.add_segment(interview, HOSTILE)
    s3 = rec.add_segment(interview, "Первая версия записи.")
    rec.set_field(s3, "text", "Исправленная версия записи.")
    s4 = rec.add_segment(interview, "Скрытникову она не доверяет.")
    rec.link(s1, e1)
    rec.link(s1, victim)
    concurrent_set(svc, e2, "date", "2024-04-02")
    pdf = tiny_pdf(3)
    svc.attachments.attach_bytes(case, pdf, name="постановление.pdf", media_type="application/pdf")
    svc.attachments.attach_bytes(
        case, "копия паспорта".encode(), name=f"паспорт_{VICTIM.split()[1]}а.txt"
    )
    import hashlib

    return CanaryCase(
        case,
        victim,
        witness,
        source,
        lawyer,
        (e1, e2, e3),
        interview,
        (s1, s2, s3, s4),
        hashlib.sha256(pdf).hexdigest(),
        hashlib.sha256("копия паспорта".encode()).hexdigest(),
    )
