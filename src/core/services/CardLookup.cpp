// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardLookup.h"

#include <optional>

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

} // namespace

Result<Card> findCardByKey(StoreReader& store, QStringView key)
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
    std::optional<Card> card;
    if (isMsisdnShape(digits))
        card = store.cardByMsisdn(digits);
    else if (isIccidShape(digits))
        card = store.cardByIccid(digits);
    if (!card)
        return Error{ErrorCode::CardNotFound, key.trimmed().toString(), 0};
    return *card;
}

} // namespace simfleet
