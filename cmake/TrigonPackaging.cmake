# What `cmake --install` puts where, and how CPack turns that into trigon_<version>_<arch>.deb
# (scripts/package runs it; packaging/README.md explains the pieces). Only the two programs and
# their desktop data are installed: the tests, the benchmarks and trigon-testcluster have no
# install rule and never reach the package.
include(GNUInstallDirs)

set(TRIGON_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(TRIGON_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS trigon trigon-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Desktop integration: the menu entry, the software-centre metadata and the icon.
install(FILES ${TRIGON_PACKAGING_DIR}/trigon.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TRIGON_PACKAGING_DIR}/io.trigon.Trigon.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${TRIGON_PACKAGING_DIR}/trigon.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Desktops that want bitmaps get PNGs rendered from the SVG at build time, so the repository
# holds one drawing only.
set(TRIGON_ICON_SIZES 16 32 48 64 128 256)
find_program(TRIGON_RSVG_CONVERT rsvg-convert)
set(trigon_packaging_outputs)
if(TRIGON_RSVG_CONVERT)
    foreach(size IN LISTS TRIGON_ICON_SIZES)
        set(png_dir ${TRIGON_PACKAGING_BINARY_DIR}/icons/${size}x${size})
        set(png ${png_dir}/trigon.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${png_dir}
            COMMAND ${TRIGON_RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                    --output ${png} ${TRIGON_PACKAGING_DIR}/trigon.svg
            DEPENDS ${TRIGON_PACKAGING_DIR}/trigon.svg
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND trigon_packaging_outputs ${png})
        install(FILES ${png}
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
else()
    message(WARNING "rsvg-convert (Debian: librsvg2-bin) not found: the package will have the "
                    "scalable icon only, no PNG sizes")
endif()

# Man pages carry the project version and are installed gzipped, as Debian expects.
find_program(TRIGON_GZIP gzip)
foreach(page trigon trigon-cli)
    configure_file(${TRIGON_PACKAGING_DIR}/man/${page}.1
                   ${TRIGON_PACKAGING_BINARY_DIR}/man/${page}.1 @ONLY)
    if(TRIGON_GZIP)
        set(plain ${TRIGON_PACKAGING_BINARY_DIR}/man/${page}.1)
        set(gzipped ${plain}.gz)
        # -n leaves the name and time out of the header, so the same page gives the same bytes.
        add_custom_command(OUTPUT ${gzipped}
            COMMAND ${TRIGON_GZIP} -9 -n -c ${plain} > ${gzipped}
            DEPENDS ${plain}
            COMMENT "Compressing the ${page}(1) man page")
        list(APPEND trigon_packaging_outputs ${gzipped})
        install(FILES ${gzipped} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES ${TRIGON_PACKAGING_BINARY_DIR}/man/${page}.1
                DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()
add_custom_target(trigon_packaging_data ALL DEPENDS ${trigon_packaging_outputs})

# The example design for the sandbox's demo shop (the man pages point at it). Under
# share/trigon rather than share/doc, which minimal systems often leave out.
install(FILES ${PROJECT_SOURCE_DIR}/docs/examples/shop.trigon.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/trigon/examples)
install(FILES ${TRIGON_PACKAGING_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/trigon)

# The .deb. Its Depends come from dpkg-shlibdeps reading the binaries; the PostgreSQL programs
# are only Recommends, since the app works against remote servers without them (the sandbox,
# the Python actions and seeding need them).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trigon)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Trigon developers")
set(CPACK_PACKAGE_CONTACT "Trigon developers <trigon@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "PostgreSQL trigger designer")
set(CPACK_PACKAGE_DESCRIPTION
"Trigon designs, previews, deploys and tests PostgreSQL triggers. It shows a
database's catalog, builds triggers, their WHEN conditions and their actions in
a form, renders the SQL live, deploys it in one transaction, reports drift,
runs test cases that leave nothing behind and watches LISTEN/NOTIFY events.

The package holds the desktop application (trigon) and its command-line twin
(trigon-cli) for scripts and CI. The sandbox, a private PostgreSQL server with
a demo database, needs the recommended PostgreSQL packages.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Trigon developers <trigon@invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql, postgresql-client, postgresql-plpython3-15")
# Qt's own catalogues translate the buttons of standard dialogs in Spanish and German.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15-plpgsql-check, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
