"""The helper app's side of getting a lost link back without a new code (issue 18).

When the supporter falls silent (LiveSession's `on_lost`), a `Resumer` meets the supporter
app again over a fresh pairing-server connection, authenticated by the first pairing's
resume secret. The new peer link is checked exactly like the first: the supporter's own
key (the one proven in its `hello`) signs both new fingerprints, then the binding tag.
Viewing goes on if it was allowed; control ended when the link was lost. A supporter
verified by an organisation is checked again first (issue 16): validity now, the newest
revocation list (asked of the server again), the same key. If that no longer holds, the
session ends (`no_longer_confirmed`) before any new link exists, and the supporter app is
told so, sealed on the resumed channel after its key confirmation (a `bye` with that
reason: only this app can say it, not the pairing server).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from typing import TYPE_CHECKING

from assist_media import link as media_link
from assist_media.call_media import HomeCall
from assist_session.channel import SecureChannel
from assist_session.flow import expect
from assist_session.peer import PeerLink, sdp_fingerprint
from assist_session.resume import Resumer, retire, wait_authenticated
from assist_session.signaling_client import SignalingClient
from crypto.certificates import CertificateError
from crypto.identity import SupporterKey
from crypto.pairing import Role

from .screen_track import ScreenTrack
from .trust_fetch import refresh

if TYPE_CHECKING:
    from .session import HomeSession

log = logging.getLogger("assist.agent.resume")

REFUSED = "no_longer_confirmed"  # the end reason both apps translate


def resume_home(session: HomeSession, channel: SecureChannel) -> Resumer:
    """Arm the resume of this session's link; call once the first link is authenticated."""
    live = session.live
    assert live is not None
    resumer = Resumer(
        session.server_url, Role.HOME_USER, channel.protocol.resume_ticket(),
        functools.partial(renegotiate, session),
    )  # fmt: skip

    def lost(deadline: float) -> None:
        # Leave the current room first: the server must not keep it (with a member that
        # may be gone) when both apps come back to the same resume room.
        if session.channel is not None and session.channel.closed_reason is None:
            asyncio.ensure_future(session.channel.close("resuming"))
        resumer.start(deadline).add_done_callback(functools.partial(_resumed, session))

    live.resumable = True
    live.on_lost = lost
    live.on_back = resumer.cancel  # the old path healed by itself first
    if session._task is not None:  # the session's end ends any attempt
        session._task.add_done_callback(lambda _: resumer.cancel())
    return resumer


async def renegotiate(
    session: HomeSession, channel: SecureChannel, signaling: SignalingClient
) -> PeerLink:
    """A new peer link over the resumed channel, with the first link's checks."""
    await still_confirmed(session, channel)
    # The call's m-lines again, with a new call that starts asked-for-nothing: a call
    # does not follow a resume by itself (docs/SECURITY.md); the supporter offers again.
    calls: list[HomeCall] = []
    link = PeerLink(
        channel.protocol, ice_servers=signaling.ice_servers, relay_only=signaling.relay_only,
        audio=True, camera=True, own_camera=True,
        on_track=lambda track: calls and calls[0].hear(track),
    )  # fmt: skip
    try:
        media = media_link.attach(link.pc)
        calls.append(HomeCall(link, session._emit, session.audio_devices))
        offer = await link.create_offer(ScreenTrack(session.capture))
        calls[0].attach()
        await channel.send({"type": "offer", "sdp": offer})
        sdp = (await expect(channel, "answer")).get("sdp")
        if not isinstance(sdp, str):
            raise ValueError("no answer")
        identity = await expect(channel, "identity")
        assert channel.session_id is not None
        # The same supporter key as in the first pairing signs this session's fingerprints.
        key = SupporterKey(bytes.fromhex(session.supporter_key_hex), channel.session_id)
        key.check_connection(identity, sdp_fingerprint(offer), sdp_fingerprint(sdp))
        await link.accept_answer(sdp)
        await wait_authenticated(link, channel)
    except BaseException:
        if calls:
            calls[0].close()
        await retire(link, None)
        raise
    session.capture.media = media
    link.call = calls[0]  # type: ignore[attr-defined]
    return link


async def still_confirmed(session: HomeSession, channel: SecureChannel) -> None:
    """A verified supporter's certificate, checked again; else the session ends here and
    the supporter app hears why over the resumed, key-confirmed channel."""
    if session.verified is None:
        return  # shown as unverified from the start: nothing more to lose
    await refresh(session.trust, session.server_url)
    try:
        session.trust.recheck(session.certificate, bytes.fromhex(session.supporter_key_hex))
    except CertificateError as exc:
        log.info("the supporter's certificate no longer holds: %s", exc.reason)
        with contextlib.suppress(Exception):  # best effort: the session ends either way
            await asyncio.wait_for(channel.send({"type": "bye", "reason": REFUSED}), 5.0)
        session.end_for(REFUSED)
        raise


def _resumed(session: HomeSession, task: asyncio.Task[tuple[PeerLink, SecureChannel]]) -> None:
    if task.cancelled() or task.exception() is not None or session.live is None:
        return
    link, channel = task.result()
    if session.ended_reason is not None:
        asyncio.ensure_future(retire(link, channel, "stopped"))
        return
    old_call, session.call = session.call, getattr(link, "call", None)
    if old_call is not None:
        old_call.drop()  # the microphone and camera close before the new link is used
    session.live.call = session.call
    old_link = session.live.replace_link(link)
    if session.call is not None:
        session.call.announce()  # the window: no call now; the supporter may offer again
    old_channel, session.link, session.channel = session.channel, link, channel
    log.info("the link is back without a new code")
    asyncio.ensure_future(retire(old_link, old_channel))
