"""The portable backend: mss for the screen, pynput for input and the home user's own
activity (Qt draws the overlays on the app side, as for every backend).

Written for Windows and macOS, proven here on X11 (`ASSIST_PLATFORM=portable`): nothing
in this folder calls X11 itself; whatever is platform-specific is pynput's and mss's
business. See docs/PLATFORMS.md for what each platform still needs.
"""
