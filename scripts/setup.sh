#!/usr/bin/env bash
# Install what Assist needs on a fresh Debian machine: system packages (when root)
# and the Python venv in .venv. Safe to run again; it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  xvfb xdotool x11-utils xinput
  # several monitors under Xvfb (issue 13): xrandr --setmonitor splits one screen
  x11-xserver-utils
  # Qt's xcb platform plugin: on a fresh machine icccm4 and keysyms1 were missing.
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-cursor0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  # signaling tests: a real TURN server and real Redis instances
  coturn redis-server
  # video: libyuv for BGRA→I420 (0.3 ms vs 6 ms); benches: x11vnc, nftables, iproute2
  libyuv0 x11vnc nftables iproute2
  # bundles (packaging/build-bundle.sh): readelf and strip; their tests drive the apps
  # through the accessibility bus and check the menu entry and AppStream metadata
  binutils at-spi2-core python3-gi gir1.2-atspi-2.0 dbus appstream desktop-file-utils
  # the organisation file type (issue 16): shared-mime-info and GIO open it as a desktop would
  shared-mime-info libglib2.0-bin
  # privacy (issue 19): a real GTK window with a password field, under the system Python
  gir1.2-gtk-3.0 libatk-adaptor
  # calls (issue 17): the sound server the tests start, its clients parec/pacat, and its
  # WebRTC echo canceller (module-echo-cancel aec_method=webrtc)
  pulseaudio pulseaudio-utils libwebrtc-audio-processing1
  # Wayland portal backend and its tests (tests/wayland): headless mutter, the portal,
  # PipeWire; frames via GStreamer's pipewiresrc in Debian's Python (python3-gst-1.0)
  mutter xdg-desktop-portal xdg-desktop-portal-gnome pipewire wireplumber
  gstreamer1.0-pipewire gstreamer1.0-plugins-base python3-gst-1.0 gir1.2-gstreamer-1.0
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install: sudo apt-get install ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.assist-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[app,test]"
  touch "$stamp"
fi
.venv/bin/python -m i18n.build
