// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/CardsCsv.h"

#include "services/demo/DemoIdentifiers.h"
#include "services/demo/grown/CsvText.h"
#include "services/demo/grown/NumberSource.h"
#include "services/demo/grown/Organisation.h"

#include <QFileInfo>
#include <algorithm>
#include <numeric>

namespace simfleet::grown {

namespace {

constexpr int kCallCentres = 12;       // the biggest areas; the company's offices are there
constexpr int kCallCentrePercent = 45; // of block purchases: numbers local to an office
constexpr int kSinglePercent = 20;     // of the cards: one number at a time
constexpr int kPortedPercent = 4;      // of the singles
constexpr int kAgeMonths = 60;         // five years

struct Plan {
    QStringView name;
    std::int32_t feeFen;
};

constexpr auto kCmccPlans = std::to_array<Plan>({{u"全球通商务套餐", 5800},
                                                 {u"动感地带", 1900},
                                                 {u"神州行畅听卡", 2900},
                                                 {u"移动电销专享", 8800},
                                                 {u"5G智享套餐", 12800},
                                                 {u"政企行业卡", 3800}});
constexpr auto kCuccPlans = std::to_array<Plan>({{u"沃派", 1900},
                                                 {u"冰激凌套餐", 9900},
                                                 {u"联通电销卡", 5900},
                                                 {u"5G畅爽冰激凌", 12900},
                                                 {u"政企融合卡", 3900}});
constexpr auto kCtccPlans = std::to_array<Plan>({{u"天翼畅享", 8900},
                                                 {u"星卡", 1900},
                                                 {u"电信商务卡", 5900},
                                                 {u"5G畅享", 12900},
                                                 {u"翼企通", 3900}});
constexpr auto kCbnPlans =
    std::to_array<Plan>({{u"广电惠民卡", 1900}, {u"广电5G套餐", 4900}, {u"广电商务卡", 5900}});

std::span<const Plan> plansOf(Carrier carrier)
{
    switch (carrier) {
    case Carrier::Cmcc:
        return kCmccPlans;
    case Carrier::Cucc:
        return kCuccPlans;
    case Carrier::Ctcc:
        return kCtccPlans;
    case Carrier::Cbn:
        return kCbnPlans;
    }
    return kCmccPlans;
}

constexpr auto kCarrierWeights = std::to_array<int>({51, 26, 21, 2});

// Purchase sizes, skewed small: most purchases are a handful of numbers, most cards come in
// the few big ones.
struct SizeBucket {
    int low;
    int high;
    int weight;
};
constexpr auto kSizeBuckets = std::to_array<SizeBucket>({{2, 5, 22},
                                                         {6, 20, 20},
                                                         {21, 50, 17},
                                                         {51, 200, 16},
                                                         {201, 500, 11},
                                                         {501, 1000, 7},
                                                         {1001, 2000, 5},
                                                         {2001, 5000, 2}});

struct Purchase {
    std::int64_t day{0}; // activation, Julian day
    Carrier carrier{Carrier::Cmcc};
    std::uint32_t area{kNoArea};
    std::size_t department{0};
    std::size_t plan{0};
    std::int32_t feeFen{0};
    int personalPercent{0}; // chance that a card is held under an employee's own ID
    int spelling{0};        // how the carrier is written: code, Chinese, short Chinese, English
    bool ported{false};
    std::size_t first{0}; // into the numbers
    std::size_t count{0};
};

class Generator {
public:
    Generator(const CardsShape& shape, const AreaMap& map)
        : m_shape(shape), m_map(map), m_random(shape.seed, 1), m_numbers(map, m_random),
          m_org(m_random, callCentreNames(map), shape.cards, shape.today)
    {
        for (const HomeArea& area : map.areas())
            m_areaWeights.push_back(static_cast<int>(area.rangeCount()));
        for (int m = 0; m < kAgeMonths; ++m) {
            // Telemarketing lines get blocked and replaced: the fleet's surviving lines are
            // mostly young, with a long tail back to the first purchases five years ago.
            double weight = 1000.0;
            for (int i = 0; i < m; ++i)
                weight *= 0.8;
            m_ageWeights.push_back(static_cast<int>(weight) + 32);
        }
    }

    std::vector<Purchase> purchases()
    {
        std::vector<Purchase> bought;
        const std::int64_t singles = m_shape.cards * kSinglePercent / 100;
        std::int64_t inBlocks = m_shape.cards - singles;
        while (inBlocks > 0) {
            const SizeBucket& bucket = kSizeBuckets.at(m_random.weighted(bucketWeights()));
            // A small fleet has small blocks, or a few of them would be all of it.
            const std::int64_t largest = std::max<std::int64_t>(2, m_shape.cards / 50);
            const auto size = static_cast<int>(std::min(
                {inBlocks, largest, std::int64_t{m_random.between(bucket.low, bucket.high)}}));
            Purchase purchase = drawPurchase(true);
            const std::vector<std::uint64_t> numbers =
                m_numbers.block(purchase.area, purchase.carrier, size);
            addNumbers(purchase, numbers);
            inBlocks -= static_cast<std::int64_t>(numbers.size());
            bought.push_back(purchase);
        }
        for (std::int64_t i = 0; i < singles; ++i) {
            Purchase purchase = drawPurchase(false);
            Carrier issuer = purchase.carrier;
            if (m_random.percent(kPortedPercent)) {
                // 携号转网: the number keeps its prefix, the line moves to another carrier.
                purchase.ported = true;
                while (issuer == purchase.carrier || issuer == Carrier::Cbn)
                    issuer = kAllCarriers.at(m_random.below(3));
            }
            addNumbers(purchase, {m_numbers.single(purchase.area, issuer)});
            bought.push_back(purchase);
        }
        std::stable_sort(bought.begin(), bought.end(),
                         [](const Purchase& a, const Purchase& b) { return a.day < b.day; });
        return bought;
    }

    Result<CardsStats> write(const QString& path, const std::vector<Purchase>& bought, Fleet& fleet)
    {
        CsvOut out(path);
        if (!out.isOpen())
            return Error{ErrorCode::FileUnwritable, path, 0};
        out.line() += "iccid,msisdn,carrier,plan,monthly_fee,holder_name,holder_id,department,"
                      "assignee,activated_on";
        out.endLine();
        CardsStats stats;
        std::vector<bool> areaUsed(m_map.areas().size(), false);
        std::array<std::uint64_t, kAllCarriers.size()> serials{};
        for (std::size_t c = 0; c < serials.size(); ++c)
            serials[c] = 1'000'000'000ULL * (c + 1) + m_random.below(1'000'000);
        fleet.clear();
        fleet.reserve(static_cast<std::size_t>(m_shape.cards));
        for (const Purchase& purchase : bought) {
            countPurchase(purchase, stats);
            const QDate activated = QDate::fromJulianDay(purchase.day);
            if (!stats.firstActivation.isValid() || activated < stats.firstActivation)
                stats.firstActivation = activated;
            const Department& department = m_org.departments().at(purchase.department);
            const Company& company = m_org.companies().at(department.company);
            const Plan& plan = plansOf(purchase.carrier)[purchase.plan];
            for (std::size_t i = 0; i < purchase.count; ++i) {
                CardFacts card;
                card.msisdn = m_allNumbers.at(purchase.first + i);
                card.area = purchase.area;
                card.carrier = purchase.carrier;
                card.monthlyFeeFen = purchase.feeFen;
                card.activatedOn = purchase.day;
                card.iccid = iccidOf(purchase.carrier, serials[carrierIndex(purchase.carrier)]++);
                if (card.area != kNoArea)
                    areaUsed[card.area] = true;
                ++stats.byCarrier[carrierIndex(card.carrier)];

                const Person& assignee = department.staff.at(
                    m_random.below(static_cast<std::uint32_t>(department.staff.size())));
                const bool personal = m_random.percent(purchase.personalPercent);
                const Person& holder =
                    m_random.percent(70)
                        ? assignee
                        : department.staff.at(
                              m_random.below(static_cast<std::uint32_t>(department.staff.size())));
                stats.personal += personal ? 1 : 0;

                std::string& line = out.line();
                line.append(card.iccid.data(), card.iccid.size());
                line += ',';
                line += std::to_string(card.msisdn);
                line += ',';
                appendText(line, carrierText(purchase.carrier, purchase.spelling));
                line += ',';
                appendText(line, plan.name.toString());
                line += ',';
                appendYuan(line, purchase.feeFen);
                line += ',';
                appendText(line, personal ? holder.name : company.name);
                line += ',';
                appendText(line, personal ? holder.residentId : company.uscc);
                line += ',';
                appendText(line, department.name);
                line += ',';
                appendText(line, assignee.name);
                line += ',';
                appendDate(line, activated);
                out.endLine();
                fleet.push_back(card);
            }
        }
        if (!out.finish())
            return Error{ErrorCode::FileUnwritable, path, 0};
        stats.areas = static_cast<std::size_t>(std::count(areaUsed.begin(), areaUsed.end(), true));
        stats.bytes = QFileInfo(path).size();
        stats.company = m_org.companies().front();
        stats.agent = m_org.departments().at(m_org.headOffice().front()).staff.front();
        return stats;
    }

private:
    static std::vector<QString> callCentreNames(const AreaMap& map)
    {
        std::vector<QString> names;
        for (std::size_t i = 0; i < map.areas().size() && i < kCallCentres; ++i)
            names.push_back(map.areas()[i].name);
        return names;
    }

    static std::span<const int> bucketWeights()
    {
        static const std::vector<int> weights = [] {
            std::vector<int> w;
            for (const SizeBucket& bucket : kSizeBuckets)
                w.push_back(bucket.weight);
            return w;
        }();
        return weights;
    }

    Purchase drawPurchase(bool block)
    {
        Purchase purchase;
        purchase.carrier = kAllCarriers.at(m_random.weighted(kCarrierWeights));
        const auto cities = std::min<std::size_t>(kCallCentres, m_map.areas().size());
        const bool local = block && m_random.percent(kCallCentrePercent);
        purchase.area = local ? m_random.below(static_cast<std::uint32_t>(cities))
                              : static_cast<std::uint32_t>(m_random.weighted(m_areaWeights));
        // China Broadnet's 192 numbers are newer than libphonenumber 8.12's geocoding data: the
        // import finds no home area for them, and neither does the bench.
        if (m_numbers.rangesOf(purchase.area, purchase.carrier).empty())
            purchase.area = kNoArea;
        if (purchase.area != kNoArea && purchase.area < cities && m_random.percent(75)) {
            const std::vector<std::size_t>& teams = m_org.departmentsIn(purchase.area);
            purchase.department =
                teams.at(m_random.below(static_cast<std::uint32_t>(teams.size())));
        } else {
            // Numbers of other cities called from any office (a local number answers more often),
            // and head office's own lines.
            purchase.department =
                m_random.below(static_cast<std::uint32_t>(m_org.departments().size()));
        }
        const std::span<const Plan> plans = plansOf(purchase.carrier);
        purchase.plan = m_random.below(static_cast<std::uint32_t>(plans.size()));
        purchase.feeFen = plans[purchase.plan].feeFen;
        if (m_random.percent(25)) // a negotiated discount: 8折 or 88折
            purchase.feeFen = purchase.feeFen * (m_random.percent(50) ? 80 : 88) / 100;
        purchase.spelling = static_cast<int>(m_random.weighted(std::to_array<int>({80, 12, 5, 3})));
        purchase.day = activationDay();
        purchase.personalPercent = block ? 15 : 45;
        return purchase;
    }

    std::int64_t activationDay()
    {
        const auto month = static_cast<int>(m_random.weighted(m_ageWeights));
        const int daysAgo = month * 30 + m_random.between(1, 30);
        return m_shape.today.toJulianDay() - daysAgo;
    }

    void addNumbers(Purchase& purchase, const std::vector<std::uint64_t>& numbers)
    {
        purchase.first = m_allNumbers.size();
        purchase.count = numbers.size();
        m_allNumbers.insert(m_allNumbers.end(), numbers.begin(), numbers.end());
    }

    static void countPurchase(const Purchase& purchase, CardsStats& stats)
    {
        if (purchase.count >= 2) {
            ++stats.blocks;
            stats.blockCards += static_cast<std::int64_t>(purchase.count);
        } else {
            ++stats.singles;
        }
        stats.largestBlock =
            std::max(stats.largestBlock, static_cast<std::int64_t>(purchase.count));
        stats.ported += purchase.ported ? 1 : 0;
    }

    static QString carrierText(Carrier carrier, int spelling)
    {
        switch (spelling) {
        case 1:
            return carrierChineseName(carrier);
        case 2:
            return carrierChineseName(carrier).right(2); // 移动, 联通, 电信, 广电
        case 3:
            return carrierEnglishName(carrier);
        default:
            return carrierCode(carrier);
        }
    }

    // 8986, two issuer digits for the carrier, a 13-digit serial, the Luhn digit: 20 digits.
    static std::array<char, 20> iccidOf(Carrier carrier, std::uint64_t serial)
    {
        static constexpr std::array<const char*, 4> kIssuers{"00", "01", "03", "15"};
        const QString payload = QStringLiteral("8986") +
                                QLatin1String(kIssuers.at(carrierIndex(carrier))) +
                                QStringLiteral("%1").arg(serial, 13, 10, QLatin1Char('0'));
        const QByteArray digits = demo::withLuhnDigit(payload).toLatin1();
        std::array<char, 20> iccid{};
        std::copy_n(digits.constData(), iccid.size(), iccid.begin());
        return iccid;
    }

    const CardsShape& m_shape;
    const AreaMap& m_map;
    demo::DemoRandom m_random;
    NumberSource m_numbers;
    Organisation m_org;
    std::vector<int> m_areaWeights;
    std::vector<int> m_ageWeights;
    std::vector<std::uint64_t> m_allNumbers;
};

} // namespace

Result<CardsStats> writeCardsCsv(const QString& path, const CardsShape& shape, const AreaMap& map,
                                 Fleet& fleet)
{
    Generator generator(shape, map);
    const std::vector<Purchase> bought = generator.purchases();
    return generator.write(path, bought, fleet);
}

} // namespace simfleet::grown
