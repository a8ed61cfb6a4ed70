// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/TextPool.h"

#include <catch2/catch.hpp>

using namespace simfleet;

TEST_CASE("TextPool hands out one shared string per distinct text")
{
    TextPool pool;
    const QString sales = QStringLiteral("销售一部");
    const QString first = pool.get(sales);
    const QString again = pool.get(QStringView(sales));
    CHECK(first == sales);
    CHECK(again.constData() == first.constData()); // the same string, not an equal copy
    CHECK(first.constData() != sales.constData()); // its own: the record's buffer is reused

    const QString other = pool.get(u"客服部");
    CHECK(other == QStringLiteral("客服部"));
    CHECK(other.constData() != first.constData());
    CHECK(pool.get(u"").isEmpty());
}

TEST_CASE("TextPool copies new texts once it is full, and still returns them right")
{
    TextPool pool;
    for (std::size_t i = 0; i < TextPool::kMaxTexts; ++i)
        pool.get(QString::number(i));
    const QString late = pool.get(u"后来的部门");
    CHECK(late == QStringLiteral("后来的部门"));
    CHECK(pool.get(u"后来的部门").constData() != late.constData()); // not pooled
    CHECK(pool.get(u"17") == QStringLiteral("17"));                 // pooled before it filled
    CHECK(pool.get(u"17").constData() == pool.get(u"17").constData());
}
