"""Hall Pass Journal: a private, encrypted desktop journal."""

__version__ = "0.1.0"
