// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders the screenshots in docs/screenshots from a demo database, in English and
// Chinese. Hidden from normal runs; run it on purpose, with the environment set:
//   SIMFLEET_SCREENSHOT_DB=~/.local/share/SimFleet/demo.db
//   SIMFLEET_SCREENSHOT_DIR=docs/screenshots  QT_QPA_PLATFORM=offscreen
//   test_gui "[.screenshots]"

#include "MainWindow.h"
#include "Session.h"
#include "SqliteStore.h"
#include "app/AppSettings.h"
#include "app/Language.h"
#include "card/CardDetailPanel.h"
#include "dialogs/EditCardDialog.h"
#include "dialogs/LedgerEntryDialog.h"
#include "dialogs/MarkLostDialog.h"
#include "dialogs/SettingsDialog.h"
#include "fleet/FleetTableModel.h"
#include "views/FleetView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::gui;

namespace {

// An active card that owes money and has a history: the panel then shows everything it can.
int interestingRow(FleetTableModel& model)
{
    for (int row = 0; row < model.rowCount() && row < 256; ++row) {
        const Card* card = model.cardAt(row);
        if (card && card->state == CardState::Active && card->balance.isPositive() &&
            !card->holderId.isEmpty()) {
            return row;
        }
    }
    return 0;
}

void shoot(const QString& database, const QString& outDir, Language language, const QString& suffix)
{
    installTranslations(*QCoreApplication::instance(), language);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    auto clock = std::make_unique<SystemClock>();
    auto store = openSqliteStore(database, *clock);
    REQUIRE(store.ok());
    const QString operatorName = language == Language::SimplifiedChinese
                                     ? QStringLiteral("王小明")
                                     : QStringLiteral("Wang Xiaoming");
    MainWindow window(std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                                operatorName, database),
                      settings);
    // SIMFLEET_SCREENSHOT_SIZE=1024x640 looks at a small laptop's screen for the reviewer.
    const QStringList size = qEnvironmentVariable("SIMFLEET_SCREENSHOT_SIZE").split(u'x');
    window.resize(size.size() == 2 ? size[0].toInt() : 1600,
                  size.size() == 2 ? size[1].toInt() : 960);
    window.show();
    FleetTableModel& model = window.fleetView().model();
    REQUIRE(QTest::qWaitFor([&] { return model.hasResult() && !model.isLoading(); }, 60000));
    QTableView& table = window.fleetView().table();
    const int row = interestingRow(model);
    table.selectRow(row);
    table.setFocus();
    REQUIRE(QTest::qWaitFor([&] { return window.fleetView().detailPanel().card().has_value(); },
                            10000));
    QTest::qWait(300); // let the icons and the table settle

    REQUIRE(window.grab().save(
        QDir(outDir).filePath(QStringLiteral("main-window-%1.png").arg(suffix))));
    REQUIRE(window.fleetView().detailPanel().grab().save(
        QDir(outDir).filePath(QStringLiteral("card-panel-%1.png").arg(suffix))));

    // More views for a reviewer's eyes only, when asked for.
    const QString reviewDir = qEnvironmentVariable("SIMFLEET_REVIEW_DIR");
    if (reviewDir.isEmpty()) {
        return;
    }
    QDir().mkpath(reviewDir);
    auto save = [&](QWidget& widget, const char* name) {
        REQUIRE(widget.grab().save(QDir(reviewDir).filePath(
            QStringLiteral("%1-%2.png").arg(QLatin1String(name), suffix))));
    };
    const Card card = *window.fleetView().detailPanel().card();
    LedgerEntryDialog payment(window.session(), card, LedgerEntryDialog::Kind::Payment, &window);
    payment.show();
    payment.findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("12.345"));
    QTest::qWait(100);
    save(payment, "payment-dialog");
    payment.close();
    EditCardDialog edit(window.session(), card, &window);
    edit.show();
    QTest::qWait(100);
    save(edit, "edit-dialog");
    edit.close();
    MarkLostDialog lost(window.session(), card, &window);
    lost.show();
    QTest::qWait(100);
    save(lost, "lost-dialog");
    lost.close();
    SettingsDialog settingsDialog(settings, &window);
    settingsDialog.show();
    QTest::qWait(100);
    save(settingsDialog, "settings-dialog");
    settingsDialog.close();
    for (const auto& [page, name] :
         {std::pair{MainWindow::Page::Cancellations, "page-cancellations"},
          std::pair{MainWindow::Page::Reports, "page-reports"},
          std::pair{MainWindow::Page::Audit, "page-audit"}}) {
        window.showPage(page);
        QTest::qWait(1500);
        save(window, name);
    }
}

} // namespace

TEST_CASE("render the screenshots", "[.screenshots]")
{
    const QString database = qEnvironmentVariable("SIMFLEET_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SIMFLEET_SCREENSHOT_DIR");
    REQUIRE_FALSE(database.isEmpty());
    REQUIRE_FALSE(outDir.isEmpty());
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("demo.db"));
    REQUIRE(QFile::copy(database, copy)); // nothing touches the real file
    QDir().mkpath(outDir);

    shoot(copy, outDir, Language::English, QStringLiteral("en"));
    shoot(copy, outDir, Language::SimplifiedChinese, QStringLiteral("zh"));
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
