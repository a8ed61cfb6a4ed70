// SPDX-License-Identifier: GPL-3.0-or-later
// A view's reading waits while the view is hidden and runs once when it is shown.

#include "common/ReloadWhenShown.h"

#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace simfleet::gui;

TEST_CASE("a hidden view reads once when shown; a shown one at once", "[gui][reload]")
{
    QWidget view;
    int reads = 0;
    ReloadWhenShown reloader(view, [&] { ++reads; });

    reloader.request();
    reloader.request();
    CHECK(reads == 0);
    CHECK(reloader.pending());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(reads == 1); // two requests while hidden, one reading
    CHECK_FALSE(reloader.pending());

    reloader.request();
    CHECK(reads == 2);

    view.hide();
    reloader.defer();
    view.show();
    CHECK(reads == 3);
    view.hide();
    view.show();
    CHECK(reads == 3); // nothing owed: showing again reads nothing

    reloader.defer();
    reloader.satisfied(); // the view read by itself meanwhile
    view.hide();
    view.show();
    CHECK(reads == 3);
}

TEST_CASE("a view that owes its first reading reads when first shown", "[gui][reload]")
{
    QWidget view;
    int reads = 0;
    ReloadWhenShown reloader(
        view, [&] { ++reads; }, true);
    CHECK(reads == 0);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(reads == 1);
}
