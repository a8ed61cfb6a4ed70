// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketFixture.h"

using namespace simfleet;
using namespace simfleet::packettest;

TEST_CASE("the company profile is validated, stored and read back")
{
    PacketFixture fixture;
    CompanyService company(fixture.context());
    CHECK_FALSE(company.load().has_value());

    CompanyProfile profile = sampleCompany();
    profile.name = QStringLiteral("  ") + profile.name + QStringLiteral(" ");
    profile.agentId = profile.agentId.toLower();
    const Result<CompanyProfile> saved = company.save(profile);
    REQUIRE(saved.ok());
    CHECK(*company.load() == sampleCompany());

    SECTION("a bad USCC is refused and nothing changes")
    {
        CompanyProfile bad = sampleCompany();
        bad.name = QStringLiteral("另一家公司");
        QString uscc = bad.uscc;
        uscc[17] = uscc.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        bad.uscc = uscc;
        const Result<CompanyProfile> refused = company.save(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::UsccChecksum);
        CHECK(company.load()->name == sampleCompany().name);
    }
    SECTION("a bad agent ID is refused")
    {
        CompanyProfile bad = sampleCompany();
        bad.agentId = QStringLiteral("110105198502300012"); // 30 February
        CHECK(company.save(bad).error().code == ErrorCode::ResidentIdBirthDate);
    }
    SECTION("the name is required")
    {
        CompanyProfile bad = sampleCompany();
        bad.name.clear();
        const Result<CompanyProfile> refused = company.save(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::FieldRequired);
    }
    SECTION("a packet needs the agent")
    {
        CompanyProfile noAgent = sampleCompany();
        noAgent.agentName.clear();
        noAgent.agentId.clear();
        CHECK(company.save(noAgent).ok());
        CHECK_FALSE(CompanyService::requireAgent(*company.load()).ok());
    }
}
