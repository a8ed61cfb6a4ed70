// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardLookup.h"

#include <optional>
#include <vector>

namespace simfleet {

namespace {

constexpr qsizetype kMsisdnLength = 11;

// Digits only: spaces, dashes and a leading + dropped. Empty when anything else is in the key.
QString keyDigits(QStringView key)
{
    QString digits;
    digits.reserve(key.size());
    for (const QChar c : key.trimmed()) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            continue;
        else if (!(c.isSpace() || c == u'-'))
            return {};
    }
    return digits;
}

bool isMsisdnShape(QStringView digits)
{
    return digits.size() == kMsisdnLength && digits.front() == u'1';
}

bool isIccidShape(QStringView digits)
{
    return (digits.size() == 19 || digits.size() == 20) && digits.startsWith(u"89");
}

// Which column a key names and its digits there: the phone number (with +86 and the like
// dropped) or the ICCID; nothing for a key of neither shape.
struct KeyColumn {
    bool msisdn{false};
    QString digits;
};

std::optional<KeyColumn> keyColumn(QStringView key)
{
    QString digits = keyDigits(key);
    // +86 138..., 0086 138..., 86 138...: China's country code before a mobile number.
    for (const QStringView prefix : {QStringView(u"0086"), QStringView(u"86")}) {
        if (digits.size() == prefix.size() + kMsisdnLength && digits.startsWith(prefix) &&
            isMsisdnShape(QStringView(digits).sliced(prefix.size()))) {
            digits.remove(0, prefix.size());
            break;
        }
    }
    if (isMsisdnShape(digits))
        return KeyColumn{true, digits};
    if (isIccidShape(digits))
        return KeyColumn{false, digits};
    return std::nullopt;
}

Error notFound(QStringView key)
{
    return Error{ErrorCode::CardNotFound, key.trimmed().toString(), 0};
}

} // namespace

Result<Card> findCardByKey(StoreReader& store, QStringView key)
{
    const std::optional<KeyColumn> column = keyColumn(key);
    std::optional<Card> card;
    if (column)
        card =
            column->msisdn ? store.cardByMsisdn(column->digits) : store.cardByIccid(column->digits);
    if (!card)
        return notFound(key);
    return *card;
}

std::vector<Result<CardId>> findCardIdsByKeys(StoreReader& store, std::span<const QString> keys)
{
    std::vector<CardKeyText> asked;
    asked.reserve(keys.size());
    for (const QString& key : keys) {
        std::optional<KeyColumn> column = keyColumn(key);
        // A key of neither shape is asked as an ICCID no card has, so it is reported in place.
        asked.push_back(column ? CardKeyText{column->msisdn, std::move(column->digits)}
                               : CardKeyText{false, QString()});
    }
    const std::vector<std::optional<CardId>> ids = store.cardIdsByKeys(asked);
    std::vector<Result<CardId>> found;
    found.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        found.push_back(ids[i] ? Result<CardId>(*ids[i]) : Result<CardId>(notFound(keys[i])));
    return found;
}

} // namespace simfleet
