"""Reload the session's `PeerBook` after a peer changed, from whichever window changed it."""

from __future__ import annotations

from casebook.ui.env import Env

__all__ = ["refresh_peers"]


def refresh_peers(env: Env) -> None:
    """Queue a read of every peer; the book says `changed` when it arrives."""
    env.read(lambda s: s.peers.list(), env.peers.set, env.peers)
