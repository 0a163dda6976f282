"""The supporter's face: a virtual camera (assist_media/call_camera.VirtualCamera) through
both apps' real flows. The home user's app shows its pictures only while talking —
none before Talk, none on hold — and the camera itself stops when the call cannot
use it."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np

from assist_media.call_camera import CameraFrame, VirtualCamera
from assist_media.call_media import CallOffered
from tests.call.test_call_audio import DRAIN, call_session
from tests.support.sessions import serve
from tests.support.sound import SoundServer
from tests.support.timing import until

COLOUR = (200, 40, 120)


def camera_frames(run: Any) -> list[CameraFrame]:
    return [e for e in run.home_events if isinstance(e, CameraFrame)]


def test_supporters_camera_shows_only_while_talking(run_async: Any, sound: SoundServer) -> None:
    """Camera on before the call: nothing shown and the source never runs. Talk: the
    home user sees the camera's colour. Pause: no pictures and the camera stops."""

    async def scenario() -> None:
        server = await serve()
        run = await call_session(server.url, sound)
        cameras: list[VirtualCamera] = []
        try:
            call = run.supporter.call
            assert call is not None

            def camera() -> VirtualCamera:
                cameras.append(VirtualCamera(COLOUR))
                return cameras[-1]

            call.camera_source = camera
            run.supporter.set_camera(True)
            await asyncio.sleep(1.0)
            assert not camera_frames(run) and not cameras  # no call: no camera at all

            assert run.supporter.offer_call()
            await until(lambda: any(isinstance(e, CallOffered) for e in run.home_events), 10.0)
            run.home.talk()
            await until(lambda: len(camera_frames(run)) >= 5, 20.0, "camera pictures")
            mean = camera_frames(run)[-1].rgb.reshape(-1, 3).mean(axis=0)
            assert np.allclose(mean, COLOUR, atol=25), mean

            run.home.pause()
            await until(lambda: call.state.on_hold, 10.0, "on hold")
            assert not call.camera.sending and cameras[-1].readyState == "ended"
            await asyncio.sleep(DRAIN)
            shown = len(camera_frames(run))
            await asyncio.sleep(1.0)
            assert len(camera_frames(run)) == shown  # nothing while paused

            run.home.resume()
            await until(lambda: len(camera_frames(run)) > shown + 3, 20.0, "pictures again")
            run.supporter.set_camera(False)
            assert not call.camera.sending
        finally:
            await run.stop()
            await server.close()

    run_async(scenario())


HOME_COLOUR = (30, 160, 60)


def test_home_users_camera_is_off_until_they_turn_it_on(run_async: Any, sound: SoundServer) -> None:
    """In a call the supporter sees nothing of the home user's camera until the home user
    turns it on; then its colour; turned off, the camera itself stops."""

    async def scenario() -> None:
        server = await serve()
        run = await call_session(server.url, sound)
        cameras: list[VirtualCamera] = []
        try:
            call = run.home.call
            assert call is not None

            def camera() -> VirtualCamera:
                cameras.append(VirtualCamera(HOME_COLOUR))
                return cameras[-1]

            call.camera_source = camera
            assert run.supporter.offer_call()
            await until(lambda: any(isinstance(e, CallOffered) for e in run.home_events), 10.0)
            run.home.talk()
            await until(lambda: call.mic.sending, 10.0, "talking")
            await asyncio.sleep(1.5)
            seen = [e for e in run.supporter_events if isinstance(e, CameraFrame)]
            assert seen == [] and cameras == []  # off unless they turn it on

            run.home.set_camera(True)
            await until(
                lambda: sum(isinstance(e, CameraFrame) for e in run.supporter_events) >= 5,
                20.0, "the home user's camera at the supporter",
            )  # fmt: skip
            last = [e for e in run.supporter_events if isinstance(e, CameraFrame)][-1]
            assert np.allclose(last.rgb.reshape(-1, 3).mean(axis=0), HOME_COLOUR, atol=25)
            run.home.set_camera(False)
            assert not call.camera.sending and cameras[-1].readyState == "ended"
        finally:
            await run.stop()
            await server.close()

    run_async(scenario())


def test_retransmissions_reach_the_screen_with_camera_m_lines() -> None:
    """With the cameras' video m-lines beside the screen, the screen's retransmission
    SSRC is routed to the screen's receiver (aiortc routed an unknown SSRC by payload
    type only when one receiver had it, so every repair was dropped on a lossy link)."""
    from aiortc.mediastreams import VideoStreamTrack

    from assist_media import aiortc_patches
    from assist_session.peer import PeerLink
    from tests.call.test_call_binding import paired

    async def scenario() -> tuple[int, Any, Any]:
        aiortc_patches.install()
        home_pairing, supporter_pairing = paired()
        home = PeerLink(home_pairing, audio=True, camera=True, own_camera=True)
        supporter = PeerLink(supporter_pairing, audio=True, camera=True)
        try:
            offer = await home.create_offer(VideoStreamTrack())
            await home.accept_answer(await supporter.accept_offer(offer))
            await asyncio.wait_for(supporter.authenticated, 20)
            screen_sender = home.pc.getTransceivers()[0].sender
            screen_receiver = supporter.pc.getTransceivers()[0].receiver
            router = screen_receiver.transport._rtp_router
            videos = [t for t in supporter.pc.getTransceivers() if t.kind == "video"]
            assert len(videos) == 3  # screen in, supporter's camera out, home camera in
            return (
                screen_sender._rtx_ssrc,
                router.ssrc_table.get(screen_sender._rtx_ssrc),
                screen_receiver,
            )
        finally:
            await home.close()
            await supporter.close()

    rtx_ssrc, routed_to, screen_receiver = asyncio.run(scenario())
    assert rtx_ssrc and routed_to is screen_receiver
