"""The court report: building report.json and rendering the PDF of a large case.

    python bench/bench_report.py [--events 50] [--segments 200] [--repeat 3] [--json PATH]

A case with 12 persons, `--events` events (fuzzy dates, two persons linked to each), 4
interviews holding `--segments` note segments (40–120 words each, some naming a person), 10
attachments (3 small PDFs). Timed separately, best and median of `--repeat`:

    build    build_report: read the case, replace withheld names, sign report.json
    render   render_pdf in both languages (Qt offscreen): lay out and paint every page
    total    build + one render: what `casebook report` does before writing files

Target (issue 11): a 50-event, 200-segment case in under 5 s. Not a test: run it by hand and
put the figure in the notes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from _common import Corpus
from _figures import write_json
from casebook.crypto.kdf import KdfPolicy
from casebook.report import Audience, build_report
from casebook.service import CaseService
from casebook.vault import create_vault

ROLES = ("victim", "witness", "witness", "lawyer", "relative", "official", "investigator")
TYPES = ("detention", "search", "interrogation", "court_hearing", "fine", "threat", "release")
NAMES = (
    "Иван Петров",
    "Мария Сидорова",
    "Пётр Козлов",
    "Анна Волкова",
    "Сергей Морозов",
    "Ольга Лебедева",
    "Дмитрий Соколов",
    "Елена Новикова",
    "Алексей Попов",
    "Наталья Кузнецова",
    "Андрей Васильев",
    "Татьяна Павлова",
)


def tiny_pdf(pages: int) -> bytes:
    """A small PDF-shaped file with a page tree of `pages` pages."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    body = [
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
        f"2 0 obj << /Type /Pages /Kids [{kids}] /Count {pages} >> endobj\n",
        *(f"{3 + i} 0 obj << /Type /Page /Parent 2 0 R >> endobj\n" for i in range(pages)),
        "trailer << /Root 1 0 R >>\n%%EOF\n",
    ]
    return "".join(body).encode()


def make_case(svc: CaseService, events: int, segments: int) -> bytes:
    """The large case; returns its id."""
    corpus = Corpus(seed=11)
    rec = svc.records
    case = rec.add_case(
        "Дело Петрова и других",
        "Сводка: " + corpus.sentence(120),
        status="court",
        legal_articles=["cc_280_3", "ac_20_2", "cc_207_3"],
        deadlines=[{"date": "2027-05-14", "what": "Апелляция"}],
    )
    people = [rec.add_person(case, n, ROLES[i % len(ROLES)]) for i, n in enumerate(NAMES)]
    for i in range(events):
        month, day = 1 + i % 12, 1 + i % 28
        date = f"~2024-{month:02d}-{day:02d}" if i % 3 == 0 else f"2024-{month:02d}"
        ev = rec.add_event(
            case,
            TYPES[i % len(TYPES)],
            date,
            place=f"Отдел полиции №{i}",
            summary=f"{NAMES[i % 12].split()[1]}а " + corpus.sentence(30),
        )
        rec.link(ev, people[i % 12], "victim")
        rec.link(ev, people[(i + 3) % 12], "witness")
    interviews = [rec.add_interview(case, people[i], language="ru") for i in range(4)]
    for i in range(segments):
        words = 40 + (i * 37) % 80
        text = corpus.sentence(words)
        if i % 5 == 0:
            text = f"{NAMES[i % 12]} сказал: " + text
        rec.add_segment(interviews[i % 4], text)
    for i in range(10):
        if i < 3:
            data, name, media = tiny_pdf(3 + i), f"постановление-{i}.pdf", "application/pdf"
        else:
            data, name, media = os.urandom(20_000), f"фото-{i}.jpg", "image/jpeg"
        svc.attachments.attach_bytes(case, data, name=name, media_type=media)
    return case


def main() -> None:
    """Build the case once, then time building and rendering its report."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=50)
    ap.add_argument("--segments", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()

    from PySide6.QtGui import QGuiApplication

    from casebook.ui.report_pdf import register_fonts, render_pdf

    app = QGuiApplication(["bench"])
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        created = create_vault(Path(tmp) / "v", "bench", policy=KdfPolicy.insecure_for_tests())
        svc = CaseService(created.session)
        t0 = time.perf_counter()
        case = make_case(svc, args.events, args.segments)
        print(
            f"case: {args.events} events, {args.segments} segments, made in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        builds, renders, pages = [], {"ru": [], "en": []}, {}
        for _ in range(args.repeat):
            t = time.perf_counter()
            built = build_report(svc, case, Audience("echr"))
            builds.append(time.perf_counter() - t)
            for lang in ("ru", "en"):
                t = time.perf_counter()
                pdf = render_pdf(built.data, lang)
                renders[lang].append(time.perf_counter() - t)
                pages[lang] = pdf.count(b"/Type /Page\n")
        svc.lock()
    del app
    figures = {
        "build_best_s": min(builds),
        "build_median_s": statistics.median(builds),
        "render_ru_best_s": min(renders["ru"]),
        "render_en_best_s": min(renders["en"]),
        "total_best_s": min(builds) + min(renders["ru"]),
        "report_json_kib": len(built.data) / 1024,
    }
    print(f"report.json: {figures['report_json_kib']:.0f} KiB")
    print(f"build   best {min(builds):.3f} s, median {statistics.median(builds):.3f} s")
    for lang in ("ru", "en"):
        r = renders[lang]
        print(
            f"render {lang} best {min(r):.3f} s, median {statistics.median(r):.3f} s, "
            f"{pages[lang]} pages"
        )
    total = figures["total_best_s"]
    print(f"total   {total:.2f} s (target < 5 s): {'OK' if total < 5 else 'OVER'}")
    write_json(args.json, figures)


if __name__ == "__main__":
    main()
