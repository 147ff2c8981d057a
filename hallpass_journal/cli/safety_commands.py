"""Commands that keep a journal safe: backup and restore."""

from __future__ import annotations

import argparse

from hallpass_journal.cli.shared import EXIT_OK, Passphrases, folder_must_exist, open_journal


def cmd_backup(args: argparse.Namespace, pw: Passphrases) -> int:
    """Write an encrypted backup."""
    folder_must_exist(args.out)
    from hallpass_journal.services.backups import make_backup

    with open_journal(args, pw) as journal:
        out = make_backup(journal.vault, args.out, keep=journal.backups_kept)
    print(f"Encrypted backup written to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, pw: Passphrases) -> int:
    """Restore a backup over the journal."""
    from hallpass_journal.services.backups import restore_backup

    kept = restore_backup(args.path, args.backup, pw.existing("Passphrase of the backup: "))
    print(f"Restored. The replaced journal was kept at {kept}")
    return EXIT_OK
