// SPDX-License-Identifier: GPL-3.0-or-later
// Display width: the one measure the CLI's tables and help, the XLSX column widths and the PDF
// tables' line breaks share.
#include "text/TextWidth.h"

#include <catch2/catch.hpp>

using namespace simfleet;

TEST_CASE("display width counts Chinese and fullwidth characters double", "[text][width]")
{
    CHECK(displayWidth(u"Total") == 5);
    CHECK(displayWidth(u"客服中心") == 8);
    CHECK(displayWidth(u"A区-1") == 5);
    CHECK(displayWidth(u"￥58，") == 6);
    CHECK(displayWidth(QStringView()) == 0);
}

TEST_CASE("display width gives combining marks no column and wide pictographs two", "[text][width]")
{
    CHECK(displayWidth(u"e\u0301") == 1); // e + combining acute
    CHECK(displayWidth(u"a\u200Bb") == 2);
    CHECK(displayWidth(QString::fromUcs4(U"\U0001F4F1")) == 2); // mobile phone
    CHECK(displayWidth(QString::fromUcs4(U"\U00020000")) == 2); // CJK extension B
    CHECK(isWideCharacter(U'中'));
    CHECK_FALSE(isWideCharacter(U'A'));
}

TEST_CASE("padding fills to display columns, not characters", "[text][width]")
{
    CHECK(padRight(QStringLiteral("余额"), 6) == QStringLiteral("余额  "));
    CHECK(padLeft(QStringLiteral("余额"), 6) == QStringLiteral("  余额"));
    CHECK(padRight(QStringLiteral("Balance"), 4) == QStringLiteral("Balance"));
    CHECK(displayWidth(padRight(QStringLiteral("归属地"), 10)) == 10);
}
