# CPack: Debian packages for the app and the reference server, version from project().
set(CPACK_PACKAGE_NAME "careportal")
set(CPACK_PACKAGE_VENDOR "CarePortal")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Every package's synopsis (CPack puts it before each component's description); Debian
# wants it under 80 characters, and project()'s description is longer.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CarePortal: client portal of Dutch home-care organisations")
set(CPACK_PACKAGE_CONTACT "CarePortal developers <dev@careportal.invalid>")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEBIAN_APP_PACKAGE_NAME "careportal")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "careportal-server")
# dpkg-shlibdeps sees linked libraries only; QML modules and Qt plugins are loaded at run
# time, so they are named here.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "qml6-module-qtquick, qml6-module-qtquick-controls, \
qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, \
qml6-module-qtqml-workerscript, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_APP_PACKAGE_SECTION "misc")
# careportal-server: unit, configuration, man page, maintainer scripts (its own file).
include(${CMAKE_CURRENT_LIST_DIR}/PackagingServer.cmake)
include(CPack)
