# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=… -DSOURCES=app -DTS_DIR=translations -DWORK=dir -DLANGUAGES=de;fi;… -P checktranslations.cmake
# Fails, naming the file and the strings, when a translation is unfinished, when a string has left
# the code (vanished/obsolete), or when lupdate finds a string in the code that no file has yet.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(problems "")
foreach(language IN LISTS LANGUAGES)
    set(ts "${TS_DIR}/episcope_${language}.ts")
    if(NOT EXISTS "${ts}")
        string(APPEND problems "\n${ts}: missing")
        continue()
    endif()
    file(COPY "${ts}" DESTINATION "${WORK}")
    execute_process(COMMAND "${LUPDATE}" -silent -locations none "${SOURCES}" -ts "${WORK}/episcope_${language}.ts"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        string(APPEND problems "\n${ts}: lupdate failed: ${output}")
        continue()
    endif()
    file(READ "${WORK}/episcope_${language}.ts" updated)
    string(REPLACE ";" "," updated "${updated}") # CMake lists split at semicolons
    string(REGEX MATCHALL "<source>[^<]*</source>([ \t\r\n]*<(oldsource|comment|extracomment|translatorcomment)>[^<]*</[a-z]+>)*[ \t\r\n]*<translation type=\"(unfinished|vanished|obsolete)\""
           stale "${updated}")
    foreach(entry IN LISTS stale)
        string(REGEX MATCH "type=\"([a-z]+)\"" kind "${entry}")
        set(kind "${CMAKE_MATCH_1}")
        string(REGEX MATCH "<source>([^<]*)</source>" source "${entry}")
        string(APPEND problems "\n${ts}: ${kind}: ${CMAKE_MATCH_1}")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are behind the code (run `cmake --build <dir> --target update_translations`, then translate):${problems}")
endif()
list(LENGTH LANGUAGES count)
message(STATUS "${count} translations complete")
