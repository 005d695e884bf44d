#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks the careportal-kiosk Debian package without root (test package_kiosk,
# tests/packaging): the files of the kiosk recipe in their places, the control fields, the
# unit against the app, its user, its PAM service and the profile, and lintian on the .deb
# that cpack builds into WORK_DIR.
#   scripts/check-kiosk-package.sh BUILD_DIR WORK_DIR
# Fails on: a missing file, a file under /etc that is not a conffile, Depends without the
# same version of careportal or without cage, qt6-wayland and libpam-systemd, any message
# from `systemd-analyze verify`, a unit whose user, PAM service, home or profile is not the
# package's, an app option in ExecStart that `careportal --help` does not list, a profile
# that is not JSON with "kiosk": true, a maintainer script that enables or starts the unit,
# a lintian error or a warning not overridden (packaging/lintian/README.md).
set -euo pipefail

build_dir=$(realpath "$1")
work_dir=$(realpath -m "$2")
source_dir=$(realpath "$(dirname "$0")/..")
unit=careportal-kiosk.service

# shellcheck source=lib/package-checks.sh
source "$source_dir/scripts/lib/package-checks.sh"
# The app binary too: ExecStart's options are checked against its --help.
build_deb "$build_dir" "$work_dir" kiosk careportal-kiosk careportal-kiosk-package-files careportal
app="$build_dir/app/careportal"

# --- The files, each in its place.
for file in lib/systemd/system/$unit usr/lib/sysusers.d/careportal-kiosk.conf \
    etc/pam.d/careportal-kiosk etc/careportal/kiosk-profile.json \
    usr/share/doc/careportal-kiosk/copyright usr/share/doc/careportal-kiosk/changelog.gz \
    usr/share/doc/careportal-kiosk/README.md; do
    [ -f "$root/$file" ] || fail "no /$file in the package"
done
echo "files: unit, sysusers, PAM service, profile, copyright, changelog, README"

# --- Control: architecture, dependencies, conffiles, maintainer scripts.
control="$work_dir/control"
dpkg-deb -e "$deb" "$control"
arch=$(dpkg-deb -f "$deb" Architecture)
[ "$arch" = all ] || fail "Architecture is $arch, expected all (files only)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -Eq "(^|, )careportal \(= $version\)(,|$)" <<<"$depends" ||
    fail "Depends lacks careportal (= $version): the app the unit runs must be this release"
for package in cage qt6-wayland libpam-systemd; do
    grep -Eq "(^|, )$package(,|$| )" <<<"$depends" || fail "Depends lacks $package"
done
etc_files=$(cd "$root" && find etc -type f | sed 's|^|/|' | sort)
conffiles=$(sort "$control/conffiles" 2>/dev/null || true)
if [ "$etc_files" = "$conffiles" ]; then
    echo "conffiles: every file under /etc ($(wc -l <<<"$conffiles"))"
else
    fail "conffiles ($(tr '\n' ' ' <<<"$conffiles")) differ from the files under /etc ($(tr '\n' ' ' <<<"$etc_files"))"
fi
for script in postinst prerm postrm; do
    [ -x "$control/$script" ] || {
        fail "no executable $script"
        continue
    }
    bash -n "$control/$script" || fail "$script: syntax error"
done
# Installing must not turn the installer's screen into a kiosk (packaging/kiosk/README.md):
# no start, and an enable only where the admin had enabled it before (an upgrade). Comments
# and the messages it prints are not commands.
commands=$(grep -Ev '^[[:space:]]*(#|echo |")' "$control/postinst")
if grep -Eq "deb-systemd-invoke +(start|restart)|systemctl .*(start|enable)" <<<"$commands"; then
    fail "postinst starts or enables $unit by itself"
fi
# Each enable comes right after the question whether the admin had it enabled.
enables=$(grep -c "deb-systemd-helper enable" <<<"$commands" || true)
kept=$(grep -A1 "deb-systemd-helper --quiet was-enabled" <<<"$commands" |
    grep -c "deb-systemd-helper enable" || true)
[ "$enables" = "$kept" ] || fail "postinst enables $unit without asking was-enabled first"

# --- The unit against the package: its user, PAM service, home and profile.
unit_file="$root/lib/systemd/system/$unit"
value() { sed -n "s/^$1=//p" "$unit_file" | tail -n 1; }
user=$(value User)
grep -Eq "^u $user " "$root/usr/lib/sysusers.d/careportal-kiosk.conf" ||
    fail "User=$user is not the user of careportal-kiosk.conf"
[ -f "$root/etc/pam.d/$(value PAMName)" ] || fail "PAMName=$(value PAMName) has no /etc/pam.d file"
runtime=$(value RuntimeDirectory)
grep -qx "Environment=HOME=/run/$runtime" "$unit_file" ||
    fail "HOME is not the RuntimeDirectory /run/$runtime (nothing left behind)"
exec_start=$(value ExecStart)
profile=$(grep -oE -- '--profile [^ ]+' <<<"$exec_start" | cut -d' ' -f2)
[ -f "$root$profile" ] || fail "ExecStart's profile $profile is not in the package"
# Every option ExecStart gives the app is one the app lists in --help.
help=$(QT_QPA_PLATFORM=offscreen HOME="$work_dir/home" "$app" --help 2>/dev/null || true)
app_args=${exec_start#*/usr/bin/careportal }
for option in $(grep -oE -- '--[a-z-]+' <<<"$app_args"); do
    grep -Eq -- "^ +(-[a-z], )?$option( |$)" <<<"$help" ||
        fail "ExecStart gives careportal $option, which 'careportal --help' does not list"
done
echo "unit: User, PAMName, HOME in RuntimeDirectory, profile and app options match"
# cage's own flags (before --), where cage is installed: each one its -h lists.
if command -v cage >/dev/null 2>&1; then
    cage_help=$(cage -h 2>&1 || true)
    cage_args=${exec_start#/usr/bin/cage }
    for flag in $(grep -oE -- '(^| )-[a-z]' <<<"${cage_args%% -- *}"); do
        grep -Eq -- "^ $flag\b" <<<"$cage_help" || fail "ExecStart gives cage $flag, which 'cage -h' does not list"
    done
    echo "cage: its flags in ExecStart exist"
fi

# systemd-analyze verify checks the syntax and that ExecStart's program and the
# Documentation= man page exist: a copy of the unit with careportal from the build, cage
# from this machine (or /bin/true where it is not installed: the package depends on it),
# and the app's man page through MANPATH. It reports problems as messages: any output fails.
if command -v systemd-analyze >/dev/null 2>&1; then
    mkdir -p "$work_dir/verify" "$work_dir/man/man1"
    cp "$source_dir/packaging/man/careportal.1" "$work_dir/man/man1/"
    cage=$(command -v cage || true)
    if [ -z "$cage" ]; then
        echo "cage is not installed here: verify runs the unit with /bin/true in its place"
        cage=/bin/true
    fi
    sed -e "s|^ExecStart=/usr/bin/cage |ExecStart=$cage |" \
        -e "s| /usr/bin/careportal | $app |" "$unit_file" >"$work_dir/verify/$unit"
    if verify=$(MANPATH="$work_dir/man" systemd-analyze verify "$work_dir/verify/$unit" 2>&1) &&
        [ -z "$verify" ]; then
        echo "systemd-analyze verify: clean"
    else
        echo "$verify" >&2
        fail "systemd-analyze verify reported problems"
    fi
else
    echo "SKIP: systemd-analyze is not installed (Debian package systemd): unit not verified"
fi

# --- The system user: what systemd-sysusers would create from the packaged file.
if command -v systemd-sysusers >/dev/null 2>&1; then
    mkdir -p "$work_dir/sysroot/etc"
    sysusers=$(systemd-sysusers --root="$work_dir/sysroot" --dry-run \
        "$root/usr/lib/sysusers.d/careportal-kiosk.conf" 2>&1) || fail "systemd-sysusers refused the file"
    grep -q "Creating user '$user'" <<<"$sysusers" || {
        echo "$sysusers" >&2
        fail "systemd-sysusers would not create $user"
    }
    echo "sysusers: creates $user"
fi

# --- PAM: every included stack and module exists on this Debian.
pam_missing=""
while read -r first second third _; do
    case "$first" in
        @include) [ -f "/etc/pam.d/$second" ] || pam_missing="$pam_missing $second" ;;
        account | auth | password | session)
            module=$third
            [ -e "/lib/x86_64-linux-gnu/security/$module" ] ||
                [ -e "/usr/lib/x86_64-linux-gnu/security/$module" ] ||
                pam_missing="$pam_missing $module"
            ;;
    esac
done < <(grep -Ev '^[[:space:]]*(#|$)' "$root/etc/pam.d/careportal-kiosk")
if [ -n "$pam_missing" ]; then
    fail "the PAM service names what this system does not have:$pam_missing"
else
    echo "PAM: every stack and module it names exists"
fi

# --- The profile: JSON, a kiosk, an idle logout in minutes.
if python3 - "$root$profile" <<'EOF'; then
import json, sys
profile = json.load(open(sys.argv[1], encoding="utf-8"))
assert profile.get("kiosk") is True, '"kiosk" is not true'
assert profile.get("serverUrl", "").startswith("https://"), "serverUrl is not https"
minutes = profile.get("idleLogoutMinutes")
assert isinstance(minutes, int) and minutes > 0, "idleLogoutMinutes is not a positive number"
EOF
    echo "profile: JSON, kiosk, https server, idle logout"
else
    fail "the kiosk profile is not what the app reads"
fi

# --- lintian.
check_lintian "$deb"

finish careportal-kiosk
