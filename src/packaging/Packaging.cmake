# The Debian package: `cmake --build --preset release --target package` writes
# build/release/simfleet_<version>_<arch>.deb. .ci/deb-check installs it on a brand-new Debian 12.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME simfleet)
set(CPACK_PACKAGE_VENDOR "The SimFleet developers")
set(CPACK_PACKAGE_CONTACT "The SimFleet developers <maintainers@simfleet.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "SimFleet keeps a company's fleet of telemarketing SIM cards (电销卡): the inventory, each
card's bills and payments, and its way through cancellation with the carrier. It ships the
desktop app (simfleet) and the command line (simfleet-cli) over the same core.")
set(CPACK_PACKAGE_HOMEPAGE_URL "")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The linked libraries come from dpkg-shlibdeps; the rest is what is loaded at run time: Qt's SVG
# icon engine (every icon is an SVG), Qt's own Chinese catalogue for the standard buttons and
# dialogs, and the fonts the interface and the PDFs name (PdfExport.cpp's pdfFontFamilies).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, qt6-translations-l10n, fonts-dejavu-core, fonts-droid-fallback, fonts-noto-cjk")

include(CPack)
