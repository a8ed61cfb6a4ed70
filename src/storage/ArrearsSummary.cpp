// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArrearsSummary.h"

#include "CodeColumns.h"
#include "SqlValues.h"
#include "rules/ArrearsFold.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <functional>
#include <tuple>

namespace simfleet::sqlite {

namespace {

// Up to this many cards, each card's ledger is read through the index on its own; beyond it,
// one pass over the whole index costs less.
constexpr std::size_t kCardsReadOneByOne = 2048;

// card_arrears rows inserted by one statement.
constexpr std::size_t kRowsPerInsert = 8192;

// Cards with ids below this are marked as listed in a bitmap (8 MiB at most).
constexpr CardId kListedBitsLimit = CardId{1} << 26;

// Days as their ids in TextIds: the fold only asks whether two days are the same.
using Fold = ArrearsFold<std::uint32_t>;

std::string_view utf8At(const SQLite::Statement& row, int column)
{
    const SQLite::Column value = row.getColumn(column);
    return {value.getText(), static_cast<std::size_t>(value.getBytes())};
}

void addEntry(Fold& fold, TextIds& days, const SQLite::Statement& row, int first)
{
    fold.add(days.idOf(utf8At(row, first)),
             balanceEffect(entryKindAt(row, first + 1),
                           Money::fromFen(row.getColumn(first + 2).getInt64())));
}

} // namespace

ArrearsSummary::ArrearsSummary(StatementCache& statements,
                               std::function<void()> beforeReadingLedger)
    : m_statements(statements), m_beforeReadingLedger(std::move(beforeReadingLedger)),
      m_bulk(statements.database())
{
    for (std::size_t i = 0; i < kAllGroupings.size(); ++i)
        m_groupingCodes[i] = utf8(groupingCode(kAllGroupings[i]));
}

void ArrearsSummary::beforeBatch()
{
    if (m_folding != Folding::Undecided)
        return;
    // Nothing posted yet, in this transaction or before: every card's arrears are its batches'.
    const bool empty = m_statements.database()
                           .execAndGet("SELECT NOT EXISTS (SELECT 1 FROM ledger_entries)"
                                       " AND NOT EXISTS (SELECT 1 FROM card_arrears)"
                                       " AND NOT EXISTS (SELECT 1 FROM group_arrears)"
                                       " AND NOT EXISTS (SELECT 1 FROM group_owing_cards)")
                           .getInt() != 0;
    m_folding = empty ? Folding::Yes : Folding::No;
    if (empty)
        m_asPosted = std::make_unique<ArrearsAsPosted>(
            m_statements.database()
                .execAndGet("SELECT coalesce(max(id), 0) FROM cards")
                .getInt64());
}

void ArrearsSummary::posted(CardId card, QDate date, std::int64_t effectFen)
{
    if (m_folding == Folding::Yes && m_asPosted->add(card, date.toJulianDay(), effectFen)) {
        if (!m_lastDate.isValid() || date > m_lastDate)
            m_lastDate = date;
        return;
    }
    posted(card, date);
}

void ArrearsSummary::posted(CardId card, QDate date)
{
    if (m_folding == Folding::Yes)
        m_asPosted->giveUp(card); // its arrears are worked out from the ledger now
    listCard(card);
    if (date.isValid() && (!m_lastDate.isValid() || date > m_lastDate))
        m_lastDate = date;
}

void ArrearsSummary::listCard(CardId card)
{
    // A bill file posts to each card a dozen times: a card already listed is not listed again,
    // so that the list holds as many ids as there are cards, not as many as entries.
    if (card >= 0 && card < kListedBitsLimit) {
        const auto bit = static_cast<std::size_t>(card);
        if (bit >= m_listed.size())
            m_listed.resize(std::max(bit + 1, 2 * m_listed.size()));
        if (!m_listed[bit]) {
            m_listed[bit] = true;
            m_cards.push_back(card);
        }
    } else {
        m_cards.push_back(card);
    }
}

void ArrearsSummary::regroup(CardId card, const CardGroupKeys& before, const CardGroupKeys& after)
{
    if (before == after)
        return;
    flush();
    const Rows rows = storedRows(card);
    if (rows.empty())
        return;
    count(keyIdsOf(before), rows, -1);
    count(keyIdsOf(after), rows, +1);
    applyCounts();
}

void ArrearsSummary::flush()
{
    if (m_lastDate.isValid()) {
        StatementUse extent(m_statements, "INSERT INTO ledger_extent (id, last_date) VALUES (1, ?)"
                                          " ON CONFLICT (id) DO UPDATE SET"
                                          " last_date = max(last_date, excluded.last_date)");
        extent->bind(1, dateText(m_lastDate));
        extent->exec();
        m_lastDate = {};
    }
    if (m_folding == Folding::Yes)
        storeAsPosted();
    if (m_cards.empty())
        return;
    if (m_beforeReadingLedger)
        m_beforeReadingLedger();
    std::sort(m_cards.begin(), m_cards.end());
    m_cards.erase(std::unique(m_cards.begin(), m_cards.end()), m_cards.end());
    if (m_cards.size() <= kCardsReadOneByOne)
        refreshOneByOne();
    else
        refreshInOnePass();
    insertWaitingRows();
    for (const CardId card : m_cards) {
        if (card >= 0 && static_cast<std::size_t>(card) < m_listed.size())
            m_listed[static_cast<std::size_t>(card)] = false;
    }
    m_cards.clear();
    applyCounts();
}

void ArrearsSummary::storeAsPosted()
{
    // card_arrears held nothing for these cards (the ledger was empty): their rows are new, and
    // are counted into their groups as they stand.
    Rows unpaid;
    m_asPosted->forEachOwing([&](CardId card, std::span<const ArrearsAsPosted::UnpaidDay> days) {
        unpaid.clear();
        for (const auto& [julianDay, fen] : days) {
            auto [at, added] = m_dayIds.try_emplace(julianDay, 0);
            if (added)
                at->second = m_texts.idOf(dateText(QDate::fromJulianDay(julianDay)));
            unpaid.emplace_back(at->second, fen);
        }
        if (const std::optional<KeyIds> keys = storedKeyIds(card))
            count(*keys, unpaid, +1);
        waitToInsert(card, unpaid);
    });
    insertWaitingRows();
    m_asPosted.reset();
    // Rows are stored now: later postings are worked out from the ledger.
    m_folding = Folding::No;
    insertNewCounts();
}

// The group tables were empty (beforeBatch) and nothing has been counted into them since: each
// change is a new row, inserted in key order, instead of an upsert and a delete of a zero sum
// (0.75 s for the bench's 266,698 group days).
void ArrearsSummary::insertNewCounts()
{
    constexpr std::uint64_t kId = (std::uint64_t{1} << 29U) - 1;
    struct Row {
        const std::string* grouping;
        const std::string* key;
        const std::string* day;
        std::int64_t value;
    };
    const auto before = [](const Row& a, const Row& b) {
        return std::tie(*a.grouping, *a.key, *a.day) < std::tie(*b.grouping, *b.key, *b.day);
    };
    std::vector<Row> rows;
    rows.reserve(m_dayChanges.size());
    for (const auto& [where, fen] : m_dayChanges) {
        if (fen != 0)
            rows.push_back(Row{&m_groupingCodes[where >> 58U],
                               &m_texts.text(static_cast<std::uint32_t>((where >> 29U) & kId)),
                               &m_texts.text(static_cast<std::uint32_t>(where & kId)), fen});
    }
    std::sort(rows.begin(), rows.end(), before);
    {
        StatementUse add(m_statements, "INSERT INTO group_arrears (grouping, group_key, day,"
                                       " unpaid_fen) VALUES (?1, ?2, ?3, ?4)");
        for (const Row& row : rows) {
            add->bindNoCopy(1, *row.grouping);
            add->bindNoCopy(2, *row.key);
            add->bindNoCopy(3, *row.day);
            add->bind(4, row.value);
            add->exec();
            add->reset();
        }
    }
    static const std::string kNoDay;
    rows.clear();
    for (const auto& [where, cards] : m_owingChanges) {
        if (cards != 0)
            rows.push_back(Row{&m_groupingCodes[where >> 32U],
                               &m_texts.text(static_cast<std::uint32_t>(where)), &kNoDay, cards});
    }
    std::sort(rows.begin(), rows.end(), before);
    {
        StatementUse add(m_statements, "INSERT INTO group_owing_cards (grouping, group_key, cards)"
                                       " VALUES (?1, ?2, ?3)");
        for (const Row& row : rows) {
            add->bindNoCopy(1, *row.grouping);
            add->bindNoCopy(2, *row.key);
            add->bind(3, row.value);
            add->exec();
            add->reset();
        }
    }
    m_dayChanges.clear();
    m_owingChanges.clear();
}

void ArrearsSummary::refreshOneByOne()
{
    Fold fold;
    Rows unpaid;
    for (const CardId card : m_cards) {
        fold.clear();
        {
            StatementUse entries(m_statements, "SELECT date, kind, amount_fen FROM ledger_entries"
                                               " WHERE card_id = ? ORDER BY date");
            entries->bind(1, card);
            while (entries->executeStep())
                addEntry(fold, m_texts, *entries, 0);
        }
        unpaid.clear();
        fold.forEachUnpaid(
            [&](std::uint32_t day, Money fen) { unpaid.emplace_back(day, fen.fen()); });
        refresh(card, unpaid);
    }
}

// One pass over the ledger index in card order, folding the cards posted to and skipping the rest.
void ArrearsSummary::refreshInOnePass()
{
    SQLite::Statement entries(m_statements.database(),
                              "SELECT card_id, date, kind, amount_fen FROM ledger_entries"
                              " ORDER BY card_id, date");
    Fold fold;
    Rows unpaid;
    auto next = m_cards.begin(); // the card being folded, or the next one to fold
    const auto finishNext = [&] {
        unpaid.clear();
        fold.forEachUnpaid(
            [&](std::uint32_t day, Money fen) { unpaid.emplace_back(day, fen.fen()); });
        refresh(*next, unpaid);
        fold.clear();
        ++next;
    };
    while (next != m_cards.end() && entries.executeStep()) {
        const CardId card = entries.getColumn(0).getInt64();
        while (next != m_cards.end() && *next < card)
            finishNext(); // all of its entries are folded (a card may have none)
        if (next != m_cards.end() && *next == card)
            addEntry(fold, m_texts, entries, 1);
    }
    while (next != m_cards.end())
        finishNext();
}

void ArrearsSummary::refresh(CardId card, const Rows& unpaid)
{
    const Rows stored = storedRows(card);
    if (stored == unpaid)
        return;
    if (const std::optional<KeyIds> keys = storedKeyIds(card))
        countChange(*keys, stored, unpaid);
    if (!stored.empty()) {
        StatementUse remove(m_statements, "DELETE FROM card_arrears WHERE card_id = ?");
        remove->bind(1, card);
        remove->exec();
    }
    // Inserted with those of the cards after it, in one statement: no later card's rows are
    // read or removed before, and the rows of one card never repeat (flush lists it once).
    waitToInsert(card, unpaid);
}

void ArrearsSummary::waitToInsert(CardId card, const Rows& unpaid)
{
    for (const auto& [day, fen] : unpaid) {
        m_waitingRows.addInt(card);
        m_waitingRows.addText(std::string_view(m_texts.text(day)));
        m_waitingRows.addInt(fen);
    }
    if (m_waitingRows.rows() >= kRowsPerInsert)
        insertWaitingRows();
}

void ArrearsSummary::insertWaitingRows()
{
    if (m_waitingRows.rows() > 0)
        m_bulk.insertCardArrears(m_waitingRows);
    m_waitingRows.clear();
}

ArrearsSummary::Rows ArrearsSummary::storedRows(CardId card)
{
    Rows rows;
    StatementUse select(m_statements,
                        "SELECT day, unpaid_fen FROM card_arrears WHERE card_id = ? ORDER BY day");
    select->bind(1, card);
    while (select->executeStep())
        rows.emplace_back(m_texts.idOf(utf8At(*select, 0)), select->getColumn(1).getInt64());
    return rows;
}

// As storedGroupKeys, without a string per key.
std::optional<ArrearsSummary::KeyIds> ArrearsSummary::storedKeyIds(CardId card)
{
    static const std::string sql =
        "SELECT " + groupKeyColumnsSql() + " FROM cards c WHERE c.id = ?";
    StatementUse select(m_statements, sql);
    select->bind(1, card);
    if (!select->executeStep())
        return std::nullopt;
    KeyIds keys{};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string_view text = utf8At(*select, static_cast<int>(i));
        auto& [lastText, lastId] = m_lastKeys[i];
        if (text != lastText || lastText.empty()) {
            lastText = text;
            lastId = m_texts.idOf(text);
        }
        keys[i] = lastId;
    }
    return keys;
}

ArrearsSummary::KeyIds ArrearsSummary::keyIdsOf(const CardGroupKeys& keys)
{
    KeyIds ids{};
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = m_texts.idOf(keys.values[i]);
    return ids;
}

void ArrearsSummary::count(const KeyIds& keys, const Rows& rows, int sign)
{
    if (rows.empty())
        return;
    for (std::size_t grouping = 0; grouping < keys.size(); ++grouping) {
        m_owingChanges[group(grouping, keys[grouping])] += sign;
        for (const auto& [day, fen] : rows)
            m_dayChanges[groupDay(grouping, keys[grouping], day)] += sign * fen;
    }
}

// Only the days whose unpaid amount changed, both lists being in day order.
void ArrearsSummary::countChange(const KeyIds& keys, const Rows& before, const Rows& after)
{
    Rows changes;
    auto old = before.begin();
    auto now = after.begin();
    while (old != before.end() || now != after.end()) {
        if (now == after.end() || (old != before.end() && m_texts.less(old->first, now->first))) {
            changes.emplace_back(old->first, -old->second);
            ++old;
        } else if (old == before.end() || m_texts.less(now->first, old->first)) {
            changes.push_back(*now);
            ++now;
        } else {
            if (now->second != old->second)
                changes.emplace_back(now->first, now->second - old->second);
            ++old;
            ++now;
        }
    }
    const int owing = (after.empty() ? 0 : 1) - (before.empty() ? 0 : 1);
    for (std::size_t grouping = 0; grouping < keys.size(); ++grouping) {
        if (owing != 0)
            m_owingChanges[group(grouping, keys[grouping])] += owing;
        for (const auto& [day, fen] : changes)
            m_dayChanges[groupDay(grouping, keys[grouping], day)] += fen;
    }
}

void ArrearsSummary::applyCounts()
{
    constexpr std::uint64_t kId = (std::uint64_t{1} << 29U) - 1;
    for (const auto& [where, fen] : m_dayChanges) {
        if (fen == 0)
            continue;
        const std::string& grouping = m_groupingCodes[where >> 58U];
        const std::string& key = m_texts.text(static_cast<std::uint32_t>((where >> 29U) & kId));
        const std::string& day = m_texts.text(static_cast<std::uint32_t>(where & kId));
        StatementUse add(m_statements,
                         "INSERT INTO group_arrears (grouping, group_key, day, unpaid_fen)"
                         " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (grouping, group_key, day)"
                         " DO UPDATE SET unpaid_fen = unpaid_fen + excluded.unpaid_fen");
        add->bind(1, grouping);
        add->bind(2, key);
        add->bind(3, day);
        add->bind(4, fen);
        add->exec();
        StatementUse settled(m_statements, "DELETE FROM group_arrears WHERE grouping = ?1 AND"
                                           " group_key = ?2 AND day = ?3 AND unpaid_fen = 0");
        settled->bind(1, grouping);
        settled->bind(2, key);
        settled->bind(3, day);
        settled->exec();
    }
    for (const auto& [where, cards] : m_owingChanges) {
        if (cards == 0)
            continue;
        const std::string& grouping = m_groupingCodes[where >> 32U];
        const std::string& key = m_texts.text(static_cast<std::uint32_t>(where));
        StatementUse add(m_statements, "INSERT INTO group_owing_cards (grouping, group_key, cards)"
                                       " VALUES (?1, ?2, ?3) ON CONFLICT (grouping, group_key)"
                                       " DO UPDATE SET cards = cards + excluded.cards");
        add->bind(1, grouping);
        add->bind(2, key);
        add->bind(3, cards);
        add->exec();
        StatementUse none(m_statements, "DELETE FROM group_owing_cards WHERE grouping = ?1 AND"
                                        " group_key = ?2 AND cards = 0");
        none->bind(1, grouping);
        none->bind(2, key);
        none->exec();
    }
    m_dayChanges.clear();
    m_owingChanges.clear();
}

void rebuildArrears(StatementCache& statements)
{
    SQLite::Database& db = statements.database();
    db.exec("DELETE FROM card_arrears");
    db.exec("DELETE FROM group_arrears");
    db.exec("DELETE FROM group_owing_cards");
    ArrearsSummary summary(statements);
    SQLite::Statement cards(db, "SELECT DISTINCT card_id FROM ledger_entries ORDER BY card_id");
    while (cards.executeStep())
        summary.posted(cards.getColumn(0).getInt64(), {});
    summary.flush();
}

} // namespace simfleet::sqlite
