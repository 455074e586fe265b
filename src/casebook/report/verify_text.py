"""How a court checks a report package without casebook: VERIFY.txt, and section 8 of the PDF.

Three checks, each with tools found on any clerk's computer:

    files      sha256sum -c SHA256SUMS (Linux), shasum -a 256 -c (macOS), certutil (Windows)
    signature  OpenSSL 3: Ed25519 over b"casebook/v1/report\\x00" || report.json
    custody    custody.jsonl's signatures and chains: docs/verify/verify_package.py (stdlib and
               OpenSSL), taken from casebook's source rather than from the sender

The signer's public key is printed here as PEM (SubjectPublicKeyInfo), so that it can be saved
as a file without tools; its fingerprint must be compared with the one the lawyer gives in
person, as a signature proves only who holds the key.
"""

from __future__ import annotations

import base64
import textwrap
from typing import Any

__all__ = ["public_pem", "verify_steps", "verify_txt"]

_SPKI_ED25519 = bytes.fromhex("302a300506032b6570032100")

_STEPS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("h", "1. The files"),
        (
            "p",
            "SHA256SUMS lists every file of this folder with its SHA-256. Open a terminal in "
            "the folder and run one of:",
        ),
        ("cmd", "sha256sum -c SHA256SUMS            (Linux)"),
        ("cmd", "shasum -a 256 -c SHA256SUMS        (macOS)"),
        ("cmd", "certutil -hashfile report.pdf SHA256   (Windows: each file in turn)"),
        (
            "p",
            "Every line must say OK (on Windows: the printed hash must equal the file's line in "
            "SHA256SUMS). Each annex's SHA-256 is also in its file name and in the list of "
            "annexes (section 6).",
        ),
        ("h", "2. The signature of report.json"),
        ("p", "Save these lines, the signer's public key, as signer.pem:"),
        ("pem", ""),
        (
            "p",
            "Build the signed message: the ASCII bytes casebook/v1/report, one zero byte, then "
            "report.json. On Linux or macOS:",
        ),
        ("cmd", "printf 'casebook/v1/report\\000' > message.bin; cat report.json >> message.bin"),
        ("p", "On Windows (PowerShell):"),
        (
            "cmd",
            '$b = [Text.Encoding]::ASCII.GetBytes("casebook/v1/report") + [byte]0 + '
            '[IO.File]::ReadAllBytes("$PWD\\report.json"); '
            '[IO.File]::WriteAllBytes("$PWD\\message.bin", [byte[]]$b)',
        ),
        ("p", "Then, with OpenSSL 3.0 or later:"),
        (
            "cmd",
            "openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in message.bin "
            "-sigfile report.json.sig",
        ),
        (
            "p",
            "It must print “Signature Verified Successfully”. The key proves who signed only if "
            "its fingerprint is the one the lawyer confirms to you directly.",
        ),
        ("h", "3. The chain of custody"),
        (
            "p",
            "custody.jsonl holds, line by line, every signed custody entry of the annexes; "
            "keys.json the keys that signed them. Each entry is signed with Ed25519 over the "
            "ASCII bytes casebook/v1/custody, one zero byte, then the BLAKE2b-256 of the "
            "entry's canonical JSON; each names the entry before it for the same file "
            "(item_prev), so a deleted or reordered line breaks the chain. The script "
            "verify_package.py checks all of it with Python 3 and OpenSSL alone: take it from "
            "casebook's published source (docs/verify/), not from whoever sent this folder, "
            "and run:",
        ),
        ("cmd", "python3 verify_package.py ."),
        ("p", "It must end with “OK: the package verifies.” and the report's id."),
    ],
    "ru": [
        ("h", "1. Файлы"),
        (
            "p",
            "В SHA256SUMS перечислены все файлы этой папки с их SHA-256. Откройте терминал в "
            "папке и выполните одну из команд:",
        ),
        ("cmd", "sha256sum -c SHA256SUMS            (Linux)"),
        ("cmd", "shasum -a 256 -c SHA256SUMS        (macOS)"),
        ("cmd", "certutil -hashfile report.pdf SHA256   (Windows: для каждого файла)"),
        (
            "p",
            "Каждая строка должна заканчиваться на OK (в Windows выведенная сумма должна "
            "совпасть со строкой файла в SHA256SUMS). SHA-256 каждого приложения есть также в "
            "имени его файла и в перечне приложений (раздел 6).",
        ),
        ("h", "2. Подпись report.json"),
        ("p", "Сохраните эти строки, открытый ключ подписавшего, в файл signer.pem:"),
        ("pem", ""),
        (
            "p",
            "Составьте подписанное сообщение: байты ASCII casebook/v1/report, один нулевой "
            "байт, затем report.json. В Linux или macOS:",
        ),
        ("cmd", "printf 'casebook/v1/report\\000' > message.bin; cat report.json >> message.bin"),
        ("p", "В Windows (PowerShell):"),
        (
            "cmd",
            '$b = [Text.Encoding]::ASCII.GetBytes("casebook/v1/report") + [byte]0 + '
            '[IO.File]::ReadAllBytes("$PWD\\report.json"); '
            '[IO.File]::WriteAllBytes("$PWD\\message.bin", [byte[]]$b)',
        ),
        ("p", "Затем, с OpenSSL 3.0 или новее:"),
        (
            "cmd",
            "openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in message.bin "
            "-sigfile report.json.sig",
        ),
        (
            "p",
            "Должно быть выведено «Signature Verified Successfully». Ключ доказывает, кто "
            "подписал, только если его отпечаток совпадает с тем, который адвокат подтвердил "
            "вам лично.",
        ),
        ("h", "3. Цепочка хранения"),
        (
            "p",
            "В custody.jsonl построчно приведены все подписанные записи о хранении "
            "приложений, в keys.json — ключи, которыми они подписаны. Каждая запись подписана "
            "Ed25519 над байтами ASCII casebook/v1/custody, одним нулевым байтом и "
            "BLAKE2b-256 канонического JSON записи; каждая называет предыдущую запись о том же "
            "файле (item_prev), поэтому удалённая или переставленная строка разрывает цепочку. "
            "Всё это проверяет сценарий verify_package.py, которому нужны только Python 3 и "
            "OpenSSL: возьмите его из опубликованного исходного кода casebook (docs/verify/), "
            "а не у того, кто прислал эту папку, и выполните:",
        ),
        ("cmd", "python3 verify_package.py ."),
        ("p", "Вывод должен заканчиваться строкой «OK: the package verifies.» и номером отчёта."),
    ],
}

_HEAD = {
    "en": "How to verify this report package without casebook",
    "ru": "Как проверить этот пакет отчёта без программы casebook",
}


def public_pem(identity_hex: str) -> str:
    """An Ed25519 public key (hex) as a PEM block OpenSSL reads."""
    der = base64.b64encode(_SPKI_ED25519 + bytes.fromhex(identity_hex)).decode("ascii")
    return f"-----BEGIN PUBLIC KEY-----\n{der}\n-----END PUBLIC KEY-----"


def verify_steps(lang: str, doc: dict[str, Any]) -> list[tuple[str, str]]:
    """The steps in `lang`, as (kind, text): h a heading, p a paragraph, cmd a command."""
    pem = public_pem(str(doc["signer"]["identity"]))
    out = []
    for kind, text in _STEPS["ru" if lang == "ru" else "en"]:
        out.append(("cmd", pem) if kind == "pem" else (kind, text))
    return out


def verify_txt(doc: dict[str, Any], short: str) -> str:
    """VERIFY.txt: the steps in Russian, then in English, as plain text."""
    lines = []
    for lang in ("ru", "en"):
        lines += [f"{_HEAD[lang]} ({short})", "=" * 72, ""]
        for kind, text in verify_steps(lang, doc):
            if kind == "h":
                lines += [text, "-" * len(text)]
            elif kind == "cmd":
                lines += ["    " + line for line in text.splitlines()] + [""]
            else:
                lines += [textwrap.fill(text, 78), ""]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
