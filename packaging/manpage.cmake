# SPDX-License-Identifier: GPL-3.0-or-later
# Writes episcope-cli.1 from `episcope-cli --help`, so the man page can never drift from the
# program: cmake -DCLI=… -DVERSION=… -DOUTPUT=… -P manpage.cmake
execute_process(COMMAND "${CLI}" --help OUTPUT_VARIABLE help ERROR_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "episcope-cli --help failed: ${result}")
endif()
# Escape what roff would read as requests or escapes.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
string(TIMESTAMP date "%Y-%m-%d" UTC)
file(WRITE "${OUTPUT}" ".TH EPISCOPE-CLI 1 \"${date}\" \"Episcope ${VERSION}\" \"User Commands\"
.SH NAME
episcope-cli \\- read, check and compare TV episode synopses in many languages, without a screen
.SH SYNOPSIS
.B episcope-cli
.I COMMAND
[\\fIOPTIONS\\fR] [\\fIPATH\\fR...]
.SH DESCRIPTION
The command-line side of Episcope: the same readers (plain text, TMDB, TheTVDB and Trakt JSON,
Kodi NFO, folders), language identification, spell-checking, comparison and export as the
desktop application. Errors go to standard error with exit status 2.
.PP
.nf
${help}
.fi
.SH SEE ALSO
.BR episcope (1)
")
