// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Masking.h"

#include <catch2/catch.hpp>

using namespace simfleet;

namespace {

qsizetype revealed(const QString& masked)
{
    return masked.size() - masked.count(u'*');
}

} // namespace

TEST_CASE("An 18-character ID keeps its first 6 and last 4", "[masking]")
{
    CHECK(maskId(QStringLiteral("110101199001011234")) == QStringLiteral("110101********1234"));
    CHECK(maskId(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(maskId(QStringLiteral("91350100M000100Y43")) == QStringLiteral("913501********0Y43"));
}

TEST_CASE("Shorter values never reveal more than half", "[masking]")
{
    CHECK(maskId(QStringLiteral("13800138000")) == QStringLiteral("138******00"));
    CHECK(maskId(QStringLiteral("1234")) == QStringLiteral("1**4"));
    CHECK(maskId(QStringLiteral("12")) == QStringLiteral("1*"));
    CHECK(maskId(QStringLiteral("1")) == QStringLiteral("*"));
    CHECK(maskId(QString()).isEmpty());
    QString value;
    for (int length = 1; length < 18; ++length) {
        value += QChar(u'0' + length % 10);
        const QString masked = maskId(value);
        INFO("length " << length);
        CHECK(masked.size() == value.size());
        CHECK(revealed(masked) <= length / 2);
    }
}

TEST_CASE("Names keep only their first character", "[masking]")
{
    CHECK(maskName(QStringLiteral("张三丰")) == QStringLiteral("张**"));
    CHECK(maskName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(maskName(QStringLiteral("张")) == QStringLiteral("*"));
    CHECK(maskName(QStringLiteral("Zhang San")) == QStringLiteral("Z********"));
    CHECK(maskName(QString()).isEmpty());
    // A character outside the BMP stays whole and counts once.
    CHECK(maskName(QStringLiteral("𠀀三")) == QStringLiteral("𠀀*"));
}

TEST_CASE("An assignee who is the card's holder is masked like the holder", "[masking]")
{
    const QString name = QStringLiteral("张三丰");
    CHECK(shownAssignee(name, name) == maskName(name));
    CHECK(shownAssignee(QStringLiteral(" 张三丰 "), name) == maskName(QStringLiteral(" 张三丰 ")));
    CHECK(shownAssignee(QStringLiteral("李四"), name) == QStringLiteral("李四"));
    CHECK(shownAssignee(QString(), QString()).isEmpty());
    CHECK(shownAssignee(QStringLiteral("李四"), QString()) == QStringLiteral("李四"));
}

TEST_CASE("ID numbers inside a text are masked; ICCIDs and phone numbers are not", "[masking]")
{
    const QString text = QStringLiteral("row 4: 11010519491231002X in msisdn, card "
                                        "89860012345678901234, phone 13800138000");
    const QString masked = maskIdNumbersIn(text);
    CHECK_FALSE(masked.contains(QStringLiteral("11010519491231002X")));
    CHECK(masked.contains(maskId(QStringLiteral("11010519491231002X"))));
    CHECK(masked.contains(QStringLiteral("89860012345678901234")));
    CHECK(masked.contains(QStringLiteral("13800138000")));
}
