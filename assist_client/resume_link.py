"""The supporter app's side of getting a lost link back without a new code (issue 18).

As in the helper app (assist_agent/resume_link.py): on silence a `Resumer` meets the
helper app again over a fresh pairing-server connection, authenticated by the first
pairing's resume secret; the new link answers the helper app's offer, signs both new
fingerprints with the supporter's own key, and passes the binding check before anything
of it is shown. Control does not come back by itself: the supporter asks again.

When the helper app refuses the resume because the organisation no longer confirms the
supporter (issue 16), it says so with a sealed `bye` (reason `no_longer_confirmed`) on the
resumed channel, after the key confirmation: only the real helper app can send it. The
session then ends at once with that reason instead of retrying until the window ends.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import TYPE_CHECKING, Any

from aiortc import MediaStreamTrack

from assist_media import link as media_link
from assist_media.call_media import SupporterCall
from assist_session.channel import ChannelClosed, SecureChannel
from assist_session.flow import SETUP_STEP_TIMEOUT, SessionEnded
from assist_session.peer import PeerLink, sdp_fingerprint
from assist_session.resume import Resumer, retire, wait_authenticated
from assist_session.signaling_client import SignalingClient
from crypto.pairing import Role

if TYPE_CHECKING:
    from .session import SupporterSession

log = logging.getLogger("assist.client.resume")

REFUSED = "no_longer_confirmed"  # issue 16: the organisation no longer confirms this supporter


def resume_supporter(session: SupporterSession, channel: SecureChannel) -> Resumer:
    """Arm the resume of this session's link; call once the first link is authenticated."""
    resumer = Resumer(
        session.server_url, Role.SUPPORTER, channel.protocol.resume_ticket(),
        functools.partial(renegotiate, session),
    )  # fmt: skip

    def lost(deadline: float) -> None:
        # Leave the current room first: the server must not keep it (with a member that
        # may be gone) when both apps come back to the same resume room.
        if session.channel is not None and session.channel.closed_reason is None:
            asyncio.ensure_future(session.channel.close("resuming"))
        resumer.start(deadline).add_done_callback(functools.partial(_resumed, session))

    session.resumable = True
    session.on_lost = lost
    session.on_back = resumer.cancel
    if session._task is not None:  # the session's end ends any attempt
        session._task.add_done_callback(lambda _: resumer.cancel())
    return resumer


async def renegotiate(
    session: SupporterSession, channel: SecureChannel, signaling: SignalingClient
) -> PeerLink:
    """Answer the helper app's new offer; shown only after the binding check."""
    sdp = (await offer_or_refusal(session, channel)).get("sdp")
    if not isinstance(sdp, str):
        raise ValueError("no offer")
    tracks: list[MediaStreamTrack] = []
    calls: list[SupporterCall] = []  # a new call, not talking: offered again (SECURITY.md)

    def on_track(track: MediaStreamTrack) -> None:
        if track.kind == "video" and not tracks:
            tracks.append(track)  # the screen
        elif calls:
            calls[0].hear(track)  # the home user's voice and camera

    link = PeerLink(
        channel.protocol, ice_servers=signaling.ice_servers, relay_only=signaling.relay_only,
        on_track=on_track, on_sharp=session._on_sharp, audio=True, camera=True,
    )  # fmt: skip
    try:
        media_link.attach(link.pc)
        calls.append(SupporterCall(link, session._emit, session.audio_devices))
        answer = await link.accept_offer(sdp)
        calls[0].attach()
        await channel.send({"type": "answer", "sdp": answer})
        assert channel.session_id is not None
        await channel.send(
            session.identity.signer.connection_message(
                channel.session_id, sdp_fingerprint(sdp), sdp_fingerprint(answer)
            )
        )
        await wait_authenticated(link, channel)
    except BaseException:
        if calls:
            calls[0].close()
        await retire(link, None)
        raise
    link.video_tracks = tracks  # type: ignore[attr-defined]
    link.call = calls[0]  # type: ignore[attr-defined]
    return link


async def offer_or_refusal(session: SupporterSession, channel: SecureChannel) -> dict[str, Any]:
    """The helper app's new offer; a sealed refusal ends the session (`end_for`)."""
    try:
        message = await asyncio.wait_for(channel.receive(), SETUP_STEP_TIMEOUT)
    except ChannelClosed as exc:
        raise SessionEnded(exc.reason) from exc
    if message.get("type") == "bye" and message.get("reason") == REFUSED:
        log.info("the helper app refused the resume: %s", REFUSED)
        session.end_for(REFUSED)
        raise SessionEnded(REFUSED)
    if message.get("type") != "offer":
        raise SessionEnded("peer_stopped" if message.get("type") == "bye" else "bad_message")
    return message


def first_end(live: asyncio.Future[str], refused: asyncio.Future[str]) -> asyncio.Future[str]:
    """The live link's end, or the helper app's refusal of a resume, whichever is first."""

    async def first() -> str:
        done, _ = await asyncio.wait([live, refused], return_when=asyncio.FIRST_COMPLETED)
        return next(iter(done)).result()

    return asyncio.ensure_future(first())


def _resumed(session: SupporterSession, task: asyncio.Task[tuple[PeerLink, SecureChannel]]) -> None:
    if task.cancelled() or task.exception() is not None:
        return
    link, channel = task.result()
    if session.ended_reason is not None:
        asyncio.ensure_future(retire(link, channel, "stopped"))
        return
    old_call, session.call = session.call, getattr(link, "call", None)
    if old_call is not None:
        old_call.drop()  # the microphone and camera close before the new link is used
    old_link = session.replace_link(link)
    old_channel, session.channel = session.channel, channel
    session.restart_video(getattr(link, "video_tracks", []))  # now self.link is the new link
    if session.call is not None:
        session.call.announce()  # the panel: no call now; "Offer a call" again
    log.info("the link is back without a new code")
    if old_link is not None:
        asyncio.ensure_future(retire(old_link, old_channel))
