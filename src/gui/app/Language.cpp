// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace simfleet::gui {

namespace {

constexpr auto kTranslatorName = "simfleet-translator";

bool isChinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

void dropInstalledTranslators(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(QLatin1String(kTranslatorName));
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void install(QCoreApplication& app, const QLocale& locale, const QString& catalogue,
             const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (translator->load(locale, catalogue, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace

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
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    case Language::System:
        break;
    }
    // Only Simplified Chinese has a catalogue; any Chinese desktop gets it, the rest English.
    return isChinese(QLocale::system())
               ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
               : QLocale(QLocale::English, QLocale::UnitedStates);
}

void installTranslations(QCoreApplication& app, Language language)
{
    dropInstalledTranslators(app);
    const QLocale locale = interfaceLocale(language);
    QLocale::setDefault(locale);
    // English is the source text; its small catalogue only supplies plural forms.
    install(app, locale, QStringLiteral("simfleet"), QStringLiteral(":/i18n"));
    if (isChinese(locale)) {
        install(app, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

} // namespace simfleet::gui
