"""Dialogs: preferences, about."""
