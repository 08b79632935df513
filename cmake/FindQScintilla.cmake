# FindQScintilla
# --------------
# Debian and most distributions ship QScintilla for Qt 6 without a CMake package, so we look for
# the header and the library ourselves.
#
# Defines the imported target QScintilla::QScintilla and QScintilla_FOUND, QScintilla_VERSION.

find_package(Qt6 COMPONENTS Widgets QUIET)
get_target_property(_trigon_qt_include_dirs Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)

find_path(QScintilla_INCLUDE_DIR
    NAMES Qsci/qsciscintilla.h
    HINTS ${_trigon_qt_include_dirs}
    PATH_SUFFIXES qt6 ..
)
find_library(QScintilla_LIBRARY
    NAMES qscintilla2_qt6 qscintilla2-qt6)

if(QScintilla_INCLUDE_DIR AND EXISTS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h")
    file(STRINGS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h" _trigon_qsci_version_line
         REGEX "^#define QSCINTILLA_VERSION_STR")
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" QScintilla_VERSION "${_trigon_qsci_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla
    REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR
    VERSION_VAR QScintilla_VERSION)

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QScintilla_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES Qt6::Widgets)
endif()

mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY)
