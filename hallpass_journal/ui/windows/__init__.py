"""Top-level windows and the pages they show (welcome, unlock, workspace)."""
