// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include <memory>
#include <zip.h>

namespace simfleet::packet {

namespace {

// Closes without writing anything when a step failed.
struct ZipDiscard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

// PDF streams and XLSX (itself a zip) are compressed already: deflating them again costs time
// and saves almost nothing, so they are stored as they are.
bool compressesItself(const QString& name)
{
    return name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

bool addEntry(zip_t* archive, const ZipEntry& entry, time_t stamp)
{
    // The bytes stay alive (in entries) until zip_close, so libzip need not copy them.
    zip_source_t* source = zip_source_buffer(archive, entry.bytes.constData(),
                                             static_cast<zip_uint64_t>(entry.bytes.size()), 0);
    if (source == nullptr)
        return false;
    const zip_int64_t index = zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                           ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    const auto at = static_cast<zip_uint64_t>(index);
    // A regular file (S_IFREG) with kZipEntryMode, in the upper half as Unix zips keep it.
    const zip_uint32_t attributes = (0100000u | kZipEntryMode) << 16;
    const bool stored = compressesItself(entry.name);
    return zip_set_file_compression(archive, at, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                    stored ? 0 : 9) == 0 &&
           zip_file_set_mtime(archive, at, stamp, 0) == 0 &&
           zip_file_set_external_attributes(archive, at, 0, ZIP_OPSYS_UNIX, attributes) == 0;
}

std::optional<QByteArray> readEntry(zip_t* archive, zip_uint64_t index, zip_uint64_t size)
{
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    if (file == nullptr)
        return std::nullopt;
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    // Reading to the end makes libzip check the CRC-32; a mismatch is a failed read.
    const zip_int64_t read = zip_fread(file, bytes.data(), size);
    char probe = 0;
    const zip_int64_t beyond = zip_fread(file, &probe, 1);
    const bool closed = zip_fclose(file) == 0;
    if (read < 0 || static_cast<zip_uint64_t>(read) != size || beyond != 0 || !closed)
        return std::nullopt;
    return bytes;
}

} // namespace

std::optional<QByteArray> zipArchive(const std::vector<ZipEntry>& entries, const QDateTime& stamp)
{
    // Made in memory: the packet is written once, by the caller, not through a scratch file.
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (buffer == nullptr)
        return std::nullopt;
    zip_error_init(&error);
    ZipHandle archive(zip_open_from_source(buffer, ZIP_TRUNCATE, &error));
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(buffer);
        return std::nullopt;
    }
    // Kept past zip_close, which writes the archive into it.
    zip_source_keep(buffer);
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
    for (const ZipEntry& entry : entries) {
        if (!addEntry(archive.get(), entry, static_cast<time_t>(stamp.toSecsSinceEpoch())))
            return std::nullopt;
    }
    if (zip_close(archive.get()) != 0)
        return std::nullopt;
    archive.release(); // zip_close freed it
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        zip_source_open(buffer) != 0)
        return std::nullopt;
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        return std::nullopt;
    return bytes;
}

std::optional<std::vector<ZipEntry>> unzipArchive(const QByteArray& bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(
        bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return std::nullopt;
    }
    ZipHandle archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return std::nullopt;
    }
    std::vector<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0 ||
            (stat.valid & ZIP_STAT_SIZE) == 0 || (stat.valid & ZIP_STAT_NAME) == 0)
            return std::nullopt;
        std::optional<QByteArray> content = readEntry(archive.get(), index, stat.size);
        if (!content)
            return std::nullopt;
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        const bool unix =
            zip_file_get_external_attributes(archive.get(), index, 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX;
        entries.push_back({QString::fromUtf8(stat.name), std::move(*content),
                           unix ? (attributes >> 16) & 07777u : 0u});
    }
    return entries;
}

} // namespace simfleet::packet
