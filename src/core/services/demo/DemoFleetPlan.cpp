// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoFleetPlan.h"

#include "rules/Validators.h"
#include "services/demo/DemoBills.h"
#include "services/demo/DemoIdentifiers.h"
#include "services/demo/DemoNumbers.h"
#include "services/demo/DemoPeople.h"

#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <array>

namespace simfleet::demo {

namespace {

// Separate random streams, so that changing how one aspect is drawn leaves the others alone.
enum Stream : std::uint32_t { Identities = 1, People, Roles, Bills, Timeline, Losses };

constexpr auto kCarrierWeights = std::to_array<int>({50, 25, 20, 5}); // as kAllCarriers
constexpr int kPortedPercent = 4;          // 携号转网: the prefix belongs to another carrier
constexpr int kUnassignedPercent = 3;      // spare lines kept by a department
constexpr int kEmployeeHolderPercent = 12; // registered under the user's own resident ID
constexpr int kLostPerMille = 20;
constexpr int kMaxDraws = 100;

const QTimeZone& chinaTime()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

std::vector<int> weightsOf(std::span<const DemoArea> areas)
{
    std::vector<int> weights;
    for (const DemoArea& area : areas)
        weights.push_back(area.weight);
    return weights;
}

std::vector<int> weightsOf(std::span<const DemoDepartment> departments)
{
    std::vector<int> weights;
    for (const DemoDepartment& department : departments)
        weights.push_back(department.weight);
    return weights;
}

int drawPrefix(DemoRandom& random, Carrier carrier)
{
    Carrier issuer = carrier;
    if (random.percent(kPortedPercent)) {
        while (issuer == carrier)
            issuer = random.pick(std::span<const Carrier>(kAllCarriers));
    }
    return random.pick(mobilePrefixes(issuer));
}

QStringView receiptCodeOf(const QString& homeArea)
{
    for (const DemoArea& area : demoAreas()) {
        if (area.name == homeArea)
            return area.receiptCode;
    }
    // Lines without a known home area are handled at the company's own business hall.
    return demoAreas().front().receiptCode;
}

QString drawLostNote(DemoRandom& random)
{
    static constexpr auto notes = std::to_array<QStringView>({
        u"员工手机遗失，已电话挂失",
        u"随工作手机一起被盗",
        u"疑似被盗用，通话量异常",
    });
    return random.pick(std::span<const QStringView>(notes)).toString();
}

// Draws the card's identity, its owner and where it is used; unique ICCID and number.
class CardDrawer {
public:
    CardDrawer(std::uint32_t seed, int cards, QDate today)
        : m_identities(seed, Identities), m_people(seed, People), m_today(today),
          m_company(demoCompany()), m_areaWeights(weightsOf(demoAreas())),
          m_departmentWeights(weightsOf(demoDepartments()))
    {
        // One user for every 25 lines or so, as many as a large call centre would have.
        m_employees = drawEmployees(m_people, std::clamp(cards / 25, 10, 2000), today);
    }

    Result<Card> draw()
    {
        Card card;
        card.carrier = kAllCarriers[m_identities.weighted(kCarrierWeights)];
        do {
            card.iccid = drawIccid(m_identities, card.carrier);
        } while (m_iccids.contains(card.iccid));
        m_iccids.insert(card.iccid);

        const int prefix = drawPrefix(m_identities, card.carrier);
        const std::size_t area = m_identities.weighted(m_areaWeights);
        for (int attempt = 0;; ++attempt) {
            const QString number = drawMsisdn(m_identities, prefix, area);
            if (!m_msisdns.contains(number) && validateMsisdn(number).ok()) {
                card.msisdn = number;
                break;
            }
            if (attempt == kMaxDraws)
                return Error{ErrorCode::MsisdnInvalid, number, 0};
        }
        m_msisdns.insert(card.msisdn);
        card.numberHomeArea = homeAreaOf(card.msisdn);

        const std::size_t departmentIndex = m_people.weighted(m_departmentWeights);
        const DemoDepartment& department = demoDepartments()[departmentIndex];
        card.department = department.name.toString();
        const DemoPlan& plan = demoPlans()[m_people.weighted(department.planWeights)];
        card.plan = plan.name.toString();
        card.monthlyFee = plan.monthlyFee;

        card.holderName = m_company.name;
        card.holderId = m_company.uscc;
        if (const DemoEmployee* user = drawUser(departmentIndex)) {
            card.assignee = user->name;
            if (m_people.percent(kEmployeeHolderPercent)) {
                card.holderName = user->name;
                card.holderId = user->residentId;
            }
        }

        card.activatedOn = m_today.addDays(-m_people.between(365, 3 * 365));
        card.state = CardState::Active;
        card.stateSince = QDateTime(card.activatedOn, QTime(9, 30), chinaTime()).toUTC();
        return card;
    }

private:
    const DemoEmployee* drawUser(std::size_t department)
    {
        if (m_people.percent(kUnassignedPercent))
            return nullptr;
        std::vector<const DemoEmployee*> colleagues;
        for (const DemoEmployee& employee : m_employees) {
            if (employee.department == department)
                colleagues.push_back(&employee);
        }
        if (colleagues.empty())
            return nullptr;
        return colleagues[m_people.below(static_cast<std::uint32_t>(colleagues.size()))];
    }

    DemoRandom m_identities;
    DemoRandom m_people;
    QDate m_today;
    DemoCompany m_company;
    std::vector<int> m_areaWeights;
    std::vector<int> m_departmentWeights;
    std::vector<DemoEmployee> m_employees;
    QSet<QString> m_iccids;
    QSet<QString> m_msisdns;
};

BillingPlan billingFor(DemoRandom& random, const PlannedCard& planned, const CardTimeline& timeline,
                       QDate today, int& stoppedSoFar)
{
    BillingPlan billing;
    billing.monthlyFee = planned.card.monthlyFee;
    billing.activatedOn = planned.card.activatedOn;
    billing.lastDay = today;
    switch (planned.role) {
    case DemoRole::PromptPayer:
        break;
    case DemoRole::LumpyPayer:
        billing.habit = PayingHabit::Lumpy;
        break;
    case DemoRole::StoppedPaying:
        billing.habit = PayingHabit::Stopped;
        // The first six stop one to six months back and run up usage, so every aging bucket
        // has money in it whatever the day of the month.
        if (stoppedSoFar < 6) {
            billing.unpaidMonths = ++stoppedSoFar;
            billing.heavyUser = true;
        } else {
            billing.unpaidMonths = random.between(1, 6);
            billing.heavyUser = random.percent(40);
        }
        break;
    case DemoRole::Prepaid:
    case DemoRole::ConfirmedWithCredit:
    case DemoRole::VoidedAfterRefund:
        billing.habit = PayingHabit::Prepaid;
        billing.creditMonths = random.between(1, 6);
        break;
    case DemoRole::Abandoned:
    case DemoRole::Cleared:
    case DemoRole::Requested:
    case DemoRole::Rejected:
    case DemoRole::Confirmed:
    case DemoRole::Voided:
    case DemoRole::Blocked:
        billing.settleOnLastDay = true;
        break;
    }
    // Lines on their way out stop being billed once their arrears are settled.
    if (planned.role != DemoRole::Abandoned && timeline.clearedOn.isValid())
        billing.lastDay = timeline.clearedOn;
    return billing;
}

bool headsForVoid(DemoRole role)
{
    return role == DemoRole::Voided || role == DemoRole::VoidedAfterRefund;
}

} // namespace

Result<std::vector<PlannedCard>> planDemoFleet(const DemoOptions& options, const QDateTime& nowUtc,
                                               std::span<const CarrierProfile> profiles)
{
    const QDate today = nowUtc.toTimeZone(chinaTime()).date();
    const int count = std::max(options.cards, 0);

    CardDrawer drawer(options.seed, count, today);
    DemoRandom roles(options.seed, Roles);
    DemoRandom bills(options.seed, Bills);
    DemoRandom timelines(options.seed, Timeline);
    DemoRandom losses(options.seed, Losses);
    DemoTimeline timeline(timelines, nowUtc, profiles);

    const std::vector<DemoRole> cast = castRoles(roles, count);
    std::vector<PlannedCard> fleet;
    fleet.reserve(cast.size());
    int stoppedSoFar = 0;
    for (const DemoRole role : cast) {
        Result<Card> card = drawer.draw();
        if (!card)
            return card.error();
        PlannedCard planned{std::move(card).value(), role, {}, {}, {}};
        const CardTimeline path =
            timeline.plan(role, planned.card.carrier, receiptCodeOf(planned.card.homeArea()),
                          planned.card.monthlyFee);
        const BillingPlan billing = billingFor(bills, planned, path, today, stoppedSoFar);
        planned.bills = drawBills(bills, billing);
        planned.steps = path.steps;
        fleet.push_back(std::move(planned));
    }

    // Void cards cannot be flagged, so the losses fall on lines still alive.
    std::vector<std::size_t> alive;
    for (std::size_t i = 0; i < fleet.size(); ++i) {
        if (!headsForVoid(fleet[i].role))
            alive.push_back(i);
    }
    losses.shuffle(alive);
    const auto lost =
        std::min(alive.size(), static_cast<std::size_t>(std::max(2, count * kLostPerMille / 1000)));
    for (std::size_t i = 0; i < lost; ++i)
        fleet[alive[i]].lostNote = drawLostNote(losses);
    return fleet;
}

} // namespace simfleet::demo
