// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CompanyProfile.h"
#include "services/ServiceContext.h"

#include <optional>

namespace simfleet {

// The company profile that heads the carrier paperwork (and the reports).
class CompanyService {
public:
    explicit CompanyService(ServiceContext context) : m_ctx(std::move(context)) {}

    // The profile as it will be stored (fields trimmed, USCC and resident ID normalised), or the
    // first problem: the name and the USCC are required; the agent's name and resident ID are
    // checked when given (a packet needs them, see requireAgent).
    static Result<CompanyProfile> validate(const CompanyProfile& profile);

    // FieldRequired ("agent name" / "agent ID") when the authorization letter cannot be made.
    static Status requireAgent(const CompanyProfile& profile);

    // Validates, then stores the profile (replacing the previous one).
    Result<CompanyProfile> save(const CompanyProfile& profile);

    // The stored profile, if one was saved.
    std::optional<CompanyProfile> load();

private:
    ServiceContext m_ctx;
};

} // namespace simfleet
