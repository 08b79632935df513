# Fails when a .ts file lacks a source string of the code or leaves one unfinished
# (cmake -DSOURCE_DIR=... -DLUPDATE=... -DWORK_DIR=... -P checktranslations.cmake).
# lupdate refreshes copies of the catalogues from the sources as update_translations would; a
# string the code has and a catalogue lacks comes back "unfinished", like one never translated.
file(GLOB catalogues "${SOURCE_DIR}/translations/*.ts")
if(NOT catalogues)
    message(FATAL_ERROR "no .ts files in ${SOURCE_DIR}/translations")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name "${catalogue}" NAME)
    file(COPY_FILE "${catalogue}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# English holds only the plural forms of %n strings, as update_translations keeps it. -I . lets
# lupdate read the headers, so contexts carry their namespaces as at run time.
foreach(copy IN LISTS copies)
    set(options "")
    if(copy MATCHES "_en\\.ts$")
        set(options -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${options} -I . core ui app -ts "${copy}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE status
        ERROR_VARIABLE errors)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${copy} (${status}): ${errors}")
    endif()
endforeach()

set(report "")
set(count 0)
foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    file(READ "${copy}" text)
    # ';' ends an entity, and '[' ']' group, in CMake's lists: stand-ins keep each message whole.
    foreach(entity quot apos lt gt amp)
        string(REPLACE "&${entity};" "&${entity}" text "${text}")
    endforeach()
    string(REPLACE ";" "&semi" text "${text}")
    string(REPLACE "[" "&lsqb" text "${text}")
    string(REPLACE "]" "&rsqb" text "${text}")
    string(REGEX MATCHALL
           "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
           unfinished "${text}")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${entry}")
        foreach(pair "quot=\"" "apos='" "lt=<" "gt=>" "semi=;" "lsqb=[" "rsqb=]" "amp=&")
            string(REGEX REPLACE "=.*" "" entity "${pair}")
            string(REGEX REPLACE "^[a-z]*=" "" character "${pair}")
            string(REPLACE "&${entity}" "${character}" source "${source}")
        endforeach()
        string(APPEND report "  ${name}: ${source}\n")
        math(EXPR count "${count} + 1")
    endforeach()
endforeach()

if(count GREATER 0)
    message(FATAL_ERROR "${count} strings need translating "
                        "(cmake --build build --target update_translations, then Qt Linguist):\n"
                        "${report}")
endif()
list(LENGTH copies catalogues)
message(STATUS "all strings translated in ${catalogues} catalogues")
