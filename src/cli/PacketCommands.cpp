// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardText.h"
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "OutputFormat.h"
#include "PacketExport.h"
#include "PacketVerify.h"
#include "TableWriter.h"
#include "io/KeyFile.h"
#include "services/CardLookup.h"
#include "text/ErrorText.h"
#include "text/TextWidth.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <utility>

namespace simfleet::cli {

namespace {

class PacketCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::PacketCommands)

public:
    static CommandSpec exportSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("packet"), QStringLiteral("export")};
        spec.arguments = QStringLiteral("[KEY...]");
        spec.summary = tr("Write the carrier's submission packets (one zip per home area)");
        spec.details =
            tr("Without KEY: every cancellation-requested card of the carrier (in --home-area,\n"
               "when given) that is not yet in a packet. With KEY... or --from-file: those cards,\n"
               "which must be arrears-cleared or cancellation-requested and owe nothing.\n"
               "If any card is refused, nothing is written (no zip, no record): each refused card\n"
               "is printed with the reason, and the exit code is 3.\n"
               "Cards are split by home area (归属地); each zip holds application.pdf,\n"
               "authorization.pdf, lines.xlsx, lines.csv, checklist.txt and manifest.json (the\n"
               "SHA-256 of every file); with a Chinese locale the zip and its files have Chinese\n"
               "names (中国移动-北京市-注销申请-DATE-第N号.zip). Each zip's path is printed.\n"
               "The company profile must be set first (company set). A card's state does not\n"
               "change; the packet is recorded with one audit event per card.");
        spec.options = {
            {QStringLiteral("carrier"), QStringLiteral("CARRIER"),
             tr("cmcc, cucc, ctcc or cbn (required)")},
            {QStringLiteral("home-area"), QStringLiteral("AREA"),
             tr("only this home area, e.g. 北京市")},
            {QStringLiteral("output"), QStringLiteral("DIR"),
             tr("folder for the zips (default: the current folder)")},
            {QStringLiteral("from-file"), QStringLiteral("FILE"), tr("read the keys from FILE")},
        };
        spec.maxPositionals = -1;
        spec.run = &PacketCommands::exportPackets;
        return spec;
    }

    static CommandSpec listSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("packet"), QStringLiteral("list")};
        spec.summary = tr("List the submission packets made so far");
        spec.options = {OutputFormats::option(kListFormats)};
        spec.run = &PacketCommands::list;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

    static CommandSpec showSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("packet"), QStringLiteral("show")};
        spec.arguments = QStringLiteral("ID");
        spec.summary = tr("Show one packet: its cards and files");
        spec.options = {OutputFormats::option(kShowFormats)};
        spec.minPositionals = 1;
        spec.maxPositionals = 1;
        spec.run = &PacketCommands::show;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

    static CommandSpec verifySpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("packet"), QStringLiteral("verify")};
        spec.arguments = QStringLiteral("ZIP");
        spec.summary = tr("Check a packet's files against its manifest (exit 0 or 3)");
        spec.details = tr("Recomputes the SHA-256 of every file in the zip and compares it with\n"
                          "manifest.json. Exit 0 when every file matches, 3 otherwise.");
        spec.minPositionals = 1;
        spec.maxPositionals = 1;
        spec.run = &PacketCommands::verify;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

private:
    static constexpr std::initializer_list<OutputFormat> kListFormats{OutputFormat::Table,
                                                                      OutputFormat::Json};
    static constexpr std::initializer_list<OutputFormat> kShowFormats{OutputFormat::Text,
                                                                      OutputFormat::Json};

    static QString areaText(const QString& area) { return area.isEmpty() ? tr("(unknown)") : area; }

    static QString created(const PacketRecord& packet)
    {
        return packet.createdUtc.toUTC().toString(Qt::ISODate);
    }

    static QJsonObject packetJson(const PacketRecord& packet)
    {
        QJsonArray files;
        for (const PacketFile& file : packet.files)
            files.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
        return {{QStringLiteral("id"), static_cast<qint64>(packet.id)},
                {QStringLiteral("carrier"), carrierCode(packet.carrier)},
                {QStringLiteral("home_area"), packet.homeArea},
                {QStringLiteral("created_utc"), created(packet)},
                {QStringLiteral("operator"), packet.operatorName},
                {QStringLiteral("card_count"), static_cast<qint64>(packet.cardIds.size())},
                {QStringLiteral("path"), packet.outputPath},
                {QStringLiteral("audit_head_hash"), QString::fromLatin1(packet.headAuditHash)},
                {QStringLiteral("files"), files}};
    }

    static void printJson(CommandEnv& env, const QJsonDocument& document)
    {
        env.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }

    // The cards named on the line or in --from-file; every unknown key is reported.
    static std::optional<std::vector<CardId>> namedCards(CommandEnv& env, const ParsedArgs& args,
                                                         int& exitCode)
    {
        const bool fromFile = args.has(QStringLiteral("from-file"));
        if (fromFile && !args.positionals.isEmpty())
            throw UsageError(tr("give KEY... or --from-file FILE, not both"));
        QStringList keys = args.positionals;
        if (fromFile) {
            const QString path = args.value(QStringLiteral("from-file"));
            const Result<QStringList> read = readKeyFile(path);
            if (!read) {
                exitCode = env.fail(read.error(), path);
                return std::nullopt;
            }
            if (read->isEmpty()) {
                env.console().error(tr("%1: no card keys in the file").arg(path));
                exitCode = toInt(ExitCode::Refused);
                return std::nullopt;
            }
            keys = *read;
        }
        std::vector<CardId> ids;
        bool allFound = true;
        for (const QString& key : keys) {
            const Result<Card> found = findCardByKey(env.store(), key);
            if (!found) {
                env.fail(found.error(), key);
                allFound = false;
                continue;
            }
            ids.push_back(found->id);
        }
        if (!allFound) {
            env.console().error(tr("nothing written"));
            exitCode = toInt(ExitCode::Refused);
            return std::nullopt;
        }
        return ids;
    }

    static int exportPackets(CommandEnv& env, const ParsedArgs& args)
    {
        if (!args.has(QStringLiteral("carrier")))
            throw UsageError(tr("--carrier CARRIER is required"));
        const Result<Carrier> carrier = parseCarrier(args.value(QStringLiteral("carrier")));
        if (!carrier)
            return env.fail(carrier.error(), QStringLiteral("--carrier"));
        PacketRequest request;
        request.carrier = *carrier;
        if (args.has(QStringLiteral("home-area")))
            request.homeArea = args.value(QStringLiteral("home-area")).trimmed();
        int exitCode = 0;
        const std::optional<std::vector<CardId>> named = namedCards(env, args, exitCode);
        if (!named)
            return exitCode;
        request.cards = *named;
        const QString folder = args.value(QStringLiteral("output"), QDir::currentPath());

        // Zip and file names in the language of the CLI's locale (LANG, LC_ALL): Chinese there.
        const Result<packet::PacketExportOutcome> outcome = packet::exportPackets(
            env.context(), request, folder, packet::packetLanguageFor(QLocale()));
        if (!outcome) {
            const int code =
                env.fail(outcome.error(),
                         outcome.error().code == ErrorCode::FileUnwritable ? folder : QString());
            if (outcome.error().code == ErrorCode::CompanyProfileMissing)
                env.console().error(tr("set it first with: simfleet-cli company set"));
            return code;
        }
        if (!outcome->ok()) {
            for (const CardRefusal& refusal : outcome->plan.refused)
                env.console().error(CardText::name(refusal.card) + QStringLiteral(": ") +
                                    describe(refusal.reason));
            env.console().error(tr("nothing written: %n card(s) refused", nullptr,
                                   static_cast<int>(outcome->plan.refused.size())));
            return toInt(ExitCode::Refused);
        }
        for (const PacketRecord& packet : outcome->packets)
            env.out() << packet.outputPath << '\n';
        return 0;
    }

    static int list(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kListFormats);
        const std::vector<PacketRecord> packets = env.store().packets();
        if (format == OutputFormat::Json) {
            QJsonArray array;
            for (const PacketRecord& packet : packets)
                array.append(packetJson(packet));
            printJson(env, QJsonDocument(array));
            return 0;
        }
        TableWriter table({{tr("ID"), Align::Right},
                           {tr("Carrier")},
                           {tr("Home area")},
                           {tr("Cards"), Align::Right},
                           {tr("Created (UTC)")},
                           {tr("By")},
                           {tr("File")}});
        std::vector<QStringList> rows;
        for (const PacketRecord& packet : packets)
            rows.push_back({QString::number(packet.id), carrierCode(packet.carrier),
                            areaText(packet.homeArea), QString::number(packet.cardIds.size()),
                            created(packet), packet.operatorName, packet.outputPath});
        table.print(env.out(), rows);
        return 0;
    }

    static int show(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kShowFormats);
        bool isNumber = false;
        const PacketId id = args.positionals.constFirst().toLongLong(&isNumber);
        if (!isNumber)
            throw UsageError(
                tr("ID must be a packet number, not '%1'").arg(args.positionals.constFirst()));
        const std::optional<PacketRecord> packet = env.store().packet(id);
        if (!packet)
            return env.fail(Error{ErrorCode::PacketNotFound, QString::number(id), 0});
        const std::vector<Card> cards = env.store().cardsByIds(packet->cardIds);
        if (format == OutputFormat::Json) {
            QJsonObject object = packetJson(*packet);
            QJsonArray list;
            for (const Card& card : cards)
                list.append(QJsonObject{{QStringLiteral("iccid"), card.iccid},
                                        {QStringLiteral("msisdn"), card.msisdn},
                                        {QStringLiteral("state"), stateCode(card.state)}});
            object.insert(QStringLiteral("cards"), list);
            printJson(env, QJsonDocument(object));
            return 0;
        }
        QTextStream& out = env.out();
        out << tr("Packet %1: %2, %3")
                   .arg(packet->id)
                   .arg(carrierCode(packet->carrier), areaText(packet->homeArea))
            << '\n'
            << tr("Created: %1 by %2").arg(created(*packet), packet->operatorName) << '\n'
            << tr("File: %1").arg(packet->outputPath) << '\n'
            << tr("Audit head at export: %1").arg(QString::fromLatin1(packet->headAuditHash))
            << '\n'
            << tr("Cards (%1):").arg(cards.size()) << '\n';
        for (const Card& card : cards)
            out << QStringLiteral("  ") << CardText::name(card) << QStringLiteral("  ")
                << stateCode(card.state) << '\n';
        out << tr("Files:") << '\n';
        for (const PacketFile& file : packet->files)
            out << QStringLiteral("  %1  %2").arg(QString::fromLatin1(file.sha256), file.name)
                << '\n';
        return 0;
    }

    static int verify(CommandEnv& env, const ParsedArgs& args)
    {
        const QString path = args.positionals.constFirst();
        const Result<packet::PacketVerification> result = packet::verifyPacket(path);
        if (!result)
            return env.fail(result.error(), path);
        // One status per file, the names lined up after the widest status in this language.
        const std::pair<QString, const QStringList*> groups[] = {
            {tr("ok"), &result->matching},
            {tr("CHANGED"), &result->mismatched},
            {tr("MISSING"), &result->missing},
            {tr("UNEXPECTED"), &result->unexpected},
        };
        int statusWidth = 0;
        for (const auto& [status, names] : groups)
            statusWidth = std::max(statusWidth, displayWidth(status));
        QTextStream& out = env.out();
        for (const auto& [status, names] : groups) {
            for (const QString& name : *names)
                out << padRight(status, statusWidth + 2) << name << '\n';
        }
        if (!result->ok()) {
            env.console().error(tr("%1: does not match its manifest").arg(path));
            return toInt(ExitCode::Refused);
        }
        out << tr("packet %1: all %2 files match the manifest")
                   .arg(result->manifest.packetId)
                   .arg(result->matching.size())
            << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> packetCommands()
{
    return {PacketCommands::exportSpec(), PacketCommands::listSpec(), PacketCommands::showSpec(),
            PacketCommands::verifySpec()};
}

} // namespace simfleet::cli
