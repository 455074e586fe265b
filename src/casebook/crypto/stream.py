"""STREAM: chunked authenticated encryption, exactly as age v1 uses it for its payload.

Layout of a stream (no header; the key is given)::

    chunk_0 || chunk_1 || ... || chunk_n
    chunk_i = ChaCha20-Poly1305(key, nonce_i, plaintext_i)      # len(plaintext_i) == 64 KiB, i < n
    nonce_i = uint88_be(i) || (0x01 if i == n else 0x00)         # 12 bytes

The last chunk carries the last flag and holds 0..64 KiB of plaintext; it is empty only when the
whole plaintext is empty. A reader must see the last flag (PyNaCl raises nothing for a dropped
final chunk: DESIGN §8), refuse an empty last chunk after a full one, and refuse trailing bytes.
Like age's reference reader, it releases each chunk as soon as it authenticates: a full chunk
that is followed by the end of input or a full last chunk followed by more bytes is released
before the error is raised.

The same construction encrypts blobs in the vault (`casebook.store.blobs`), each under its own
random key, so one reviewed implementation serves both.

Speed: chunks are sealed and opened a batch (1 MiB) at a time in preallocated buffers
(`casebook.crypto.chunks`). `StreamWriter(background=True)` seals and writes in a worker
thread while the caller produces the next batch, and `StreamReader(ahead=True)` reads and
opens batches ahead of the caller (`casebook.crypto.pipeline`): two cores, since OpenSSL's
AEAD (through `cryptography`) runs without the GIL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import TracebackType
from typing import BinaryIO

from casebook.base.errors import Cancelled
from casebook.crypto.chunks import (
    BATCH,
    CHUNK_SIZE,
    CT_CHUNK,
    KEY_SIZE,
    TAG_SIZE,
    Buffer,
    Sink,
    Source,
    TagChecker,
    check_key,
    chunk_count,
    decrypt_batches,
    seal_batch,
)
from casebook.crypto.pipeline import Channel, Shut, Worker

__all__ = [
    "BATCH",
    "CHUNK_SIZE",
    "CT_CHUNK",
    "KEY_SIZE",
    "TAG_SIZE",
    "StreamReader",
    "StreamWriter",
    "TagChecker",
    "chunk_count",
    "ciphertext_size",
    "decrypt_stream",
    "iter_decrypt",
]

_AHEAD = 4  # batches decrypted ahead of the reader, or queued behind the writer


def ciphertext_size(plaintext_size: int) -> int:
    """The exact size of the STREAM ciphertext of `plaintext_size` bytes."""
    return plaintext_size + chunk_count(plaintext_size) * TAG_SIZE


class StreamWriter:
    """Encrypts what is written to it and writes the chunks to `out`.

    Memory stays at a few batches whatever the size. `close()` writes the last chunk and must be
    called exactly once; a stream that was never closed is incomplete and will not decrypt.

    With `background=True` two workers run behind the caller: one seals batches, the other
    writes them to `out` (so that neither the AEAD nor the system calls wait for each other).
    An error there (`OSError` from `out`, say) is raised, unchanged, by the next `write` or by
    `close`. On any failure of the caller, call `abort()` (or leave the `with` block): the
    workers are stopped and joined, and nothing more is written.
    """

    def __init__(self, key: bytes, out: Sink, *, background: bool = False) -> None:
        self._key = check_key(key)
        self._out = out
        self._counter = 0
        self._closed = False
        self._cur = Buffer(BATCH * CHUNK_SIZE)  # only the caller's thread touches it
        self.plaintext_written = 0
        self._workers: list[Worker] = []
        if not background:
            self._ct = Buffer(BATCH * CT_CHUNK)
            return
        # plaintext: caller → _todo → sealer → _free → caller
        # ciphertext: sealer → _sealed → writer → _spare → sealer
        self._todo: Channel[tuple[Buffer, bool]] = Channel(_AHEAD)
        self._free: Channel[Buffer] = Channel(_AHEAD + 2)
        self._sealed: Channel[Buffer] = Channel(_AHEAD)
        self._spare: Channel[Buffer] = Channel(_AHEAD + 2)
        for _ in range(_AHEAD + 1):
            self._free.put(Buffer(BATCH * CHUNK_SIZE))
            self._spare.put(Buffer(BATCH * CT_CHUNK))
        self._workers = [
            Worker(self._seal_loop, "seal", self._sealer_exit),
            Worker(self._write_loop, "write", self._worker_exit),
        ]

    def __enter__(self) -> StreamWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.abort()

    def _seal_loop(self) -> None:
        while (item := self._todo.get()) is not None:
            buf, final = item
            ct = self._spare.get()
            if ct is None:
                raise Shut()
            self._counter += seal_batch(self._key, self._counter, buf, final, ct)
            self._free.put(buf)
            self._sealed.put(ct)

    def _write_loop(self) -> None:
        while (ct := self._sealed.get()) is not None:
            with ct.view() as data:
                self._out.write(data)
            self._spare.put(ct)

    def _sealer_exit(self, error: BaseException | None) -> None:
        if error is None:
            self._sealed.end()  # the writer drains what was sealed, then ends
        else:
            self._worker_exit(error)

    def _worker_exit(self, error: BaseException | None) -> None:
        if error is not None:  # stop everything; the caller raises the error
            self._shut()

    def _shut(self) -> None:
        for channel in (self._todo, self._free, self._sealed, self._spare):
            channel.shut()

    def _join(self) -> BaseException | None:
        """Wait for the workers; what the first failing one raised, if any."""
        for w in self._workers:
            w.join()
        return next((w.error for w in self._workers if w.error is not None), None)

    def _flush(self, final: bool) -> None:
        if not self._workers:
            self._counter += seal_batch(self._key, self._counter, self._cur, final, self._ct)
            with self._ct.view() as data:
                self._out.write(data)
            self._cur.size = 0
            return
        try:
            self._todo.put((self._cur, final))
            if final:
                self._todo.end()
                return
            nxt = self._free.get()
        except Shut:
            nxt = None
        if nxt is None:  # a worker failed and shut the channels
            raise self._join() or ValueError("write to an aborted stream")
        nxt.size = 0
        self._cur = nxt

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Encrypt `data`; whole batches are sealed as soon as more data follows them."""
        if self._closed:
            raise ValueError("write to a closed stream")
        cur, cap = self._cur, BATCH * CHUNK_SIZE
        with memoryview(data) as mv, mv.cast("B") as view:
            self.plaintext_written += len(view)
            pos, left = 0, len(view)
            while left:
                # Keep a full batch back: only close() knows which chunk is the last one.
                if cur.size == cap:
                    self._flush(False)
                    cur = self._cur
                take = min(cap - cur.size, left)
                cur.data[cur.size : cur.size + take] = view[pos : pos + take]
                cur.size += take
                pos += take
                left -= take

    def close(self) -> None:
        """Write the final chunk (with the last flag); wait for the workers, raise their error."""
        if self._closed:
            return
        self._closed = True
        self._flush(True)
        error = self._join() if self._workers else None
        if error is not None:
            raise error

    def abort(self) -> None:
        """Stop without finishing (after a failure): the workers are stopped and joined."""
        self._closed = True
        if self._workers:
            self._shut()
            self._join()


def iter_decrypt(
    key: bytes,
    inp: BinaryIO | Source,
    *,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[bytes]:
    """Yield the plaintext chunks of the stream read from `inp`, authenticating each.

    Raises `AuthenticationFailed` for a damaged, reordered, truncated or extended stream. A
    caller must consume the whole iterator before trusting any of what it yielded: only the last
    chunk proves the stream is complete.
    """
    key = check_key(key)
    buf = Buffer(BATCH * CHUNK_SIZE)
    for out in decrypt_batches(key, inp, lambda: buf):
        with memoryview(out.data) as view:
            for start in range(0, out.size, CHUNK_SIZE):
                if cancel is not None and cancel():
                    raise Cancelled()
                yield bytes(view[start : min(start + CHUNK_SIZE, out.size)])


def decrypt_stream(key: bytes, inp: BinaryIO, out: BinaryIO) -> int:
    """Decrypt the whole stream from `inp` to `out`; return the plaintext length."""
    total = 0
    with StreamReader(key, inp) as reader:
        for block in reader.blocks():
            out.write(block)
            total += len(block)
    return total


class StreamReader:
    """The plaintext of the stream read from `inp`, a batch (up to 1 MiB) at a time.

    `blocks()` yields views that stay valid until the next one is asked for; `read(n)` copies.
    With `ahead=True` a worker thread reads and decrypts up to a few batches ahead. Errors come
    exactly where the plain reader would raise them, after the plaintext released before them:
    `AuthenticationFailed`, `Cancelled` (checked once per batch, in the caller's thread), or
    what `inp` raised. `close()` (or leaving the `with` block) stops and joins the worker;
    only then may `inp` be closed.
    """

    def __init__(
        self,
        key: bytes,
        inp: BinaryIO | Source,
        *,
        ahead: bool = False,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        key = check_key(key)
        self._cancel = cancel
        self._current: Buffer | None = None
        self._pos = 0
        self._done = False
        self._closed = False
        self._worker: Worker | None = None
        if ahead:
            self._full: Channel[Buffer] = Channel(_AHEAD)
            self._free: Channel[Buffer] = Channel(_AHEAD + 3)
            for _ in range(_AHEAD + 2):
                self._free.put(Buffer(BATCH * CHUNK_SIZE))
            self._worker = Worker(lambda: self._run(key, inp), "open", self._worker_exit)
        else:
            # Two buffers in turn: `read` may keep a view of the last batch into the next one.
            pair = [Buffer(BATCH * CHUNK_SIZE), Buffer(BATCH * CHUNK_SIZE)]

            def in_turn() -> Buffer:
                pair.reverse()
                return pair[0]

            self._batches = decrypt_batches(key, inp, in_turn)

    def __enter__(self) -> StreamReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _take_free(self) -> Buffer:
        buf = self._free.get()
        if buf is None:
            raise Shut()
        return buf

    def _run(self, key: bytes, inp: BinaryIO | Source) -> None:
        for buf in decrypt_batches(key, inp, self._take_free):
            self._full.put(buf)

    def _worker_exit(self, error: BaseException | None) -> None:
        # The reader drains what was released, then meets the end and the error, in order.
        self._full.end()

    def _next(self) -> Buffer | None:
        """The next batch, or None at the end; hands the previous one back to the worker."""
        if self._closed:
            raise ValueError("read from a closed stream")
        if self._done:
            return None
        if self._current is not None:
            self._give_back(self._current)
        self._current, self._pos = None, 0
        if self._cancel is not None and self._cancel():
            raise Cancelled()
        if self._worker is None:
            buf = next(self._batches, None)
        else:
            buf = self._full.get()
            if buf is None:
                self._worker.join()
                self._done = True
                self._worker.check()
        if buf is None:
            self._done = True
        self._current = buf
        return buf

    def blocks(self) -> Iterator[memoryview]:
        """Yield the rest of the plaintext, batch by batch; each view is valid until the next."""
        if self._closed:
            raise ValueError("read from a closed stream")
        buf = self._current
        if buf is not None and self._pos < buf.size:
            start, self._pos = self._pos, buf.size
            with memoryview(buf.data) as mv, mv[start : buf.size] as rest:
                yield rest
        while (buf := self._next()) is not None:
            self._pos = buf.size
            with buf.view() as view:
                yield view

    def _give_back(self, buf: Buffer) -> None:
        if self._worker is not None:
            self._free.put(buf)

    def read(self, n: int = -1, /) -> bytes:
        """Exactly `n` bytes (all that is left if n < 0), fewer only at the end."""
        if self._closed:
            raise ValueError("read from a closed stream")
        want = (1 << 62) if n < 0 else n
        # Views into at most two batches are joined with a single copy; the earlier batch is
        # kept from the worker until then. A read over more batches copies as it goes.
        parts: list[memoryview] = []
        held: Buffer | None = None
        copied: bytearray | None = None
        try:
            while want:
                buf = self._current
                if buf is None or self._pos == buf.size:
                    if held is not None:
                        copied = copied if copied is not None else bytearray()
                        for part in parts:
                            copied += part
                            part.release()
                        parts.clear()
                        self._give_back(held)
                        held = None
                    elif buf is not None and parts:
                        held, self._current = buf, None
                    if self._next() is None:
                        break
                    continue
                take = min(want, buf.size - self._pos)
                with memoryview(buf.data) as mv:
                    parts.append(mv[self._pos : self._pos + take])
                self._pos += take
                want -= take
            if copied is None:
                return b"".join(parts)
            for part in parts:
                copied += part
            return bytes(copied)
        finally:
            for part in parts:
                part.release()
            if held is not None:
                self._give_back(held)

    def close(self) -> None:
        """Stop the worker (if any) and join it."""
        self._closed = True
        if self._worker is not None:
            self._full.shut()
            self._free.shut()
            self._worker.join()
