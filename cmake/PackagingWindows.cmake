# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The app for Windows as an NSIS installer (careportal-<version>-win64.exe). UNTESTED: no
# Windows machine builds CarePortal yet; docs/platforms.md lists what is and is not known.
# Included from cmake/Packaging.cmake on Windows only, before include(CPack); the steps
# around it (configure, build, cpack, sign, checksum) are packaging/windows/build-installer.ps1.
#
# What the installer holds: bin/careportal.exe, and beside it what windeployqt deploys for
# the QML in qml/ (Qt's DLLs, QML modules, plugins: platform, SQLite, TLS, TextToSpeech,
# the virtual keyboard's input context), the DLLs of QtKeychain, libsodium, libqrencode and
# libical, and the MSVC runtime. It registers careportal:// for the reset e-mail's links and
# shows LICENSE (GPL-3.0-or-later) before installing.

set(CPACK_GENERATOR "NSIS")
set(CPACK_COMPONENTS_ALL app)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "CarePortal")
set(CPACK_COMPONENT_APP_REQUIRED ON)
# Values reach the NSIS script exactly as written here (no second round of escaping).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CarePortal")
set(CPACK_NSIS_PACKAGE_NAME "CarePortal")
set(CPACK_NSIS_DISPLAY_NAME "CarePortal ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\careportal.exe")
# A Start menu entry "CarePortal" for bin/careportal.exe.
set(CPACK_PACKAGE_EXECUTABLES "careportal" "CarePortal")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# No "Run CarePortal" on the last page: the installer runs elevated, and so would the app,
# its settings and keychain entries then belonging to the administrator.

# careportal:// as a URL protocol (Windows' "Registering an Application to a URI Scheme"):
# a click on the reset e-mail's link starts careportal.exe "<link>", which hands the link
# to the running CarePortal (app/core/app/singleinstance.h). SHCTX is HKLM for an install
# for all users, HKCU for one user; the uninstaller removes the key again.
set(_scheme_key "Software\\Classes\\careportal")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX '${_scheme_key}' '' 'URL:CarePortal'
  WriteRegStr SHCTX '${_scheme_key}' 'URL Protocol' ''
  WriteRegStr SHCTX '${_scheme_key}\\DefaultIcon' '' '$INSTDIR\\bin\\careportal.exe,0'
  WriteRegStr SHCTX '${_scheme_key}\\shell\\open\\command' '' '\"$INSTDIR\\bin\\careportal.exe\" \"%1\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey SHCTX '${_scheme_key}'
")

# The MSVC runtime DLLs beside the exe (CMake's InstallRequiredSystemLibraries), so the
# installer needs no separate vc_redist.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT app)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# windeployqt sits beside qmake in Qt's bin folder.
get_target_property(_qt_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qt_qmake}" DIRECTORY)
find_program(CAREPORTAL_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" REQUIRED)
# Folders with the DLLs of the libraries that are not Qt (vcpkg: installed/x64-windows/bin).
set(CAREPORTAL_RUNTIME_DLL_DIRS "" CACHE PATH
    "Windows: folders with the DLLs of QtKeychain, libsodium, libqrencode and libical")
# Run at install time, also by cpack in its staging folder: after the exe is installed,
# windeployqt and the other DLLs go beside it (packaging/windows/deploy.cmake.in).
configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/deploy.cmake.in
    ${CMAKE_BINARY_DIR}/packaging/windows/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_BINARY_DIR}/packaging/windows/deploy.cmake COMPONENT app)
