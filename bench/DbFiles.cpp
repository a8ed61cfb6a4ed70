// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbFiles.h"

#include <array>
#include <fcntl.h>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace simfleet::bench {

namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, 3> kSuffixes{"", "-wal", "-shm"};

fs::path pathOf(const QString& path, const char* suffix)
{
    return fs::path((path + QLatin1String(suffix)).toStdString());
}

// Writes the copy's pages to the disk before the timed command starts. Left dirty in the page
// cache, the 455 MB card file copied before each ledger import was written back while the import
// ran, beside its own writes, and its last part by the import's own fsync at commit: part of the
// run-to-run spread of that row was the copy, not the command.
bool syncFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}

} // namespace

bool removeDatabase(const QString& path)
{
    bool ok = true;
    for (const char* suffix : kSuffixes) {
        std::error_code error;
        fs::remove(pathOf(path, suffix), error);
        ok = ok && !error;
    }
    return ok;
}

bool copyDatabase(const QString& from, const QString& to)
{
    if (!removeDatabase(to))
        return false;
    for (const char* suffix : kSuffixes) {
        const fs::path source = pathOf(from, suffix);
        std::error_code error;
        if (!fs::exists(source, error))
            continue;
        fs::copy_file(source, pathOf(to, suffix), fs::copy_options::overwrite_existing, error);
        if (error || !syncFile(pathOf(to, suffix)))
            return false;
    }
    return true;
}

bool moveDatabase(const QString& from, const QString& to)
{
    if (!removeDatabase(to))
        return false;
    for (const char* suffix : kSuffixes) {
        const fs::path source = pathOf(from, suffix);
        std::error_code error;
        if (!fs::exists(source, error))
            continue;
        fs::rename(source, pathOf(to, suffix), error);
        if (error)
            return false;
    }
    return true;
}

} // namespace simfleet::bench
