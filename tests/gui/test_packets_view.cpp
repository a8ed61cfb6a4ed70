// SPDX-License-Identifier: GPL-3.0-or-later
// The packet pieces of the window: the Packets view lists what was exported, the card panel
// names the packets that list a card, and Settings keeps the company profile the core accepts.

#include "PacketExport.h"
#include "WizardTestFleet.h"
#include "app/AppSettings.h"
#include "card/CardDetailPanel.h"
#include "dialogs/SettingsDialog.h"
#include "packets/CardPackets.h"
#include "packets/CompanyForm.h"
#include "packets/PacketsView.h"
#include "services/CompanyService.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

template <class T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

CompanyProfile validCompany()
{
    return CompanyProfile{QStringLiteral("北京示例科技有限公司"),
                          QStringLiteral("91110108551385082Q"),
                          QStringLiteral("北京市海淀区中关村大街1号"),
                          QStringLiteral("010-62000000"),
                          QStringLiteral("王芳"),
                          QStringLiteral("110105199001010029")};
}

// A China Mobile card, settled and with its cancellation requested.
CardId requestedCard(WizardTestFleet& fleet, int n)
{
    const CardId id = fleet.addCard(n, Carrier::Cmcc, Money::fromFen(5800));
    fleet.move(id, toState(CardState::ArrearsCleared));
    TransitionRequest request = toState(CardState::CancellationRequested);
    request.channel = Channel::CarrierHotline;
    request.checklistConfirmed = true;
    fleet.move(id, request);
    return id;
}

} // namespace

TEST_CASE("An exported packet shows in the Packets view and on the card's panel", "[gui][packets]")
{
    WizardTestFleet fleet;
    REQUIRE(CompanyService(fleet.session().context()).save(validCompany()).ok());
    const CardId id = requestedCard(fleet, 1);

    PacketsView view(fleet.session());
    QTableWidget* table = view.table();
    CHECK(table->rowCount() == 0);
    CHECK(child<QLabel>(view, "packetStatus")->text() == PacketsView::tr("No packets yet."));

    CardDetailPanel panel(fleet.session());
    panel.showCard(id);
    auto* packets = child<QLabel>(panel, "packetsValue");
    CHECK(packets->text() == CardPackets::tr("not in a packet yet"));

    // The Done page's export, without its folder dialog.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fleet.session().context(),
                              PacketRequest{Carrier::Cmcc, std::nullopt, {id}}, folder.path(),
                              packet::PacketLanguage::English);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
    REQUIRE(outcome->packets.size() == 1);
    const PacketRecord& record = outcome->packets.front();
    CHECK(QFileInfo::exists(record.outputPath));

    // Hidden, the view only notes that it is out of date; it lists again once shown.
    view.refresh();
    CHECK(table->rowCount() == 0);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QString::number(record.id));
    CHECK(table->item(0, 1)->text() == carrierLabel(Carrier::Cmcc));
    CHECK(table->item(0, 3)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 5)->text() == fleet.session().operatorName());
    CHECK(child<QLabel>(view, "packetStatus")->text().isEmpty());

    // Selecting the row opens the folder and verify buttons; the untouched zip verifies.
    auto* verify = child<QPushButton>(view, "verifyPacket");
    CHECK_FALSE(verify->isEnabled());
    table->selectRow(0);
    REQUIRE(verify->isEnabled());
    verify->click();
    CHECK(child<QLabel>(view, "packetStatus")->text().contains(QStringLiteral("match")));

    panel.reload();
    CHECK(packets->text().startsWith(QStringLiteral("No. %1 · ").arg(record.id)));
}

TEST_CASE("Settings keeps the company profile and refuses a bad USCC", "[gui][packets]")
{
    WizardTestFleet fleet;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("Wang Fang"));

    SECTION("an untouched empty profile does not block the dialog")
    {
        SettingsDialog dialog(settings, fleet.session());
        REQUIRE(dialog.companyForm() != nullptr);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(CompanyService(fleet.session().context()).load().has_value());
    }

    SECTION("a bad USCC is refused with the core's words, and nothing is stored")
    {
        SettingsDialog dialog(settings, fleet.session());
        CompanyForm& form = *dialog.companyForm();
        const CompanyProfile company = validCompany();
        auto type = [&form](const char* name, const QString& text) {
            auto* edit = child<QLineEdit>(form, name);
            edit->setText(text);
            Q_EMIT edit->textEdited(text);
        };
        type("companyName", company.name);
        type("companyUscc", QStringLiteral("91110108551385082P")); // wrong check character
        type("agentName", company.agentName);
        type("agentId", company.agentId);

        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        const QString problem = child<QLabel>(form, "companyProblem")->text();
        CHECK(problem ==
              describe(CompanyService::validate(CompanyProfile{company.name,
                                                               QStringLiteral("91110108551385082P"),
                                                               {},
                                                               {},
                                                               company.agentName,
                                                               company.agentId})
                           .error()));
        CHECK_FALSE(problem.isEmpty());
        CHECK_FALSE(CompanyService(fleet.session().context()).load().has_value());

        // Corrected, it is stored and the agent's ID is shown masked.
        type("companyUscc", company.uscc);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        const std::optional<CompanyProfile> stored =
            CompanyService(fleet.session().context()).load();
        REQUIRE(stored.has_value());
        CHECK(stored->uscc == company.uscc);
        CHECK(stored->agentId == company.agentId);
        CHECK(child<QLineEdit>(form, "agentId")->text() != company.agentId);
    }
}
