"""The ``due`` command: the check-ins that are overdue or coming up this week."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from hallpass_journal.cli.shared import EXIT_OK, Passphrases, open_journal


def cmd_due(args: argparse.Namespace, pw: Passphrases) -> int:
    """List open check-ins, overdue first, one line each (or as JSON).

    Times are shown where the person is; JSON also gives each due time in UTC.
    """
    with open_journal(args, pw) as journal:
        now = datetime.now(UTC)
        schedule = journal.schedule
        rows = [
            {
                "uuid": str(c.uuid),
                "kind": c.kind.value,
                "title": c.title,
                "due_at": c.due_at.astimezone(UTC).isoformat(),
                "due_local": c.due_at.astimezone(schedule.zone).isoformat(),
                "overdue": c.is_overdue(now),
                "template_id": schedule.template_id(c),
            }
            for c in schedule.open_check_ins(now)
        ]
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not rows:
        print("Nothing is due this week.")
    else:
        width = max(len(str(row["kind"])) for row in rows)
        for row in rows:
            when = str(row["due_local"])[:16].replace("T", " ")
            late = "  overdue" if row["overdue"] else ""
            print(f"{when}  {str(row['kind']).ljust(width)}  {row['title']}{late}")
    return EXIT_OK
