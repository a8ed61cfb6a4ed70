// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace simfleet {

// ICCID: 19–20 digits, starts with 89 then China's 86, last digit a Luhn check digit.
// Returns the normalised ICCID (spaces stripped).
Result<QString> validateIccid(QStringView text);

// Luhn check over a digit string (true when the last digit checks the rest).
bool luhnValid(QStringView digits);

// China mobile number: 11 digits starting with 1, valid for libphonenumber. Accepts "+86",
// "86", spaces and dashes; returns the 11-digit national number.
Result<QString> validateMsisdn(QStringView text);

// 归属地 from libphonenumber's offline geocoder in Chinese, e.g. "北京市", "广东省深圳市";
// empty when unknown. Thread-safe.
QString homeAreaOf(const QString& msisdn);

// The longest declared home area: the geocoder's longest names are about half of it
// ("新疆维吾尔自治区伊犁哈萨克自治州").
inline constexpr qsizetype kHomeAreaMaxLength = 32;

// A declared 归属地 (a fleet file's home_area column, an edit): trimmed, kept as given. Blank
// gives "" (none declared: the number's home area stands). Otherwise a place name: at most
// kHomeAreaMaxLength characters, at least one letter, no control characters; else
// HomeAreaInvalid. A name the geocoder does not know is not refused (it cannot list its names,
// and a fleet may name a branch or a city district it has no data for): the card shows it with
// the number's home area beside it, so a slip can be seen.
Result<QString> validateHomeArea(QStringView text);

// 居民身份证号: 18 characters, a real birth date, ISO 7064 MOD 11-2 check character (may be X).
// Returns the normalised ID (upper-case X).
Result<QString> validateResidentId(QStringView text);

// 统一社会信用代码 (GB 32100-2015): 18 characters over the code alphabet, check character.
Result<QString> validateUscc(QStringView text);

enum class HolderIdKind { ResidentId, Uscc };
struct HolderId {
    QString value;
    HolderIdKind kind{HolderIdKind::ResidentId};
};
// holder_id accepts either a resident ID or a USCC.
Result<HolderId> validateHolderId(QStringView text);

// Strict YYYY-MM-DD.
Result<QDate> parseIsoDate(QStringView text);

// A date cell of an imported file (card lists, bills): every importer reads its dates here.
// YYYY-MM-DD, or year first with a one- or two-digit month and day between the same '-' or '/'
// (2025/3/1, 2025/03/01, 2025-3-1: what Chinese Excel and WPS write by default), or 2025年3月1日.
// Anything that could be read two ways (3/1/2025, 01/03/2025, a two-digit year) is refused, not
// guessed, as is a day that does not exist: DateInvalid with the trimmed text.
Result<QDate> parseFileDate(QStringView text);

} // namespace simfleet
