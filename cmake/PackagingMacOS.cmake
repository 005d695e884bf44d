# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The app for macOS as a disk image (CarePortal-<version>-Darwin.dmg) holding
# CarePortal.app. UNTESTED: no Mac builds CarePortal yet; docs/platforms.md lists what is
# and is not known. Included from cmake/Packaging.cmake on Apple platforms only, before
# include(CPack); the steps around it (configure, build, cpack, sign, notarize, checksum)
# are packaging/macos/build-dmg.sh.

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_COMPONENTS_ALL app)
# One image with everything, not one per component.
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DMG_VOLUME_NAME "CarePortal")
# The disk image shows CarePortal.app beside a link to /Applications to drag it onto.
set(CPACK_DMG_FORMAT "UDZO")

# The bundle: CarePortal.app, its Info.plist from packaging/macos/Info.plist.in with the
# careportal:// scheme (CFBundleURLTypes), the version from project().
set_target_properties(careportal PROPERTIES
    OUTPUT_NAME "CarePortal"
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "CarePortal"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.careportal.careportal"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "2026 CarePortal contributors, GPL-3.0-or-later")

# The icon: resources/icons/careportal.svg rendered to the iconset sizes (rsvg-convert from
# Homebrew's librsvg) and packed by iconutil (part of macOS) into CarePortal.icns.
find_program(CAREPORTAL_RSVG_CONVERT rsvg-convert)
find_program(CAREPORTAL_ICONUTIL iconutil)
if(CAREPORTAL_RSVG_CONVERT AND CAREPORTAL_ICONUTIL)
    set(_mac_gen ${CMAKE_BINARY_DIR}/packaging/macos)
    set(_iconset ${_mac_gen}/CarePortal.iconset)
    set(_render_icons)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        list(APPEND _render_icons
            COMMAND ${CAREPORTAL_RSVG_CONVERT} -w ${size} -h ${size}
                    -o ${_iconset}/icon_${size}x${size}.png ${PROJECT_SOURCE_DIR}/resources/icons/careportal.svg
            COMMAND ${CAREPORTAL_RSVG_CONVERT} -w ${double} -h ${double}
                    -o ${_iconset}/icon_${size}x${size}@2x.png ${PROJECT_SOURCE_DIR}/resources/icons/careportal.svg)
    endforeach()
    add_custom_command(OUTPUT ${_mac_gen}/CarePortal.icns
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset}
        ${_render_icons}
        COMMAND ${CAREPORTAL_ICONUTIL} -c icns -o ${_mac_gen}/CarePortal.icns ${_iconset}
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/careportal.svg
        COMMENT "Rendering CarePortal.icns")
    # The command is in this directory, the target in app/: a target here builds the file,
    # and the bundle takes it as a generated source of its own directory.
    add_custom_target(careportal-macos-icon DEPENDS ${_mac_gen}/CarePortal.icns)
    add_dependencies(careportal careportal-macos-icon)
    target_sources(careportal PRIVATE ${_mac_gen}/CarePortal.icns)
    set_source_files_properties(${_mac_gen}/CarePortal.icns TARGET_DIRECTORY careportal
        PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(careportal PROPERTIES MACOSX_BUNDLE_ICON_FILE CarePortal.icns)
else()
    message(WARNING "rsvg-convert or iconutil not found: CarePortal.app gets no icon "
        "(brew install librsvg)")
endif()

# macdeployqt sits beside qmake in Qt's bin folder. It runs at install time, also by cpack
# in its staging folder, after the bundle is installed (packaging/macos/deploy.cmake.in).
get_target_property(_qt_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qt_qmake}" DIRECTORY)
find_program(CAREPORTAL_MACDEPLOYQT macdeployqt HINTS "${_qt_bin}" REQUIRED)
configure_file(${PROJECT_SOURCE_DIR}/packaging/macos/deploy.cmake.in
    ${CMAKE_BINARY_DIR}/packaging/macos/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_BINARY_DIR}/packaging/macos/deploy.cmake COMPONENT app)
