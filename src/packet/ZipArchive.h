// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace simfleet::packet {

struct ZipEntry {
    QString name;
    QByteArray bytes;
    // The Unix permissions the archive stores (read back by unzipArchive; 0 when none). The
    // writer stores rw-r--r--: the letters carry an agent's ID number, and an unpacked packet
    // must not be writable by everyone.
    quint32 unixMode{0};
};

inline constexpr quint32 kZipEntryMode = 0644;

// Zip archives through libzip (deflate, UTF-8 names).
// Not QuaZip: QuaZip carries its own minizip under the same symbol names as the system minizip
// that libxlsxwriter uses, and in one process (the packet writes lines.xlsx and then the zip)
// libxlsxwriter ends up in QuaZip's copy and crashes. libzip's names are its own.

// The archive of the entries, stamped with `stamp`: deflated, except PDFs and workbooks (stored
// as they are: they compress their own content). Empty when libzip fails.
std::optional<QByteArray> zipArchive(const std::vector<ZipEntry>& entries, const QDateTime& stamp);

// The entries of an archive in its directory order; nothing when the bytes are not a consistent
// zip or an entry's data fails its CRC-32.
std::optional<std::vector<ZipEntry>> unzipArchive(const QByteArray& archive);

} // namespace simfleet::packet
