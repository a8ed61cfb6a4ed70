// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/ExposureFromSummary.h"

#include "rules/Masking.h"

#include <algorithm>
#include <numeric>

namespace simfleet {

namespace {

using Text = ExposedCards::Text;

QString decoded(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// One QString per shared text, made the first time it is asked for: a department or an assignee
// is decoded once, not once per card.
class Decoded {
public:
    explicit Decoded(const ExposedCards& cards) : m_cards(cards), m_index(cards.textCount(), -1) {}

    const QString& of(Text text)
    {
        std::int32_t& index = m_index[text];
        if (index < 0) {
            index = static_cast<std::int32_t>(m_strings.size());
            m_strings.push_back(decoded(m_cards.textOf(text)));
        }
        return m_strings[static_cast<std::size_t>(index)];
    }

private:
    const ExposedCards& m_cards;
    std::vector<std::int32_t> m_index;
    std::vector<QString> m_strings;
};

// The assignee as the core's rule shows it beside the holder's name, worked out again only when
// a card's assignee or holder name differs from the card before it: a person's cards, listed
// together, mostly share both.
class ShownAssignees {
public:
    explicit ShownAssignees(const ExposedCards& cards) : m_cards(cards) {}

    const QString& shown(const ExposedCards::Row& row)
    {
        const std::string_view assignee = m_cards.textOf(row.assignee);
        const std::string_view holderName = m_cards.textOf(row.holderName);
        if (!m_known || assignee != m_assignee || holderName != m_holderName) {
            m_known = true;
            m_assignee = assignee;
            m_holderName = holderName;
            m_shown = shownAssignee(decoded(assignee), decoded(holderName));
        }
        return m_shown;
    }

private:
    const ExposedCards& m_cards;
    bool m_known{false};
    std::string_view m_assignee;
    std::string_view m_holderName;
    QString m_shown;
};

// A holder name masked, again only when it differs from the last one masked.
class MaskedNames {
public:
    const QString& masked(std::string_view holderName)
    {
        if (!m_known || holderName != m_name) {
            m_known = true;
            m_name = holderName;
            m_masked = maskName(decoded(holderName).trimmed());
        }
        return m_masked;
    }

private:
    bool m_known{false};
    std::string_view m_name;
    QString m_masked;
};

struct Holder {
    Text residentId{0};
    QString id; // the full ID, only while ordering: it never leaves this file
    QString maskedId;
    std::size_t first{0}; // its cards are byHolder[first, first + count)
    std::size_t count{0};
};

class Gathering {
public:
    explicit Gathering(const ExposedCards& cards) : m_cards(cards), m_texts(cards) { gather(); }

    void send(QDate asOf, ExposureSink& sink)
    {
        sink.begin(ExposureTotals{asOf, static_cast<std::int64_t>(m_holders.size()),
                                  static_cast<std::int64_t>(m_byHolder.size()), m_unidentified});
        ExposureHolder shown;
        std::vector<std::pair<std::string_view, std::uint32_t>> byIccid; // one holder's cards
        for (const std::size_t index : holdersInOrder()) {
            const Holder& holder = m_holders[index];
            byIccid.clear();
            for (std::size_t i = holder.first; i < holder.first + holder.count; ++i)
                byIccid.emplace_back(m_cards.textOf(m_cards.rows()[m_byHolder[i]].iccid),
                                     m_byHolder[i]);
            std::sort(byIccid.begin(), byIccid.end()); // bytes, as the database orders ICCIDs
            shown.maskedId = holder.maskedId;
            shown.maskedName.clear();
            shown.cards.clear();
            for (const auto& [iccid, card] : byIccid) {
                const ExposedCards::Row& row = m_cards.rows()[card];
                shown.cards.push_back(ExposedCard{
                    row.id, decoded(iccid), decoded(m_cards.textOf(row.msisdn)), row.carrier,
                    row.state, m_texts.of(row.department), m_assignees.shown(row)});
                // The name of the first of the holder's cards that names them.
                if (shown.maskedName.isEmpty())
                    shown.maskedName = m_names.masked(m_cards.textOf(row.holderName));
            }
            sink.holder(shown);
        }
    }

private:
    // Counts each person's cards, then lays their row numbers out person by person.
    void gather()
    {
        const std::vector<ExposedCards::Row>& rows = m_cards.rows();
        std::vector<std::uint32_t> holderOf(m_cards.textCount(), UINT32_MAX);
        for (const ExposedCards::Row& row : rows) {
            if (row.residentId == ExposedCards::kEmpty) {
                ++m_unidentified;
                continue;
            }
            std::uint32_t& holder = holderOf[row.residentId];
            if (holder == UINT32_MAX) {
                holder = static_cast<std::uint32_t>(m_holders.size());
                m_holders.push_back(Holder{row.residentId, {}, {}, 0, 0});
            }
            ++m_holders[holder].count;
        }
        std::size_t next = 0;
        for (Holder& holder : m_holders) {
            holder.first = next;
            next += holder.count;
        }
        m_byHolder.resize(next);
        std::vector<std::size_t> filled(m_holders.size(), 0);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].residentId == ExposedCards::kEmpty)
                continue;
            const std::uint32_t holder = holderOf[rows[i].residentId];
            m_byHolder[m_holders[holder].first + filled[holder]++] = static_cast<std::uint32_t>(i);
        }
    }

    // Most cards first; equal counts by masked ID, then by the ID itself, so two people who
    // share a mask stay apart in a fixed order.
    std::vector<std::size_t> holdersInOrder()
    {
        for (Holder& holder : m_holders) {
            holder.id = decoded(m_cards.textOf(holder.residentId));
            holder.maskedId = maskId(holder.id);
        }
        std::vector<std::size_t> order(m_holders.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            const Holder& x = m_holders[a];
            const Holder& y = m_holders[b];
            if (x.count != y.count)
                return x.count > y.count;
            if (x.maskedId != y.maskedId)
                return x.maskedId < y.maskedId;
            return x.id < y.id;
        });
        return order;
    }

    const ExposedCards& m_cards;
    Decoded m_texts;
    std::vector<Holder> m_holders;
    std::vector<std::uint32_t> m_byHolder; // row numbers, person by person
    std::int64_t m_unidentified{0};
    ShownAssignees m_assignees{m_cards};
    MaskedNames m_names;
};

} // namespace

void streamExposureFromSummary(StoreReader& store, QDate asOf, ExposureSink& sink)
{
    ExposedCards cards;
    store.readExposedCards(cards);
    Gathering(cards).send(asOf, sink);
}

} // namespace simfleet
