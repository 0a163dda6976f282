"""TURN REST credentials for coturn's `use-auth-secret`, and a check that they worked.

The scheme (draft-uberti-behave-turn-rest, as coturn implements it): the username is
`"<expiry unix time>:<random id>"` and the password is base64(HMAC-SHA1(secret,
username)). coturn recomputes the HMAC and refuses the name after the expiry, so the
signaling server never has to talk to coturn.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence

_RELAY_CANDIDATE = re.compile(r"^a=candidate:.* typ relay(?: |$)", re.MULTILINE)


def turn_credentials(
    secret: str, urls: Sequence[str], *, ttl: int, now: float, user_id: str | None = None
) -> dict[str, object]:
    """One ICE server entry as `registered` / `claimed` carry it (PROTOCOL.md section 2)."""
    expiry = int(now) + ttl
    username = f"{expiry}:{user_id or secrets.token_hex(8)}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return {
        "urls": list(urls),
        "username": username,
        "credential": base64.b64encode(digest).decode("ascii"),
    }


def ice_fields(
    secret: str, urls: Sequence[str], *, ttl: int, policy: str, now: float
) -> dict[str, object]:
    """The `ice_servers` and `ice_policy` fields added to `registered` and `claimed`."""
    return {
        "ice_servers": [turn_credentials(secret, urls, ttl=ttl, now=now)],
        "ice_policy": policy,
    }


def relay_candidates_present(sdp: str) -> bool:
    """True when an SDP (after ICE gathering) holds at least one `typ relay` candidate.

    A wrong TURN secret, an expired username or an unreachable TURN server leave aiortc
    with no relay candidate and raise no error: with relay-only policy the connection
    then just never leaves "new". Call this on the local description to say so instead.
    """
    return _RELAY_CANDIDATE.search(sdp) is not None


class TurnUnavailable(RuntimeError):
    """No relay candidate was gathered: the TURN server refused or did not answer."""

    def __init__(self) -> None:
        super().__init__(
            "no TURN relay candidate: the TURN server refused the credentials "
            "(wrong shared secret or expired) or could not be reached"
        )


def require_relay_candidates(sdp: str) -> None:
    """Raise `TurnUnavailable` unless the SDP has a relay candidate."""
    if not relay_candidates_present(sdp):
        raise TurnUnavailable()
