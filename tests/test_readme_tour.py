"""The README's command-line tour, run as written (issue 12): the lines between its markers go,
one by one, to a real bash in a terminal (a pty), which answers the passphrase prompts and the
typed confirmations as a person would. Only the placeholders are filled in: <CASE>, <PERSON>,
<INTERVIEW>, <NOTE> with the ids the commands before them printed; <FILE> with a file;
<USB> with a folder holding a colleague's card; <BUNDLE> with a bundle that colleague sealed
to the card the tour exported. Real Argon2id on every command, so this test is slow."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import time
from pathlib import Path

import pytest

from casebook.bundle import export_bundle
from casebook.crypto.kdf import KdfPolicy
from casebook.domain.cardfile import load_card_file, write_card_file
from casebook.service import CaseService
from casebook.vault import create_vault

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PASSPHRASE = "tour violet kettle moonlit harbour"
PROMPT = re.compile(r"\[(\d+)\]TOUR> $")
ANSWERS = (
    (re.compile(r"New passphrase: $"), PASSPHRASE),
    (re.compile(r"Repeat the new passphrase: $"), PASSPHRASE),
    (re.compile(r"Passphrase or recovery code: $"), PASSPHRASE),
    (re.compile(r"Type (ERASE|DEEP-ERASE|YES|EXPORT) to continue: $"), None),  # the word asked
)
ID = re.compile(r"\b[0-9a-f]{32}\b")


def tour_lines() -> list[str]:
    """The tour's command lines, exactly as the README has them."""
    text = README.read_text(encoding="utf-8")
    block = text.split("<!-- tour:start -->", 1)[1].split("<!-- tour:end -->", 1)[0]
    body = block.split("```sh", 1)[1].split("```", 1)[0]
    return [line for line in body.splitlines() if line.strip()]


class Terminal:
    """bash in a pseudo-terminal, typed into line by line."""

    def __init__(self, cwd: Path, env: dict[str, str]) -> None:
        self.fd, slave = pty.openpty()
        self.proc = subprocess.Popen(  # noqa: S603 - bash, a fixed program
            # No readline: with it, a long typed line is redrawn with the prompt in front,
            # and a read that ends in such a redraw looked like the next prompt.
            ["bash", "--norc", "--noprofile", "--noediting", "-i"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        # bash's first prompt, before anything is typed: a prompt that came after the first
        # typed line's echo would pass for that line's end, and every command after it would
        # be read one prompt early (the tour then failed on another command's output).
        out, deadline = "", time.monotonic() + 60
        while not PROMPT.search(out):
            if time.monotonic() > deadline:
                raise AssertionError(f"bash showed no prompt:\n{out[-2000:]}")
            out += self._read(deadline)
        self.run("true")

    def _read(self, deadline: float) -> str:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return ""
        try:
            return os.read(self.fd, 65536).decode("utf-8", "replace")
        except OSError:
            return ""

    def run(self, line: str, timeout: float = 300) -> tuple[int, str]:
        """Type `line` and Enter; answer prompts; return the exit code and what it printed."""
        os.write(self.fd, line.encode() + b"\n")
        out, deadline = "", time.monotonic() + timeout
        while time.monotonic() < deadline:
            out += self._read(deadline)
            # The prompt counts only after the typed line's own echo has ended.
            typed = out.find("\n")
            prompt = PROMPT.search(out, typed + 1) if typed >= 0 else None
            if prompt:
                return int(prompt.group(1)), out[: prompt.start()]
            for pattern, answer in ANSWERS:
                m = pattern.search(out)
                if m:
                    reply = answer if answer is not None else m.group(1)
                    os.write(self.fd, reply.encode() + b"\n")
                    out = out[: m.start()] + out[m.start() : m.end()] + "\u2063"  # answered
                    break
        raise AssertionError(f"no prompt after {line!r}:\n{out[-2000:]}")

    def close(self) -> None:
        os.write(self.fd, b"exit\n")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self.fd)


@pytest.mark.slow
def test_the_readme_tour_runs_as_written(tmp_path: Path) -> None:
    lines = tour_lines()
    assert lines[0].startswith("source .venv/bin/activate")
    assert (ROOT / ".venv" / "bin" / "casebook").exists(), "make run creates .venv first"
    policy = KdfPolicy.insecure_for_tests()
    usb = tmp_path / "usb"
    usb.mkdir()
    anna = CaseService(create_vault(tmp_path / "anna", "anna's passphrase", policy=policy).session)
    write_card_file(usb / "anna.casebook", anna.peers.my_card())
    scan = tmp_path / "protocol.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned protocol\n")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "CASEBOOK_HOME": str(tmp_path / "casebook"),
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "PS1": "[$?]TOUR> ",
        "PS2": "",
        "PROMPT_COMMAND": "",
    }
    values = {"<FILE>": str(scan), "<USB>": str(usb)}

    def bundle_from_anna() -> str:
        """Anna adds the card the tour exported, and seals a case to it."""
        me = anna.peers.add(load_card_file(usb / "card.casebook").encode(), "коллега")
        anna.peers.mark_verified(me)
        anna.records.add_case("Дело Условной (вымышленное)")
        return str(export_bundle(anna.session, [me], out_path=usb / "from-anna").paths[0])

    (usb / "from-anna").mkdir()
    term = Terminal(ROOT, env)
    try:
        for line in lines:
            defines = re.search(r"#.*?prints.*?(<[A-Z]+>)", line)
            if "<BUNDLE>" in line and "<BUNDLE>" not in values:
                values["<BUNDLE>"] = bundle_from_anna()
            filled = line
            for name, value in values.items():
                filled = filled.replace(name, value)
            used = re.findall(r"<[A-Z]+>", filled.split("#", 1)[0])
            assert not used, f"placeholder without a value in {line!r}"
            code, out = term.run(filled)
            assert code == 0, f"{line!r} → exit {code}:\n{out[-3000:]}"
            assert "Traceback" not in out
            if defines:
                ids = ID.findall(out)
                assert ids, f"{line!r} printed no id:\n{out}"
                values[defines.group(1)] = ids[-1]
    finally:
        term.close()
        anna.lock()
    assert {"<CASE>", "<PERSON>", "<INTERVIEW>", "<NOTE>", "<BUNDLE>"} <= set(values)
