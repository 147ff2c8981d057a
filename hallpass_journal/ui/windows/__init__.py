"""The main window, its menus and sidebar sections, and the ways into a journal."""
