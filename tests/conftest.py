"""Root test configuration, shared by the core and the UI tests.

It stays Qt-free: only `tests/ui/conftest.py` may create a QApplication. Test data comes from
`tests/factory.py` (factories, not fixtures), imported as `factory`.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `import factory` works from every test module, whatever pytest's import mode.
_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)
