"""Use cases over storage and domain: journal, backups, import/export, demo data."""
