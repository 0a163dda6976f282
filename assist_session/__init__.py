"""Session code shared by the helper app and the supporter app.

Nothing here touches Qt: the apps wrap these objects and react to their events.
"""

DEFAULT_SERVER_URL = "ws://127.0.0.1:8765/v1"
