// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExposureJson.h"

#include <string_view>

namespace simfleet::cli {

namespace {

// Written out in the device's chunks, not as one 70 MB document.
constexpr std::size_t kChunk = 1 << 20;

// QJsonDocument's indentation: four spaces a level.
constexpr std::string_view kHolder = "        ";                // 2 levels: a holder
constexpr std::string_view kHolderField = "            ";       // 3: its fields
constexpr std::string_view kCard = "                ";          // 4: a card in "cards"
constexpr std::string_view kCardField = "                    "; // 5: its fields

void appendField(std::string& out, std::string_view indent, std::string_view name)
{
    out.append(indent);
    out.push_back('"');
    out.append(name);
    out.append("\": ");
}

void appendNumber(std::string& out, std::int64_t value)
{
    out.append(std::to_string(value));
}

} // namespace

void ExposureJsonWriter::appendCard(const ExposedCard& card)
{
    std::string& out = m_buffer;
    out.append(kCard);
    out.append("{\n");
    appendField(out, kCardField, "assignee");
    m_repeated.append(out, card.assignee);
    out.append(",\n");
    appendField(out, kCardField, "carrier");
    m_repeated.append(out, carrierCode(card.carrier));
    out.append(",\n");
    appendField(out, kCardField, "department");
    m_repeated.append(out, card.department);
    out.append(",\n");
    appendField(out, kCardField, "iccid");
    appendJsonString(out, card.iccid);
    out.append(",\n");
    appendField(out, kCardField, "msisdn");
    appendJsonString(out, card.msisdn);
    out.append(",\n");
    appendField(out, kCardField, "state");
    m_repeated.append(out, stateCode(card.state));
    out.push_back('\n');
    out.append(kCard);
    out.push_back('}');
}

ExposureJsonWriter::ExposureJsonWriter(QIODevice& device) : m_device(device)
{
    m_buffer.reserve(kChunk + kChunk / 4);
}

void ExposureJsonWriter::begin(const ExposureTotals& totals)
{
    m_totals = totals;
    m_buffer.append("{\n    \"as_of\": ");
    if (totals.asOf.isValid())
        appendJsonString(m_buffer, totals.asOf.toString(Qt::ISODate));
    else
        m_buffer.append("null");
    m_buffer.append(",\n    \"holders\": [\n");
}

void ExposureJsonWriter::holder(const ExposureHolder& holder)
{
    if (!m_firstHolder)
        m_buffer.append(",\n");
    m_firstHolder = false;
    m_buffer.append(kHolder);
    m_buffer.append("{\n");
    appendField(m_buffer, kHolderField, "card_count");
    appendNumber(m_buffer, holder.cardCount());
    m_buffer.append(",\n");
    appendField(m_buffer, kHolderField, "cards");
    m_buffer.append("[\n");
    bool firstCard = true;
    for (const ExposedCard& card : holder.cards) {
        if (!firstCard)
            m_buffer.append(",\n");
        firstCard = false;
        appendCard(card);
    }
    if (!holder.cards.empty())
        m_buffer.push_back('\n');
    m_buffer.append(kHolderField);
    m_buffer.append("],\n");
    appendField(m_buffer, kHolderField, "holder_id");
    appendJsonString(m_buffer, holder.maskedId);
    m_buffer.append(",\n");
    appendField(m_buffer, kHolderField, "holder_name");
    appendJsonString(m_buffer, holder.maskedName);
    m_buffer.push_back('\n');
    m_buffer.append(kHolder);
    m_buffer.push_back('}');
    flushWhenFull();
}

bool ExposureJsonWriter::finish()
{
    if (!m_firstHolder)
        m_buffer.push_back('\n');
    m_buffer.append("    ],\n    \"total_cards\": ");
    appendNumber(m_buffer, m_totals.totalCards);
    m_buffer.append(",\n    \"unidentified_cards\": ");
    appendNumber(m_buffer, m_totals.unidentifiedCards);
    m_buffer.append("\n}\n");
    flush();
    return m_ok;
}

void ExposureJsonWriter::flushWhenFull()
{
    if (m_buffer.size() >= kChunk)
        flush();
}

void ExposureJsonWriter::flush()
{
    if (m_ok && !m_buffer.empty())
        m_ok = m_device.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) ==
               static_cast<qint64>(m_buffer.size());
    m_buffer.clear(); // keeps its capacity for the next chunk
}

} // namespace simfleet::cli
