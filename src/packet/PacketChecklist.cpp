// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketChecklist.h"

#include <QStringList>
#include <algorithm>
#include <utility>

namespace simfleet::packet {

namespace {

// Columns in a fixed-width font: CJK characters take two.
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

// What each file of the packet is for, under the name this packet gives it, aligned.
QStringList fileLines(const PacketFileNames& names)
{
    const std::pair<QString, QString> files[] = {
        {names.application, QStringLiteral("注销申请书：打印，加盖公章并签字")},
        {names.authorization,
         QStringLiteral("授权委托书：打印，加盖公章，经办人签字并携带身份证原件")},
        {names.linesXlsx, QStringLiteral("注销号码清单（Excel/WPS），打印后加盖公章")},
        {names.linesCsv, QStringLiteral("注销号码清单（CSV，内容同上）")},
        {names.manifest, QStringLiteral("各文件的 SHA-256 指纹，用于核对材料未被改动")},
    };
    qsizetype width = 0;
    for (const auto& [name, what] : files)
        width = std::max(width, displayWidth(name));
    QStringList lines;
    for (const auto& [name, what] : files)
        lines << QStringLiteral("  ") + name +
                     QString(width - displayWidth(name) + 2, QLatin1Char(' ')) + what;
    return lines;
}

} // namespace

QByteArray checklistText(const PacketContent& content)
{
    const PacketGroup& group = content.group();
    QStringList lines;
    lines << QStringLiteral("注销申请材料清单") << QString()
          << QStringLiteral("运营商：%1（客服热线 %2）")
                 .arg(content.carrier.name.isEmpty() ? carrierChineseName(group.carrier)
                                                     : content.carrier.name,
                      content.carrier.hotline)
          << QStringLiteral("归属地：%1").arg(content.homeAreaText())
          << QStringLiteral("号码数量：%1").arg(group.lines.size())
          << QStringLiteral("材料包编号：%1　日期：%2")
                 .arg(content.draft.id)
                 .arg(chineseDate(content.date()))
          << QStringLiteral("申请单位：%1").arg(content.company.name) << QString()
          << QStringLiteral("需携带的材料（运营商资料中记录的常见做法，办理前请向运营商确认）：");
    int item = 0;
    for (const QString& material : content.carrier.materials)
        lines << QStringLiteral("[ ] %1. %2").arg(++item).arg(material);
    lines << QString() << QStringLiteral("本材料包中的文件：") << fileLines(content.fileNames())
          << QString()
          << QStringLiteral("提示：有预存款余额的号码，请同时办理预存款转移或退费；集团号码通常需到"
                            "归属地的运营商自有营业厅办理。");
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() +
           QByteArrayLiteral("\r\n");
}

} // namespace simfleet::packet
