# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The careportal-server Debian package (component "server"): besides the binary
# (server/CMakeLists.txt), the systemd unit, its system user, the default configuration,
# the man page, copyright and changelog, and the maintainer scripts that back up the
# database before an upgrade. Included from cmake/Packaging.cmake before include(CPack).
# docs/server.md ("The Debian package") says what each file does.

set(_server_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(_server_gen ${CMAKE_BINARY_DIR}/packaging/server)
file(MAKE_DIRECTORY ${_server_gen})

# Debian wants man pages and changelogs gzipped without a time stamp in the header (-n), so
# the package is the same bytes whenever it is built. A target, not configure time, so an
# edited man page is packed again; cpack with Ninja builds nothing itself, so whoever runs
# cpack builds this target first (scripts/check-server-package.sh does).
find_program(CAREPORTAL_GZIP gzip REQUIRED)
# The changelog's date: SOURCE_DATE_EPOCH when set (string(TIMESTAMP) honours it), else now.
string(TIMESTAMP CAREPORTAL_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${_server_pkg}/debian/changelog.in ${_server_gen}/changelog @ONLY)
add_custom_command(
    OUTPUT ${_server_gen}/careportal-server.1.gz ${_server_gen}/changelog.gz
    COMMAND ${CAREPORTAL_GZIP} -9nc ${_server_pkg}/man/careportal-server.1
            > ${_server_gen}/careportal-server.1.gz
    COMMAND ${CAREPORTAL_GZIP} -9nc ${_server_gen}/changelog > ${_server_gen}/changelog.gz
    DEPENDS ${_server_pkg}/man/careportal-server.1 ${_server_gen}/changelog
    COMMENT "Compressing the careportal-server man page and changelog")
add_custom_target(careportal-server-package-files ALL
    DEPENDS ${_server_gen}/careportal-server.1.gz ${_server_gen}/changelog.gz)

# Absolute destinations: Debian's places, whatever the install prefix. bookworm's
# systemd and debhelper still use /lib/systemd/system (not /usr/lib).
install(FILES ${_server_pkg}/systemd/careportal-server.service
    DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${_server_pkg}/systemd/careportal-server.sysusers
    DESTINATION /usr/lib/sysusers.d RENAME careportal-server.conf COMPONENT server)
install(FILES ${_server_pkg}/server/server.conf
    DESTINATION /etc/careportal COMPONENT server)
# The organisation's own certificate goes here (root only; the unit loads it as credentials).
install(DIRECTORY DESTINATION /etc/careportal/tls
    DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE COMPONENT server)
install(FILES ${_server_gen}/careportal-server.1.gz
    DESTINATION /usr/share/man/man1 COMPONENT server)
install(FILES ${_server_pkg}/debian/copyright ${_server_gen}/changelog.gz
    DESTINATION /usr/share/doc/careportal-server COMPONENT server)
install(FILES ${_server_pkg}/lintian/careportal-server
    DESTINATION /usr/share/lintian/overrides COMPONENT server)

# Debian's description, lines of at most 80; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY
# (cmake/Packaging.cmake) before it as the synopsis.
set(CPACK_DEBIAN_SERVER_DESCRIPTION "The reference server: the portal API over HTTPS.
careportal-server serves the CarePortal API (the client portal of a Dutch
home-care organisation) over HTTPS, with a SQLite database, the NEN 7513
access log and staff tasks on the command line (careportal-server admin).
It runs as the sandboxed systemd service careportal-server.service under its
own system user; its options are in /etc/careportal/server.conf.")
# Full RELRO for the packaged binary (lintian: hardening-no-bindnow): the GOT becomes
# read-only after start. Link flags only, so the server's sources are untouched.
target_link_options(careportal-server PRIVATE -Wl,-z,relro,-z,now)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SERVER_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${_server_pkg}/debian/careportal-server/preinst
    ${_server_pkg}/debian/careportal-server/postinst
    ${_server_pkg}/debian/careportal-server/prerm
    ${_server_pkg}/debian/careportal-server/postrm
    ${_server_pkg}/debian/careportal-server/conffiles)
# Maintainer scripts 0755, conffiles 0644, whatever the checkout's modes (lintian checks).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Debian ships stripped binaries (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
