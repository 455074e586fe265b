"""A clone of the repository alone runs `make test`: nothing reads the shared folder beside it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Spelled in pieces so that this file does not match itself.
FORBIDDEN = (b"../" + b"shared", b"/work/" + b"shared")
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}


def _files() -> list[Path]:
    found = [ROOT / "Makefile", ROOT / ".ci" / "run"]
    for top in ("tests", "bench"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and not SKIP_DIRS.intersection(path.relative_to(ROOT).parts):
                found.append(path)
    return found


def test_nothing_refers_to_the_shared_folder() -> None:
    files = _files()
    assert len(files) > 150  # the walk did find the tests, the bench and the vendored vectors
    offenders = [
        f"{path.relative_to(ROOT)}: {needle.decode()}"
        for path in files
        for needle in FORBIDDEN
        if needle in path.read_bytes()
    ]
    assert not offenders, "tests must only read data inside the repository:\n" + "\n".join(
        offenders
    )


def test_the_age_vectors_are_vendored_with_their_licence() -> None:
    vectors = ROOT / "tests" / "data" / "age-cctv"
    for name in ("LICENSE", "README.md", "PROVENANCE.md"):
        assert (vectors / name).is_file(), name
