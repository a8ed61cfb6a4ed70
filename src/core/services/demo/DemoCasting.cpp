// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoCasting.h"

#include <algorithm>
#include <array>

namespace simfleet::demo {

namespace {

struct Quota {
    DemoRole role;
    int perMille;
    int minimum;
};

// Roughly a year into a clean-up: most lines in service, one in eight owing for months, a
// pipeline of a few hundred lines on a fleet of 2,000. The first quotas win when the fleet is
// too small for all of them.
constexpr auto kQuotas = std::to_array<Quota>({
    {DemoRole::StoppedPaying, 120, 6},
    {DemoRole::Voided, 50, 1},
    {DemoRole::VoidedAfterRefund, 8, 1},
    {DemoRole::Confirmed, 32, 1},
    {DemoRole::ConfirmedWithCredit, 6, 1},
    {DemoRole::Requested, 60, 1},
    {DemoRole::Rejected, 5, 1},
    {DemoRole::Cleared, 35, 1},
    {DemoRole::Blocked, 10, 1},
    {DemoRole::Abandoned, 5, 1},
    {DemoRole::Prepaid, 30, 1},
    {DemoRole::LumpyPayer, 60, 1},
});

} // namespace

int minimumDemoCards()
{
    int total = 0;
    for (const Quota& quota : kQuotas)
        total += quota.minimum;
    return total + 1; // and one prompt payer
}

std::vector<DemoRole> castRoles(DemoRandom& random, int cards)
{
    std::vector<DemoRole> roles;
    roles.reserve(static_cast<std::size_t>(std::max(cards, 0)));
    for (const Quota& quota : kQuotas) {
        const int wanted = std::max(quota.minimum, cards * quota.perMille / 1000);
        for (int i = 0; i < wanted && static_cast<int>(roles.size()) < cards; ++i)
            roles.push_back(quota.role);
    }
    while (static_cast<int>(roles.size()) < cards)
        roles.push_back(DemoRole::PromptPayer);
    random.shuffle(roles);
    return roles;
}

} // namespace simfleet::demo
