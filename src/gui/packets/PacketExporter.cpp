// SPDX-License-Identifier: GPL-3.0-or-later
#include "packets/PacketExporter.h"

#include "PacketExport.h"
#include "app/DatabaseOpening.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "worker/ProgressTask.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace simfleet::gui {

namespace {

QString chooseWithDialog(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

// At most this many refused cards are named in a message; the rest are counted.
constexpr int kNamedRefusals = 8;
// At most this many packets are named when an export is done; the rest are counted.
constexpr int kNamedPackets = 10;

Result<packet::PacketExportOutcome>
exportOnOwnConnection(const QString& database, const Clock& clock, const QString& operatorName,
                      const PacketRequest& request, const QString& folder,
                      packet::PacketLanguage language, WorkerProgress& progress)
{
    return onOwnConnection<packet::PacketExportOutcome>(database, clock, [&](Store& store) {
        packet::PacketExportOptions options;
        options.progress = [&progress](int written, int total) {
            progress.total = total;
            progress.done = written;
        };
        options.cancel = &progress.cancel;
        return packet::exportPackets(ServiceContext{store, clock, operatorName}, request, folder,
                                     language, options);
    });
}

} // namespace

PacketExporter::PacketExporter(Session& session, QWidget* parent)
    : QObject(parent), m_session(session), m_chooseFolder(&chooseWithDialog)
{}

QWidget* PacketExporter::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

bool PacketExporter::companyReady()
{
    const Status ready = packet::checkPacketPrerequisites(m_session.store());
    if (ready)
        return true;
    // Said before any folder is asked for: without the profile no packet can be made.
    QMessageBox box(parentWidget());
    box.setObjectName(QStringLiteral("companyProfileMissing"));
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(tr("Export submission packets"));
    box.setText(ready.error().code == ErrorCode::CompanyProfileMissing
                    ? tr("The packets' letters are headed by your company's profile (name, "
                         "unified social credit code, the agent who goes to the business hall), "
                         "which is not set yet.")
                    : tr("The company profile is not complete: %1.").arg(describe(ready.error())));
    box.setInformativeText(tr("Fill it in under Settings › Company, then export again."));
    QPushButton* open = box.addButton(tr("Open &Settings…"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCompanySettings"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        Q_EMIT companySettingsRequested();
    return false;
}

std::optional<PacketExporter::Outcome> PacketExporter::exportPending()
{
    const std::vector<PacketRequest> requests =
        PacketService(m_session.context()).pendingRequests();
    if (requests.empty())
        return std::nullopt;
    return run(requests);
}

std::optional<PacketExporter::Outcome> PacketExporter::exportCards(const std::vector<CardId>& cards)
{
    const PacketSelection selection = PacketService(m_session.context()).select(cards);
    if (!selection.refused.empty()) {
        QStringList lines;
        for (const CardRefusal& refusal : selection.refused) {
            if (lines.size() == kNamedRefusals) {
                lines << tr("… and %n more", nullptr,
                            static_cast<int>(selection.refused.size()) - kNamedRefusals);
                break;
            }
            lines << tr("%1: %2").arg(refusal.card.msisdn.isEmpty() ? refusal.card.iccid
                                                                    : refusal.card.msisdn,
                                      describe(refusal.reason));
        }
        QMessageBox box(parentWidget());
        box.setObjectName(QStringLiteral("cardsLeftOut"));
        box.setWindowTitle(tr("Export submission packets"));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        const auto refused = static_cast<int>(selection.refused.size());
        if (selection.requests.empty()) {
            box.setIcon(QMessageBox::Information);
            box.setText(tr("None of the %n selected card(s) can go into a submission packet.",
                           nullptr, refused));
            box.setInformativeText(lines.join(QLatin1Char('\n')));
            box.exec();
            return std::nullopt;
        }
        box.setIcon(QMessageBox::Question);
        box.setText(tr("%n of the selected cards cannot go into a submission packet and will be "
                       "left out.",
                       nullptr, refused));
        box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                               tr("Export the packets of the other %n card(s)?", nullptr,
                                  static_cast<int>(selection.cardCount())));
        box.setStandardButtons(QMessageBox::Ok | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Ok);
        if (box.exec() != QMessageBox::Ok)
            return std::nullopt;
    }
    return run(selection.requests);
}

std::optional<PacketExporter::Outcome>
PacketExporter::run(const std::vector<PacketRequest>& requests)
{
    if (!companyReady())
        return std::nullopt;
    Outcome outcome;
    outcome.folder = m_chooseFolder(parentWidget(), tr("Folder for the submission packets"));
    if (outcome.folder.isEmpty())
        return std::nullopt;

    // The zips and their files are named in the interface's language.
    const packet::PacketLanguage language = packet::packetLanguageFor(QLocale());
    // Made on a connection and thread of their own, so the window stays painted and the user
    // can stop: a stopped carrier keeps nothing, and the carriers after it are not started.
    std::vector<Result<packet::PacketExportOutcome>> exported;
    std::atomic<int> current{0};
    const QString database = m_session.databasePath();
    const Clock& clock = m_session.clock();
    const QString operatorName = m_session.operatorName();
    const auto label = [&](int done, int total) {
        const QString carrier =
            carrierLabel(requests
                             .at(static_cast<std::size_t>(
                                 std::min(current.load(), static_cast<int>(requests.size()) - 1)))
                             .carrier);
        return total == 0 ? tr("%1: preparing the packets…").arg(carrier)
                          : tr("%1: packet %2 of %3 written").arg(carrier).arg(done).arg(total);
    };
    runWithProgress(
        parentWidget(), tr("Export submission packets"), label, [&](WorkerProgress& progress) {
            for (const PacketRequest& request : requests) {
                if (progress.cancel)
                    break;
                progress.done = 0;
                progress.total = 0;
                exported.push_back(exportOnOwnConnection(database, clock, operatorName, request,
                                                         outcome.folder, language, progress));
                ++current;
            }
        });
    for (std::size_t i = 0; i < exported.size(); ++i) {
        const Result<packet::PacketExportOutcome>& result = exported[i];
        if (!result) {
            outcome.problems << tr("%1: %2").arg(carrierLabel(requests[i].carrier),
                                                 describe(result.error()));
            continue;
        }
        for (const CardRefusal& refusal : result->plan.refused)
            outcome.problems << tr("%1: %2").arg(refusal.card.iccid, describe(refusal.reason));
        for (const PacketRecord& record : result->packets)
            outcome.written << record.outputPath;
    }
    if (!outcome.written.isEmpty())
        Q_EMIT packetsWritten();
    return outcome;
}

QString PacketExporter::summary(const Outcome& outcome)
{
    QStringList parts;
    if (!outcome.written.isEmpty()) {
        // They all went into the folder chosen: named by file, and only the first few.
        const auto count = static_cast<int>(outcome.written.size());
        QStringList names;
        for (int i = 0; i < std::min(count, kNamedPackets); ++i)
            names << QFileInfo(outcome.written.at(i)).fileName().toHtmlEscaped();
        if (count > kNamedPackets)
            names << tr("… and %n more", nullptr, count - kNamedPackets).toHtmlEscaped();
        // A link, so the folder opens when the user asks rather than behind their back.
        parts << tr("%n packet(s) written into %1:", nullptr, count)
                         .arg(QDir::toNativeSeparators(outcome.folder).toHtmlEscaped()) +
                     QStringLiteral("<br>") + names.join(QStringLiteral("<br>")) +
                     QStringLiteral("<br><a href=\"%1\">%2</a>")
                         .arg(QUrl::fromLocalFile(outcome.folder).toString(QUrl::FullyEncoded),
                              tr("Open folder").toHtmlEscaped());
    }
    if (!outcome.problems.isEmpty()) {
        QStringList problems;
        for (const QString& problem : outcome.problems)
            problems << problem.toHtmlEscaped();
        parts << QStringLiteral("<span style=\"color:#b00020\">%1<br>%2</span>")
                     .arg(tr("Not exported:").toHtmlEscaped(),
                          problems.join(QStringLiteral("<br>")));
    }
    return parts.join(QStringLiteral("<br><br>"));
}

} // namespace simfleet::gui
