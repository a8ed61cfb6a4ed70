// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders docs/screenshots/packets-en.png (the Packets page and the Settings dialog
// with the company profile) from a fresh demo fleet whose requested cards were exported.
// Hidden from normal runs; run it on purpose, with the environment set:
//   SIMFLEET_SCREENSHOT_DIR=docs/screenshots  QT_QPA_PLATFORM=offscreen
//   test_gui "[.packets-screenshots]"

#include "MainWindow.h"
#include "PacketExport.h"
#include "Session.h"
#include "SqliteStore.h"
#include "app/AppSettings.h"
#include "app/Language.h"
#include "dialogs/SettingsDialog.h"
#include "services/CompanyService.h"
#include "services/DemoFleet.h"
#include "services/demo/DemoPeople.h"

#include <QApplication>
#include <QDir>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::gui;

TEST_CASE("render the packets screenshot", "[.packets-screenshots]")
{
    const QString outDir = qEnvironmentVariable("SIMFLEET_SCREENSHOT_DIR");
    REQUIRE_FALSE(outDir.isEmpty());
    installTranslations(*QCoreApplication::instance(), Language::English);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("demo.db"));
    auto clock = std::make_unique<SystemClock>();
    auto store = openSqliteStore(database, *clock);
    REQUIRE(store.ok());
    auto session = std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                             QStringLiteral("Wang Xiaoming"), database);
    REQUIRE(generateDemoFleet(session->context(), DemoOptions{}).ok());
    const demo::DemoCompany company = demo::demoCompany();
    REQUIRE(CompanyService(session->context())
                .save(CompanyProfile{company.name, company.uscc,
                                     QStringLiteral("北京市海淀区中关村大街1号"),
                                     QStringLiteral("010-62000000"), QStringLiteral("王小明"),
                                     QStringLiteral("110105199001010029")})
                .ok());
    const QString packets = dir.filePath(QStringLiteral("packets"));
    REQUIRE(QDir().mkpath(packets));
    for (const Carrier carrier : {Carrier::Cmcc, Carrier::Cucc}) {
        const auto exported =
            packet::exportPackets(session->context(), PacketRequest{carrier, {}, {}}, packets,
                                  packet::PacketLanguage::English);
        REQUIRE(exported.ok());
    }

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(std::move(session), settings);
    window.resize(1500, 800);
    window.show();
    window.showPage(MainWindow::Page::Packets);
    QTest::qWait(500);
    QWidget* page = window.findChild<QWidget*>(QStringLiteral("packetsView"));
    REQUIRE(page != nullptr);
    REQUIRE(page->isVisible());
    REQUIRE(page->grab().save(QDir(outDir).filePath(QStringLiteral("packets-en.png"))));

    // The company profile in Settings, for a reviewer's eyes only, when asked for.
    const QString reviewDir = qEnvironmentVariable("SIMFLEET_REVIEW_DIR");
    if (!reviewDir.isEmpty()) {
        SettingsDialog dialog(settings, window.session(), &window);
        dialog.show();
        QTest::qWait(200);
        REQUIRE(
            dialog.grab().save(QDir(reviewDir).filePath(QStringLiteral("settings-company.png"))));
    }
}
