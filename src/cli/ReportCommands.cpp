// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "CsvExport.h"
#include "DocumentText.h"
#include "ExitCode.h"
#include "ExportFormat.h"
#include "ExposureJson.h"
#include "JsonShapes.h"
#include "ReportDocuments.h"
#include "ReportJson.h"
#include "rules/Validators.h"
#include "services/ReportService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

namespace simfleet::cli {

namespace {

// What `report ...` can print or write: table, csv and json go to stdout or --output; the
// spreadsheet and the PDF only to a file.
enum class ReportFormat { Table, Csv, Json, Xlsx, Pdf };

// Writes a report's text to the device as it is made; false when the device refused it.
using TextStream = std::function<bool(QIODevice&)>;

// One report, computed: the JSON for scripts or the document for people and files. A report too
// large to hold as a QJsonObject streams its JSON instead (streamJson).
struct ComputedReport {
    QJsonObject json;
    exports::ReportDocument document;
    TextStream streamJson;
};

class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::ReportCommands)

public:
    static CommandSpec outstandingSpec()
    {
        CommandSpec spec = baseSpec(QStringLiteral("outstanding"));
        spec.summary = tr("Who owes what, and for how long (aging 0-30, 31-60, 61-90, 90+ days)");
        spec.details =
            tr("Per group: the cards with arrears, the outstanding total and its four aging\n"
               "buckets (payments settle the oldest charges first); then the grand total, and\n"
               "credit balances (money held for the company) separately.");
        spec.options.insert(spec.options.begin(),
                            {QStringLiteral("by"),
                             QStringLiteral("carrier|department|assignee|home-area"),
                             tr("grouping (default: carrier)")});
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            const OutstandingGrouping grouping = parseGroupingOption(args);
            return run(env, args, [grouping](StoreReader& store, QDate asOf, bool json) {
                const OutstandingReport report = ReportService(store).outstanding(grouping, asOf);
                return json ? ComputedReport{outstandingReportJson(report), {}, {}}
                            : ComputedReport{{}, exports::outstandingDocument(report), {}};
            });
        };
        return spec;
    }

    static CommandSpec pipelineSpec()
    {
        CommandSpec spec = baseSpec(QStringLiteral("pipeline"));
        spec.summary = tr("Where the cancellations stand: cards per state, what needs a push");
        spec.details =
            tr("Cards per state with their average and oldest days there; requests older than\n"
               "the carrier's typical processing time (follow up now); cards a new charge has\n"
               "blocked; lost cards not yet cancelled.");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return run(env, args, [](StoreReader& store, QDate asOf, bool json) {
                const PipelineReport report = computePipelineReport(store, asOf);
                return json ? ComputedReport{pipelineReportJson(report), {}, {}}
                            : ComputedReport{{}, exports::pipelineDocument(report), {}};
            });
        };
        return spec;
    }

    static CommandSpec savingsSpec()
    {
        CommandSpec spec = baseSpec(QStringLiteral("savings"));
        spec.summary = tr("Monthly rent stopped by cancellations, and the rent still paid");
        spec.details =
            tr("Per month (by the carrier-confirmed date): the cards confirmed cancelled and the\n"
               "monthly rent they no longer charge; the projected saving over the next 12\n"
               "months; the monthly rent still paid by the cards not yet confirmed.");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return run(env, args, [](StoreReader& store, QDate asOf, bool json) {
                const SavingsReport report = computeSavingsReport(store, asOf);
                return json ? ComputedReport{savingsReportJson(report), {}, {}}
                            : ComputedReport{{}, exports::savingsDocument(report), {}};
            });
        };
        return spec;
    }

    static CommandSpec exposureSpec()
    {
        CommandSpec spec = baseSpec(QStringLiteral("exposure"));
        spec.summary = tr("Cards registered under employees' own IDs, by holder (masked)");
        spec.details =
            tr("Cards not yet void whose holder ID is a person's resident ID rather than the\n"
               "company's credit code: the list to check against the national 一证通查 service\n"
               "when an employee leaves. IDs and names are masked.");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return run(env, args, [](StoreReader& store, QDate asOf, bool json) {
                if (json) {
                    return ComputedReport{{}, {}, [&store, asOf](QIODevice& device) {
                                              ExposureJsonWriter writer(device);
                                              streamExposureReport(store, asOf, writer);
                                              return writer.finish();
                                          }};
                }
                exports::ExposureDocumentSink document;
                streamExposureReport(store, asOf, document);
                return ComputedReport{{}, document.take(), {}};
            });
        };
        return spec;
    }

private:
    // Builds the JSON when json is set, else the document: only what the format prints, so a
    // report of 200,000 cards is not held twice.
    using Compute = std::function<ComputedReport(StoreReader&, QDate, bool json)>;

    static CommandSpec baseSpec(const QString& kind)
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("report"), kind};
        spec.storeUse = StoreUse::Reads;
        spec.options = {
            {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
             tr("as it stood at the end of this day (default: today, China Standard Time)")},
            {QStringLiteral("format"), QStringLiteral("table|csv|json|xlsx|pdf"),
             tr("output format (default: table); xlsx and pdf need --output")},
            {QStringLiteral("output"), QStringLiteral("FILE"),
             tr("write to FILE (replaced only once complete) instead of stdout")},
        };
        return spec;
    }

    static ReportFormat parseFormat(const ParsedArgs& args)
    {
        if (!args.has(QStringLiteral("format")))
            return ReportFormat::Table;
        const QString wanted = args.value(QStringLiteral("format")).trimmed().toLower();
        static const std::pair<QLatin1String, ReportFormat> kCodes[] = {
            {QLatin1String("table"), ReportFormat::Table},
            {QLatin1String("csv"), ReportFormat::Csv},
            {QLatin1String("json"), ReportFormat::Json},
            {QLatin1String("xlsx"), ReportFormat::Xlsx},
            {QLatin1String("pdf"), ReportFormat::Pdf},
        };
        for (const auto& [code, format] : kCodes) {
            if (wanted == code)
                return format;
        }
        throw UsageError(tr("--format must be one of table|csv|json|xlsx|pdf, not '%1'")
                             .arg(args.value(QStringLiteral("format"))));
    }

    static OutstandingGrouping parseGroupingOption(const ParsedArgs& args)
    {
        if (!args.has(QStringLiteral("by")))
            return OutstandingGrouping::Carrier;
        const Result<OutstandingGrouping> parsed =
            parseGrouping(args.value(QStringLiteral("by")).trimmed());
        if (!parsed)
            throw UsageError(tr("--by must be carrier, department, assignee or home-area, not '%1'")
                                 .arg(args.value(QStringLiteral("by"))));
        return *parsed;
    }

    // Checked before the database is touched, like every usage error.
    static QString outputPath(const ParsedArgs& args, ReportFormat format)
    {
        const QString path = args.value(QStringLiteral("output")).trimmed();
        if (args.has(QStringLiteral("output")) && path.isEmpty())
            throw UsageError(tr("--output needs a file name"));
        if (path.isEmpty() && format == ReportFormat::Xlsx)
            throw UsageError(tr("--format xlsx writes a file: give it with --output FILE"));
        if (path.isEmpty() && format == ReportFormat::Pdf)
            throw UsageError(tr("--format pdf writes a file: give it with --output FILE"));
        return path;
    }

    // The company's name from its profile, for the heading; empty until one is recorded.
    static QString companyName(CommandEnv& env)
    {
        const std::optional<CompanyProfile> profile = env.store().companyProfile();
        return profile ? profile->name : QString();
    }

    static int run(CommandEnv& env, const ParsedArgs& args, const Compute& compute)
    {
        const ReportFormat format = parseFormat(args);
        const QString path = outputPath(args, format);
        QDate asOf = env.clock().today();
        if (args.has(QStringLiteral("as-of"))) {
            const Result<QDate> parsed = parseIsoDate(args.value(QStringLiteral("as-of")));
            if (!parsed)
                return env.fail(parsed.error(), QStringLiteral("--as-of"));
            asOf = *parsed;
        }

        ComputedReport report = compute(env.store(), asOf, format == ReportFormat::Json);
        report.document.company = companyName(env);
        switch (format) {
        case ReportFormat::Json:
            if (report.streamJson)
                return emitStream(env, path, report.streamJson);
            return emitText(
                env, path,
                QString::fromUtf8(QJsonDocument(report.json).toJson(QJsonDocument::Indented)));
        case ReportFormat::Table:
            // Printed straight to the device: the exposure table alone is 13 MB of text.
            return emitStream(env, path, [&report](QIODevice& device) {
                QTextStream stream(&device);
                stream.setEncoding(QStringConverter::Utf8);
                printDocument(stream, report.document);
                stream.flush();
                return stream.status() == QTextStream::Ok;
            });
        case ReportFormat::Csv:
            if (path.isEmpty())
                return writeStdout(env, exports::csvBytes(report.document));
            return writeFile(env, report.document, exports::ExportFormat::Csv, path);
        case ReportFormat::Xlsx:
            return writeFile(env, report.document, exports::ExportFormat::Xlsx, path);
        case ReportFormat::Pdf:
            return writeFile(env, report.document, exports::ExportFormat::Pdf, path);
        }
        return toInt(ExitCode::Unexpected);
    }

    // Text to stdout, or to the file (all or nothing), whose path is then printed.
    static int emitText(CommandEnv& env, const QString& path, const QString& text)
    {
        if (path.isEmpty()) {
            env.out() << text;
            return toInt(ExitCode::Success);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return cannotWrite(env, exports::ExportError{exports::ExportError::Kind::CannotWrite,
                                                         path, file.errorString()});
        env.out() << path << '\n';
        return toInt(ExitCode::Success);
    }

    // Text written as it is made to stdout, or to the file (all or nothing), whose path is then
    // printed.
    static int emitStream(CommandEnv& env, const QString& path, const TextStream& stream)
    {
        if (path.isEmpty())
            return writeStdout(env, stream);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !stream(file) || !file.commit())
            return cannotWrite(env, exports::ExportError{exports::ExportError::Kind::CannotWrite,
                                                         path, file.errorString()});
        env.out() << path << '\n';
        return toInt(ExitCode::Success);
    }

    // The bytes exactly as the file would hold them: a QString would drop the BOM Excel needs
    // to read a redirected report as UTF-8.
    static int writeStdout(CommandEnv& env, const QByteArray& bytes)
    {
        return writeStdout(env, [&bytes](QIODevice& device) { return device.write(bytes) >= 0; });
    }

    static int writeStdout(CommandEnv& env, const TextStream& stream)
    {
        env.out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !stream(stdoutFile) ||
            !stdoutFile.flush())
            return cannotWrite(env, exports::ExportError{exports::ExportError::Kind::CannotWrite,
                                                         tr("standard output"),
                                                         stdoutFile.errorString()});
        return toInt(ExitCode::Success);
    }

    static int writeFile(CommandEnv& env, const exports::ReportDocument& document,
                         exports::ExportFormat format, const QString& path)
    {
        if (const exports::ExportStatus failed = exports::writeDocument(document, format, path))
            return cannotWrite(env, *failed);
        env.out() << path << '\n';
        return toInt(ExitCode::Success);
    }

    // A file that cannot be written is a storage problem, like a database that cannot be.
    static int cannotWrite(CommandEnv& env, const exports::ExportError& error)
    {
        env.console().error(exports::describe(error));
        return toInt(ExitCode::Storage);
    }
};

} // namespace

std::vector<CommandSpec> reportCommands()
{
    return {ReportCommands::outstandingSpec(), ReportCommands::pipelineSpec(),
            ReportCommands::savingsSpec(), ReportCommands::exposureSpec()};
}

} // namespace simfleet::cli
