"""Allow ``python -m hallpass_journal``."""

from hallpass_journal.cli import main

raise SystemExit(main())
