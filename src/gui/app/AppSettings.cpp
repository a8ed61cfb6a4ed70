// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSettings.h"

#include <QFileInfo>

namespace simfleet::gui {

namespace {

const QString kLanguage = QStringLiteral("interface/language");
const QString kOperator = QStringLiteral("operator/name");
const QString kRecent = QStringLiteral("databases/recent");
const QString kLast = QStringLiteral("databases/last");
const QString kStatePrefix = QStringLiteral("state/");

QString canonical(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

AppSettings::AppSettings(const QString& iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

Language AppSettings::language() const
{
    return parseLanguage(m_settings.value(kLanguage).toString());
}

void AppSettings::setLanguage(Language language)
{
    m_settings.setValue(kLanguage, languageCode(language));
}

QString AppSettings::operatorName() const
{
    return m_settings.value(kOperator).toString();
}

void AppSettings::setOperatorName(const QString& name)
{
    m_settings.setValue(kOperator, name.trimmed());
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(kRecent).toStringList();
}

QString AppSettings::lastDatabase() const
{
    return m_settings.value(kLast).toString();
}

void AppSettings::noteOpened(const QString& path, bool isDemo)
{
    const QString full = canonical(path);
    QStringList recent = recentDatabases();
    recent.removeAll(full);
    recent.prepend(full);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    m_settings.setValue(kRecent, recent);
    if (!isDemo) {
        m_settings.setValue(kLast, full);
    }
}

void AppSettings::forgetDatabase(const QString& path)
{
    const QString full = canonical(path);
    QStringList recent = recentDatabases();
    recent.removeAll(full);
    m_settings.setValue(kRecent, recent);
    if (lastDatabase() == full) {
        m_settings.remove(kLast);
    }
}

QByteArray AppSettings::state(const QString& key) const
{
    return m_settings.value(kStatePrefix + key).toByteArray();
}

void AppSettings::setState(const QString& key, const QByteArray& value)
{
    m_settings.setValue(kStatePrefix + key, value);
}

} // namespace simfleet::gui
