// SPDX-License-Identifier: GPL-3.0-or-later
// Prints one member of a zip file: `export_zip_part FILE.xlsx xl/sharedStrings.xml`.
//
// A process of its own because QuaZip carries its own minizip under the same symbol names as the
// system minizip that libxlsxwriter uses: in one process libxlsxwriter ends up calling QuaZip's
// zipOpen3 and crashes.
#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <quazip.h>
#include <quazipfile.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: export_zip_part ZIP MEMBER\n", stderr);
        return 2;
    }
    QuaZip zip(args[1]);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(args[2]))
        return 1;
    QuaZipFile member(&zip);
    if (!member.open(QIODevice::ReadOnly))
        return 1;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(member.readAll());
    return 0;
}
