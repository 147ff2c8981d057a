"""Use cases over storage and domain; every write announces what changed.

Entries, agreements, check-ins, timeline aggregation, import/export, backups.
"""
