"""Mentions: a reference to a person inside a note, rendered for whoever reads it.

    @[person:<32 hex digits of the person's id>]        as stored in a segment's text

The note editor inserts the token when `@` completes a person of the case. The text keeps the
id, never the name, so a note mentioning a witness can travel to an audience that must not
learn the witness's name: each reader's casebook renders the token with what it may show, the
real name at home, the sender's pseudonym ("Свидетель Б") in a colleague's vault, and the
report's pseudonym in a report (`render_mentions` with a resolver of that audience). The leak
scan never reads a token as a name: it holds only hex digits.

A token whose person the reader does not know (left out of the bundle, or erased) renders as
`unknown` (default "[?]"), never as the id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

__all__ = [
    "MENTION",
    "mention_token",
    "mentioned",
    "render_mentions",
    "strip_mentions",
    "to_display",
    "to_tokens",
]

MENTION = re.compile(r"@\[person:([0-9a-f]{32})\]")


def mention_token(person_id: bytes) -> str:
    """The token that stands for `person_id` in a note."""
    if len(person_id) != 16:
        raise ValueError("a person id is 16 bytes")
    return f"@[person:{person_id.hex()}]"


def mentioned(text: str) -> Iterator[bytes]:
    """The person ids mentioned in `text`, in order (repeats included)."""
    for m in MENTION.finditer(text):
        yield bytes.fromhex(m.group(1))


def render_mentions(
    text: str, resolver: Callable[[bytes], str | None], unknown: str = "[?]"
) -> str:
    """`text` with every mention replaced by `resolver(person id)` (`unknown` for None).

    The resolver decides the audience: a real name at home, a pseudonym in a bundle's or a
    report's rendering.
    """

    def one(m: re.Match[str]) -> str:
        name = resolver(bytes.fromhex(m.group(1)))
        return unknown if name is None else name

    return MENTION.sub(one, text)


def strip_mentions(text: str) -> str:
    """`text` with each mention blanked to spaces of its length (offsets keep their place)."""
    return MENTION.sub(lambda m: " " * len(m.group(0)), text)


def to_tokens(text: str, people: Mapping[bytes, str]) -> str:
    """`text` with each "@Name" of `people` (person id → name as shown) as its token: what an
    editor that shows mentions by name stores. Longer names first, so "@Анна Иванова" is not
    taken for "@Анна"; a name followed by a letter or digit is not a mention of it."""
    by_name = sorted(((n, p) for p, n in people.items() if n), key=lambda x: -len(x[0]))
    for name, person in by_name:
        # No regular expression: `re` caches compiled patterns, and a name must not stay in
        # memory after a lock.
        text = _replace_mention(text, "@" + name, mention_token(person))
    return text


def _replace_mention(text: str, typed: str, token: str) -> str:
    out, start = [], 0
    while (i := text.find(typed, start)) >= 0:
        end = i + len(typed)
        after = text[end : end + 1]
        if after and (after.isalnum() or after == "_"):
            out.append(text[start:end])  # "@Аннаx" is not a mention of Анна
        else:
            out.append(text[start:i] + token)
        start = end
    out.append(text[start:])
    return "".join(out)


def to_display(text: str, people: Mapping[bytes, str], unknown: str = "?") -> str:
    """`text` with each token as "@Name", for an editor (`to_tokens` turns it back)."""
    return render_mentions(text, lambda p: "@" + people[p] if p in people else None, "@" + unknown)
