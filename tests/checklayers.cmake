# The layers' include rules, checked over the sources (cmake -DSOURCE_DIR=... -P checklayers.cmake):
# trigon_core (core/ but core/pg) sees Qt Core only; nothing outside core/pg includes libpq;
# nothing below trigon_ui includes Widgets, Gui or QScintilla.
set(widget_pattern "#include[ \t]*[<\"](QtWidgets/|QtGui/|Qsci/|Q[A-Za-z]*(Widget|Dialog|Window|Action)[>\"]|QApplication|QGuiApplication|QPixmap|QIcon|QColor|QFont)")
set(libpq_pattern "#include[ \t]*[<\"](libpq-fe\\.h|libpq/)")

file(GLOB_RECURSE core_sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
file(GLOB_RECURSE headless_sources "${SOURCE_DIR}/app/cli/*.h" "${SOURCE_DIR}/app/cli/*.cpp")
file(GLOB_RECURSE ui_sources "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/app/gui/*.cpp")

set(violations "")
foreach(file IN LISTS core_sources headless_sources)
    file(STRINGS "${file}" hits REGEX "${widget_pattern}")
    if(hits)
        list(APPEND violations "${file}: GUI include in a headless layer: ${hits}")
    endif()
endforeach()
foreach(file IN LISTS core_sources ui_sources headless_sources)
    string(FIND "${file}" "/core/pg/" in_pg)
    if(in_pg EQUAL -1)
        file(STRINGS "${file}" hits REGEX "${libpq_pattern}")
        if(hits)
            list(APPEND violations "${file}: libpq outside trigon_pg: ${hits}")
        endif()
    endif()
endforeach()

if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "Layering broken:\n${text}")
endif()
list(LENGTH core_sources core_count)
message(STATUS "layering: ${core_count} core files checked, no violations")
