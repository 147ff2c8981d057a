"""Reusable widgets of the journal views (editor, emotion picker, row painting)."""
