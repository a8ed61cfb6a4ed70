// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "services/ImportService.h"
#include "text/ErrorText.h"

#include <algorithm>
#include <limits>

namespace simfleet::cli {

namespace {

enum class ImportKind { Cards, Ledger };

class ImportCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::ImportCommands)

public:
    static CommandSpec cardsSpec()
    {
        CommandSpec spec = common(QStringLiteral("cards"));
        spec.summary = tr("Import or update cards from a CSV file");
        spec.details = tr(
            "Columns by name, in any order, English or Chinese, case-insensitive:\n"
            "  iccid/ICCID, msisdn/手机号/号码, carrier/运营商 (required);\n"
            "  plan/套餐, monthly_fee/月租, holder_name/机主姓名, holder_id/证件号码,\n"
            "  department/部门, assignee/使用人, activated_on/开卡日期,\n"
            "  home_area/归属地 (when the fleet says otherwise than the number; blank: the\n"
            "  number's). Dates year first: 2025-03-01, 2025/3/1, 2025-3-1 or 2025年3月1日.\n"
            "UTF-8 (with or without BOM) or GB18030 is detected. A card already in the database\n"
            "has its changed fields updated; a void card is never changed.\n"
            "All or nothing: if any row is bad nothing is written, every bad cell is printed as\n"
            "FILE:LINE: column: message and the exit code is 3.\n"
            "The last line on stdout is: imported N, updated M, unchanged K");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return run(env, args, ImportKind::Cards);
        };
        return spec;
    }

    static CommandSpec ledgerSpec()
    {
        CommandSpec spec = common(QStringLiteral("ledger"));
        spec.summary = tr("Import charges, payments and adjustments from a CSV file");
        spec.details =
            tr("Columns: iccid (or msisdn), kind (charge|payment|adjustment), amount (yuan),\n"
               "date (year first: 2025-03-01 or 2025/3/1), reference. Payments are written\n"
               "positive and reduce the balance; adjustments are signed. Entries for a void\n"
               "card are refused.\n"
               "All or nothing, reported like 'import cards'.");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return run(env, args, ImportKind::Ledger);
        };
        return spec;
    }

private:
    static CommandSpec common(const QString& what)
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("import"), what};
        spec.arguments = QStringLiteral("FILE");
        spec.options = {{QStringLiteral("dry-run"), {}, tr("check the whole file, write nothing")}};
        spec.minPositionals = 1;
        spec.maxPositionals = 1;
        spec.createsDatabase = true;
        spec.storeUse = StoreUse::BatchWrites;
        return spec;
    }

    static int run(CommandEnv& env, const ParsedArgs& args, ImportKind kind)
    {
        const QString file = args.positionals.constFirst();
        ImportOptions options;
        options.dryRun = args.has(QStringLiteral("dry-run"));
        // The contract promises every bad row, so none is dropped.
        options.maxIssues = std::numeric_limits<int>::max();

        ImportService service(env.context());
        const Result<ImportSummary> result = kind == ImportKind::Cards
                                                 ? service.importCards(file, options)
                                                 : service.importLedger(file, options);
        if (!result)
            return env.fail(result.error(), file);

        const ImportSummary& summary = *result;
        for (const ImportIssue& issue : summary.issues) {
            QString line = QStringLiteral("%1:%2: ").arg(file).arg(issue.line);
            if (!issue.column.isEmpty())
                line += issue.column + QStringLiteral(": ");
            env.console().errorLine(line + describe(issue.error));
        }
        if (!summary.ok()) {
            const auto bad = std::max<std::int64_t>(
                summary.issuesFound, static_cast<std::int64_t>(summary.issues.size()));
            env.console().error(
                tr("%1: nothing was imported (%n bad cell(s))", nullptr, static_cast<int>(bad))
                    .arg(file));
            return toInt(ExitCode::Refused);
        }

        env.out() << tr("%1: %n row(s), %2", nullptr, static_cast<int>(summary.rows))
                         .arg(file, encodingName(summary.encoding))
                  << '\n';
        if (summary.dryRun)
            env.out() << tr("dry run: nothing was written") << '\n';
        // Scripts read this line: it is not translated.
        env.out() << QStringLiteral("imported %1, updated %2, unchanged %3")
                         .arg(summary.imported)
                         .arg(summary.updated)
                         .arg(summary.unchanged)
                  << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> importCommands()
{
    return {ImportCommands::cardsSpec(), ImportCommands::ledgerSpec()};
}

} // namespace simfleet::cli
