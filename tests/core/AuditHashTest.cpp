// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditCanonicalForm.h"
#include "domain/AuditEvent.h"
#include "support/Sha256.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace simfleet;

namespace {

// The canonical form as it was first written, through QJsonArray and QJsonDocument. Every hash
// already stored was computed over these bytes, so the hand-written form must reproduce them.
QByteArray referenceCanonicalForm(const AuditEvent& event)
{
    const auto optionalState = [](const std::optional<CardState>& state) {
        return state ? QJsonValue(stateCode(*state)) : QJsonValue(QJsonValue::Null);
    };
    const QJsonArray fields{
        QString::fromLatin1(event.prevHash),
        QString::number(event.seq),
        event.atUtc.isValid() ? event.atUtc.toUTC().toString(Qt::ISODateWithMs) : QString(),
        event.operatorName,
        event.cardId ? QJsonValue(QString::number(*event.cardId)) : QJsonValue(QJsonValue::Null),
        event.iccid,
        auditActionCode(event.action),
        optionalState(event.fromState),
        optionalState(event.toState),
        event.details,
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

// Random audit rows that reach every escaping and formatting rule.
class EventGenerator {
public:
    explicit EventGenerator(std::uint64_t seed) : m_random(seed) {}

    AuditEvent next()
    {
        AuditEvent event;
        event.prevHash = prevHash();
        event.seq = chance(4) ? wideInteger() : below(10'000'000);
        event.atUtc = instant();
        event.operatorName = text(12);
        if (chance(2)) {
            event.cardId = chance(4) ? wideInteger() : below(2'000'000);
        }
        event.iccid = chance(4) ? text(20) : digits(19);
        event.action = static_cast<AuditAction>(below(8));
        event.fromState = state();
        event.toState = state();
        event.details = object(2);
        return event;
    }

private:
    std::int64_t below(std::int64_t bound)
    {
        return std::uniform_int_distribution<std::int64_t>(0, bound - 1)(m_random);
    }
    bool chance(std::int64_t oneIn) { return below(oneIn) == 0; }

    std::int64_t wideInteger()
    {
        switch (below(4)) {
        case 0:
            return std::numeric_limits<std::int64_t>::min() + below(3);
        case 1:
            return std::numeric_limits<std::int64_t>::max() - below(3);
        default:
            return std::uniform_int_distribution<std::int64_t>(
                std::numeric_limits<std::int64_t>::min(),
                std::numeric_limits<std::int64_t>::max())(m_random);
        }
    }

    QByteArray prevHash()
    {
        if (chance(10)) {
            return {};
        }
        QByteArray bytes;
        const bool anyByte = chance(8); // damaged data: any Latin-1 byte
        for (int i = 0; i < (anyByte ? 40 : 64); ++i) {
            bytes.append(anyByte ? static_cast<char>(below(256)) : "0123456789abcdef"[below(16)]);
        }
        return bytes;
    }

    QDateTime instant()
    {
        switch (below(12)) {
        case 0:
            return {};
        case 1: // another zone: the form is always UTC
            return QDateTime::fromMSecsSinceEpoch(below(4'000'000'000'000),
                                                  QTimeZone(static_cast<int>(below(50'000))));
        case 2: // years outside 1..9999
            return QDateTime(QDate(chance(2) ? -static_cast<int>(below(3000)) - 1
                                             : 10'000 + static_cast<int>(below(5000)),
                                   1 + static_cast<int>(below(12)),
                                   1 + static_cast<int>(below(28))),
                             QTime(1, 2, 3, 4), Qt::UTC);
        case 3: // early years, zero-padded
            return QDateTime(QDate(1 + static_cast<int>(below(999)), 2, 3), QTime(4, 5, 6, 7),
                             Qt::UTC);
        default:
            return QDateTime::fromMSecsSinceEpoch(below(4'102'444'800'000), Qt::UTC);
        }
    }

    void appendCharacter(QString& out)
    {
        static const char16_t kSpecial[] = {
            u'"',   u'\\',  u'/',   u'\b',  u'\f', u'\n', u'\r',  u'\t', 0x00,  0x01,
            0x1f,   0x7f,   0x80,   0xe9,   0xff,  0x7ff, 0x800,  u'王', u'丽', u'中',
            0xfeff, 0xfffe, 0xffff, 0xe000, u'「', u'，', 0x3000, u' ',  u'\'', u'<'};
        switch (below(6)) {
        case 0:
            out.append(QChar(kSpecial[below(std::size(kSpecial))]));
            break;
        case 1:
            out.append(QChar(static_cast<char16_t>(below(0x20)))); // any control character
            break;
        case 2: { // a valid pair, or half of one
            const char32_t code = 0x10000 + static_cast<char32_t>(below(0x100000));
            const char16_t high = QChar::highSurrogate(code);
            const char16_t low = QChar::lowSurrogate(code);
            const auto shape = below(4);
            if (shape != 3) {
                out.append(QChar(shape == 2 ? low : high));
            }
            if (shape == 0 || shape == 3) {
                out.append(QChar(shape == 3 ? high : low));
            }
            break;
        }
        case 3:
            out.append(QChar(static_cast<char16_t>(0x4e00 + below(0x5000)))); // CJK
            break;
        default:
            out.append(QChar(static_cast<char16_t>(0x20 + below(0x5f)))); // printable ASCII
        }
    }

    QString text(std::int64_t maxLength)
    {
        if (chance(20)) {
            return {}; // a null string
        }
        QString out;
        for (std::int64_t i = below(maxLength + 1); i > 0; --i) {
            appendCharacter(out);
        }
        return out;
    }

    QString digits(int length)
    {
        QString out;
        for (int i = 0; i < length; ++i) {
            out.append(QChar(static_cast<char16_t>(u'0' + below(10))));
        }
        return out;
    }

    std::optional<CardState> state()
    {
        if (chance(2)) {
            return std::nullopt;
        }
        return kAllStates[static_cast<std::size_t>(below(std::ssize(kAllStates)))];
    }

    QJsonValue number()
    {
        static const double kDoubles[] = {0.0,
                                          -0.0,
                                          1.5,
                                          -2.25,
                                          0.1,
                                          1e6,
                                          -1e6,
                                          1e15,
                                          1e16,
                                          1e21,
                                          1e-7,
                                          1e300,
                                          9007199254740992.0,
                                          9007199254740994.0,
                                          -9007199254740992.0,
                                          123456789012345678.0,
                                          std::numeric_limits<double>::infinity(),
                                          std::numeric_limits<double>::quiet_NaN(),
                                          std::numeric_limits<double>::denorm_min(),
                                          std::numeric_limits<double>::max()};
        switch (below(5)) {
        case 0:
            return kDoubles[below(std::ssize(kDoubles))];
        case 1:
            return static_cast<qint64>(wideInteger());
        case 2:
            return std::ldexp(static_cast<double>(below(1'000'000)) - 500'000.0,
                              static_cast<int>(below(80)) - 40);
        default:
            return static_cast<qint64>(below(2'000'000) - 1'000'000); // fen, negative too
        }
    }

    QJsonValue value(int depth)
    {
        switch (below(depth > 0 ? 8 : 6)) {
        case 0:
        case 1:
            return text(10);
        case 2:
        case 3:
            return number();
        case 4:
            return chance(2);
        case 5:
            return QJsonValue(QJsonValue::Null);
        case 6:
            return object(depth - 1);
        default: {
            QJsonArray array;
            for (std::int64_t i = below(4); i > 0; --i) {
                array.append(value(depth - 1));
            }
            return array;
        }
        }
    }

    QJsonObject object(int depth)
    {
        QJsonObject out;
        for (std::int64_t i = below(6); i > 0; --i) {
            out.insert(chance(3) ? text(6) : digits(2), value(depth));
        }
        return out;
    }

    std::mt19937_64 m_random;
};

} // namespace

TEST_CASE("The canonical form is byte for byte the QJsonDocument form", "[audit]")
{
    EventGenerator generator(20240630);
    for (int i = 0; i < 5000; ++i) {
        const AuditEvent event = generator.next();
        const QByteArray expected = referenceCanonicalForm(event);
        INFO("row " << i << ": " << expected.toStdString());
        REQUIRE(auditCanonicalForm(event).toStdString() == expected.toStdString());
    }
}

TEST_CASE("The audit hash is SHA-256 of the canonical form", "[audit]")
{
    EventGenerator generator(7);
    for (int i = 0; i < 200; ++i) {
        const AuditEvent event = generator.next();
        const QByteArray expected =
            QCryptographicHash::hash(referenceCanonicalForm(event), QCryptographicHash::Sha256)
                .toHex();
        REQUIRE(computeAuditHash(event) == expected);
    }
}

TEST_CASE("Every kind of details value reaches the canonical form", "[audit]")
{
    AuditEvent event;
    event.seq = 1;
    event.atUtc = QDateTime(QDate(2024, 6, 30), QTime(9, 15, 0, 5), Qt::UTC);
    event.details = QJsonObject{
        {QStringLiteral("b"), -5800},
        {QStringLiteral("a"), QStringLiteral("付款 \"x\"\\\n")},
        {QStringLiteral("c"), true},
        {QStringLiteral("d"), 2.5},
        {QStringLiteral("e"), QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("y"), false}}},
        {QStringLiteral("f"), QJsonArray{1, QStringLiteral("two"), QJsonValue::Null}},
    };
    const QByteArray form = auditCanonicalForm(event);
    CHECK(form == referenceCanonicalForm(event));
    CHECK(form.contains("\"2024-06-30T09:15:00.005Z\""));
    CHECK(form.contains(R"({"a":"付款 \"x\"\\\n","b":-5800,"c":true,"d":2.5,)"));
}

TEST_CASE("sha256Hex gives the standard digests")
{
    // FIPS 180-2 test vectors.
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("Rows with the same instant, in any zone, and rows between them read the same", "[audit]")
{
    AuditEvent event;
    event.seq = 1;
    event.operatorName = QStringLiteral("alice");
    event.action = AuditAction::CardCreated;
    const QDateTime utc(QDate(2026, 11, 26), QTime(8, 15, 30, 250), Qt::UTC);
    const QDateTime instants[] = {
        utc,
        utc.toOffsetFromUtc(8 * 3600), // the same instant written in Beijing time
        utc.addMSecs(1),
        QDateTime(QDate(12345, 1, 1), QTime(0, 0), Qt::UTC), // no fixed-width text
        utc,
        QDateTime(),
        utc,
    };
    for (const QDateTime& instant : instants) {
        event.atUtc = instant;
        INFO(instant.toString(Qt::ISODateWithMs).toStdString());
        CHECK(auditCanonicalForm(event).toStdString() ==
              referenceCanonicalForm(event).toStdString());
    }
}
