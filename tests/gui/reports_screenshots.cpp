// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders docs/screenshots/reports-en.png and reports-zh.png from a demo database.
// Hidden from normal runs; run it on purpose, with the environment set:
//   SIMFLEET_SCREENSHOT_DB=/tmp/demo.db  SIMFLEET_SCREENSHOT_DIR=docs/screenshots
//   QT_QPA_PLATFORM=offscreen  test_gui "[.reports-screenshots]"

#include "MainWindow.h"
#include "Session.h"
#include "SqliteStore.h"
#include "app/AppSettings.h"
#include "app/Language.h"
#include "views/ReportsView.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::gui;

namespace {

void shootReports(const QString& database, const QString& outDir, Language language,
                  const QString& suffix)
{
    installTranslations(*QCoreApplication::instance(), language);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    auto clock = std::make_unique<SystemClock>();
    auto store = openSqliteStore(database, *clock);
    REQUIRE(store.ok());
    MainWindow window(std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                                QStringLiteral("screenshots"), database),
                      settings);
    window.resize(1500, 960);
    auto* view = window.findChild<ReportsView*>(QStringLiteral("reportsView"));
    REQUIRE(view != nullptr);
    QSignalSpy shown(view, &ReportsView::reportShown);
    window.show();
    window.showPage(MainWindow::Page::Reports);
    REQUIRE(shown.wait(120000));
    QTest::qWait(300); // let the chart and the icons settle
    REQUIRE(
        window.grab().save(QDir(outDir).filePath(QStringLiteral("reports-%1.png").arg(suffix))));

    // The other reports, for a reviewer's eyes only, when asked for.
    const QString reviewDir = qEnvironmentVariable("SIMFLEET_REVIEW_DIR");
    if (reviewDir.isEmpty())
        return;
    for (const ReportKind kind :
         {ReportKind::Pipeline, ReportKind::Savings, ReportKind::Exposure}) {
        ReportRequest request = view->request();
        request.kind = kind;
        view->setRequest(request);
        REQUIRE(shown.wait(120000));
        QTest::qWait(200);
        REQUIRE(window.grab().save(QDir(reviewDir).filePath(
            QStringLiteral("reports-%1-%2.png").arg(static_cast<int>(kind)).arg(suffix))));
    }
}

} // namespace

TEST_CASE("Reports screenshots", "[.reports-screenshots]")
{
    const QString database = qEnvironmentVariable("SIMFLEET_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SIMFLEET_SCREENSHOT_DIR");
    REQUIRE_FALSE(database.isEmpty());
    REQUIRE_FALSE(outDir.isEmpty());
    shootReports(database, outDir, Language::English, QStringLiteral("en"));
    shootReports(database, outDir, Language::SimplifiedChinese, QStringLiteral("zh"));
    installTranslations(*QCoreApplication::instance(), Language::English);
}
