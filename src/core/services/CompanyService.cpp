// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CompanyService.h"

#include "rules/Validators.h"

namespace simfleet {

namespace {

CompanyProfile trimmed(const CompanyProfile& profile)
{
    return CompanyProfile{profile.name.trimmed(),      profile.uscc.trimmed(),
                          profile.address.trimmed(),   profile.phone.trimmed(),
                          profile.agentName.trimmed(), profile.agentId.trimmed()};
}

Error required(const char* field)
{
    return Error{ErrorCode::FieldRequired, QString::fromLatin1(field), 0};
}

} // namespace

Result<CompanyProfile> CompanyService::validate(const CompanyProfile& profile)
{
    CompanyProfile clean = trimmed(profile);
    if (clean.name.isEmpty())
        return required("company name");
    if (clean.uscc.isEmpty())
        return required("USCC");
    const Result<QString> uscc = validateUscc(clean.uscc);
    if (!uscc)
        return uscc.error();
    clean.uscc = *uscc;
    if (!clean.agentId.isEmpty()) {
        const Result<QString> agentId = validateResidentId(clean.agentId);
        if (!agentId)
            return agentId.error();
        clean.agentId = *agentId;
    }
    return clean;
}

Status CompanyService::requireAgent(const CompanyProfile& profile)
{
    if (profile.agentName.trimmed().isEmpty())
        return required("agent name");
    if (profile.agentId.trimmed().isEmpty())
        return required("agent ID");
    return {};
}

Result<CompanyProfile> CompanyService::save(const CompanyProfile& profile)
{
    Result<CompanyProfile> valid = validate(profile);
    if (!valid)
        return valid;
    const Status written = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) {
        writer.saveCompanyProfile(*valid);
        return Status{};
    });
    if (!written)
        return written.error();
    return valid;
}

std::optional<CompanyProfile> CompanyService::load()
{
    return m_ctx.store.companyProfile();
}

} // namespace simfleet
