"""Pure domain model: entry kinds, vocabularies, agreements, check-ins. Never imports Qt."""
