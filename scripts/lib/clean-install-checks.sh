#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The checks of the install proof inside the clean root (scripts/check-clean-install.sh
# runs this as mmdebstrap's customize hook, with /proc, /sys and /dev mounted in the root):
#   clean-install-checks.sh ROOT VERSION WORK_DIR
# Every command runs in the root through chroot with an empty environment, so nothing of
# the host (its /usr, LD_LIBRARY_PATH, QT_PLUGIN_PATH, QML_IMPORT_PATH) can stand in for
# a missing dependency. Logs go to WORK_DIR.
set -euo pipefail

root=$1
version=$2
work_dir=$3
# mmdebstrap sends a hook's output to its own log: the report goes to a file of its own
# too, which check-clean-install.sh shows.
exec >"$work_dir/checks.log" 2>&1
user=j.voorbeeld@example.nl
password='Welkom!2026'
unit=/lib/systemd/system/careportal-server.service
path=/usr/sbin:/usr/bin:/sbin:/bin

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# in_root CMD...: CMD inside the root, as root, with nothing of the host's environment.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=$path LANG=C.UTF-8 "$@"
}

# shellcheck disable=SC2016 # dpkg-query's format, not the shell's
packages=$(in_root dpkg-query -W -f '${binary:Package}\n' | wc -l)
echo "clean root: $packages packages, $(du -smx "$root" | cut -f1) MiB"

# --- Both binaries start, without a display: every library they link is there.
for program in careportal careportal-server; do
    got=$(in_root "$program" --version 2>"$work_dir/version.err") || true
    if [ "$got" = "$program $version" ]; then
        echo "$program --version: $got"
    else
        cat "$work_dir/version.err"
        fail "$program --version printed '$got', expected '$program $version'"
    fi
done

# --- The server, started as the unit starts it. systemd cannot run in a chroot, so this
# does what systemd would for careportal-server.service: its Environment= defaults, then
# its EnvironmentFile (server.conf, where an administrator turns the demo data on), then
# ExecStart with systemd's expansion (${VAR} one word, $VAR split into words, gone when
# empty), as User=/Group= with UMask=0077 and the StateDirectory= made 0700. Port 0: the
# server picks a free loopback port and prints it. The sandbox itself is not applied here
# (package_server scores it).
unit_value() { sed -n "s/^$1=//p" "$root$unit" | tail -n 1; }
config=$(unit_value EnvironmentFile)
config=${config#-} # "-": optional to systemd, but the package ships it
sed -i -e 's/^CAREPORTAL_OPTIONS=.*/CAREPORTAL_OPTIONS=--demo/' \
    -e 's/^CAREPORTAL_PORT=.*/CAREPORTAL_PORT=0/' "$root$config"
declare -A environment=()
read -ra pairs <<<"$(unit_value Environment)"
for pair in "${pairs[@]}"; do environment[${pair%%=*}]=${pair#*=}; done
while IFS= read -r line; do
    if [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]]; then
        environment[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
    fi
done <"$root$config"
read -ra words <<<"$(unit_value ExecStart)"
command=()
for word in "${words[@]}"; do
    if [[ $word =~ ^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$ ]]; then
        command+=("${environment[${BASH_REMATCH[1]}]:-}")
    elif [[ $word =~ ^\$([A-Za-z_][A-Za-z0-9_]*)$ ]]; then
        read -ra split <<<"${environment[${BASH_REMATCH[1]}]:-}"
        command+=("${split[@]}")
    else
        command+=("$word")
    fi
done
service_user=$(unit_value User)
service_group=$(unit_value Group)
state_dir=/var/lib/$(unit_value StateDirectory)
env_args=()
for name in "${!environment[@]}"; do env_args+=("$name=${environment[$name]}"); done
echo "ExecStart as $service_user: ${command[*]}"
in_root install -d -m 0700 -o "$service_user" -g "$service_group" "$state_dir"
server_log=$work_dir/server.log
chroot "$root" /usr/bin/setpriv --reuid="$service_user" --regid="$service_group" \
    --init-groups /usr/bin/env -i PATH=$path LANG=C.UTF-8 "${env_args[@]}" \
    /bin/sh -c 'umask 0077; exec "$@"' careportal-server "${command[@]}" >"$server_log" 2>&1 &
server_pid=$!
# Whatever happens below, the server goes: mmdebstrap cannot unmount a busy root.
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    grep -qs '^TLS certificate SHA-256 fingerprint:' "$server_log" && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
url=$(sed -n 's/^CarePortal server listening on //p' "$server_log" | head -n 1)
fingerprint=$(sed -n 's/^TLS certificate SHA-256 fingerprint: //p' "$server_log" | head -n 1)
if [ -z "$url" ] || [ -z "$fingerprint" ]; then
    cat "$server_log"
    fail "the server did not start (log: $server_log)"
    exit 1
fi
echo "server: $url, certificate $fingerprint"

# --- The API with curl, trusting exactly the server's own certificate: log in, find the
# demo client, read this month (Europe/Amsterdam, as the API counts days).
api() {
    in_root curl --silent --show-error --fail-with-body --max-time 20 \
        --cacert "$state_dir/tls/server.crt" "$@"
}
json() { python3 -c "import json, sys; print($1)"; }
from=$(TZ=Europe/Amsterdam date +%Y-%m-01)
to=$(date -d "$from +1 month -1 day" +%Y-%m-%d)
api_visits=""
if ! login=$(api -H 'Content-Type: application/json' \
    -d "{\"username\": \"$user\", \"password\": \"$password\"}" "$url/auth/login"); then
    fail "login through the API failed: $login"
else
    token=$(json 'json.load(sys.stdin)["token"]' <<<"$login")
    me=$(api -H "Authorization: Bearer $token" "$url/me")
    client=$(json 'json.load(sys.stdin)["clients"][0]["id"]' <<<"$me")
    month=$(api -H "Authorization: Bearer $token" \
        "$url/clients/$client/appointments?from=$from&to=$to")
    api_visits=$(json 'len(json.load(sys.stdin)["appointments"])' <<<"$month")
    echo "API: logged in as $user, client $client, $api_visits visits from $from to $to"
fi

# --- The app, offscreen, as an unprivileged user, against that server: every screen's QML
# compiles, the plugins Qt loads by name are there, the window draws, it logs in and shows
# this month (careportal --self-test).
in_root install -d -m 0700 -o nobody /tmp/app-home /tmp/app-runtime
# app_self_test LOG [ENV=VALUE...] -- [OPTION...]: careportal --self-test; sets `status`
# (its exit status) and `result` (its verdict line).
app_self_test() {
    local log=$1 variables=()
    shift
    while [ "$1" != -- ]; do
        variables+=("$1")
        shift
    done
    shift
    status=0
    chroot "$root" /usr/bin/setpriv --reuid=nobody --regid=nogroup --clear-groups \
        /usr/bin/env -i PATH=$path LANG=C.UTF-8 HOME=/tmp/app-home \
        XDG_RUNTIME_DIR=/tmp/app-runtime QT_QPA_PLATFORM=offscreen "${variables[@]}" \
        timeout 120 careportal --self-test "$@" >"$log" 2>&1 || status=$?
    result=$(grep '^self-test: ' "$log" | tail -n 1 || true)
}
app_log=$work_dir/app-self-test.log
app_self_test "$app_log" CAREPORTAL_USER="$user" CAREPORTAL_PASSWORD="$password" -- \
    --server "$url" --fingerprint "$fingerprint"
if [ "$status" -ne 0 ]; then
    cat "$app_log"
    fail "careportal --self-test exited with $status: ${result:-no verdict}"
elif [[ ! $result =~ ^self-test:\ ok,\ ([0-9]+)\ visits\ this\ month ]]; then
    cat "$app_log"
    fail "careportal --self-test printed '$result'"
elif [ -n "$api_visits" ] && [ "${BASH_REMATCH[1]}" != "$api_visits" ]; then
    fail "the app shows ${BASH_REMATCH[1]} visits this month, the API $api_visits"
else
    echo "app: $result"
fi

# --- A care home's kiosk: the on-screen keyboard is created only there (its QML module,
# the modules that imports, and its input method plugin). No login needed for that.
kiosk_log=$work_dir/app-self-test-kiosk.log
app_self_test "$kiosk_log" -- --kiosk --server "$url" --fingerprint "$fingerprint"
if [ "$status" -ne 0 ] || [[ ! $result =~ ^self-test:\ ok ]]; then
    cat "$kiosk_log"
    fail "careportal --self-test --kiosk exited with $status: ${result:-no verdict}"
else
    echo "app as a kiosk (on-screen keyboard): $result"
fi

# --- The server stops as systemd stops it (KillSignal=SIGTERM, TimeoutStopSec=30s): its
# writes finished, exit status 0.
if kill -TERM "$server_pid" 2>/dev/null; then
    for _ in $(seq 1 150); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$server_pid" 2>/dev/null; then
        fail "the server did not stop within 30 s of SIGTERM"
    else
        status=0
        wait "$server_pid" || status=$?
        trap - EXIT
        if [ "$status" -eq 0 ]; then
            echo "server: stopped on SIGTERM"
        else
            tail -n 20 "$server_log"
            fail "the server exited with $status on SIGTERM"
        fi
    fi
else
    tail -n 20 "$server_log"
    fail "the server was no longer running after the checks"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed inside the clean root"
    exit 1
fi
echo "inside the clean root: all checks passed"
