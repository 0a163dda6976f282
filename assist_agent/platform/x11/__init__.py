"""The X11 backend: python-xlib and XTest; the only place that imports Xlib."""
