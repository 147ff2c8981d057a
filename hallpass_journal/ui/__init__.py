"""The desktop interface: the only home of QtWidgets."""
