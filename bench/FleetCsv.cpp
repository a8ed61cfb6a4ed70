// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetCsv.h"

#include "rules/Validators.h"

#include <QDate>
#include <QFile>
#include <array>
#include <random>

namespace simfleet::bench {

namespace {

constexpr std::int64_t kNumberSpace = 100'000'000; // the 8 digits after a 3-digit prefix
// Fleets buy numbers in batches of consecutive numbers (号段), so a file holds runs of
// neighbours: blocks of this many, each block somewhere else in the number space.
constexpr std::int64_t kBlockSize = 500;
// Coprime with the number of blocks per prefix, so block k lands on a distinct, scattered block.
constexpr std::int64_t kBlockSpread = 7919;

constexpr std::array<const char*, 24> kMobilePrefixes{
    "134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
    "182", "187", "188", "130", "131", "132", "155", "156", "186", "133", "153", "189"};

constexpr std::array<const char*, 6> kCarriers{"cmcc", "中国联通", "China Telecom",
                                               "cbn",  "移动",     "ctcc"};
constexpr std::array<const char*, 5> kPlans{"畅聊套餐", "Business 58", "流量王", "Basic", "商务卡"};
constexpr std::array<const char*, 4> kFees{"58.00", "38", "128.50", "19.9"};
constexpr std::array<const char*, 8> kSurnames{"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};
constexpr std::array<const char*, 8> kGivenNames{"伟", "芳", "娜", "敏", "静", "强", "磊", "洋"};
constexpr std::array<const char*, 6> kDepartments{"销售一部", "销售二部",  "客服部",
                                                  "市场部",   "Telesales", "催收组"};
constexpr std::array<const char*, 5> kAreaCodes{"110105", "310104", "440305", "330106", "510107"};

template <class Array> QString pick(const Array& values, std::mt19937& random)
{
    std::uniform_int_distribution<std::size_t> index(0, values.size() - 1);
    return QString::fromUtf8(values.at(index(random)));
}

QChar luhnCheckDigit(const QString& body)
{
    int sum = 0;
    bool doubleIt = true;
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        int value = it->unicode() - u'0';
        if (doubleIt)
            value = value * 2 > 9 ? value * 2 - 9 : value * 2;
        sum += value;
        doubleIt = !doubleIt;
    }
    return QChar(static_cast<char16_t>(u'0' + (10 - sum % 10) % 10));
}

QString iccidOf(std::int64_t row)
{
    const QString body = QStringLiteral("898600%1").arg(row, 12, 10, QLatin1Char('0'));
    return body + luhnCheckDigit(body);
}

// The candidate-th number of an injective sequence; the generator skips those libphonenumber
// refuses, so every row's number is valid and unique.
QString candidateNumber(std::int64_t candidate)
{
    const auto prefixes = static_cast<std::int64_t>(kMobilePrefixes.size());
    const std::int64_t block = candidate / kBlockSize;
    const std::int64_t blocksPerPrefix = kNumberSpace / kBlockSize;
    const std::int64_t prefix = block % prefixes;
    const std::int64_t place = (block / prefixes * kBlockSpread + 1234) % blocksPerPrefix;
    const std::int64_t rest = place * kBlockSize + candidate % kBlockSize;
    return QLatin1String(kMobilePrefixes.at(static_cast<std::size_t>(prefix))) +
           QStringLiteral("%1").arg(rest, 8, 10, QLatin1Char('0'));
}

QString residentIdOf(std::mt19937& random)
{
    static constexpr std::array<int, 17> kWeights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                  3, 7, 9,  10, 5, 8, 4, 2};
    static const QString kChecks = QStringLiteral("10X98765432");
    std::uniform_int_distribution<int> days(0, 365 * 40);
    std::uniform_int_distribution<int> sequence(0, 999);
    const QDate birth = QDate(1965, 1, 1).addDays(days(random));
    const QString first17 = pick(kAreaCodes, random) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence(random), 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first17.at(static_cast<qsizetype>(i)).unicode() - u'0') * kWeights.at(i);
    return first17 + kChecks.at(sum % 11);
}

QString usccOf(std::mt19937& random)
{
    static const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static constexpr std::array<int, 17> kWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                  29, 25, 13, 8,  24, 10, 30, 28};
    std::uniform_int_distribution<qsizetype> letter(0, kAlphabet.size() - 1);
    QString code = QStringLiteral("91") + pick(kAreaCodes, random);
    while (code.size() < 17)
        code += kAlphabet.at(letter(random));
    qsizetype sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += kAlphabet.indexOf(code.at(static_cast<qsizetype>(i))) * kWeights.at(i);
    return code + kAlphabet.at((31 - sum % 31) % 31);
}

} // namespace

Result<qint64> writeFleetCsv(const QString& path, std::int64_t rows, std::uint32_t seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorCode::FileUnreadable, path, 0};
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> activationDay(0, 365 * 6);

    QByteArray chunk = "iccid,msisdn,carrier,plan,monthly_fee,holder_name,holder_id,department,"
                       "assignee,activated_on\n";
    std::int64_t candidate = 0;
    for (std::int64_t row = 0; row < rows; ++row) {
        QString number;
        do {
            number = candidateNumber(candidate++);
        } while (!validateMsisdn(number).ok());
        const QString holderId = percent(random) < 20 ? usccOf(random) : residentIdOf(random);
        const QStringList fields{
            iccidOf(row),
            number,
            pick(kCarriers, random),
            pick(kPlans, random),
            pick(kFees, random),
            pick(kSurnames, random) + pick(kGivenNames, random) + pick(kGivenNames, random),
            holderId,
            pick(kDepartments, random),
            pick(kSurnames, random) + pick(kGivenNames, random),
            QDate(2018, 1, 1).addDays(activationDay(random)).toString(Qt::ISODate),
        };
        chunk += fields.join(u',').toUtf8();
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return Error{ErrorCode::StorageFailure, path, 0};
            chunk.clear();
        }
    }
    if (file.write(chunk) != chunk.size())
        return Error{ErrorCode::StorageFailure, path, 0};
    return file.size();
}

} // namespace simfleet::bench
