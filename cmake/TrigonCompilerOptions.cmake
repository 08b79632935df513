# Warnings as errors on our own targets only: third-party headers (Qt, QScintilla) are included
# as system headers by their imported targets, so they do not trip -Werror.
function(trigon_set_compiler_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        TRIGON_VERSION="${PROJECT_VERSION}")
endfunction()
