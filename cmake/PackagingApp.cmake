# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The careportal Debian package (component "app"): besides the binary and the desktop file
# (app/CMakeLists.txt), the AppStream metainfo, the icons in the hicolor sizes and
# scalable, the man page, copyright and changelog, and the run-time dependencies that
# dpkg-shlibdeps cannot see. Included from cmake/Packaging.cmake before include(CPack).
# Checked by the test package_app (scripts/check-app-package.sh).

set(_app_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(_app_gen ${CMAKE_BINARY_DIR}/packaging/app)
file(MAKE_DIRECTORY ${_app_gen})

# The metainfo's release is project()'s version; the changelog is the server's template
# with this package's name (a function, so the name stays local to it).
configure_file(${_app_pkg}/org.careportal.careportal.metainfo.xml.in
    ${_app_gen}/org.careportal.careportal.metainfo.xml @ONLY)
function(careportal_configure_app_changelog)
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME careportal)
    configure_file(${_app_pkg}/debian/changelog.in ${_app_gen}/changelog @ONLY)
endfunction()
careportal_configure_app_changelog()

# Icons: the PNG sizes are rendered from resources/icons/careportal.svg at build time
# rather than committed, so the SVG (also the tray icon) stays the only source and the
# sizes cannot drift from it. rsvg-convert (Debian: librsvg2-bin) is needed only for this
# target; without it the target fails and says what to install, configure still works.
set(CAREPORTAL_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(_app_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/careportal.svg)
find_program(CAREPORTAL_RSVG_CONVERT rsvg-convert)
set(_app_icons "")
foreach(size IN LISTS CAREPORTAL_ICON_SIZES)
    set(_png ${_app_gen}/icons/hicolor/${size}x${size}/apps/careportal.png)
    if(CAREPORTAL_RSVG_CONVERT)
        set(_render ${CAREPORTAL_RSVG_CONVERT} -w ${size} -h ${size} -o ${_png} ${_app_icon_svg})
    else()
        set(_render ${CMAKE_COMMAND} -E echo "rsvg-convert not found: apt install librsvg2-bin"
            COMMAND ${CMAKE_COMMAND} -E false)
    endif()
    add_custom_command(OUTPUT ${_png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_app_gen}/icons/hicolor/${size}x${size}/apps
        COMMAND ${_render}
        DEPENDS ${_app_icon_svg}
        COMMENT "Rendering the ${size}x${size} careportal icon")
    list(APPEND _app_icons ${_png})
endforeach()

# Man page and changelog gzipped without a time stamp (-n), as for the server.
add_custom_command(
    OUTPUT ${_app_gen}/careportal.1.gz ${_app_gen}/changelog.gz
    COMMAND ${CAREPORTAL_GZIP} -9nc ${_app_pkg}/man/careportal.1 > ${_app_gen}/careportal.1.gz
    COMMAND ${CAREPORTAL_GZIP} -9nc ${_app_gen}/changelog > ${_app_gen}/changelog.gz
    DEPENDS ${_app_pkg}/man/careportal.1 ${_app_gen}/changelog
    COMMENT "Compressing the careportal man page and changelog")
# ALL, as the server's, so `cmake --install` finds them; cpack with Ninja builds nothing
# itself, so scripts/check-app-package.sh builds this target before cpack.
add_custom_target(careportal-package-files ALL
    DEPENDS ${_app_icons} ${_app_gen}/careportal.1.gz ${_app_gen}/changelog.gz)

# Destinations relative to the prefix (/usr in the .deb), so `cmake --install --prefix
# ~/.local` also works for the app, which needs no system paths.
include(GNUInstallDirs)
install(FILES ${_app_gen}/org.careportal.careportal.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
install(DIRECTORY ${_app_gen}/icons/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT app)
install(FILES ${_app_icon_svg}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
install(FILES ${_app_gen}/careportal.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)
install(FILES ${_app_pkg}/debian/copyright ${_app_gen}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/careportal COMPONENT app)

set(CPACK_DEBIAN_APP_DESCRIPTION "The app: planning, dossier and contacts of home-care clients.
CarePortal is the client portal of a Dutch home-care organisation as a
desktop and tablet app (Qt Quick). Clients, their families and carers see
the planning of visits, the client dossier, contact details and persons,
contact requests, absences and who viewed their data, in Dutch or English.
The planning stays readable without internet; the session secret is kept in
the desktop's keychain. It opens careportal:// links from reset e-mails.")

# dpkg-shlibdeps sees only the libraries the binary links (Qt Core/Gui/Quick, QtKeychain,
# TextToSpeech, libical, libqrencode ...). What Qt loads at run time is named here, derived
# from the app run offscreen with --virtual-keyboard and QML_IMPORT_TRACE=1: every qmldir
# it read and every plugin in /proc/PID/maps, mapped to packages with dpkg -S:
# - QML modules: QtQml, QtQml.Models and QtQml.WorkerScript (imported by QtQuick),
#   QtQuick, QtQuick.Controls (+ Basic style), .Layouts, .Templates, .Window, .Dialogs,
#   QtQuick.VirtualKeyboard (+ .Settings), and Qt.labs.folderlistmodel that the virtual
#   keyboard imports without declaring it;
# - plugins: the virtual keyboard's input context (qt6-virtualkeyboard-plugin), the
#   SQLite driver of the cache (libqt6sql6-sqlite), the SVG image format of the icons
#   (libqt6svg6), and a TextToSpeech engine for "Voorlezen" (flite always works;
#   speech-dispatcher speaks Dutch through espeak-ng). xcb, TLS and network-information
#   plugins ship in libqt6gui6 / libqt6network6, which shlibdeps already adds.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "qml6-module-qtqml, qml6-module-qtqml-models, \
qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, \
qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, \
qml6-module-qtquick-dialogs, qml6-module-qtquick-virtualkeyboard, \
qml6-module-qt-labs-folderlistmodel, qt6-virtualkeyboard-plugin, libqt6sql6-sqlite, \
libqt6svg6, qt6-speech-flite-plugin | qt6-speech-speechd-plugin")
# The keychain (QtKeychain talks to a Secret Service over D-Bus; without one the session
# lasts only while the app runs), Dutch speech, native Wayland windows (without it Qt
# uses XWayland), the desktop's own file dialog for "Opslaan" (through the GTK or portal
# platform theme; without it Qt's own dialog, in Dutch) and Qt's Dutch button texts.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, \
qt6-speech-speechd-plugin, qt6-wayland, \
qt6-xdgdesktopportal-platformtheme | qt6-gtk-platformtheme, qt6-translations-l10n")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_APP_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_APP_PACKAGE_PRIORITY "optional")
# Full RELRO for the packaged binary (lintian: hardening-no-bindnow), as for the server.
target_link_options(careportal PRIVATE -Wl,-z,relro,-z,now)
