"""Signaling server: pairs a helper app with a supporter app and relays opaque frames.

`signaling.rooms` is the room model (no I/O); `signaling.server` is the WebSocket
transport around it. The wire contract is docs/PROTOCOL.md section 2.
"""

from signaling.rooms import ERROR_CODES, Action, Close, Rooms, Send
from signaling.server import SignalingServer, serve_signaling, start_server

__all__ = [
    "ERROR_CODES",
    "Action",
    "Close",
    "Rooms",
    "Send",
    "SignalingServer",
    "serve_signaling",
    "start_server",
]
