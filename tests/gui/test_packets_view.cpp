// SPDX-License-Identifier: GPL-3.0-or-later
// The packet pieces of the window: the Packets view lists what was exported and exports what
// is still to go, the fleet's context menu exports the selection, the card panel names the
// packets that list a card, and Settings keeps the company profile the core accepts.

#include "MainWindow.h"
#include "PacketExport.h"
#include "PacketZip.h"
#include "WizardTestFleet.h"
#include "app/AppSettings.h"
#include "card/CardDetailPanel.h"
#include "dialogs/SettingsDialog.h"
#include "packets/CardPackets.h"
#include "packets/CompanyForm.h"
#include "packets/PacketExporter.h"
#include "packets/PacketsView.h"
#include "services/CompanyService.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "views/FleetView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

// A card, settled and with its cancellation requested (China Mobile unless said).
CardId requestedCard(WizardTestFleet& fleet, int n, Carrier carrier = Carrier::Cmcc)
{
    const CardId id = fleet.addCard(n, carrier, Money::fromFen(5800));
    fleet.move(id, toState(CardState::ArrearsCleared));
    TransitionRequest request = toState(CardState::CancellationRequested);
    request.channel = Channel::CarrierHotline;
    request.checklistConfirmed = true;
    fleet.move(id, request);
    return id;
}

QStringList zipsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
}

// Answers the folder question with folder, counting how often it was asked.
void answerFolder(PacketExporter& exporter, const QString& folder, int& asked)
{
    exporter.setFolderChooser([&asked, folder](QWidget*, const QString&) {
        ++asked;
        return folder;
    });
}

// Hands each modal dialog that shows up while the test waits to answer.
class ModalAnswerer {
public:
    explicit ModalAnswerer(std::function<void(QWidget*)> answer) : m_answer(std::move(answer))
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (QWidget* modal = QApplication::activeModalWidget(); modal && modal->isVisible())
                m_answer(modal);
        });
        m_poll.start();
    }

private:
    std::function<void(QWidget*)> m_answer;
    QTimer m_poll;
};

std::unique_ptr<Session> windowSession(WizardTestFleet& fleet)
{
    auto clock = std::make_unique<FixedClock>(fleet.clock().nowUtc());
    auto store = openSqliteStore(fleet.path(), *clock);
    REQUIRE(store.ok());
    return std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                     QStringLiteral("Wang Fang"), fleet.path());
}

} // namespace

TEST_CASE("The Packets view exports the requested cards' packets into the chosen folder",
          "[gui][packets]")
{
    WizardTestFleet fleet;
    REQUIRE(CompanyService(fleet.session().context()).save(validCompany()).ok());
    requestedCard(fleet, 1);
    requestedCard(fleet, 2);
    const CardId unicom = requestedCard(fleet, 3, Carrier::Cucc);
    const CardId active = fleet.addCard(4, Carrier::Cmcc, Money::fromFen(5800));

    PacketsView view(fleet.session());
    auto* exportButton = child<QPushButton>(view, "exportPackets");
    CHECK(exportButton->isEnabled());
    auto* action = view.findChild<QAction*>(QStringLiteral("exportPacketsAction"));
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->shortcut().isEmpty());
    CHECK(exportButton->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    int asked = 0;
    answerFolder(view.exporter(), folder.path(), asked);
    QSignalSpy changed(&view, &PacketsView::dataChanged);
    exportButton->click();

    // One zip per carrier (the home areas are unknown): the requested cards, not the active one.
    CHECK(asked == 1);
    const QStringList zips = zipsIn(folder.path());
    REQUIRE(zips.size() == 2);
    CHECK(zips.filter(QStringLiteral("cmcc")).size() == 1);
    CHECK(zips.filter(QStringLiteral("cucc")).size() == 1);
    const std::vector<PacketRecord> packets = fleet.store().packets();
    REQUIRE(packets.size() == 2);
    std::size_t cards = 0;
    for (const PacketRecord& record : packets)
        cards += record.cardIds.size();
    CHECK(cards == 3);
    CHECK(fleet.store().packetsOfCard(unicom).size() == 1);
    CHECK(fleet.store().packetsOfCard(active).empty());
    CHECK(changed.count() == 1);
    CHECK(view.table()->rowCount() == 2);
    CHECK(child<QLabel>(view, "packetStatus")->text().contains(QStringLiteral("href")));

    // Nothing waits now: the shortcut's action says so without asking for a folder.
    action->trigger();
    CHECK(asked == 1);
    CHECK(zipsIn(folder.path()).size() == 2);
    CHECK(child<QLabel>(view, "packetStatus")->text() ==
          PacketsView::tr("No cancellation-requested card is waiting for a packet."));
}

TEST_CASE("Without a company profile the export offers Settings › Company, and asks no folder",
          "[gui][packets]")
{
    WizardTestFleet fleet;
    requestedCard(fleet, 1);

    PacketsView view(fleet.session());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    int asked = 0;
    answerFolder(view.exporter(), folder.path(), asked);
    QSignalSpy settingsAsked(&view, &PacketsView::companySettingsRequested);
    QString said;
    QString prompt;
    {
        ModalAnswerer answer([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            REQUIRE(box != nullptr);
            prompt = box->objectName();
            said = box->text() + QLatin1Char('\n') + box->informativeText();
            CHECK(asked == 0); // said before any folder is asked for
            box->findChild<QPushButton*>(QStringLiteral("openCompanySettings"))->click();
        });
        child<QPushButton>(view, "exportPackets")->click();
    }
    CHECK(prompt == QStringLiteral("companyProfileMissing"));
    CHECK(said.contains(QStringLiteral("Settings")));
    CHECK_FALSE(said.contains(QStringLiteral("simfleet-cli")));
    CHECK(asked == 0);
    CHECK(settingsAsked.count() == 1);
    CHECK(zipsIn(folder.path()).isEmpty());
    CHECK(fleet.store().packets().empty());
}

TEST_CASE("The window opens Settings on the company when an export asks for it", "[gui][packets]")
{
    WizardTestFleet fleet;
    requestedCard(fleet, 1);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("Wang Fang"));
    MainWindow window(windowSession(fleet), settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QString focused;
    bool settingsShown = false;
    {
        ModalAnswerer answer([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                box->findChild<QPushButton*>(QStringLiteral("openCompanySettings"))->click();
                return;
            }
            auto* dialog = qobject_cast<SettingsDialog*>(modal);
            REQUIRE(dialog != nullptr);
            // Once the dialog's queued work is done, the cursor waits in the company's name.
            QCoreApplication::processEvents();
            settingsShown = true;
            if (QWidget* focus = dialog->focusWidget())
                focused = focus->objectName();
            dialog->reject();
        });
        window.showPage(MainWindow::Page::Packets);
        window.packetsView().exportPending();
    }
    CHECK(settingsShown);
    CHECK(focused == QStringLiteral("companyName"));
}

TEST_CASE("The fleet's context menu exports the selected cards that may go into a packet",
          "[gui][packets]")
{
    WizardTestFleet fleet;
    REQUIRE(CompanyService(fleet.session().context()).save(validCompany()).ok());
    const CardId first = requestedCard(fleet, 1);
    const CardId second = requestedCard(fleet, 2);
    const CardId active = fleet.addCard(3, Carrier::Cmcc, Money::fromFen(5800));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("Wang Fang"));
    MainWindow window(windowSession(fleet), settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView& table = window.fleetView().table();
    REQUIRE(QTest::qWaitFor([&] { return table.model()->rowCount() == 3; }, 30000));
    table.selectAll();

    auto* action = window.findChild<QAction*>(QStringLiteral("actionExportPackets"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    CHECK(window.fleetView().contextActions().contains(action));

    const QString folder = dir.filePath(QStringLiteral("packets"));
    int asked = 0;
    answerFolder(window.packetExporter(), folder, asked);
    QStringList seen;
    {
        ModalAnswerer answer([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            REQUIRE(box != nullptr);
            seen << box->objectName();
            // The active card is named as left out; the others go on.
            if (box->objectName() == QLatin1String("cardsLeftOut"))
                box->button(QMessageBox::Ok)->click();
            else
                box->accept();
        });
        action->trigger();
    }
    CHECK(seen == QStringList{QStringLiteral("cardsLeftOut"), QStringLiteral("packetsExported")});
    CHECK(asked == 1);
    REQUIRE(zipsIn(folder).size() == 1);
    const std::vector<PacketRecord> packets = fleet.store().packets();
    REQUIRE(packets.size() == 1);
    CHECK(packets.front().cardIds == std::vector<CardId>{first, second});
    CHECK(fleet.store().packetsOfCard(active).empty());
}

TEST_CASE("With the interface in Chinese the packet's zip and files have Chinese names",
          "[gui][packets]")
{
    WizardTestFleet fleet;
    REQUIRE(CompanyService(fleet.session().context()).save(validCompany()).ok());
    requestedCard(fleet, 1);
    const QLocale before;
    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    PacketsView view(fleet.session());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    int asked = 0;
    answerFolder(view.exporter(), folder.path(), asked);
    child<QPushButton>(view, "exportPackets")->click();
    QLocale::setDefault(before);

    REQUIRE(zipsIn(folder.path()) ==
            QStringList{QStringLiteral("中国移动-未知归属地-注销申请-2026-11-26-第1号.zip")});
    const Result<std::vector<packet::ZipEntry>> entries =
        packet::readZip(QDir(folder.path()).filePath(zipsIn(folder.path()).front()));
    REQUIRE(entries.ok());
    QStringList names;
    for (const packet::ZipEntry& entry : *entries)
        names << entry.name;
    CHECK(names == QStringList{QStringLiteral("注销申请书.pdf"), QStringLiteral("授权委托书.pdf"),
                               QStringLiteral("注销号码清单.xlsx"),
                               QStringLiteral("注销号码清单.csv"), QStringLiteral("材料清单.txt"),
                               QStringLiteral("文件校验清单.json")});
}

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
    const Result<packet::PacketExportOutcome> outcome = packet::exportPackets(
        fleet.session().context(), PacketRequest{Carrier::Cmcc, std::nullopt, {id}}, folder.path(),
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

TEST_CASE("An export's summary names the first packets by file, counts the rest and links the "
          "folder",
          "[gui][packets]")
{
    PacketExporter::Outcome outcome;
    outcome.folder = QStringLiteral("/tmp/packets");
    for (int i = 1; i <= 330; ++i)
        outcome.written << QStringLiteral("/tmp/packets/packet-%1-cmcc-北京市.zip").arg(i);

    const QString summary = PacketExporter::summary(outcome);
    CHECK(summary.contains(QStringLiteral("330")));
    CHECK(summary.contains(QStringLiteral("packet-1-cmcc-北京市.zip")));
    CHECK(summary.contains(QStringLiteral("packet-10-cmcc-北京市.zip")));
    CHECK_FALSE(summary.contains(QStringLiteral("packet-11-cmcc-北京市.zip")));
    CHECK_FALSE(summary.contains(QStringLiteral("/tmp/packets/packet-1-")));
    CHECK(summary.contains(QStringLiteral("320")));
    CHECK(summary.contains(QStringLiteral("href=\"file:///tmp/packets\"")));

    outcome.written = outcome.written.mid(0, 2);
    const QString few = PacketExporter::summary(outcome);
    CHECK(few.contains(QStringLiteral("packet-2-cmcc-北京市.zip")));
    CHECK_FALSE(few.contains(QStringLiteral("more")));
}
