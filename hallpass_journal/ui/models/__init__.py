"""Qt item models: thin, lazy adapters over the journal's repositories."""
