"""Sections of the main window (Home, Journal, ...)."""
