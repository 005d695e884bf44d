# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# CPack: Debian packages for the app, the reference server and the kiosk set-up on Linux;
# prepared, untested installers for the app on Windows and macOS (docs/platforms.md).
# Version from project().
set(CPACK_PACKAGE_NAME "careportal")
set(CPACK_PACKAGE_VENDOR "CarePortal")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Every package's synopsis (CPack puts it before each component's description); Debian
# wants it under 80 characters, and project()'s description is longer. It must not start
# with a package's name (lintian: description-starts-with-package-name, an error).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "client portal of Dutch home-care organisations (CarePortal)")
set(CPACK_PACKAGE_CONTACT "CarePortal developers <dev@careportal.invalid>")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_COMPONENTS_ALL app server kiosk)
    set(CPACK_DEBIAN_APP_PACKAGE_NAME "careportal")
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "careportal-server")
    # careportal-server: unit, configuration, man page, maintainer scripts (its own file).
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingServer.cmake)
    # careportal: metainfo, icons, man page, run-time dependencies (its own file; after the
    # server's, whose gzip it uses).
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingApp.cmake)
    # careportal-kiosk: the kiosk recipe of packaging/kiosk as files (its own file; after
    # the server's, whose gzip it uses).
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingKiosk.cmake)
elseif(WIN32)
    # The app as an NSIS installer, Qt deployed by windeployqt (untested: no Windows here).
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingWindows.cmake)
elseif(APPLE)
    # The app as a disk image, Qt deployed by macdeployqt (untested: no Mac here).
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingMacOS.cmake)
endif()
include(CPack)
