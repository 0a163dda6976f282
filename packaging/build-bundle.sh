#!/usr/bin/env bash
# Build the one-folder bundles of both apps (docs/INSTALL.md):
#
#   bash packaging/build-bundle.sh [--config FILE] [--force]
#
#   dist/assist-agent/assist-agent      the helper app (home user)
#   dist/assist-client/assist-client    the supporter app
#   dist/assist-agent.tar.gz, dist/assist-client.tar.gz   the same folders, packed
#
# --config FILE puts the organisation's assist.toml next to both executables (checked
# first: a broken file stops the build). Without it the folders carry
# assist.example.toml only, and the apps start with built-in defaults.
#
# The freezer (PyInstaller, one-folder mode) lives in its own venv, build/bundle-venv,
# with the apps' dependencies from pyproject.toml; the test venv stays as it is. Safe to
# run again: the venv is reinstalled only when pyproject.toml's dependencies change,
# PyInstaller reuses its analysis in build/pyinstaller, and when no source changed since
# the last build nothing is rebuilt. PYTHON picks the Python (3.11+, with its shared
# library, as pyenv and Debian build it).
set -euo pipefail
cd "$(dirname "$0")/.."

CONFIG=""
FORCE=0
while (($#)); do
  case "$1" in
    --config) CONFIG=$(realpath "$2"); shift 2 ;;
    --force) FORCE=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "build-bundle.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
FREEZER=("pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2025.1")
APPS=(assist-agent assist-client)
STAMP=dist/.assist-built

say() { echo "build-bundle: $*" >&2; }

# -- 1. the build venv: PyInstaller and the apps' dependencies, never the project itself
#       (the spec analyses the source tree, so a change there needs no reinstall).
requirements=$("$PYTHON" - <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for line in project["dependencies"] + project["optional-dependencies"]["app"]:
    print(line)
EOF
)
wanted=$(printf '%s\n' "$requirements" "${FREEZER[@]}" | sha256sum | cut -c1-16)
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV with $("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
  "$PYTHON" -m venv "$VENV"
fi
if [ "$(cat "$VENV/.assist-requirements" 2>/dev/null)" != "$wanted" ]; then
  say "installing PyInstaller and the apps' dependencies into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  mapfile -t reqs <<<"$requirements"
  "$VENV/bin/python" -m pip install -q "${reqs[@]}" "${FREEZER[@]}"
  echo "$wanted" >"$VENV/.assist-requirements"
  FORCE=1
fi

# -- 2. translations: compile what is missing or older than its .ts (unfinished fails).
stale=()
for ts in i18n/translations/assist_*.ts; do
  qm=${ts%.ts}.qm
  [ "$qm" -nt "$ts" ] || stale+=("$(basename "$ts" .ts | sed 's/^assist_//')")
done
if ((${#stale[@]})); then
  say "compiling translations: ${stale[*]}"
  "$VENV/bin/python" -m i18n.build "${stale[@]}"
fi

# -- 3. the organisation's assist.toml, checked before anything is built.
if [ -n "$CONFIG" ]; then
  "$VENV/bin/python" -c 'import sys; from assist_ui.config import main; sys.exit(main())' "$CONFIG"
fi

# Debug symbols out of what the build machine and Qt's wheel gave (libpython alone:
# 22 MB → 4 MB). Never the libraries auditwheel patched (*.libs/, names with a hash,
# extension modules in packages): stripping breaks their patched headers.
strip_debug_symbols() {
  command -v strip >/dev/null || { say "strip not found (binutils): bundles keep symbols"; return; }
  for app in "${APPS[@]}"; do
    find "dist/$app/_internal" -maxdepth 1 -type f -name 'lib*.so*' -not -regex '.*-[0-9a-f]\{8\}\..*'
    find "dist/$app/_internal/PySide6/Qt" -type f -name '*.so*'
    find "dist/$app/_internal/python3.11" -type f -name '*.so'
  done | xargs -r strip --strip-unneeded
}

# -- 4. freeze, unless nothing changed since the last build.
changed() {
  [ "$FORCE" = 1 ] && return 0
  [ -f "$STAMP" ] || return 0
  for app in "${APPS[@]}"; do [ -x "dist/$app/$app" ] || return 0; done
  [ -n "$(find assist_agent assist_client assist_session assist_media assist_ui crypto i18n \
      packaging pyproject.toml -newer "$STAMP" -not -path '*/__pycache__*' -print -quit)" ]
}
if changed; then
  rm -f "$STAMP"
  say "freezing both apps (PyInstaller, one folder each)"
  "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/assist.spec
  strip_debug_symbols
  touch "$STAMP"
else
  say "bundles are up to date (--force rebuilds)"
fi

# -- 5. what goes next to each executable, then the packed copies.
# (install -C leaves a file alone when it is the same, so an unchanged folder is not
# packed again.)
for app in "${APPS[@]}"; do
  folder=dist/$app
  packed=dist/$app.tar.gz
  install -C -m 0644 packaging/assist.example.toml "$folder/assist.example.toml"
  if [ -n "$CONFIG" ]; then
    install -C -m 0644 "$CONFIG" "$folder/assist.toml"
  elif [ -e "$folder/assist.toml" ]; then
    rm -f "$folder/assist.toml"
    rm -f "$packed"
  fi
  install -C -m 0755 packaging/install-user.sh "$folder/install-user.sh"
  install -C -m 0644 -D -t "$folder/share" packaging/desktop/*
  if [ ! -f "$packed" ] || [ -n "$(find "$folder" -newer "$packed" -print -quit)" ]; then
    tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf "$packed.part" "$app"
    mv "$packed.part" "$packed"
  fi
  say "$folder/$app ($(du -sh "$folder" | cut -f1) on disk, $(du -h "$packed" | cut -f1) packed)"
done
