// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ZipArchive.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <utility>
#include <vector>

namespace simfleet::packet {

// The entries as a zip archive (deflated, UTF-8 names, every entry stamped with `stamp`).
Result<QByteArray> zipBytes(const std::vector<ZipEntry>& entries, const QDateTime& stamp);

// Writes bytes to path, replacing it only once the whole file is written. FileUnwritable.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// Every entry of the zip at path, in archive order. FileUnreadable when it is not a zip.
Result<std::vector<ZipEntry>> readZip(const QString& path);

} // namespace simfleet::packet
