// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace simfleet::i18n {

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

QLocale englishLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale simplifiedChineseLocale()
{
    return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
}

QLocale systemInterfaceLocale()
{
    return isChinese(QLocale::system()) ? simplifiedChineseLocale() : englishLocale();
}

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    dropInstalledTranslators(app);
    QLocale::setDefault(locale);
    install(app, locale, QStringLiteral("simfleet"), QStringLiteral(":/i18n"));
    if (isChinese(locale)) {
        install(app, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

} // namespace simfleet::i18n
