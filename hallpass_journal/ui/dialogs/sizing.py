"""Give a dialog its size once, before it is shown, with room for what appears later.

A dialog's messages and busy bars come and go. Left to its layout, each change would
resize the window after the platform window exists, which some platforms cannot follow
(Qt's offscreen platform warns "does not support propagateSizeHints"). So the size is
settled up front, as if those widgets were showing, and the layout stops resizing the
window; the stretch in the layout takes up the room while they are hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLayout, QWidget

#: Placeholder text that makes an empty message label three lines tall while measuring.
_THREE_LINES = "\n\n"


def settle_size(dialog: QDialog, *later: QWidget) -> None:
    """Fix ``dialog``'s minimum size and size with the widgets in ``later`` shown."""
    hidden = [w for w in later if not w.isVisibleTo(dialog)]
    emptied = [w for w in later if isinstance(w, QLabel) and not w.text()]
    for label in emptied:
        label.setText(_THREE_LINES)
    for widget in hidden:
        widget.show()
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    size = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    for widget in hidden:
        widget.hide()
    for label in emptied:
        label.setText("")
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    dialog.setMinimumSize(size.expandedTo(dialog.minimumSize()))
    dialog.resize(size.expandedTo(dialog.size()))
