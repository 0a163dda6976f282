"""A minimal RFB (VNC) viewer for the x11vnc comparison in `video_quality.py`.

RFB 3.8, no authentication, 32-bit little-endian BGRX pixels (so the framebuffer is
a numpy array), encodings zlib (6), CopyRect (1) and raw (0). It asks for the next
incremental update as soon as one is complete, as interactive VNC viewers do.
"""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections.abc import Callable

import numpy as np

ENCODINGS = (6, 1, 0)  # zlib, CopyRect, raw


class RfbClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.width = self.height = 0
        self.framebuffer = np.zeros((1, 1, 4), np.uint8)
        self._zlib = zlib.decompressobj()

    @classmethod
    async def connect(cls, host: str, port: int, attempts: int = 50) -> RfbClient:
        for _ in range(attempts):
            try:
                reader, writer = await asyncio.open_connection(host, port)
                break
            except OSError:
                await asyncio.sleep(0.2)
        else:
            raise ConnectionError("x11vnc did not answer")
        client = cls(reader, writer)
        await client._handshake()
        return client

    async def _handshake(self) -> None:
        r, w = self.reader, self.writer
        await r.readexactly(12)
        w.write(b"RFB 003.008\n")
        count = (await r.readexactly(1))[0]
        types = await r.readexactly(count)
        if 1 not in types:
            raise ConnectionError(f"no 'None' security offered: {list(types)}")
        w.write(b"\x01")
        if struct.unpack("!I", await r.readexactly(4))[0] != 0:
            raise ConnectionError("security failed")
        w.write(b"\x01")  # shared
        self.width, self.height = struct.unpack("!HH", await r.readexactly(4))
        await r.readexactly(16)
        name_length = struct.unpack("!I", await r.readexactly(4))[0]
        await r.readexactly(name_length)
        self.framebuffer = np.zeros((self.height, self.width, 4), np.uint8)
        # SetPixelFormat: 32 bpp, depth 24, little endian, true colour, BGRX byte order
        w.write(struct.pack("!BxxxBBBBHHHBBBxxx", 0, 32, 24, 0, 1, 255, 255, 255, 16, 8, 0))
        w.write(
            struct.pack("!BxH", 2, len(ENCODINGS)) + struct.pack(f"!{len(ENCODINGS)}i", *ENCODINGS)
        )
        self._request(incremental=False)
        await w.drain()

    def _request(self, incremental: bool) -> None:
        self.writer.write(
            struct.pack("!BBHHHH", 3, int(incremental), 0, 0, self.width, self.height)
        )

    async def run(self, on_update: Callable[[np.ndarray], None]) -> None:
        r = self.reader
        while True:
            kind = (await r.readexactly(1))[0]
            if kind == 0:
                await r.readexactly(1)
                (rects,) = struct.unpack("!H", await r.readexactly(2))
                for _ in range(rects):
                    await self._rect()
                self._request(incremental=True)
                on_update(self.framebuffer)
            elif kind == 1:  # colour map: not used with true colour
                _, _, n = struct.unpack("!xHH", await r.readexactly(5))
                await r.readexactly(6 * n)
            elif kind == 2:  # bell
                pass
            elif kind == 3:  # server cut text
                await r.readexactly(3)
                (n,) = struct.unpack("!I", await r.readexactly(4))
                await r.readexactly(n)
            else:
                raise ConnectionError(f"unknown server message {kind}")

    async def _rect(self) -> None:
        r = self.reader
        x, y, w, h, encoding = struct.unpack("!HHHHi", await r.readexactly(12))
        if encoding == 0:
            data = await r.readexactly(w * h * 4)
        elif encoding == 6:
            (n,) = struct.unpack("!I", await r.readexactly(4))
            data = self._zlib.decompress(await r.readexactly(n))
        elif encoding == 1:
            sx, sy = struct.unpack("!HH", await r.readexactly(4))
            self.framebuffer[y : y + h, x : x + w] = self.framebuffer[
                sy : sy + h, sx : sx + w
            ].copy()
            return
        elif encoding == -223:  # DesktopSize
            self.width, self.height = w, h
            self.framebuffer = np.zeros((h, w, 4), np.uint8)
            return
        else:
            raise ConnectionError(f"unexpected encoding {encoding}")
        self.framebuffer[y : y + h, x : x + w] = np.frombuffer(data, np.uint8).reshape(h, w, 4)

    def close(self) -> None:
        self.writer.close()
