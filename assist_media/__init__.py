"""The screen-video pipeline both apps use: sharp still pictures and the tuning of
aiortc's video path. No Qt here; the apps wire it to their sessions."""
