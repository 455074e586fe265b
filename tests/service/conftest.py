"""The service tests reuse the bundle tests' helpers (`bundlekit`), plain modules beside them."""

from __future__ import annotations

import sys
from pathlib import Path

_BUNDLE_TESTS = str(Path(__file__).resolve().parents[1] / "bundle")
if _BUNDLE_TESTS not in sys.path:
    sys.path.insert(0, _BUNDLE_TESTS)
