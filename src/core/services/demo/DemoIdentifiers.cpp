// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoIdentifiers.h"

#include <array>

namespace simfleet::demo {

namespace {

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Issuer codes seen on each carrier's cards (the two digits after 8986).
std::span<const QStringView> issuerCodes(Carrier carrier)
{
    static constexpr std::array<QStringView, 4> cmcc{u"00", u"02", u"04", u"07"};
    static constexpr std::array<QStringView, 3> cucc{u"01", u"06", u"09"};
    static constexpr std::array<QStringView, 2> ctcc{u"03", u"11"};
    static constexpr std::array<QStringView, 1> cbn{u"15"};
    switch (carrier) {
    case Carrier::Cmcc:
        return cmcc;
    case Carrier::Cucc:
        return cucc;
    case Carrier::Ctcc:
        return ctcc;
    case Carrier::Cbn:
        return cbn;
    }
    return cmcc;
}

// GB 32100-2015 code alphabet: digits and capitals without I, O, S, V, Z.
constexpr QStringView kUsccAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

int usccValue(QChar c)
{
    return static_cast<int>(kUsccAlphabet.indexOf(c));
}

// GB 11714: digits count as themselves, letters A..Z as 10..35.
int organisationValue(QChar c)
{
    return c.isDigit() ? digitValue(c) : c.unicode() - u'A' + 10;
}

} // namespace

QString withLuhnDigit(QStringView payload)
{
    int sum = 0;
    // Counting from the right of the payload, every first, third, ... digit is doubled: those are
    // the ones in even positions once the check digit is appended.
    for (qsizetype i = 0; i < payload.size(); ++i) {
        int value = digitValue(payload[payload.size() - 1 - i]);
        if (i % 2 == 0) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
    }
    const int check = (10 - sum % 10) % 10;
    return payload.toString() + QChar(static_cast<char16_t>(u'0' + check));
}

QString drawIccid(DemoRandom& random, Carrier carrier)
{
    QString payload = QStringLiteral("8986");
    payload += random.pick(issuerCodes(carrier)).toString();
    while (payload.size() < 19)
        payload += QChar(random.digit());
    return withLuhnDigit(payload);
}

QString drawResidentId(DemoRandom& random, QStringView division, QDate birthDate)
{
    QString id = division.toString() + birthDate.toString(u"yyyyMMdd");
    for (int i = 0; i < 3; ++i)
        id += QChar(random.digit());
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitValue(id[i]) * weights[static_cast<std::size_t>(i)];
    constexpr QStringView checks = u"10X98765432";
    return id + checks[sum % 11];
}

QString completeUscc(QStringView first16)
{
    QString code = first16.toString();

    static constexpr std::array<int, 8> organisationWeights{3, 7, 9, 10, 5, 8, 4, 2};
    int organisationSum = 0;
    for (qsizetype i = 0; i < 8; ++i)
        organisationSum +=
            organisationValue(code[8 + i]) * organisationWeights[static_cast<std::size_t>(i)];
    const int organisationCheck = 11 - organisationSum % 11;
    if (organisationCheck == 10)
        code += u'X';
    else
        code += QChar(static_cast<char16_t>(u'0' + organisationCheck % 11));

    static constexpr std::array<int, 17> weights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                 29, 25, 13, 8,  24, 10, 30, 28};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += usccValue(code[i]) * weights[static_cast<std::size_t>(i)];
    code += kUsccAlphabet[(31 - sum % 31) % 31];
    return code;
}

} // namespace simfleet::demo
