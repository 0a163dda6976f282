"""Session protocol and networking both apps share: the signaling client, the sealed
channel, the peer link with its binding check, the message schema, the session flow
and the heartbeat. No Qt and no media here: the apps wrap these objects and react to
their events."""

DEFAULT_SERVER_URL = "ws://127.0.0.1:8765/v1"
