"""Entry script of the PyInstaller bundle: the same as the ``hallpass-journal`` command.

It lives outside the package so that PyInstaller analyses the installed
``hallpass_journal`` (with its ``resources`` package data), not the source tree.
"""

import sys

from hallpass_journal.cli import main

if __name__ == "__main__":
    sys.exit(main())
