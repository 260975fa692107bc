# SPDX-License-Identifier: GPL-3.0-or-later
# CLD2 ships no CMake or pkg-config file on Debian: find its header and library by hand
# and expose them as the imported target Cld2::Cld2.
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
if(NOT TARGET Cld2::Cld2)
    add_library(Cld2::Cld2 UNKNOWN IMPORTED)
    set_target_properties(Cld2::Cld2 PROPERTIES
        IMPORTED_LOCATION "${CLD2_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
endif()
