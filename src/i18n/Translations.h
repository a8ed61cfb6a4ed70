// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace simfleet::i18n {

// The two languages SimFleet speaks: English (the source text) and Simplified Chinese.
QLocale englishLocale();
QLocale simplifiedChineseLocale();

// The language for this system's locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE as QLocale::system
// reads them): only Simplified Chinese has a catalogue, so any Chinese locale gets it, the rest
// English.
QLocale systemInterfaceLocale();

// Replaces the translators an earlier call installed with SimFleet's catalogue for the locale
// (embedded under :/i18n) and, for Chinese, Qt's own (standard dialog buttons); makes the locale
// the default. English, the source text, only takes its plural forms from its catalogue.
void installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace simfleet::i18n
