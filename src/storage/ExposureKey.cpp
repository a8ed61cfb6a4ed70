// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExposureKey.h"

#include "SqlValues.h"

#include <utility>
#include <vector>

namespace simfleet::sqlite {

namespace {

const std::string kNoValidHolder; // '': bound static, it outlives every statement

// A bulk write of a million cards would otherwise remember every employee's ID.
constexpr qsizetype kRemembered = 65536;

} // namespace

void bindExposureKey(SQLite::Statement& statement, TextBinder& text, int index,
                     const HolderExposure& exposure)
{
    switch (exposure.kind) {
    case HolderExposure::Kind::Company:
        statement.bind(index);
        return;
    case HolderExposure::Kind::Unidentified:
        TextBinder::bindStatic(statement, index, kNoValidHolder);
        return;
    case HolderExposure::Kind::Person:
        text.bind(statement, index, exposure.residentId);
        return;
    }
}

void addExposureKey(RowBatch& rows, const HolderExposure& exposure)
{
    switch (exposure.kind) {
    case HolderExposure::Kind::Company:
        rows.addNull();
        return;
    case HolderExposure::Kind::Unidentified:
        rows.addText(std::string_view());
        return;
    case HolderExposure::Kind::Person:
        rows.addText(QStringView(exposure.residentId));
        return;
    }
}

const HolderExposure& HolderExposures::of(const QString& holderId)
{
    if (const auto known = m_known.constFind(holderId); known != m_known.constEnd())
        return *known;
    if (m_known.size() >= kRemembered)
        m_known.clear();
    return *m_known.insert(holderId, holderExposure(holderId));
}

void buildExposureKeys(SQLite::Database& db)
{
    // Read first, written after: the keys of a million cards are a fifth of them, and no cursor
    // walks the table while its rows change.
    std::vector<std::pair<std::int64_t, HolderExposure>> keyed;
    {
        HolderExposures exposures;
        SQLite::Statement select(db, "SELECT id, holder_id FROM cards");
        while (select.executeStep()) {
            const HolderExposure& exposure = exposures.of(textAt(select, 1));
            if (exposure.kind != HolderExposure::Kind::Company)
                keyed.emplace_back(select.getColumn(0).getInt64(), exposure);
        }
    }
    SQLite::Statement update(db, "UPDATE cards SET exposure_key = ? WHERE id = ?");
    TextBinder text;
    for (const auto& [id, exposure] : keyed) {
        bindExposureKey(update, text, 1, exposure);
        update.bind(2, id);
        update.exec();
        update.reset();
    }
}

} // namespace simfleet::sqlite
