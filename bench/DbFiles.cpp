// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbFiles.h"

#include <array>
#include <filesystem>
#include <system_error>

namespace simfleet::bench {

namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, 3> kSuffixes{"", "-wal", "-shm"};

fs::path pathOf(const QString& path, const char* suffix)
{
    return fs::path((path + QLatin1String(suffix)).toStdString());
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
        if (error)
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
