// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyProfileRows.h"

#include "SqlValues.h"

#include <SQLiteCpp/Statement.h>

namespace simfleet::sqlite {

std::optional<CompanyProfile> loadCompanyProfile(SQLite::Database& db)
{
    SQLite::Statement select(db, "SELECT name, uscc, address, phone, agent_name, agent_id"
                                 " FROM company_profile WHERE id = 1");
    if (!select.executeStep())
        return std::nullopt;
    return CompanyProfile{textAt(select, 0), textAt(select, 1), textAt(select, 2),
                          textAt(select, 3), textAt(select, 4), textAt(select, 5)};
}

void saveCompanyProfileRow(SQLite::Database& db, const CompanyProfile& profile)
{
    SQLite::Statement upsert(
        db, "INSERT INTO company_profile (id, name, uscc, address, phone, agent_name, agent_id)"
            " VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " uscc = excluded.uscc, address = excluded.address, phone = excluded.phone,"
            " agent_name = excluded.agent_name, agent_id = excluded.agent_id");
    bindText(upsert, 1, profile.name);
    bindText(upsert, 2, profile.uscc);
    bindText(upsert, 3, profile.address);
    bindText(upsert, 4, profile.phone);
    bindText(upsert, 5, profile.agentName);
    bindText(upsert, 6, profile.agentId);
    upsert.exec();
}

} // namespace simfleet::sqlite
