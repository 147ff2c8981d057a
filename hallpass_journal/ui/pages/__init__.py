"""The pages the main window shows, one at a time: welcome, unlock, the workspace."""
