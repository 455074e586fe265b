"""`python -m casebook` is the same as the `casebook` command."""

from __future__ import annotations

from casebook.cli import main

raise SystemExit(main())
