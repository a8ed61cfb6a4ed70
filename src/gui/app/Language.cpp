// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Language.h"

#include "Translations.h"

namespace simfleet::gui {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language parseLanguage(QStringView code)
{
    if (code == u"en") {
        return Language::English;
    }
    if (code == u"zh_CN") {
        return Language::SimplifiedChinese;
    }
    return Language::System;
}

QLocale interfaceLocale(Language language)
{
    switch (language) {
    case Language::English:
        return i18n::englishLocale();
    case Language::SimplifiedChinese:
        return i18n::simplifiedChineseLocale();
    case Language::System:
        break;
    }
    return i18n::systemInterfaceLocale();
}

void installTranslations(QCoreApplication& app, Language language)
{
    i18n::installTranslations(app, interfaceLocale(language));
}

} // namespace simfleet::gui
