"""Icons, stylesheets and translations, installed as ``hallpass_journal.resources``.

This folder is mapped into the package by ``[tool.setuptools]`` in pyproject.toml; read
files through :mod:`hallpass_journal.ui.resources`, never by a path relative to here.
"""
