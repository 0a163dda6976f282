"""What the supporter app says about progress and endings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

translate = QCoreApplication.translate


def step_text(step: str) -> str:
    if step == "connecting":
        return translate("SupporterSteps", "Connecting to the pairing server…")
    if step == "checking_code":
        return translate("SupporterSteps", "Checking the code with the person's computer…")
    if step == "waiting_for_permission":
        return translate(
            "SupporterSteps", "Waiting for the person to allow you to see their screen…"
        )
    return translate("SupporterSteps", "Starting the screen view…")


def refused_text(reason: str) -> str:
    """Why the other computer did not take some of the supporter's input."""
    if reason == "protected":  # issue 19: a bank, Suomi.fi, a window the person protected
        return translate(
            "SupporterRefused",
            "The person has a protected page open, such as their online bank. Your mouse "
            "and keyboard do nothing there. You can still point and draw.",
        )
    if reason == "password":
        return translate(
            "SupporterRefused",
            "The person is typing a password. Your keys are not used, and the field is "
            "hidden from your view.",
        )
    if reason == "private":
        return translate("SupporterRefused", "The person is doing something private.")
    if reason == "own_window":
        return translate(
            "SupporterRefused",
            "You cannot use the buttons of the helper app on the other computer. "
            "To end the help, use End session in your own app.",
        )
    return translate(
        "SupporterRefused",
        "This key combination is blocked on the other computer to keep it safe.",
    )


def ended_text(reason: str) -> str:
    if reason == "stopped_by_you":
        return translate("SupporterEnded", "You ended the session.")
    if reason == "declined":
        return translate("SupporterEnded", "The person did not allow screen sharing.")
    if reason in ("peer_stopped", "peer_closed"):
        return translate("SupporterEnded", "The person ended the session.")
    if reason == "unknown_code":
        return translate(
            "SupporterEnded",
            "No one is waiting with this code. Ask the person to read the code again.",
        )
    if reason == "room_full":
        return translate("SupporterEnded", "This code is already in use. Ask for a new code.")
    if reason == "wrong_code":
        return translate(
            "SupporterEnded",
            "The code did not match, so it no longer works. Ask the person for a new code.",
        )
    if reason in ("code_expired", "idle_timeout"):
        return translate("SupporterEnded", "The code has expired. Ask for a new code.")
    if reason == "rate_limited":
        return translate("SupporterEnded", "Too many tries. Wait a minute and try again.")
    if reason == "not_verified":  # issue 16: the server admits verified supporters only
        return translate(
            "SupporterEnded",
            "This service lets in only supporters with a certificate from an organisation "
            "it trusts. Ask your organisation for a certificate and load it.",
        )
    if reason == "no_longer_confirmed":  # issue 16: the helper app refused a resume
        return translate(
            "SupporterEnded",
            "The session ended. Your organisation's confirmation is no longer valid. "
            "Ask your organisation.",
        )
    # A check failed, or the other app misbehaved.
    if reason in ("tampered", "bad_message", "too_large", "bad_confirmation"):
        return translate(
            "SupporterEnded",
            "The connection failed a security check and was closed. Ask for a new code.",
        )
    if reason == "server_unreachable":
        return translate(
            "SupporterEnded", "Cannot reach the pairing server. Check the network and try again."
        )
    if reason == "insecure_server":
        return translate(
            "SupporterEnded",
            "The pairing server address starts with ws://, which is not protected. "
            "Use a wss:// address (ws:// only for a server on this computer).",
        )
    if reason == "room_expired":
        return translate(
            "SupporterEnded",
            "The pairing server ended the session: it was open too long or unused for too long. "
            "Ask the person for a new code to help again.",
        )
    if reason == "timeout":
        return translate("SupporterEnded", "The connection took too long. Try again.")
    if reason in ("server_busy", "server_shutdown"):
        return translate(
            "SupporterEnded", "The pairing server is busy or restarting. Try again in a minute."
        )
    if reason == "unsupported_version":
        return translate(
            "SupporterEnded",
            "The pairing server does not support this version of the app. "
            "Update the app and try again.",
        )
    if reason == "not_paired":
        return translate(
            "SupporterEnded",
            "The pairing server refused a message before the apps were paired. "
            "Ask for a new code and try again.",
        )
    if reason in ("connection_lost", "not_connected") or reason.startswith("peer_"):
        return translate(
            "SupporterEnded", "The connection was lost. Ask the person for a new code to continue."
        )
    return translate(
        "SupporterEnded", "The session ended. To help again, ask the person for a new code."
    )


def identity_text(mark: str, persistent: bool, problem: str | None) -> str:
    """The supporter's own identity mark, and whether it lasts beyond this run (and why)."""
    if persistent:
        return translate(
            "SupporterIdentity",
            "Your identity mark is {mark}. The person sees the same mark before they allow you.",
        ).format(mark=mark)
    if problem == "no_keyring":
        return translate(
            "SupporterIdentity",
            "Your identity mark is {mark}. No safe key store was found on this computer, "
            "so the mark lasts only until you close the app.",
        ).format(mark=mark)
    if problem == "plaintext_keyring":
        return translate(
            "SupporterIdentity",
            "Your identity mark is {mark}. The only key store here saves secrets as plain text, "
            "so it is not used and the mark lasts only until you close the app.",
        ).format(mark=mark)
    if problem == "keyring_damaged":
        return translate(
            "SupporterIdentity",
            "Your identity mark is {mark}. The saved key could not be read and was left as it "
            "is, so this mark lasts only until you close the app.",
        ).format(mark=mark)
    if problem == "keyring_error":
        return translate(
            "SupporterIdentity",
            "Your identity mark is {mark}. The key store could not be opened, "
            "so the mark lasts only until you close the app.",
        ).format(mark=mark)
    return translate(
        "SupporterIdentity",
        "Your identity mark is {mark}. It lasts only until you close the app.",
    ).format(mark=mark)


def certificate_text(organisation: str, not_after: float, now: float) -> str:
    """Issue 16: whether the organisation's certificate vouches for the supporter now."""
    until = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(not_after)).date())
    if now >= not_after:
        return translate(
            "SupporterIdentity",
            "Your certificate from {organisation} has expired. Ask them for a new one.",
        ).format(organisation=organisation)
    return translate(
        "SupporterIdentity",
        "Your certificate from {organisation} is valid until {date}. "
        "The person sees that {organisation} has confirmed who you are.",
    ).format(organisation=organisation, date=until)
