// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DatabaseLock.h"

#include <QFileInfo>

namespace simfleet::gui {

QString DatabaseLock::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()), m_file(lockPathFor(databasePath))
{
    // The lock lasts as long as the window, hours on end, so its age says nothing: 0 turns the
    // age test off. QLockFile still calls a lock stale when the process that wrote it (same host,
    // same program) is no longer running, which is the case that matters: a crash.
    m_file.setStaleLockTime(0);
}

DatabaseLock::Outcome DatabaseLock::tryLock()
{
    if (m_file.tryLock(0)) {
        return Outcome::Taken;
    }
    return m_file.error() == QLockFile::LockFailedError ? Outcome::HeldElsewhere
                                                        : Outcome::Unavailable;
}

std::optional<LockHolder> DatabaseLock::holder() const
{
    LockHolder holder;
    if (!m_file.getLockInfo(&holder.pid, &holder.host, &holder.application)) {
        return std::nullopt;
    }
    return holder;
}

} // namespace simfleet::gui
