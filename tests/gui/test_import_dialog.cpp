// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog: a bad file is refused with every problem listed and nothing written; a good
// one is imported on the worker thread.

#include "WizardTestFleet.h"
#include "import/ImportDialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <set>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

template <class T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Waits (the event loop runs) until the dialog's worker reports through the signal.
template <class Signal> void waitFor(ImportDialog& dialog, Signal signal)
{
    QSignalSpy spy(&dialog, signal);
    REQUIRE(spy.wait(60000));
}

QString cell(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("The import dialog refuses a bad card list and writes nothing", "[gui][import]")
{
    WizardTestFleet fleet;
    const QString path = fleet.filePath(QStringLiteral("bad.csv"));
    const QString wrongCheckDigit =
        testIccid(1).left(18) + QString::number((testIccid(1).right(1).toInt() + 1) % 10);
    writeFile(path, QStringLiteral("iccid,msisdn,carrier,monthly_fee\n"
                                   "%1,%2,China Mobile,58.00\n"
                                   "%3,%4,China Mobile,58.00\n"
                                   "%5,12345,China Mobile,58.00\n"
                                   "%6,%7,Vodafone,5.8.0\n")
                        .arg(testIccid(1), testMsisdn(1), wrongCheckDigit, testMsisdn(2),
                             testIccid(3), testIccid(4), testMsisdn(4))
                        .toUtf8());

    ImportDialog dialog(fleet.session(), path);
    QSignalSpy changed(&dialog, &ImportDialog::dataChanged);
    waitFor(dialog, &ImportDialog::checkFinished);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(child<QLabel>(dialog, "encodingLabel")->text() == QStringLiteral("UTF-8"));
    auto* preview = child<QTableWidget>(dialog, "previewTable");
    CHECK(preview->rowCount() == 4);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("iccid"));
    auto* mapping = child<QTableWidget>(dialog, "mappingTable");
    REQUIRE(mapping->rowCount() == 4);
    CHECK(cell(mapping, 1, 1) == QStringLiteral("Phone number"));

    // Every problem, with its line and column; the good first row does not appear.
    REQUIRE(dialog.lastSummary().has_value());
    const ImportSummary& summary = *dialog.lastSummary();
    REQUIRE(summary.issues.size() >= 4);
    auto* issues = child<QTableWidget>(dialog, "issuesTable");
    CHECK(issues->isVisible());
    REQUIRE(issues->rowCount() == static_cast<int>(summary.issues.size()));
    std::set<int> lines;
    for (int row = 0; row < issues->rowCount(); ++row) {
        lines.insert(cell(issues, row, 0).toInt());
        CHECK_FALSE(cell(issues, row, 1).isEmpty());
        CHECK_FALSE(cell(issues, row, 2).isEmpty());
    }
    CHECK(lines == std::set<int>{3, 4, 5});
    CHECK(child<QLabel>(dialog, "checkStatus")
              ->text()
              .contains(QLatin1String("Nothing has been written")));

    auto* import = child<QPushButton>(dialog, "importButton");
    CHECK_FALSE(import->isEnabled());
    CHECK_FALSE(dialog.isReadyToImport());
    dialog.startImport(); // refused too when called directly
    CHECK_FALSE(dialog.isBusy());
    CHECK(fleet.store().countCards({}) == 0);
    CHECK(changed.count() == 0);
}

TEST_CASE("The import dialog says why a file without the required columns cannot be imported",
          "[gui][import]")
{
    WizardTestFleet fleet;
    const QString path = fleet.filePath(QStringLiteral("columns.csv"));
    writeFile(path, QByteArrayLiteral("number,name\n13800138000,Zhang\n"));

    ImportDialog dialog(fleet.session(), path);
    waitFor(dialog, &ImportDialog::checkFinished);
    CHECK_FALSE(dialog.isReadyToImport());
    CHECK(child<QLabel>(dialog, "checkStatus")
              ->text()
              .startsWith(QLatin1String("This file cannot be imported")));
    CHECK(fleet.store().countCards({}) == 0);
}

TEST_CASE("The import dialog imports a good card list on its worker thread", "[gui][import]")
{
    WizardTestFleet fleet;
    const QString path = fleet.filePath(QStringLiteral("cards.csv"));
    // What Excel writes on a Chinese Windows: GB18030 with Chinese headers.
    const QString text = QStringLiteral("ICCID,手机号,运营商,月租,部门\n"
                                        "%1,%2,中国移动,58.00,销售一部\n"
                                        "%3,%4,联通,39.00,销售二部\n")
                             .arg(testIccid(61), testMsisdn(61), testIccid(62), testMsisdn(62));
    QStringEncoder toGb18030("GB18030");
    writeFile(path, toGb18030(text));

    ImportDialog dialog(fleet.session(), path);
    QSignalSpy changed(&dialog, &ImportDialog::dataChanged);
    waitFor(dialog, &ImportDialog::checkFinished);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(child<QLabel>(dialog, "encodingLabel")->text() == QStringLiteral("GB18030"));
    CHECK(child<QRadioButton>(dialog, "kindCards")->isChecked());
    auto* preview = child<QTableWidget>(dialog, "previewTable");
    CHECK(preview->horizontalHeaderItem(2)->text() == QStringLiteral("运营商"));
    CHECK(preview->item(1, 4)->text() == QStringLiteral("销售二部"));
    REQUIRE(dialog.isReadyToImport());
    CHECK(fleet.store().countCards({}) == 0); // the check wrote nothing

    auto* import = child<QPushButton>(dialog, "importButton");
    REQUIRE(import->isEnabled());
    QSignalSpy imported(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(import, Qt::LeftButton);
    CHECK(dialog.isBusy());
    REQUIRE(imported.wait(60000));

    CHECK(fleet.store().countCards({}) == 2);
    CHECK(changed.count() == 1);
    REQUIRE(dialog.lastSummary().has_value());
    CHECK(dialog.lastSummary()->imported == 2);
    CHECK_FALSE(child<QLabel>(dialog, "summaryLabel")->text().isEmpty());
    const auto card = fleet.store().cardByIccid(testIccid(62));
    REQUIRE(card.has_value());
    CHECK(card->carrier == Carrier::Cucc);
    CHECK(card->department == QStringLiteral("销售二部"));
}

TEST_CASE("The import dialog takes bills as a ledger file", "[gui][import]")
{
    WizardTestFleet fleet;
    const CardId id = fleet.addCard(71, Carrier::Cmcc, Money::fromFen(5800));
    const QString path = fleet.filePath(QStringLiteral("bills.csv"));
    writeFile(path, QStringLiteral("iccid,kind,amount,date,reference\n"
                                   "%1,charge,58.00,2026-10-01,BILL-10\n"
                                   "%1,payment,20.00,2026-10-05,PAY-1\n")
                        .arg(testIccid(71))
                        .toUtf8());

    ImportDialog dialog(fleet.session(), path);
    waitFor(dialog, &ImportDialog::checkFinished);
    CHECK(dialog.kind() == ImportDialog::Kind::Ledger);
    REQUIRE(dialog.isReadyToImport());
    dialog.startImport();
    waitFor(dialog, &ImportDialog::importFinished);
    CHECK(fleet.balanceOf(id) == Money::fromFen(3800));
    CHECK(fleet.store().ledgerOf(id).size() == 2);
}

TEST_CASE("Check again reads the file afresh: the preview shows what was fixed in it",
          "[gui][import]")
{
    WizardTestFleet fleet;
    const QString path = fleet.filePath(QStringLiteral("cards.csv"));
    // As first saved: a date written day first, which is refused.
    writeFile(path, QStringLiteral("iccid,msisdn,carrier,activated_on\n"
                                   "%1,%2,cmcc,3/1/2025\n")
                        .arg(testIccid(81), testMsisdn(81))
                        .toUtf8());

    ImportDialog dialog(fleet.session(), path);
    waitFor(dialog, &ImportDialog::checkFinished);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* preview = child<QTableWidget>(dialog, "previewTable");
    REQUIRE(preview->rowCount() == 1);
    CHECK(cell(preview, 0, 3) == QStringLiteral("3/1/2025"));
    CHECK_FALSE(dialog.isReadyToImport());

    // Fixed in the spreadsheet and saved over the same file: a new row, the date year first, a
    // column more.
    writeFile(path, QStringLiteral("iccid,msisdn,carrier,activated_on,归属地\n"
                                   "%1,%2,cmcc,2025/3/1,上海市\n"
                                   "%3,%4,cucc,2025/3/2,\n")
                        .arg(testIccid(81), testMsisdn(81), testIccid(82), testMsisdn(82))
                        .toUtf8());
    QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    REQUIRE(checked.wait(60000));

    REQUIRE(preview->rowCount() == 2);
    REQUIRE(preview->columnCount() == 5);
    CHECK(preview->horizontalHeaderItem(4)->text() == QStringLiteral("归属地"));
    CHECK(cell(preview, 0, 3) == QStringLiteral("2025/3/1"));
    CHECK(cell(preview, 0, 4) == QStringLiteral("上海市"));
    CHECK(cell(preview, 1, 0) == testIccid(82));
    auto* mapping = child<QTableWidget>(dialog, "mappingTable");
    REQUIRE(mapping->rowCount() == 5);
    CHECK(cell(mapping, 4, 1) == QStringLiteral("Home area"));
    CHECK(dialog.isReadyToImport());
    CHECK(child<QTableWidget>(dialog, "issuesTable")->rowCount() == 0);
}
