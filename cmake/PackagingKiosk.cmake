# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The careportal-kiosk Debian package (component "kiosk"): the kiosk recipe of
# packaging/kiosk/ as files, no binary of its own. The systemd unit that runs the app full
# screen in cage on the first console, the system user it runs as, its PAM service, the
# kiosk profile (a conffile the installer edits), copyright and changelog, and maintainer
# scripts that create the user but enable nothing (packaging/kiosk/README.md says why).
# Included from cmake/Packaging.cmake before include(CPack), after PackagingServer.cmake
# (whose gzip it uses). Checked by the test package_kiosk (scripts/check-kiosk-package.sh).

set(_kiosk_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(_kiosk_gen ${CMAKE_BINARY_DIR}/packaging/kiosk)
file(MAKE_DIRECTORY ${_kiosk_gen})

# The changelog is the server's template with this package's name (a function, so the
# name stays local to it).
function(careportal_configure_kiosk_changelog)
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME careportal-kiosk)
    configure_file(${_kiosk_pkg}/debian/changelog.in ${_kiosk_gen}/changelog @ONLY)
endfunction()
careportal_configure_kiosk_changelog()
add_custom_command(
    OUTPUT ${_kiosk_gen}/changelog.gz
    COMMAND ${CAREPORTAL_GZIP} -9nc ${_kiosk_gen}/changelog > ${_kiosk_gen}/changelog.gz
    DEPENDS ${_kiosk_gen}/changelog
    COMMENT "Compressing the careportal-kiosk changelog")
# ALL, as the others', so `cmake --install` finds it; scripts/check-kiosk-package.sh
# builds it before cpack.
add_custom_target(careportal-kiosk-package-files ALL DEPENDS ${_kiosk_gen}/changelog.gz)

# Every file under /etc is a conffile: dpkg keeps the installer's edits on upgrades. Written
# here, beside the install() calls that put the files there.
file(WRITE ${_kiosk_gen}/conffiles
    "/etc/careportal/kiosk-profile.json\n/etc/pam.d/careportal-kiosk\n")

# Absolute destinations, as for the server: Debian's places whatever the prefix.
install(FILES ${_kiosk_pkg}/kiosk/careportal-kiosk.service
    DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES ${_kiosk_pkg}/kiosk/careportal-kiosk.sysusers
    DESTINATION /usr/lib/sysusers.d RENAME careportal-kiosk.conf COMPONENT kiosk)
install(FILES ${_kiosk_pkg}/kiosk/careportal-kiosk.pam
    DESTINATION /etc/pam.d RENAME careportal-kiosk COMPONENT kiosk)
install(FILES ${_kiosk_pkg}/kiosk/kiosk-profile.json
    DESTINATION /etc/careportal COMPONENT kiosk)
install(FILES ${_kiosk_pkg}/debian/copyright ${_kiosk_gen}/changelog.gz
    ${_kiosk_pkg}/kiosk/README.md
    DESTINATION /usr/share/doc/careportal-kiosk COMPONENT kiosk)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME "careportal-kiosk")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "Kiosk set-up: the app alone, full screen, on a shared PC.
careportal-kiosk turns a care home's shared PC into a CarePortal kiosk: the
systemd unit careportal-kiosk.service runs the app full screen in cage (a
Wayland kiosk compositor) on the first console as the system user
careportal-kiosk, without a login. In kiosk mode the app logs out after a few
minutes without input and keeps nothing of a user on disk; the kiosk's home
lives in memory and is emptied whenever the kiosk restarts. Set the server in
/etc/careportal/kiosk-profile.json, then enable the unit.")
# Files only: one package for every architecture. The app it runs must be the same release
# (the profile's keys and the unit's options are that version's).
set(CPACK_DEBIAN_KIOSK_PACKAGE_ARCHITECTURE "all")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SHLIBDEPS OFF)
# cage shows the app; qt6-wayland lets it talk Wayland (QT_QPA_PLATFORM=wayland in the
# unit); libpam-systemd registers the session with logind (seat, XDG_RUNTIME_DIR) and
# brings systemd-sysusers for postinst; the Dutch and English dictionaries give the
# on-screen keyboard its word suggestions (without them it warns at every start).
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "careportal (= ${PROJECT_VERSION}), cage, qt6-wayland, libpam-systemd, hunspell-nl, \
hunspell-en-gb")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_KIOSK_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${_kiosk_pkg}/debian/careportal-kiosk/postinst
    ${_kiosk_pkg}/debian/careportal-kiosk/prerm
    ${_kiosk_pkg}/debian/careportal-kiosk/postrm
    ${_kiosk_gen}/conffiles)
