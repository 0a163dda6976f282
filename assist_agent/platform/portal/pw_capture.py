"""Frames of one portal PipeWire stream, written as raw BGRx pictures to stdout.

Runs as a small subprocess under the SYSTEM Python (Debian's python3-gi and
python3-gst-1.0), not in the app's venv: PyGObject and GStreamer's introspection data
come with the distribution, and building PyGObject into a separately built Python is
fragile. The app passes the PipeWire file descriptor from the portal's
`OpenPipeWireRemote` and the stream's node id:

    /usr/bin/python3 pw_capture.py FD NODE_ID

Each frame on stdout: a 16-byte header (b"ASPW", width, height, stride as little-endian
uint32) and then `stride * height` bytes of BGRx. Only the newest frame matters: the
appsink keeps one buffer and drops older ones when the reader is slow. Standard library
and gi only: this file must not import the app.
"""

import os
import signal
import struct
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstVideo", "1.0")
from gi.repository import GLib, Gst, GstVideo  # noqa: E402

MAGIC = b"ASPW"


def main() -> int:
    fd, node = int(sys.argv[1]), int(sys.argv[2])
    Gst.init(None)
    pipeline = Gst.parse_launch(
        f"pipewiresrc fd={fd} path={node} always-copy=true do-timestamp=true ! "
        "videoconvert ! video/x-raw,format=BGRx ! "
        "appsink name=sink emit-signals=true max-buffers=1 drop=true sync=false"
    )
    out = os.fdopen(sys.stdout.fileno(), "wb", buffering=0)
    loop = GLib.MainLoop()

    def on_sample(sink: Gst.Element) -> Gst.FlowReturn:
        sample = sink.emit("pull-sample")
        info = GstVideo.VideoInfo.new_from_caps(sample.get_caps())
        buf = sample.get_buffer()
        ok, mapped = buf.map(Gst.MapFlags.READ)
        if not ok:
            return Gst.FlowReturn.OK
        try:
            stride = info.stride[0]
            size = stride * info.height
            out.write(struct.pack("<4sIII", MAGIC, info.width, info.height, stride))
            out.write(mapped.data[:size])
        except (BrokenPipeError, OSError):
            loop.quit()
            return Gst.FlowReturn.EOS
        finally:
            buf.unmap(mapped)
        return Gst.FlowReturn.OK

    def on_message(_bus: Gst.Bus, message: Gst.Message) -> None:
        if message.type == Gst.MessageType.ERROR:
            err, _debug = message.parse_error()
            sys.stderr.write(f"pw_capture: {err.message}\n")
            loop.quit()
        elif message.type == Gst.MessageType.EOS:
            loop.quit()

    pipeline.get_by_name("sink").connect("new-sample", on_sample)
    bus = pipeline.get_bus()
    bus.add_signal_watch()
    bus.connect("message", on_message)
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
    parent = os.getppid()

    def parent_alive() -> bool:
        # The app died without stopping us (a still screen sends no frame whose write
        # would fail): end with it.
        if os.getppid() != parent:
            loop.quit()
            return False
        return True

    GLib.timeout_add_seconds(1, parent_alive)
    pipeline.set_state(Gst.State.PLAYING)
    try:
        loop.run()
    finally:
        pipeline.set_state(Gst.State.NULL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
