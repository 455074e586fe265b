#!/usr/bin/env python3
"""Check a casebook verification package without casebook: Python's standard library and the
`openssl` command (OpenSSL 3.0 or later, for Ed25519 with -rawin).

    python3 verify_package.py PACKAGE_FOLDER [--report-id HEX] [--openssl PATH]

It checks, and says which check failed:

  1. custody.jsonl: every line is canonical JSON {"entry", "id", "sig"}; `id` is the BLAKE2b-256
     of the entry's canonical JSON; `sig` is the Ed25519 signature of the entry's author over
     b"casebook/v1/custody\\x00" + id (checked by `openssl pkeyutl -verify -rawin`); every author
     is listed in keys.json.
  2. Each item's chain, from its first entry (an intake, a receipt, a redacted copy's
     derivation, or a late entry that says it is late) to its last: every entry names the one
     before it (`item_prev`), lines of one item are together and in chain order, items in
     ascending order, no author signs two entries with one number, and every chain ends with
     an entry of this report (`report`, with the report's id). So deleting, adding or
     reordering any line fails.
  3. attachments/NN_<sha256>.<ext>: each file's SHA-256 is the one in its name, each has a
     chain, each chain has its file; and SHA256SUMS, when present, holds for every file it lists.

The report's id is taken from --report-id, else from report.json's "id"; it is also printed on
every page of report.pdf. Entry times are each custodian's own clock: the chain proves order,
not the hour. Exit code 0 when everything holds, 1 when anything fails, 2 for bad usage.
Format: docs/custody.md in casebook's source.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SIG_LABEL = b"casebook/v1/custody\x00"
SPKI_ED25519 = bytes.fromhex("302a300506032b6570032100")  # DER prefix of an Ed25519 public key
ROOTS = ("intake", "receive", "note_late", "override")
HEX64 = re.compile(r"[0-9a-f]{64}")
HEX32 = re.compile(r"[0-9a-f]{32}")
ANNEX = re.compile(r"[0-9]+_([0-9a-f]{64})(\.[A-Za-z0-9]{1,16})?")


class Failed(Exception):
    """A check that does not hold."""


def canonical(value: object) -> bytes:
    """casebook's canonical JSON, for every entry casebook writes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def blake2b256(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(block)
    return h.hexdigest()


class OpenSSL:
    """Ed25519 verification through the openssl command, one call per signature."""

    def __init__(self, program: str, work: Path) -> None:
        self.program = program
        self.work = work
        self._pems: dict[str, Path] = {}

    def _pem(self, key_hex: str) -> Path:
        if key_hex not in self._pems:
            der = self.work / f"{key_hex[:16]}.der"
            der.write_bytes(SPKI_ED25519 + bytes.fromhex(key_hex))
            pem = self.work / f"{key_hex[:16]}.pem"
            self._run(["pkey", "-pubin", "-inform", "DER", "-in", str(der), "-out", str(pem)])
            self._pems[key_hex] = pem
        return self._pems[key_hex]

    def _run(self, args: list[str]) -> bool:
        done = subprocess.run(
            [self.program, *args], capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
        return done.returncode == 0

    def verify(self, key_hex: str, message: bytes, signature: bytes) -> bool:
        msg, sig = self.work / "message.bin", self.work / "signature.bin"
        msg.write_bytes(message)
        sig.write_bytes(signature)
        pem = str(self._pem(key_hex))
        args = ["pkeyutl", "-verify", "-pubin", "-inkey", pem, "-rawin"]
        return self._run([*args, "-in", str(msg), "-sigfile", str(sig)])


def read_lines(folder: Path, openssl: OpenSSL, authors: set[str]) -> list[dict]:
    """Check 1: every line's form, id and signature."""
    path = folder / "custody.jsonl"
    if not path.is_file():
        raise Failed("custody.jsonl is missing")
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        raise Failed("custody.jsonl does not end with a newline")
    out = []
    for n, line in enumerate(data.split(b"\n")[:-1] if data else [], 1):
        where = f"custody.jsonl line {n}"
        try:
            doc = json.loads(line)
        except ValueError as e:
            raise Failed(f"{where}: not JSON") from e
        if not isinstance(doc, dict) or set(doc) != {"entry", "id", "sig"}:
            raise Failed(f"{where}: not {{entry, id, sig}}")
        if canonical(doc) != line:
            raise Failed(f"{where}: not in canonical form")
        entry = doc["entry"]
        keys = {"v", "author", "seq", "prev", "item", "item_prev", "time", "event", "detail"}
        if not isinstance(entry, dict) or set(entry) != keys or entry["v"] != 1:
            raise Failed(f"{where}: not a custody entry of version 1")
        if not (isinstance(doc["sig"], str) and re.fullmatch(r"[0-9a-f]{128}", doc["sig"])):
            raise Failed(f"{where}: the signature is not 128 hex digits")
        for k in ("author", "item"):
            if not (isinstance(entry[k], str) and HEX64.fullmatch(entry[k])):
                raise Failed(f"{where}: {k} is not 64 hex digits")
        for k in ("prev", "item_prev"):
            if entry[k] is not None and not (
                isinstance(entry[k], str) and HEX64.fullmatch(entry[k])
            ):
                raise Failed(f"{where}: {k} is not 64 hex digits or null")
        if (
            type(entry["seq"]) is not int
            or entry["seq"] < 1
            or not isinstance(entry["detail"], dict)
        ):
            raise Failed(f"{where}: seq or detail is malformed")
        entry_id = blake2b256(canonical(entry))
        if entry_id.hex() != doc["id"]:
            raise Failed(f"{where}: its id is not the BLAKE2b-256 of its entry")
        if entry["author"] not in authors:
            raise Failed(f"{where}: its author is not listed in keys.json")
        if not openssl.verify(entry["author"], SIG_LABEL + entry_id, bytes.fromhex(doc["sig"])):
            raise Failed(f"{where}: the signature does not verify (openssl pkeyutl -verify)")
        out.append({"n": n, "id": doc["id"], **entry})
    return out


def can_start(e: dict) -> bool:
    if e["event"] == "derive":
        return "from" in e["detail"]
    return e["event"] in ROOTS


def check_chains(lines: list[dict], report_id: str | None) -> tuple[dict[str, list[dict]], str]:
    """Check 2: the items' chains, grouped, in order, each ending with this report's entry."""
    chains: dict[str, list[dict]] = {}
    order: list[str] = []
    for e in lines:
        if e["item"] not in chains:
            chains[e["item"]] = []
            order.append(e["item"])
        elif order[-1] != e["item"]:
            raise Failed(f"custody.jsonl line {e['n']}: an item's lines are not together")
        chains[e["item"]].append(e)
    if order != sorted(order):
        raise Failed("custody.jsonl: the items are not in ascending order")
    seen: dict[tuple[str, int], str] = {}
    for e in lines:
        key = (e["author"], e["seq"])
        if seen.setdefault(key, e["id"]) != e["id"]:
            raise Failed(f"custody.jsonl line {e['n']}: a second entry with its author's number")
    ids = set()
    for item, chain in chains.items():
        first = chain[0]
        if first["item_prev"] is not None or not can_start(first):
            raise Failed(
                f"item {item[:16]}: its chain does not start at an intake or receipt (line {first['n']})"
            )
        for before, after in zip(chain, chain[1:]):
            if after["item_prev"] != before["id"]:
                raise Failed(
                    f"item {item[:16]}: line {after['n']} does not follow line {before['n']}"
                    " (a line deleted, added or moved)"
                )
        last = chain[-1]
        if last["event"] != "report" or not isinstance(last["detail"].get("report"), str):
            raise Failed(f"item {item[:16]}: its chain does not end with this report's entry")
        ids.add(last["detail"]["report"])
    if len(ids) > 1:
        raise Failed("the chains end with entries of different reports")
    found = ids.pop() if ids else ""
    if report_id is not None and found and found != report_id:
        raise Failed(f"the chains end with report {found[:16]}, not with {report_id[:16]}")
    return chains, found


def check_files(folder: Path, chains: dict[str, list[dict]]) -> int:
    """Check 3: each attachment's SHA-256, against its name, its chain and SHA256SUMS."""
    att = folder / "attachments"
    files: dict[str, Path] = {}
    for p in sorted(att.iterdir()) if att.is_dir() else []:
        m = ANNEX.fullmatch(p.name)
        if not p.is_file() or m is None:
            raise Failed(f"attachments/{p.name}: not named NN_<sha256>.<ext>")
        digest = sha256_file(p)
        if digest != m.group(1):
            raise Failed(f"attachments/{p.name}: its SHA-256 is {digest}, not the one in its name")
        if digest not in chains:
            raise Failed(f"attachments/{p.name}: no custody chain for it in custody.jsonl")
        files[digest] = p
    for item in chains:
        if item not in files:
            raise Failed(f"item {item[:16]}: custody.jsonl has its chain, attachments/ has no file")
    sums = folder / "SHA256SUMS"
    if sums.is_file():
        for n, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
            m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
            if m is None:
                raise Failed(f"SHA256SUMS line {n}: not '<sha256>  <file>'")
            target = folder / m.group(2)
            if not target.is_file() or sha256_file(target) != m.group(1):
                raise Failed(f"SHA256SUMS line {n}: {m.group(2)} does not have this SHA-256")
    return len(files)


def report_id_of(folder: Path, given: str | None) -> str | None:
    if given is not None:
        if not (HEX64.fullmatch(given) or HEX32.fullmatch(given)):
            raise SystemExit("--report-id: the report's id, in hex")
        return given
    path = folder / "report.json"
    if path.is_file():
        try:
            doc = json.loads(path.read_bytes())
        except ValueError as e:
            raise Failed("report.json is not JSON") from e
        rid = doc.get("id") if isinstance(doc, dict) else None
        if isinstance(rid, str):
            return rid
    return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Check a casebook verification package.")
    p.add_argument("folder", type=Path)
    p.add_argument("--report-id", help="the report's id (default: report.json's id)")
    p.add_argument("--openssl", default=os.environ.get("OPENSSL", "openssl"))
    args = p.parse_args(argv)
    folder: Path = args.folder
    if shutil.which(args.openssl) is None:
        print(f"openssl was not found ({args.openssl}): install OpenSSL 3", file=sys.stderr)
        return 2
    try:
        keys = json.loads((folder / "keys.json").read_bytes())
        authors = {a["identity"] for a in keys["authors"]}
    except (OSError, ValueError, KeyError, TypeError):
        print("FAILED: keys.json is missing or malformed / keys.json отсутствует или повреждён")
        return 1
    try:
        report_id = report_id_of(folder, args.report_id)
        with tempfile.TemporaryDirectory() as work:
            lines = read_lines(folder, OpenSSL(args.openssl, Path(work)), authors)
        print(f"ok  {len(lines)} custody entries: ids and signatures verify")
        chains, found = check_chains(lines, report_id)
        print(f"ok  {len(chains)} item chain(s), each from its first entry to report {found[:16]}")
        files = check_files(folder, chains)
        print(f"ok  {files} attachment(s): SHA-256 as named and as in custody")
    except Failed as e:
        print(f"FAILED: {e}")
        print("ПРОВЕРКА НЕ ПРОЙДЕНА: см. строку выше.")
        return 1
    for a in keys["authors"]:
        print(f"    custodian key {a['identity'][:16]}…  fingerprint {a.get('fingerprint', '?')}")
    print(f"Report id: {found or report_id}; compare it with the footer of every page.")
    print("Entry times are each custodian's own clock: the chains prove order, not the hour.")
    print("OK: the package verifies. / Пакет проверен: всё сходится.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
