#!/usr/bin/env bash
# Install one app's bundle for this user only, under ~/.local (no admin rights):
#
#   bash install-user.sh [FOLDER]            install (or update) the bundle in FOLDER
#   bash install-user.sh --uninstall [APP]   remove it again (APP: assist-agent or
#                                            assist-client; default: both that are there)
#
# FOLDER defaults to the folder this script is in (it ships inside each bundle), else
# dist/assist-agent next to it in a source checkout. What goes where:
#
#   ~/.local/lib/assist/APP/                  the bundle (replaced whole on update)
#   ~/.local/bin/APP                          a link to its executable
#   ~/.local/share/applications/ID.desktop    the menu entry (ID: fi.assist.Agent/Client)
#   ~/.local/share/icons/hicolor/scalable/apps/ID.svg
#   ~/.local/share/metainfo/ID.metainfo.xml   for software centres
#
# What was installed is listed in ~/.local/lib/assist/APP.installed, the folders the
# installs had to make in ~/.local/lib/assist/created-dirs; --uninstall removes exactly
# those files, and when no app is left those folders if they are empty. Nothing outside
# the home folder is touched.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
LOCAL=$HOME/.local
LIB=$LOCAL/lib/assist
DATA=${XDG_DATA_HOME:-$LOCAL/share}

app_id() {
  case "$1" in
    assist-agent) echo fi.assist.Agent ;;
    assist-client) echo fi.assist.Client ;;
    *) echo "install-user.sh: unknown app $1" >&2; exit 2 ;;
  esac
}

created_dirs=()
make_dir() {  # mkdir -p, remembering each folder it had to make (outermost first)
  local missing=() dir=$1
  while [ ! -d "$dir" ]; do missing=("$dir" "${missing[@]}"); dir=$(dirname "$dir"); done
  for dir in "${missing[@]}"; do mkdir -m 0755 "$dir"; created_dirs+=("$dir"); done
}

uninstall() {
  local app=$1 manifest=$LIB/$1.installed
  [ -f "$manifest" ] || { echo "install-user.sh: $app is not installed here" >&2; return 1; }
  grep '^file ' "$manifest" | cut -c6- | while IFS= read -r path; do rm -f -- "$path"; done
  rm -rf -- "${LIB:?}/$app"
  rm -f -- "$manifest"
  # The last app out removes the folders the installs had to make, innermost first.
  if ! compgen -G "$LIB/*.installed" >/dev/null; then
    local made=()
    [ ! -f "$LIB/created-dirs" ] || mapfile -t made < <(sort -r -u "$LIB/created-dirs")
    rm -f -- "$LIB/created-dirs"
    for dir in "${made[@]}"; do rmdir -- "$dir" 2>/dev/null || true; done
  fi
  echo "removed $app"
}

install_bundle() {
  local folder=$1 app id target
  app=$(basename "$folder")
  id=$(app_id "$app")
  [ -x "$folder/$app" ] || { echo "install-user.sh: no $app executable in $folder" >&2; exit 2; }
  [ ! -f "$LIB/$app.installed" ] || uninstall "$app" >/dev/null
  make_dir "$LIB"
  target=$LIB/$app
  # Copy beside, then swap: a half-copied bundle never sits where the menu points.
  rm -rf -- "$target.new"
  cp -a -- "$folder" "$target.new"
  mv -T -- "$target.new" "$target"
  make_dir "$LOCAL/bin"
  make_dir "$DATA/applications"
  make_dir "$DATA/icons/hicolor/scalable/apps"
  make_dir "$DATA/metainfo"
  ln -sfn -- "$target/$app" "$LOCAL/bin/$app"
  sed "s|@EXEC@|\"$target/$app\"|" "$folder/share/$id.desktop" >"$DATA/applications/$id.desktop"
  chmod 0644 "$DATA/applications/$id.desktop"
  install -m 0644 "$folder/share/$id.svg" "$DATA/icons/hicolor/scalable/apps/$id.svg"
  install -m 0644 "$folder/share/$id.metainfo.xml" "$DATA/metainfo/$id.metainfo.xml"
  {
    echo "file $LOCAL/bin/$app"
    echo "file $DATA/applications/$id.desktop"
    echo "file $DATA/icons/hicolor/scalable/apps/$id.svg"
    echo "file $DATA/metainfo/$id.metainfo.xml"
  } >"$LIB/$app.installed"
  for dir in "${created_dirs[@]}"; do echo "$dir"; done >>"$LIB/created-dirs"
  echo "installed $app in $target; start it from the menu or with $LOCAL/bin/$app"
}

if [ "${1:-}" = "--uninstall" ]; then
  if [ -n "${2:-}" ]; then
    uninstall "$2"
  else
    found=0
    for app in assist-agent assist-client; do
      if [ -f "$LIB/$app.installed" ]; then uninstall "$app"; found=1; fi
    done
    [ "$found" = 1 ] || { echo "install-user.sh: nothing to remove" >&2; exit 1; }
  fi
  exit 0
fi

if [ -n "${1:-}" ]; then
  FOLDER=$(cd "$1" && pwd)
elif [ -x "$HERE/assist-agent" ] || [ -x "$HERE/assist-client" ]; then
  FOLDER=$HERE
else
  FOLDER=$(cd "$HERE/.." && pwd)/dist/assist-agent
fi
install_bundle "${FOLDER%/}"
