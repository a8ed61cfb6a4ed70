// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

class QCoreApplication;

namespace simfleet::gui {

// The language the user picked in Settings; System follows the desktop's locale.
enum class Language { System, English, SimplifiedChinese };

// "system", "en", "zh_CN": how the choice is kept in the settings file.
QString languageCode(Language language);
Language parseLanguage(QStringView code); // anything unknown is System

// The locale whose translations the interface uses for the choice.
QLocale interfaceLocale(Language language);

// Replaces the application's translators with SimFleet's own catalogue (embedded under :/i18n)
// and, for Chinese, Qt's own (standard dialog buttons). English, the source text, only takes its
// plural forms from the catalogue.
void installTranslations(QCoreApplication& app, Language language);

} // namespace simfleet::gui
