"""Plain-language words for how a session ended, shown to the home user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def ended_text(reason: str) -> str:
    """One or two short sentences: what happened and what to do next."""
    if reason == "stopped_by_you":
        return translate("HomeEnded", "You stopped the help. Nobody sees your screen now.")
    if reason == "declined_by_you":
        return translate("HomeEnded", "You said no. Nobody sees your screen.")
    if reason == "they_called":  # issue 16: a stranger called and asked for this
        return translate(
            "HomeEnded",
            "You said no. Nobody sees your screen. End the call now. "
            "This may be a trick. Do not give anyone a code or your bank codes. "
            "If you are worried, call a person you know.",
        )
    if reason == "no_longer_confirmed":  # issue 16: checked again when the link came back
        return translate(
            "HomeEnded",
            "The organisation no longer confirms who your helper is. "
            "So we stopped the help. Nobody sees your screen now.",
        )
    if reason in ("peer_stopped", "peer_closed"):
        return translate("HomeEnded", "Your helper ended the help. Nobody sees your screen now.")
    if reason == "wrong_code":
        return translate(
            "HomeEnded", "The code did not work. Get a new code and read it to your helper again."
        )
    if reason in ("code_expired", "idle_timeout"):
        return translate("HomeEnded", "The code is too old. You can get a new code.")
    if reason == "timeout":
        return translate("HomeEnded", "This took too long. You can get a new code.")
    # A check failed, or the other app misbehaved.
    if reason in ("tampered", "bad_message", "too_large", "bad_confirmation"):
        return translate(
            "HomeEnded",
            "Something was wrong, so we stopped to keep you safe. You can get a new code.",
        )
    if reason == "server_unreachable":
        return translate(
            "HomeEnded", "We could not connect. Check that the internet works and try again."
        )
    if reason == "insecure_server":
        return translate(
            "HomeEnded",
            "This app is not set up to connect safely, so it did not connect. "
            "Ask the person who set up your computer to fix it.",
        )
    if reason == "room_expired":
        return translate(
            "HomeEnded",
            "The help went on for a very long time, so it ended. Nobody sees your screen now. "
            "You can get a new code if you still need help.",
        )
    if reason in ("server_shutdown", "server_busy", "rate_limited"):
        return translate("HomeEnded", "The help service is busy now. Please try again soon.")
    if reason in ("unknown_code", "room_full", "not_paired"):
        return translate(
            "HomeEnded", "The code did not work. Get a new code and read it to your helper again."
        )
    if reason == "unsupported_version":
        return translate(
            "HomeEnded",
            "This app is too old to get help. Ask your helper how to get the new version.",
        )
    if reason in ("connection_lost", "not_connected") or reason.startswith("peer_"):
        return translate(
            "HomeEnded",
            "The connection broke. Nobody sees your screen now. "
            "You can get a new code if you still need help.",
        )
    return translate(
        "HomeEnded",
        "The help has ended. Nobody sees your screen now. "
        "You can get a new code if you still need help.",
    )
