// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded Chinese catalogue reaches every kind of text: forms' columns, the GUI's own
// helpers, the core's labels and error words, and Qt's standard buttons.

#include "app/DatabaseOpening.h"
#include "app/Language.h"
#include "common/Display.h"
#include "fleet/FleetColumns.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::gui;

namespace {

// Installs a language for one test; the other tests run on the bare source text again after it.
struct LanguageForThisTest {
    explicit LanguageForThisTest(Language language)
    {
        installTranslations(*QCoreApplication::instance(), language);
    }
    ~LanguageForThisTest()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::system());
    }
    LanguageForThisTest(const LanguageForThisTest&) = delete;
    LanguageForThisTest& operator=(const LanguageForThisTest&) = delete;
};

} // namespace

TEST_CASE("the interface speaks Simplified Chinese when asked to", "[translations]")
{
    const Money owed = Money::fromFen(12340);
    {
        const LanguageForThisTest chinese(Language::SimplifiedChinese);
        CHECK(fleetColumnTitle(FleetColumn::Balance) == QStringLiteral("余额"));
        CHECK(stateLabel(CardState::Active) == QStringLiteral("在用"));
        CHECK(carrierLabel(Carrier::Cmcc) == QStringLiteral("中国移动"));
        CHECK(describe(Error{ErrorCode::OwesMoney, {}, owed.fen()}) ==
              QStringLiteral("欠费 ¥123.40"));
        CHECK(balanceSummary(owed) == QStringLiteral("欠费 ¥123.40"));
        CHECK(
            openFailureMessage(QStringLiteral("/tmp/x.db"), Error{ErrorCode::StorageLocked, {}, 0})
                .contains(QStringLiteral("原因")));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
    }
    // Without a catalogue the source text shows.
    CHECK(fleetColumnTitle(FleetColumn::Balance) == QStringLiteral("Balance"));
    CHECK(balanceSummary(owed) == QStringLiteral("Owes ¥123.40"));
}

TEST_CASE("English takes its plural forms from its catalogue", "[translations]")
{
    const LanguageForThisTest english(Language::English);
    CHECK(QCoreApplication::translate("simfleet::gui::ReviewPage", "%n day(s)", nullptr, 1) ==
          QStringLiteral("1 day"));
    CHECK(QCoreApplication::translate("simfleet::gui::ReviewPage", "%n day(s)", nullptr, 3) ==
          QStringLiteral("3 days"));
}
