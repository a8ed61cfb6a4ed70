// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PostingAudit.h"

#include "domain/AuditCanonicalForm.h"
#include "services/LedgerChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <random>

using namespace simfleet;

namespace {

// Texts as a bill file or an operator might give them: every character JSON escapes, CJK, pairs.
class TextGenerator {
public:
    explicit TextGenerator(std::uint64_t seed) : m_random(seed) {}

    std::int64_t below(std::int64_t bound)
    {
        return std::uniform_int_distribution<std::int64_t>(0, bound - 1)(m_random);
    }

    QString text(std::int64_t maxLength)
    {
        QString out;
        for (std::int64_t i = below(maxLength + 1); i > 0; --i) {
            static const char16_t kSpecial[] = {u'"',  u'\\', u'/',  u'\b', u'\f',  u'\n',
                                                u'\r', u'\t', 0x00,  0x1f,  0x7f,   0x80,
                                                0xe9,  0x7ff, 0x800, u'王', 0xfeff, 0xffff};
            switch (below(5)) {
            case 0:
                out.append(QChar(kSpecial[below(std::size(kSpecial))]));
                break;
            case 1:
                out.append(QChar(static_cast<char16_t>(below(0x20))));
                break;
            case 2: {
                const char32_t code = 0x10000 + static_cast<char32_t>(below(0x100000));
                out.append(QChar(QChar::highSurrogate(code)));
                out.append(QChar(QChar::lowSurrogate(code)));
                break;
            }
            case 3:
                out.append(QChar(static_cast<char16_t>(0x4e00 + below(0x5000))));
                break;
            default:
                out.append(QChar(static_cast<char16_t>(0x20 + below(0x5f))));
            }
        }
        return out;
    }

    QDate date()
    {
        switch (below(6)) {
        case 0:
            return {};
        case 1:
            return QDate(1 + static_cast<int>(below(1200)), 2, 3); // early years
        default:
            return QDate(2000 + static_cast<int>(below(40)), 1 + static_cast<int>(below(12)),
                         1 + static_cast<int>(below(28)));
        }
    }

    std::int64_t fen()
    {
        switch (below(5)) {
        case 0:
            return -below(1'000'000);
        case 1:
            return std::numeric_limits<std::int64_t>::max() - below(3);
        default:
            return below(10'000'000);
        }
    }

private:
    std::mt19937_64 m_random;
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

TEST_CASE("A posting's audit details are the JSON QJsonDocument writes for ledgerEntryDetails")
{
    TextGenerator random(20251207);
    for (int i = 0; i < 5000; ++i) {
        LedgerEntry entry;
        entry.kind = static_cast<EntryKind>(random.below(3));
        entry.amount = Money::fromFen(random.fen());
        entry.date = random.date();
        entry.reference = random.text(24);
        std::string details;
        appendPostingDetails(details, entry.kind, entry.amount, entry.date, utf8(entry.reference));
        const QByteArray expected =
            QJsonDocument(ledgerEntryDetails(entry)).toJson(QJsonDocument::Compact);
        INFO("reference " << entry.reference.toStdString());
        REQUIRE(details == expected.toStdString());
    }
}

TEST_CASE("The bulk canonical writer writes what auditCanonicalForm writes, row after row")
{
    TextGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        AuditEvent shared;
        shared.atUtc =
            round % 7 == 0
                ? QDateTime()
                : QDateTime::fromMSecsSinceEpoch(random.below(4'102'444'800'000), Qt::UTC);
        shared.operatorName = random.text(10);
        shared.action = static_cast<AuditAction>(random.below(8));
        if (random.below(2) == 0)
            shared.fromState = kAllStates[static_cast<std::size_t>(random.below(5))];
        if (random.below(2) == 0)
            shared.toState = kAllStates[static_cast<std::size_t>(random.below(5))];
        const AuditCanonicalWriter writer(shared);
        for (int row = 0; row < 20; ++row) {
            AuditEvent event = shared;
            event.seq = random.below(100'000'000);
            if (random.below(3) != 0)
                event.cardId = random.below(5'000'000);
            event.iccid =
                random.below(3) == 0 ? random.text(20) : QStringLiteral("8986012345678901234");
            QByteArray prevHash;
            const bool anyByte = random.below(8) == 0; // damaged data: any Latin-1 byte
            for (int i = 0; i < (random.below(10) == 0 ? 0 : 64); ++i)
                prevHash.append(anyByte ? static_cast<char>(random.below(256))
                                        : "0123456789abcdef"[random.below(16)]);
            event.prevHash = prevHash;
            LedgerEntry entry;
            entry.kind = static_cast<EntryKind>(random.below(3));
            entry.amount = Money::fromFen(random.fen());
            entry.date = random.date();
            entry.reference = random.text(16);
            event.details = ledgerEntryDetails(entry);
            const std::string details =
                QJsonDocument(event.details).toJson(QJsonDocument::Compact).toStdString();

            std::string written;
            writer.write(written, event.prevHash, event.seq, event.cardId, utf8(event.iccid),
                         details);
            INFO("round " << round << ", row " << row);
            REQUIRE(written == auditCanonicalForm(event).toStdString());
        }
    }
}
