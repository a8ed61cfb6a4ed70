// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/GrownFleet.h"

#include "io/KeyFile.h"
#include "services/CardLookup.h"
#include "services/CompanyService.h"
#include "services/ImportService.h"
#include "services/LifecycleService.h"
#include "services/demo/grown/FleetFiles.h"

#include <QTemporaryDir>

namespace simfleet {

namespace {

// Moves the cards of a key file along one edge, all or none.
Status move(ServiceContext& context, const QString& keyFile, const TransitionRequest& request)
{
    const Result<QStringList> keys = readKeyFile(keyFile);
    if (!keys)
        return keys.error();
    std::vector<CardId> ids;
    ids.reserve(static_cast<std::size_t>(keys->size()));
    for (const Result<CardId>& found : findCardIdsByKeys(context.store, *keys)) {
        if (!found)
            return found.error();
        ids.push_back(*found);
    }
    const Result<TransitionOutcome> outcome = LifecycleService(context).transition(ids, request);
    if (!outcome)
        return outcome.error();
    if (!outcome->ok())
        return outcome->refused.front().reason;
    return {};
}

// The rows imported, or the import's first issue as the error: the generated files are meant to
// have none.
Result<std::int64_t> imported(const Result<ImportSummary>& summary)
{
    if (!summary)
        return summary.error();
    if (!summary->issues.empty())
        return summary->issues.front().error;
    return summary->imported;
}

} // namespace

Result<DemoSummary> generateGrownFleet(ServiceContext context, const DemoOptions& options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{ErrorCode::FileUnwritable, folder.errorString(), 0};
    const Result<grown::FleetFiles> files =
        grown::writeFleetFiles(folder.path(), options.cards, options.seed, context.clock.today());
    if (!files)
        return files.error();

    ImportService importer(context);
    const Result<std::int64_t> cards = imported(importer.importCards(files->cardsCsv));
    if (!cards)
        return cards.error();
    const Result<std::int64_t> bills = imported(importer.importLedger(files->ledgerCsv));
    if (!bills)
        return bills.error();

    // The profile the packets need, then cards in every later state, as the bench prepares them.
    CompanyProfile company;
    company.name = files->cards.company.name;
    company.uscc = files->cards.company.uscc;
    company.address = QStringLiteral("浙江省杭州市西湖区文三路 90 号");
    company.phone = QStringLiteral("0571-88886666");
    company.agentName = files->cards.agent.name;
    company.agentId = files->cards.agent.residentId;
    if (const Result<CompanyProfile> saved = CompanyService(context).save(company); !saved)
        return saved.error();

    const grown::KeySets& keys = files->keys;
    TransitionRequest cleared;
    cleared.to = CardState::ArrearsCleared;
    TransitionRequest requested;
    requested.to = CardState::CancellationRequested;
    requested.channel = Channel::CarrierHall;
    requested.checklistConfirmed = true;
    TransitionRequest confirmed;
    confirmed.to = CardState::CarrierConfirmed;
    confirmed.reference = QStringLiteral("QR-2026-0001");
    TransitionRequest voided;
    voided.to = CardState::Void;
    for (const auto& [keyFile, request] :
         {std::pair{keys.clearFirst, cleared}, std::pair{keys.clearFirst, requested},
          std::pair{keys.confirmed, confirmed}, std::pair{keys.voided, voided}}) {
        if (Status moved = move(context, keyFile, request); !moved)
            return moved.error();
    }
    return DemoSummary{*cards, *bills};
}

} // namespace simfleet
