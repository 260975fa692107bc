# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch DESTDIR with the /usr prefix and fails unless every file a
# desktop and a shell need is there: cmake -DBUILD=… -DDESTDIR=… -DAPP_ID=… -P installtest.cmake
file(REMOVE_RECURSE "${DESTDIR}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DESTDIR} ${CMAKE_COMMAND} --install "${BUILD}" --prefix /usr
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected
    usr/bin/episcope
    usr/bin/episcope-cli
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
    usr/share/man/man1/episcope-cli.1)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${DESTDIR}/${path}")
        message(FATAL_ERROR "missing after install: /${path}")
    endif()
endforeach()
file(SIZE "${DESTDIR}/usr/share/icons/hicolor/48x48/apps/${APP_ID}.png" pngSize)
if(pngSize LESS 200)
    message(FATAL_ERROR "the 48×48 icon is suspiciously small (${pngSize} bytes)")
endif()
file(READ "${DESTDIR}/usr/share/man/man1/episcope-cli.1" man)
if(NOT man MATCHES "\\.TH EPISCOPE-CLI 1" OR NOT man MATCHES "detect")
    message(FATAL_ERROR "the man page does not describe episcope-cli")
endif()
file(REMOVE_RECURSE "${DESTDIR}")
