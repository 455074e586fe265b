"""UI responsiveness benchmark: the longest stall of the UI thread (DESIGN §7: never > 100 ms).

A 5 ms QTimer runs on the UI thread throughout; a stall is the gap between two of its ticks
beyond the interval. Three scenarios drive the real app, offscreen:

    unlock     real Argon2id parameters (calibrated at creation, ≈1 s): type, press Enter,
               wait for the workspace and the first page of cases
    intake     a 1 GiB attachment dropped on a case, until it is in the list
    scroll     a vault of 100k cases: first rows on screen, then scrolling to the very end
               (500 pages fetched with fetchMore) as fast as the list allows
    bundle     the Export wizard sealing a case with an attachment of --attach-mib, then the
               Import wizard of a second vault opening it, until each says it is done

    python bench/bench_ui.py                          # all three, full size (≈2 min)
    python bench/bench_ui.py --cases 20000 --attach-mib 256   # quick
    python bench/bench_ui.py --runs 5                 # each scenario five times in a row
    python bench/bench_ui.py --json figures.json      # also write the figures (for compare.py)

With --runs N each scenario's measured part runs N times (the vaults are made once; each
bundle is imported into a fresh copy of the receiving vault, each intake takes a new file),
every run's longest stall is printed, and `<scenario>_stall_max_ms` is the worst of them.
The quick filter's figures are the time until its rows are on screen (it is matched on a pool
thread) and the longest stall meanwhile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from _common import write_random_file  # noqa: E402
from _figures import write_json  # noqa: E402
from casebook.crypto.kdf import DEFAULT_POLICY, KdfPolicy  # noqa: E402
from casebook.service import CaseService
from casebook.ui.app import AppContext, build  # noqa: E402
from casebook.ui.unlock.unlock_panel import UnlockPanel  # noqa: E402
from casebook.vault import create_vault  # noqa: E402

try:  # moved in the layout commit afeeb89; either place, for bench/compare.py
    from casebook.base.paths import AppPaths
    from casebook.base.settings import Settings
except ImportError:
    from casebook.paths import AppPaths  # type: ignore[no-redef]
    from casebook.settings import Settings  # type: ignore[no-redef]

PASSPHRASE = "correct horse battery staple"  # noqa: S105 - a benchmark vault
FAST = KdfPolicy.insecure_for_tests()
# What --json writes: the figures printed, name → number (ms, s or MiB/s).
FIGURES: dict[str, float] = {}
PARTS = ("", "_running", "_queued")


def record_stall(name: str, run: int, stall: tuple[float, float, float]) -> None:
    """Keep the worst stall of `name` over the runs, and each run's: (ms, running, queued)."""
    FIGURES[f"{name}_stall_max_ms"] = max(FIGURES.get(f"{name}_stall_max_ms", 0.0), stall[0])
    for part, value in zip(PARTS, stall, strict=True):
        FIGURES[f"{name}_stall_run{run + 1}{part}_ms"] = value


def _schedstat() -> tuple[int, int]:
    """This thread's (ns on a CPU, ns waiting in the run queue) from /proc (Linux), or zeros."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            on_cpu, waiting, _ = f.read().split()
        return int(on_cpu), int(waiting)
    except (OSError, ValueError):
        return 0, 0


class StallMeter(QObject):
    """Ticks every `interval_ms` on the UI thread and keeps the longest late tick.

    For the longest stall it also keeps where the UI thread's time went (/proc schedstat):
    `worst_cpu_ms` running (the app's own work on the UI thread), `worst_queued_ms` runnable
    but waiting for a core (the machine was busy: other processes, our own workers), and the
    rest blocked (the GIL held by a worker, a lock, I/O). On a shared machine the queued part
    says how much of a stall was the machine's, not the app's.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self.worst_ms = 0.0
        self.worst_cpu_ms = 0.0
        self.worst_queued_ms = 0.0
        self.ticks = 0
        self._sched = (0, 0)

    def start(self) -> None:
        """Reset and start measuring."""
        self.worst_ms = self.worst_cpu_ms = self.worst_queued_ms = 0.0
        self.ticks = 0
        self._sched = _schedstat()
        self._clock.start()
        self._timer.start()

    def stop(self) -> float:
        """Stop; return the longest stall in ms."""
        self._timer.stop()
        return self.worst_ms

    def worst(self) -> tuple[float, float, float]:
        """The longest stall, and the ms of it the UI thread ran and waited for a core."""
        return self.worst_ms, self.worst_cpu_ms, self.worst_queued_ms

    def explain(self) -> str:
        """Where the longest stall's time went."""
        blocked = max(0.0, self.worst_ms - self.worst_cpu_ms - self.worst_queued_ms)
        return (
            f"of it: UI thread running {self.worst_cpu_ms:.0f} ms, waiting for a core "
            f"{self.worst_queued_ms:.0f} ms, blocked {blocked:.0f} ms"
        )

    def _tick(self) -> None:
        gap = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        sched = _schedstat()
        self.ticks += 1
        if gap - self.interval_ms > self.worst_ms:
            self.worst_ms = gap - self.interval_ms
            self.worst_cpu_ms = (sched[0] - self._sched[0]) / 1e6
            self.worst_queued_ms = (sched[1] - self._sched[1]) / 1e6
        self._sched = sched


def wait_until(cond: Callable[[], bool], timeout_s: float) -> float:
    """Run the event loop, as `app.exec()` does, until `cond()`; return the seconds it took.

    (QTest.qWait keeps the GIL while it sleeps, which starves the store thread: a measurement
    through it would show a far slower app than the real one.)
    """
    start = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        if cond() or time.perf_counter() - start > timeout_s:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not cond():
        loop.exec()
    poll.stop()
    if not cond():
        raise TimeoutError("the app did not get there in time")
    return time.perf_counter() - start


def pause(ms: int) -> None:
    """Let the event loop run for `ms`."""
    end = time.perf_counter() + ms / 1000
    wait_until(lambda: time.perf_counter() >= end, ms / 1000 + 5)


def open_app(root: Path, tmp: Path, policy: KdfPolicy) -> AppContext:
    """The real app with the real thread pool (no inline pool here)."""
    ctx = build(
        root,
        AppPaths(default_vault=root, config=tmp / "config"),
        kdf_policy=policy,
        settings=Settings(language="en"),
    )
    ctx.window.resize(1280, 800)
    ctx.window.show()
    pause(50)
    return ctx


def unlock_app(ctx: AppContext, meter: StallMeter) -> tuple[float, float]:
    """Type the passphrase and press Enter; (seconds to first rows, worst stall ms)."""
    panel = ctx.window.page
    assert isinstance(panel, UnlockPanel)
    panel.passphrase.setText(PASSPHRASE)
    meter.start()
    panel.unlock_button.click()
    seconds = wait_until(
        lambda: (
            ctx.window.workspace is not None and ctx.window.workspace.cases.model.rowCount() > 0
        ),
        120,
    )
    pause(100)
    return seconds, meter.stop()


def bench_unlock(tmp: Path, meter: StallMeter, runs: int) -> None:
    root = tmp / "real-kdf"
    t0 = time.perf_counter()
    created = create_vault(root, PASSPHRASE, policy=DEFAULT_POLICY)
    CaseService(created.session).records.add_case("A case")
    created.session.lock()
    print(f"unlock: vault created with calibrated Argon2id in {time.perf_counter() - t0:.1f} s")
    for run in range(runs):
        ctx = open_app(root, tmp, DEFAULT_POLICY)
        seconds, stall = unlock_app(ctx, meter)
        FIGURES["unlock_first_rows_ms"] = seconds * 1000
        record_stall("unlock", run, meter.worst())
        print(f"unlock: real KDF unlock to first rows {seconds * 1000:7.0f} ms")
        print(f"unlock: longest UI-thread stall      {stall:7.1f} ms  ({meter.explain()})")
        ctx.shutdown()


def bench_intake(tmp: Path, meter: StallMeter, size_mib: int, runs: int) -> None:
    root = tmp / "intake"
    svc = CaseService(create_vault(root, PASSPHRASE, policy=FAST).session)
    svc.records.add_case("Intake")
    svc.lock()
    for run in range(runs):
        _intake_once(root, tmp, meter, size_mib, run)


def _intake_once(root: Path, tmp: Path, meter: StallMeter, size_mib: int, run: int) -> None:
    src = tmp / "big.bin"
    write_random_file(src, size_mib * 1024 * 1024)  # new content: no run is deduplicated
    ctx = open_app(root, tmp, FAST)
    unlock_app(ctx, meter)
    ws = ctx.window.workspace
    assert ws is not None
    ws.cases.table.selectRow(0)
    wait_until(lambda: ws.case_view.case_id is not None, 10)
    tab = ws.case_view.attachments
    ws.case_view.tabs.setCurrentWidget(tab)
    wait_until(lambda: not tab.busy and tab.model.rowCount() == run, 60)
    meter.start()
    t0 = time.perf_counter()
    tab.add_files([src])
    wait_until(lambda: not tab.busy and tab.model.rowCount() == run + 1, 600)
    seconds = time.perf_counter() - t0
    stall = meter.stop()
    rate = size_mib / seconds
    FIGURES.update({"intake_s": seconds, "intake_mib_per_s": rate})
    record_stall("intake", run, meter.worst())
    print(f"intake: {size_mib} MiB in {seconds:.1f} s ({rate:.0f} MiB/s)")
    print(f"intake: longest UI-thread stall      {stall:7.1f} ms  ({meter.explain()})")
    ctx.shutdown()
    src.unlink()


def bench_scroll(tmp: Path, meter: StallMeter, cases: int, runs: int) -> None:
    root = tmp / "many"
    svc = CaseService(create_vault(root, PASSPHRASE, policy=FAST).session)
    t0 = time.perf_counter()
    batch: list[tuple[str, bytes, str, str, object]] = []
    for i in range(cases):
        cid = os.urandom(16)
        batch += [
            ("case", cid, "create", "", {}),
            ("case", cid, "set", "title", f"Case {i:06d} — задержание после поста"),
            ("case", cid, "set", "status", "open" if i % 3 else "court"),
        ]
        if len(batch) >= 6000:
            svc.session.commit_writes(batch)
            batch.clear()
    if batch:
        svc.session.commit_writes(batch)
    svc.lock()
    FIGURES["scroll_setup_write_s"] = written = time.perf_counter() - t0
    print(f"scroll: {cases} cases written in {written:.1f} s")
    for run in range(runs):
        _scroll_once(root, tmp, meter, run)


def _scroll_once(root: Path, tmp: Path, meter: StallMeter, run: int) -> None:
    ctx = open_app(root, tmp, FAST)
    first, stall = unlock_app(ctx, meter)
    FIGURES["scroll_unlock_first_rows_ms"] = first * 1000
    record_stall("scroll_unlock", run, meter.worst())
    print(f"scroll: unlock to first rows on screen {first * 1000:7.0f} ms")
    print(f"scroll: longest stall until then     {stall:7.1f} ms  ({meter.explain()})")
    ws = ctx.window.workspace
    assert ws is not None
    table, model = ws.cases.table, ws.cases.model
    bar = table.verticalScrollBar()
    meter.start()
    t0 = time.perf_counter()

    def scroll() -> None:
        bar.setValue(bar.value() + bar.pageStep() * 8)  # a fast flick, every frame

    flick = QTimer()
    flick.setInterval(16)
    flick.timeout.connect(scroll)
    flick.start()
    wait_until(lambda: model.exhausted and bar.value() == bar.maximum(), 600)
    flick.stop()
    seconds = time.perf_counter() - t0
    stall = meter.stop()
    FIGURES["scroll_to_end_s"] = seconds
    record_stall("scroll", run, meter.worst())
    print(f"scroll: to the end of {model.rowCount()} rows in {seconds:.1f} s")
    print(f"scroll: longest UI-thread stall      {stall:7.1f} ms  ({meter.explain()})")
    proxy = ws.cases.proxy
    filters = ("000123", "0001", "", "задерж", "")
    names = ("000123", "0001", "cleared", "word", "cleared_again")
    worst = (0.0, 0.0, 0.0)
    for text, name in zip(filters, names, strict=True):  # each filters all loaded rows
        meter.start()
        t0 = time.perf_counter()
        proxy.set_text(text)
        # Matched on a pool thread: until its rows are on screen.
        wait_until(lambda: not getattr(proxy, "busy", False), 60)
        took = (time.perf_counter() - t0) * 1000
        pause(50)
        filter_stall = meter.stop()
        worst = max(worst, meter.worst())
        FIGURES[f"scroll_filter_{name}_ms"] = took
        print(
            f"scroll: quick filter {text!r:10} over all rows: {took:5.0f} ms"
            f" ({proxy.rowCount()} shown), longest stall {filter_stall:5.1f} ms ({meter.explain()})"
        )
    record_stall("scroll_filter", run, worst)
    ctx.shutdown()


def _drive(wizard: QWizard, until: Callable[[], bool], meter: StallMeter) -> tuple[float, float]:
    """Press Next/Seal/Import through the wizard; (seconds of the last page, worst stall)."""
    while True:
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        nxt = wizard.button(QWizard.WizardButton.NextButton)
        button = commit if commit.isVisible() else nxt
        wait_until(button.isEnabled, 60)
        if button is commit:
            break
        button.click()
        pause(20)
    meter.start()
    t0 = time.perf_counter()
    button.click()
    wait_until(until, 1200)
    return time.perf_counter() - t0, meter.stop()


def bench_bundle(tmp: Path, meter: StallMeter, size_mib: int, runs: int) -> None:
    usb = tmp / "usb"
    usb.mkdir()
    sender = CaseService(create_vault(tmp / "sender", PASSPHRASE, policy=FAST).session)
    receiver = CaseService(create_vault(tmp / "receiver", PASSPHRASE, policy=FAST).session)
    sender.peers.mark_verified(sender.peers.add(receiver.peers.my_card().encode(), "receiver"))
    receiver.peers.mark_verified(receiver.peers.add(sender.peers.my_card().encode(), "sender"))
    receiver.records.add_case("Already here")
    src = tmp / "big.bin"
    write_random_file(src, size_mib * 1024 * 1024)
    sender.attachments.attach(sender.records.add_case("Bundle"), src)
    src.unlink()
    sender.lock()
    receiver.lock()
    for run in range(runs):
        # The receiver never acknowledges, so every bundle carries the attachment again; each
        # is opened by a fresh copy of the receiving vault.
        path = _export_once(tmp, usb, meter, run)
        fresh = tmp / "receiver-run"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(tmp / "receiver", fresh)
        _import_once(fresh, tmp, path, meter, run)
        shutil.rmtree(fresh)
        for f in usb.iterdir():
            f.unlink()


def _export_once(tmp: Path, usb: Path, meter: StallMeter, run: int) -> Path:
    from casebook.ui.bundles.export_wizard import ExportWizard

    ctx = open_app(tmp / "sender", tmp, FAST)
    unlock_app(ctx, meter)
    ctx.window.export_action.trigger()
    pause(50)
    export = ctx.window.findChild(ExportWizard)
    assert export is not None
    export.next()
    pause(50)
    export.recipients_page.peers.set_checked(export.recipients_page.peers.items[0][0], True)
    export.next()
    export.destination_page.folder.setText(str(usb))
    seconds, stall = _drive(export, lambda: export.seal_page.done, meter)
    assert export.result_ is not None, export.seal_page.error.text()
    r = export.result_
    FIGURES["bundle_seal_s"] = seconds
    record_stall("bundle_seal", run, meter.worst())
    print(
        f"bundle: sealed {r.attachment_bytes // 2**20} MiB ({r.file_size} bytes) in {seconds:.1f} s"
    )
    print(f"bundle: longest UI-thread stall      {stall:7.1f} ms  ({meter.explain()})")
    path = export.result_.paths[0]
    export.accept()
    ctx.shutdown()
    return path


def _import_once(root: Path, tmp: Path, path: Path, meter: StallMeter, run: int) -> None:
    from casebook.ui.bundles.import_wizard import ImportWizard

    ctx = open_app(root, tmp, FAST)
    unlock_app(ctx, meter)
    ctx.window.import_action.trigger()
    pause(50)
    wizard = ctx.window.findChild(ImportWizard)
    assert wizard is not None
    wizard.file_page.path.setText(str(path))
    seconds, stall = _drive(wizard, lambda: wizard.apply_page.done, meter)
    assert wizard.result_ is not None, wizard.apply_page.error.text()
    got = wizard.result_
    FIGURES["bundle_import_s"] = seconds
    record_stall("bundle_import", run, meter.worst())
    print(f"bundle: imported {got.attachments_new} new attachment(s) in {seconds:.1f} s")
    print(f"bundle: longest UI-thread stall      {stall:7.1f} ms  ({meter.explain()})")
    wizard.accept()
    ctx.shutdown()


def main() -> None:
    """Run the scenarios and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--attach-mib", type=int, default=1024)
    ap.add_argument("--only", choices=["unlock", "intake", "scroll", "bundle"])
    ap.add_argument("--onscreen", action="store_true", help="show the windows")
    ap.add_argument("--runs", type=int, default=1, help="run each scenario this many times")
    ap.add_argument("--json", metavar="PATH", help="also write the figures there, name → number")
    args = ap.parse_args()
    QApplication(sys.argv[:1])
    meter = StallMeter()
    with tempfile.TemporaryDirectory(prefix="casebook-bench-ui-") as d:
        tmp = Path(d)
        if args.only in (None, "unlock"):
            bench_unlock(tmp, meter, args.runs)
        if args.only in (None, "intake"):
            bench_intake(tmp, meter, args.attach_mib, args.runs)
        if args.only in (None, "scroll"):
            bench_scroll(tmp, meter, args.cases, args.runs)
        if args.only in (None, "bundle"):
            bench_bundle(tmp, meter, args.attach_mib, args.runs)
    stalls = {k: v for k, v in FIGURES.items() if k.endswith("_stall_max_ms")}
    print()
    for name, worst in sorted(stalls.items()):
        scenario = name.removesuffix("_stall_max_ms")
        each = [
            "{:.1f} ({:.0f}/{:.0f})".format(
                *(FIGURES[f"{scenario}_stall_run{i + 1}{part}_ms"] for part in PARTS)
            )
            for i in range(args.runs)
        ]
        verdict = "ok" if worst <= 100 else "OVER 100 ms"
        print(f"{scenario:<16} worst {worst:6.1f} ms; runs: " + ", ".join(each) + f"  {verdict}")
    print("(each run: longest stall ms (UI thread running / waiting for a core during it))")
    print("target: no UI-thread stall above 100 ms (DESIGN §7)")
    if stalls:
        FIGURES["ui_stall_max_ms"] = max(stalls.values())
    write_json(args.json, FIGURES)


if __name__ == "__main__":
    main()
