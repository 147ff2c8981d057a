"""Commands that keep a journal safe: backup and restore."""

from __future__ import annotations

import argparse

from hallpass_journal.cli.shared import EXIT_OK, Passphrases, open_journal, output_must_be_safe


def cmd_backup(args: argparse.Namespace, pw: Passphrases) -> int:
    """Write an encrypted backup."""
    output_must_be_safe(
        args.out,
        args.path,
        overwrite_journal=args.overwrite,
        hint="To replace it with this backup, add --overwrite.",
    )
    from hallpass_journal.services.backups import make_backup

    with open_journal(args, pw) as journal:
        out = make_backup(
            journal.vault, args.out, keep=journal.backups_kept, overwrite_journal=args.overwrite
        )
    print(f"Encrypted backup written to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, pw: Passphrases) -> int:
    """Restore a backup over the journal."""
    from hallpass_journal.services.backups import restore_backup

    kept = restore_backup(args.path, args.backup, pw.existing("Passphrase of the backup: "))
    # Through a symbolic link the real file is restored (the link stays): name it.
    into = f" into {args.path.resolve()}" if args.path.is_symlink() else ""
    print(f"Restored{into}. The replaced journal was kept at {kept}")
    return EXIT_OK
