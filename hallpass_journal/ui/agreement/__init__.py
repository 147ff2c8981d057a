"""The parts of the Agreement section: terms editor, versions, lifecycle, key moments."""
