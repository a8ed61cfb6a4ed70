// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Language.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace simfleet::gui {

// What SimFleet remembers between runs (QSettings: ~/.config/SimFleet/SimFleet.conf on Linux).
class AppSettings {
public:
    AppSettings() = default;
    // For tests: a settings file of their own.
    explicit AppSettings(const QString& iniFile);

    Language language() const;
    void setLanguage(Language language);

    // Who is working: recorded with every change in the audit log. Empty until chosen.
    QString operatorName() const;
    void setOperatorName(const QString& name);

    // Most recent first.
    QStringList recentDatabases() const;
    QString lastDatabase() const;
    // Remembers path as the most recent database (and, unless it is the demo, the last one).
    void noteOpened(const QString& path, bool isDemo);
    void forgetDatabase(const QString& path);

    // Opaque widget states (geometry, splitters, header sections).
    QByteArray state(const QString& key) const;
    void setState(const QString& key, const QByteArray& value);

    static constexpr int kMaxRecent = 8;

private:
    QSettings m_settings;
};

} // namespace simfleet::gui
