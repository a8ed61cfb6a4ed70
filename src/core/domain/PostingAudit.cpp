// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PostingAudit.h"

#include "domain/JsonText.h"

#include <algorithm>

namespace simfleet {

namespace {

void appendPadded(std::string& out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(digits, static_cast<std::size_t>(width));
}

// As QDate::toString(Qt::ISODate), which is asked itself for years it might write otherwise.
void appendIsoDate(std::string& out, QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999) {
        appendJsonString(out, date.toString(Qt::ISODate));
        return;
    }
    out.push_back('"');
    appendPadded(out, year, 4);
    out.push_back('-');
    appendPadded(out, month, 2);
    out.push_back('-');
    appendPadded(out, day, 2);
    out.push_back('"');
}

// The entry kind's code, quoted.
std::string_view quotedKind(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Charge:
        return "\"charge\"";
    case EntryKind::Payment:
        return "\"payment\"";
    case EntryKind::Adjustment:
        return "\"adjustment\"";
    }
    return "\"\"";
}

void appendOptionalState(std::string& out, const std::optional<CardState>& state)
{
    if (state)
        appendJsonString(out, stateCode(*state));
    else
        out.append("null");
}

// prevHash is read as Latin-1 (any byte a character), as the general path does; hex is ASCII,
// which is the same in UTF-8.
void appendLatin1String(std::string& out, QByteArrayView latin1)
{
    const bool ascii = std::all_of(latin1.begin(), latin1.end(), [](char byte) {
        return static_cast<unsigned char>(byte) < 0x80;
    });
    if (ascii)
        appendJsonUtf8String(
            out, std::string_view(latin1.data(), static_cast<std::size_t>(latin1.size())));
    else
        appendJsonString(out, QString::fromLatin1(latin1));
}

} // namespace

void appendPostingDetails(std::string& out, EntryKind kind, Money amount, QDate date,
                          std::string_view reference)
{
    // QJsonObject's keys in the order Qt writes them (sorted).
    out.append("{\"amount_fen\":");
    appendJsonInteger(out, amount.fen());
    out.append(",\"date\":");
    appendIsoDate(out, date);
    out.append(",\"kind\":");
    out.append(quotedKind(kind));
    out.append(",\"reference\":");
    appendJsonUtf8String(out, reference);
    out.push_back('}');
}

AuditCanonicalWriter::AuditCanonicalWriter(const AuditEvent& shared)
{
    m_afterSeq.push_back(',');
    appendJsonString(m_afterSeq, shared.atUtc.isValid()
                                     ? shared.atUtc.toUTC().toString(Qt::ISODateWithMs)
                                     : QString());
    m_afterSeq.push_back(',');
    appendJsonString(m_afterSeq, shared.operatorName);
    m_afterSeq.push_back(',');

    m_afterIccid.push_back(',');
    appendJsonString(m_afterIccid, auditActionCode(shared.action));
    m_afterIccid.push_back(',');
    appendOptionalState(m_afterIccid, shared.fromState);
    m_afterIccid.push_back(',');
    appendOptionalState(m_afterIccid, shared.toState);
    m_afterIccid.push_back(',');
}

void AuditCanonicalWriter::write(std::string& out, QByteArrayView prevHash, std::int64_t seq,
                                 std::optional<CardId> cardId, std::string_view iccid,
                                 std::string_view details) const
{
    out.push_back('[');
    appendLatin1String(out, prevHash);
    out.append(",\"");
    appendJsonInteger(out, seq);
    out.push_back('"');
    out.append(m_afterSeq);
    if (cardId) {
        out.push_back('"');
        appendJsonInteger(out, *cardId);
        out.push_back('"');
    } else {
        out.append("null");
    }
    out.push_back(',');
    appendJsonUtf8String(out, iccid);
    out.append(m_afterIccid);
    out.append(details);
    out.push_back(']');
}

} // namespace simfleet
