// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/KeySets.h"

#include "services/demo/DemoRandom.h"
#include "services/demo/grown/CsvText.h"

#include <QDir>
#include <algorithm>
#include <map>

namespace simfleet::grown {

namespace {

Result<QString> writeKeys(const QString& path, const Fleet& fleet,
                          const std::vector<std::size_t>& cards)
{
    CsvOut out(path);
    if (!out.isOpen())
        return Error{ErrorCode::FileUnwritable, path, 0};
    for (const std::size_t i : cards) {
        out.line().append(fleet[i].iccid.data(), fleet[i].iccid.size());
        out.endLine();
    }
    if (!out.finish())
        return Error{ErrorCode::FileUnwritable, path, 0};
    return path;
}

} // namespace

KeySizes keySizesFor(std::int64_t cards)
{
    return KeySizes{std::min<std::int64_t>(100'000, std::max<std::int64_t>(1, cards / 10)),
                    std::min<std::int64_t>(10'000, std::max<std::int64_t>(1, cards / 100)),
                    std::min<std::int64_t>(10'000, std::max<std::int64_t>(2, cards / 100))};
}

Result<KeySets> writeKeySets(const QString& dir, const Fleet& fleet,
                             const std::vector<std::int64_t>& balanceFen, const KeySizes& sizes,
                             std::uint32_t seed)
{
    demo::DemoRandom random(seed, 3);
    std::vector<std::size_t> owesNothing;
    for (std::size_t i = 0; i < fleet.size(); ++i) {
        if (balanceFen[i] <= 0)
            owesNothing.push_back(i);
    }
    random.shuffle(owesNothing);
    std::vector<bool> taken(fleet.size(), false);

    // Requested: China Mobile's, one area after another.
    std::map<std::uint32_t, std::vector<std::size_t>> byArea;
    for (const std::size_t i : owesNothing) {
        if (fleet[i].carrier == Carrier::Cmcc && fleet[i].area != kNoArea)
            byArea[fleet[i].area].push_back(i);
    }
    std::vector<std::size_t> requested;
    std::size_t areas = 0;
    for (std::size_t round = 0; static_cast<std::int64_t>(requested.size()) < sizes.requested;
         ++round) {
        bool any = false;
        for (auto& [area, cards] : byArea) {
            if (round >= cards.size() ||
                static_cast<std::int64_t>(requested.size()) >= sizes.requested)
                continue;
            any = true;
            areas += round == 0 ? 1 : 0;
            requested.push_back(cards[round]);
            taken[cards[round]] = true;
        }
        if (!any)
            break;
    }

    // Confirmed (and void): any carrier, balance exactly zero.
    std::vector<std::size_t> confirmed;
    for (const std::size_t i : owesNothing) {
        if (static_cast<std::int64_t>(confirmed.size()) >= sizes.confirmed)
            break;
        if (!taken[i] && balanceFen[i] == 0) {
            confirmed.push_back(i);
            taken[i] = true;
        }
    }
    const std::vector<std::size_t> voided(
        confirmed.begin(), confirmed.begin() + static_cast<std::ptrdiff_t>(confirmed.size() / 2));

    std::vector<std::size_t> transition;
    for (const std::size_t i : owesNothing) {
        if (static_cast<std::int64_t>(transition.size()) >= sizes.transition)
            break;
        if (!taken[i])
            transition.push_back(i);
    }

    std::vector<std::size_t> clearFirst = requested;
    clearFirst.insert(clearFirst.end(), confirmed.begin(), confirmed.end());

    const QDir folder(dir);
    KeySets sets;
    const std::pair<QString*, std::pair<const char*, const std::vector<std::size_t>*>> files[] = {
        {&sets.transition, {"transition.keys", &transition}},
        {&sets.requested, {"requested.keys", &requested}},
        {&sets.clearFirst, {"clear-first.keys", &clearFirst}},
        {&sets.confirmed, {"confirmed.keys", &confirmed}},
        {&sets.voided, {"void.keys", &voided}},
    };
    for (const auto& [target, file] : files) {
        Result<QString> written =
            writeKeys(folder.filePath(QLatin1String(file.first)), fleet, *file.second);
        if (!written)
            return written.error();
        *target = std::move(written).value();
    }
    sets.transitionCount = static_cast<std::int64_t>(transition.size());
    sets.requestedCount = static_cast<std::int64_t>(requested.size());
    sets.confirmedCount = static_cast<std::int64_t>(confirmed.size());
    sets.voidCount = static_cast<std::int64_t>(voided.size());
    sets.requestedAreas = areas;
    return sets;
}

} // namespace simfleet::grown
