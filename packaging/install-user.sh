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
#   ~/.local/share/mime/packages/ID.mime.xml  the helper app's file type (an organisation's
#                                             .assist-org file opens the app: double-click)
#
# The desktop's caches in ~/.local/share (mime/ by update-mime-database, and
# applications/mimeinfo.cache by update-desktop-database) are brought up to date after an
# install and after an uninstall, when those tools are there.
#
# What was installed is listed in ~/.local/lib/assist/APP.installed, the folders the
# installs had to make in ~/.local/lib/assist/created-dirs; --uninstall removes exactly
# those files, and when no app is left those folders if they are empty. A cache an install
# made where there was none (listed in ~/.local/lib/assist/created-caches) is removed
# again once nothing is in it. Nothing outside the home folder is touched.
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

# What update-mime-database writes beside packages/ (shared-mime-info 2.x).
MIME_CACHES=(XMLnamespaces aliases generic-icons globs globs2 icons magic mime.cache
  subclasses treemagic types version)

refresh_caches() {  # the desktop's file types and "open with" lists, if the tools are here
  if { compgen -G "$DATA/mime/packages/*.xml" || [ -e "$DATA/mime/mime.cache" ]; } >/dev/null &&
    command -v update-mime-database >/dev/null; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 ||
      echo "install-user.sh: update-mime-database failed; log out and in to see the file type" >&2
  fi
  if { grep -qs '^MimeType=' "$DATA"/applications/*.desktop ||
    [ -e "$DATA/applications/mimeinfo.cache" ]; } && command -v update-desktop-database >/dev/null
  then
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 ||
      echo "install-user.sh: update-desktop-database failed" >&2
  fi
}

drop_empty_caches() {  # the caches installs made where there was none, once empty
  local cache dir name
  [ -f "$LIB/created-caches" ] || return 0
  while IFS= read -r cache; do
    if [ "$cache" = "$DATA/mime/mime.cache" ]; then
      # It held our file type only: no package left means an empty database.
      if ! compgen -G "$DATA/mime/packages/*.xml" >/dev/null; then
        for name in "${MIME_CACHES[@]}"; do rm -f -- "$DATA/mime/$name"; done
        for dir in "$DATA"/mime/*/; do  # the per-type folders it made (application/)
          if [ "$dir" != "$DATA/mime/packages/" ]; then rmdir -- "$dir" 2>/dev/null || true; fi
        done
      fi
    elif [ "$cache" = "$DATA/applications/mimeinfo.cache" ]; then
      if [ "$(grep -cv '^\[MIME Cache\]$' "$cache" 2>/dev/null)" = 0 ]; then
        rm -f -- "$cache"
      fi
    elif [ -d "$cache" ]; then  # a file type folder (mime/application/) left empty
      rmdir -- "$cache" 2>/dev/null || true
    fi
  done < <(sort -u "$LIB/created-caches")
  sort -u "$LIB/created-caches" | while IFS= read -r cache; do
    if [ -e "$cache" ]; then echo "$cache"; fi
  done >"$LIB/created-caches.new"
  mv -f -- "$LIB/created-caches.new" "$LIB/created-caches"
}

uninstall() {
  local app=$1 manifest=$LIB/$1.installed
  [ -f "$manifest" ] || { echo "install-user.sh: $app is not installed here" >&2; return 1; }
  grep '^file ' "$manifest" | cut -c6- | while IFS= read -r path; do rm -f -- "$path"; done
  refresh_caches
  drop_empty_caches
  rm -rf -- "${LIB:?}/$app"
  rm -f -- "$manifest"
  # The last app out removes the folders the installs had to make, innermost first.
  if ! compgen -G "$LIB/*.installed" >/dev/null; then
    local made=()
    [ ! -f "$LIB/created-dirs" ] || mapfile -t made < <(sort -r -u "$LIB/created-dirs")
    rm -f -- "$LIB/created-dirs" "$LIB/created-caches"
    for dir in "${made[@]}"; do rmdir -- "$dir" 2>/dev/null || true; done
  fi
  echo "removed $app"
}

install_bundle() {
  local folder=$1 app id target cache
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
  local mime=$folder/share/$id.mime.xml
  [ ! -f "$mime" ] || make_dir "$DATA/mime/packages"
  ln -sfn -- "$target/$app" "$LOCAL/bin/$app"
  sed "s|@EXEC@|\"$target/$app\"|" "$folder/share/$id.desktop" >"$DATA/applications/$id.desktop"
  chmod 0644 "$DATA/applications/$id.desktop"
  install -m 0644 "$folder/share/$id.svg" "$DATA/icons/hicolor/scalable/apps/$id.svg"
  install -m 0644 "$folder/share/$id.metainfo.xml" "$DATA/metainfo/$id.metainfo.xml"
  [ ! -f "$mime" ] || install -m 0644 "$mime" "$DATA/mime/packages/$id.mime.xml"
  # Caches that are not there yet are ours to remove again (when nothing is left in them).
  local made_caches=()
  for cache in "$DATA/mime/mime.cache" "$DATA/mime/application" \
    "$DATA/applications/mimeinfo.cache"; do
    [ -e "$cache" ] || made_caches+=("$cache")
  done
  refresh_caches
  {
    echo "file $LOCAL/bin/$app"
    echo "file $DATA/applications/$id.desktop"
    echo "file $DATA/icons/hicolor/scalable/apps/$id.svg"
    echo "file $DATA/metainfo/$id.metainfo.xml"
    [ ! -f "$mime" ] || echo "file $DATA/mime/packages/$id.mime.xml"
  } >"$LIB/$app.installed"
  for cache in "${made_caches[@]}"; do
    [ ! -e "$cache" ] || echo "$cache"
  done >>"$LIB/created-caches"
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
