// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>
#include <optional>

namespace simfleet::gui {

// Who holds a database's lock, as the lock file records it.
struct LockHolder {
    qint64 pid{0};
    QString host;
    QString application;
};

// The desktop app's claim on a database it opens for writing: NAME.lock beside it, so a second
// SimFleet (another window of the office, another instance of the same user) hears that the
// fleet is open elsewhere instead of changing it at the same time without a word. SQLite's own
// locks only stop two writes at the same instant, not two people working the same cards.
class DatabaseLock {
public:
    explicit DatabaseLock(const QString& databasePath);

    enum class Outcome {
        Taken,
        HeldElsewhere, // another running process holds it: holder() says which
        Unavailable,   // the lock file cannot be made (a read-only folder): nobody to warn
    };
    // Takes the lock without waiting. A lock left behind by a process that is no longer running
    // on this host is stale and taken over.
    Outcome tryLock();
    std::optional<LockHolder> holder() const;

    const QString& databasePath() const { return m_databasePath; }
    static QString lockPathFor(const QString& databasePath);

private:
    QString m_databasePath;
    QLockFile m_file;
};

} // namespace simfleet::gui
