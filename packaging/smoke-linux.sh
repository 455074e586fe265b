#!/usr/bin/env bash
# The Linux package as a user gets it (`make package` first): its checksum checked, unpacked in
# an empty folder, its window started on Xvfb with Qt's xcb platform (the window must appear and
# Ctrl+Q must quit it), its command run through init, case add and verify; and nothing may be
# written anywhere in a fresh HOME but the vault and casebook's settings. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd dist && sha256sum --check --quiet SHA256SUMS)
tarball=$(ls dist/casebook-*-linux-*.tar.gz | head -n 1)
root=$(mktemp -d)
display=":$((190 + RANDOM % 100))"
cleanup() {
    [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null || true
    [[ -n "${xvfb:-}" ]] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xzf "$tarball"
cmd=$(echo "$root"/casebook-*/casebook)
home="$root/home"
mkdir -p "$home" "$root/tmp"
# A fresh user: everything casebook could write to (settings, caches, temp) is under $home or
# $root/tmp, and $root/tmp must stay empty.
env_user=(env -i PATH=/usr/bin:/bin HOME="$home" TMPDIR="$root/tmp" LANG=C.UTF-8
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
    XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state"
    XDG_RUNTIME_DIR="$root/run")
mkdir -p "$root/run" && chmod 700 "$root/run"

# The window.
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 50); do DISPLAY="$display" xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
"${env_user[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$cmd" >"$root/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 1 150); do
    window=$(DISPLAY="$display" xdotool search --onlyvisible --name '^casebook$' 2>/dev/null |
        head -n 1 || true)
    [[ -n "$window" ]] && break
    if ! kill -0 "$app" 2>/dev/null; then
        echo "package smoke: the packaged app exited before its window appeared:" >&2
        cat "$root/app.log" >&2
        exit 1
    fi
    sleep 0.2
done
if [[ -z "$window" ]]; then
    echo "package smoke: no window from the packaged app after 30 s" >&2
    cat "$root/app.log" >&2
    exit 1
fi
DISPLAY="$display" xdotool windowactivate --sync "$window" 2>/dev/null ||
    DISPLAY="$display" xdotool windowfocus --sync "$window"
DISPLAY="$display" xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
status=0
wait "$app" || status=$?
app=""
if [[ "$status" != 0 ]]; then
    echo "package smoke: the packaged app quit with exit $status:" >&2
    cat "$root/app.log" >&2
    exit 1
fi

# The command.
vault="$home/vault"
pass="package smoke passphrase, long enough"
run() { "${env_user[@]}" "$cmd" --vault "$vault" "$@"; }
run --new-passphrase-fd 3 init 3<<<"$pass" >/dev/null
case_id=$(run --passphrase-fd 3 case add --title "Дело Иванова" 3<<<"$pass")
run --passphrase-fd 3 verify --json 3<<<"$pass" >"$root/verify.json"
grep -q '"ok": true' "$root/verify.json" || { cat "$root/verify.json" >&2; exit 1; }
run --passphrase-fd 3 case list 3<<<"$pass" | grep -q "Дело Иванова"

# Nothing but the vault and the settings.
stray=$(cd "$home" && find . -type f ! -path './vault/*' ! -name settings.json | sort)
if [[ -n "$stray" || -n "$(ls -A "$root/tmp")" ]]; then
    echo "package smoke: files written outside the vault and the settings:" >&2
    echo "$stray" >&2
    ls -A "$root/tmp" >&2
    exit 1
fi
echo "package smoke: $(basename "$tarball") checks, its window appeared on Xvfb (xcb) and quit;" \
    "init, case add ($case_id) and verify passed; nothing written outside the vault and settings"
