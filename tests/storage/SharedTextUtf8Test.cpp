// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedTextUtf8.h"

#include <QString>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace simfleet::sqlite;

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

TEST_CASE("SharedTextUtf8 gives each string's own UTF-8, shared or not")
{
    SharedTextUtf8 texts;
    const QString beijing = QStringLiteral("北京市");
    const QString copy = beijing; // the very same string
    const QString twin = QString::fromUtf8("北京市");
    CHECK(texts.of(beijing) == utf8(beijing));
    CHECK(texts.of(copy) == utf8(beijing));
    CHECK(texts.of(twin) == utf8(beijing));
    CHECK(texts.of(QStringLiteral("5G畅享")) == "5G畅享");
    CHECK(texts.of(QString()).empty());
    CHECK(texts.of(QStringLiteral("")).empty());
}

TEST_CASE("SharedTextUtf8 never answers for a string that took another's place")
{
    SharedTextUtf8 texts;
    QString text = QStringLiteral("王芳");
    CHECK(texts.of(text) == "王芳");
    // The variable now holds another string; the first one lives on in the cache, so its
    // address cannot be handed out again while its UTF-8 is remembered.
    text = QString::fromUtf8("李娜");
    CHECK(texts.of(text) == "李娜");
    for (int i = 0; i < 1000; ++i) {
        text = QString::fromUtf8("部门") + QString::number(i);
        REQUIRE(texts.of(text) == utf8(text));
    }
}

TEST_CASE("SharedTextUtf8 stays right past its size, starting again empty")
{
    SharedTextUtf8 texts;
    std::vector<QString> strings;
    const std::size_t count = SharedTextUtf8::kMaxTexts + 5000;
    strings.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        strings.push_back(QStringLiteral("持卡人") + QString::number(i));
    int wrong = 0;
    for (int round = 0; round < 2; ++round) {
        for (const QString& text : strings)
            wrong += texts.of(text) == utf8(text) ? 0 : 1;
    }
    CHECK(wrong == 0);
}
