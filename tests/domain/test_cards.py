"""casebook.domain.peers: an identity card from untrusted bytes; its numbers are bounded."""

from __future__ import annotations

import pytest

from casebook.base.errors import InputRejected
from casebook.crypto.keys import Identity
from casebook.domain.peers import card_of, parse_card

CREATED = 1_700_000_000_000


def _card() -> bytes:
    return card_of(Identity.generate(CREATED)).encode()


def test_a_card_round_trips() -> None:
    data = _card()
    assert parse_card(data).encode() == data


@pytest.mark.parametrize("number", ["9" * 5000, "9" * 21, "9" * 20, "-" + "9" * 5000])
def test_a_card_with_a_long_number_is_not_a_card(number: str) -> None:
    """Refused as "not an identity card" (InputRejected, exit 5) for any number no card can
    hold: past 4 KiB by the card's size bound, else by the canonical parser's digit count."""
    data = _card().replace(b'"created":%d' % CREATED, b'"created":' + number.encode())
    assert number.encode() in data
    with pytest.raises(InputRejected, match="not an identity card"):
        parse_card(data)
