// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketZip.h"

#include <QFile>
#include <QSaveFile>

namespace simfleet::packet {

Result<QByteArray> zipBytes(const std::vector<ZipEntry>& entries, const QDateTime& stamp)
{
    std::optional<QByteArray> archive = zipArchive(entries, stamp);
    if (!archive)
        return Error{ErrorCode::FileUnwritable, QStringLiteral("zip archive"), 0};
    return std::move(*archive);
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::FileUnwritable,
                     QStringLiteral("%1: %2").arg(path, file.errorString()), 0};
    return {};
}

Result<std::vector<ZipEntry>> readZip(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, path, 0};
    std::optional<std::vector<ZipEntry>> entries = unzipArchive(file.readAll());
    if (!entries)
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("%1 (not a zip, or damaged)").arg(path), 0};
    return std::move(*entries);
}

} // namespace simfleet::packet
