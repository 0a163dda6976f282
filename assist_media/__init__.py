"""The screen-video pipeline both apps use: sharp still pictures and the tuning of
aiortc's video path. No Qt here; the apps wire it to their sessions.

- `sharp`: still parts of the screen sent exactly, over a data channel.
- `hints`: what the capture tells the encoder about a frame (`FrameHints`).
- `vp8`: the screen's VP8 encoder (quantizer per frame, bitrate changed in place),
  on `libvpx` (libvpx through ctypes, its version checked before any offset is used).
- `pacing`: outgoing RTP paced, repairs first, abs-send-time restamped.
- `receiving`: the jitter buffer and the selective NACKs.
- `estimate`: the receiver's rate control, packet trains, SCTP's window.
- `link`: `MediaLink`, one connection's video state (`attach(pc)`).
- `aiortc_patches`: the only module that replaces names in aiortc or reads its private
  ones; checks them first and falls back to stock aiortc (`install()`).
- `convert`: screen pictures to I420 frames, and the paused picture.

The apps call `aiortc_patches.install()` once and `link.attach(peer_link.pc)` for each
connection before negotiating.
"""
