// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders two cancellation-wizard pages on a demo fleet for docs/screenshots.
// Hidden from ordinary runs; run it with SIMFLEET_SCREENSHOT_DIR=docs/screenshots (and
// SIMFLEET_SCREENSHOT_LANG=zh_CN for Chinese) and QT_QPA_PLATFORM=offscreen:
//   test_gui "[screenshots]"

#include "WizardTestFleet.h"
#include "app/Language.h"
#include "services/DemoFleet.h"
#include "wizard/CancellationWizard.h"
#include "wizard/CardTable.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

// Active China Mobile cards of one department, some owing, some not: a typical batch.
std::vector<CardId> typicalBatch(Store& store)
{
    CardQuery query;
    query.filter.state = CardState::Active;
    query.filter.carrier = Carrier::Cmcc;
    query.sortBy = CardSortColumn::Balance;
    query.descending = true;
    query.limit = 4;
    std::vector<CardId> ids;
    for (const Card& card : store.cards(query))
        ids.push_back(card.id);
    query.filter.owesOnly = false;
    query.descending = false;
    query.limit = 3;
    for (const Card& card : store.cards(query))
        ids.push_back(card.id);
    return ids;
}

void save(QWidget& widget, const QString& dir, const QString& name, const QString& language)
{
    const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, name, language);
    REQUIRE(widget.grab().save(path));
}

} // namespace

TEST_CASE("Cancellation wizard screenshots", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("SIMFLEET_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString language = qEnvironmentVariable("SIMFLEET_SCREENSHOT_LANG", QStringLiteral("en"));
    installTranslations(*qApp, parseLanguage(language));

    WizardTestFleet fleet;
    DemoOptions demo;
    demo.cards = 300;
    REQUIRE(generateDemoFleet(fleet.session().context(), demo).ok());

    CancellationWizard wizard(fleet.session(), typicalBatch(fleet.store()));
    wizard.resize(940, 660);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == CancellationWizard::SettlePageId);
    // One card paid for in the wizard already; the others still owe.
    auto* settle = wizard.findChild<CardTable*>(QStringLiteral("settleTable"));
    REQUIRE(settle != nullptr);
    wizard.findChild<QLineEdit*>(QStringLiteral("paymentReference"))
        ->setText(QStringLiteral("ICBC-20261126-0042"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("recordPayment")),
                      Qt::LeftButton);
    QApplication::processEvents();
    save(wizard, dir, QStringLiteral("wizard-settle"), language);

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("payAllInFull")),
                      Qt::LeftButton);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == CancellationWizard::ChannelPageId);
    auto* hall = wizard.findChild<QRadioButton*>(QStringLiteral("channelCarrierHall"));
    QTest::mouseClick(hall, Qt::LeftButton, {}, QPoint(8, hall->height() / 2));
    QApplication::processEvents();
    save(wizard, dir, QStringLiteral("wizard-channel"), language);

    installTranslations(*qApp, Language::English);
}
