// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HistoryTable.h"
#include "JsonShapes.h"
#include "OutputFormat.h"
#include "services/AuditService.h"
#include "services/CardLookup.h"

#include <QJsonDocument>

namespace simfleet::cli {

namespace {

class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::AuditCommands)

public:
    static CommandSpec logSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("audit")};
        spec.arguments = QStringLiteral("[KEY]");
        spec.summary = tr("Show the audit log, or one card's part of it");
        spec.details = tr("KEY is an ICCID or a phone number. json prints an array of events.\n"
                          "See also: audit verify.");
        spec.options = {OutputFormats::option(kFormats)};
        spec.maxPositionals = 1;
        spec.run = &AuditCommands::log;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

    static CommandSpec verifySpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("audit"), QStringLiteral("verify")};
        spec.summary = tr("Recompute the audit log's hash chain");
        spec.details = tr("Exit code 0 when the chain is intact; 3 when it is broken, naming the "
                          "first broken row.");
        spec.run = &AuditCommands::verify;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

private:
    static constexpr std::initializer_list<OutputFormat> kFormats{OutputFormat::Text,
                                                                  OutputFormat::Json};

    static QString breakKind(AuditBreak::Kind kind)
    {
        switch (kind) {
        case AuditBreak::Kind::PrevHashMismatch:
            return tr("it does not carry the previous row's hash");
        case AuditBreak::Kind::HashMismatch:
            // Its hash covers the row before it too: either of the two may have been changed.
            return tr("its hash does not match its contents and the row before it");
        case AuditBreak::Kind::SequenceGap:
            return tr("rows before it are missing");
        case AuditBreak::Kind::LedgerSealMismatch:
            return tr("the ledger entries this import sealed are not what it recorded");
        }
        return {};
    }

    static int log(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kFormats);
        StoreReader& store = env.store();
        std::optional<CardId> cardId;
        if (!args.positionals.isEmpty()) {
            const QString key = args.positionals.constFirst();
            const Result<Card> found = findCardByKey(store, key);
            if (!found)
                return env.fail(found.error(), key);
            cardId = found->id;
        }
        // The whole log may hold millions of rows: stream it rather than load it.
        const auto forEach = [&store, cardId](const std::function<void(const AuditEvent&)>& visit) {
            if (cardId) {
                for (const AuditEvent& event : store.auditOf(cardId))
                    visit(event);
            } else {
                store.forEachAuditEvent(visit);
            }
        };

        QTextStream& out = env.out();
        if (format == OutputFormat::Json) {
            out << '[';
            bool first = true;
            forEach([&out, &first](const AuditEvent& event) {
                out << (first ? "\n  " : ",\n  ")
                    << QString::fromUtf8(
                           QJsonDocument(auditEventJson(event)).toJson(QJsonDocument::Compact));
                first = false;
            });
            out << (first ? "]\n" : "\n]\n");
            return 0;
        }
        HistoryTable::printAudit(out, forEach);
        return 0;
    }

    static int verify(CommandEnv& env, const ParsedArgs&)
    {
        const AuditVerification result = verifyAuditLog(env.store());
        if (result.firstBreak) {
            env.console().error(tr("audit log broken at seq %1: %2 (%n row(s) checked)", nullptr,
                                   static_cast<int>(result.rowsChecked))
                                    .arg(result.firstBreak->seq)
                                    .arg(breakKind(result.firstBreak->kind)));
            return toInt(ExitCode::Refused);
        }
        env.out() << tr("audit log intact: %n row(s), head %1", nullptr,
                        static_cast<int>(result.rowsChecked))
                         .arg(result.headHash.isEmpty() ? QStringLiteral("-")
                                                        : QString::fromLatin1(result.headHash))
                  << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> auditCommands()
{
    return {AuditCommands::logSpec(), AuditCommands::verifySpec()};
}

} // namespace simfleet::cli
