"""Pure domain model; never imports Qt.

Entry kinds, vocabularies, agreements, check-ins, list filters and rows, and the errors
a person can act on.
"""
