// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardText.h"
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "OutputFormat.h"
#include "rules/Masking.h"
#include "services/CompanyService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace simfleet::cli {

namespace {

class CompanyCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::CompanyCommands)

public:
    static CommandSpec setSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("company"), QStringLiteral("set")};
        spec.summary = tr("Set the company profile that heads the carrier paperwork");
        spec.details =
            tr("Options not given keep their stored values. The name and the unified social\n"
               "credit code (USCC) are required; the USCC and the agent's resident ID are\n"
               "checked (check characters included). The agent (经办人) is named, with the full\n"
               "ID, on the authorization letter of every submission packet; everywhere else the\n"
               "ID is shown masked.");
        spec.options = {
            {QStringLiteral("name"), QStringLiteral("NAME"), tr("company name, as on the licence")},
            {QStringLiteral("uscc"), QStringLiteral("CODE"), tr("unified social credit code")},
            {QStringLiteral("address"), QStringLiteral("ADDRESS"), tr("registered address")},
            {QStringLiteral("phone"), QStringLiteral("PHONE"), tr("contact phone")},
            {QStringLiteral("agent-name"), QStringLiteral("NAME"), tr("the agent (经办人)")},
            {QStringLiteral("agent-id"), QStringLiteral("ID"), tr("the agent's resident ID")},
        };
        spec.run = &CompanyCommands::set;
        return spec;
    }

    static CommandSpec showSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("company"), QStringLiteral("show")};
        spec.summary = tr("Show the company profile (the agent's ID masked)");
        spec.options = {OutputFormats::option(kFormats)};
        spec.run = &CompanyCommands::show;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

private:
    static constexpr std::initializer_list<OutputFormat> kFormats{OutputFormat::Text,
                                                                  OutputFormat::Json};

    static void take(const ParsedArgs& args, const char* option, QString& field)
    {
        const QString name = QString::fromLatin1(option);
        if (args.has(name))
            field = args.value(name);
    }

    static int set(CommandEnv& env, const ParsedArgs& args)
    {
        CompanyService company(env.context());
        CompanyProfile profile = company.load().value_or(CompanyProfile{});
        take(args, "name", profile.name);
        take(args, "uscc", profile.uscc);
        take(args, "address", profile.address);
        take(args, "phone", profile.phone);
        take(args, "agent-name", profile.agentName);
        take(args, "agent-id", profile.agentId);
        const Result<CompanyProfile> saved = company.save(profile);
        if (!saved) {
            const ErrorCode code = saved.error().code;
            const bool usccProblem =
                code == ErrorCode::UsccFormat || code == ErrorCode::UsccChecksum;
            const bool idProblem = code == ErrorCode::ResidentIdFormat ||
                                   code == ErrorCode::ResidentIdBirthDate ||
                                   code == ErrorCode::ResidentIdChecksum;
            return env.fail(saved.error(), usccProblem ? QStringLiteral("--uscc")
                                           : idProblem ? QStringLiteral("--agent-id")
                                                       : QString());
        }
        env.out() << tr("company profile saved: %1").arg(saved->name) << '\n';
        return 0;
    }

    static QJsonObject json(const CompanyProfile& profile)
    {
        return {{QStringLiteral("name"), profile.name},
                {QStringLiteral("uscc"), profile.uscc},
                {QStringLiteral("address"), profile.address},
                {QStringLiteral("phone"), profile.phone},
                {QStringLiteral("agent_name"), profile.agentName},
                {QStringLiteral("agent_id_masked"), maskId(profile.agentId)}};
    }

    static int show(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kFormats);
        const std::optional<CompanyProfile> profile = CompanyService(env.context()).load();
        if (!profile)
            return env.fail(Error{ErrorCode::CompanyProfileMissing, {}, 0});
        if (format == OutputFormat::Json) {
            env.out() << QString::fromUtf8(
                QJsonDocument(json(*profile)).toJson(QJsonDocument::Indented));
            return 0;
        }
        const std::vector<std::pair<QString, QString>> lines{
            {tr("Company"), profile->name},    {tr("USCC"), profile->uscc},
            {tr("Address"), profile->address}, {tr("Phone"), profile->phone},
            {tr("Agent"), profile->agentName}, {tr("Agent ID"), maskId(profile->agentId)},
        };
        for (const auto& [label, value] : lines)
            env.out() << tr("%1: %2", "a label and its value").arg(label, CardText::orDash(value))
                      << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> companyCommands()
{
    return {CompanyCommands::setSpec(), CompanyCommands::showSpec()};
}

} // namespace simfleet::cli
