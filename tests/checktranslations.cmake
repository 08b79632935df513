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

execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none core ui app -ts ${copies}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE status
    ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}): ${errors}")
endif()

set(problems "")
foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    file(READ "${copy}" text)
    # Entities end in ';', which CMake would take for list separators.
    foreach(entity quot apos lt gt amp)
        string(REPLACE "&${entity};" "&${entity}" text "${text}")
    endforeach()
    string(REGEX MATCHALL
           "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
           unfinished "${text}")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(REPLACE "&quot" "\"" source "${source}")
        string(REPLACE "&apos" "'" source "${source}")
        string(REPLACE "&lt" "<" source "${source}")
        string(REPLACE "&gt" ">" source "${source}")
        string(REPLACE "&amp" "&" source "${source}")
        list(APPEND problems "${name}: not translated: ${source}")
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    list(JOIN problems "\n" listing)
    message(FATAL_ERROR "${count} strings need translating "
                        "(cmake --build build --target update_translations, then Qt Linguist):\n"
                        "${listing}")
endif()
list(LENGTH copies count)
message(STATUS "all strings translated in ${count} catalogues")
