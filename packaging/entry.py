"""The packaged program's entry point: the `casebook` command (no arguments: the window)."""

from casebook.cli import main

raise SystemExit(main())
