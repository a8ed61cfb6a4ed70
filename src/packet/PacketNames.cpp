// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketNames.h"

#include <QRegularExpression>

namespace simfleet::packet {

namespace {

// Characters Windows and zip tools refuse in a name, control characters and white space.
QString safeArea(const QString& homeArea, const QString& unknown)
{
    static const QRegularExpression kUnsafe(QStringLiteral(R"([\\/:*?"<>|\s\x00-\x1f]+)"));
    QString area = homeArea;
    area.replace(kUnsafe, QStringLiteral("_"));
    return area.isEmpty() ? unknown : area;
}

} // namespace

PacketLanguage packetLanguageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? PacketLanguage::Chinese
                                                 : PacketLanguage::English;
}

const PacketFileNames& packetFileNames(PacketLanguage language)
{
    static const PacketFileNames kEnglish{
        QStringLiteral("application.pdf"), QStringLiteral("authorization.pdf"),
        QStringLiteral("lines.xlsx"),      QStringLiteral("lines.csv"),
        QStringLiteral("checklist.txt"),   QStringLiteral("manifest.json")};
    static const PacketFileNames kChinese{
        QStringLiteral("注销申请书.pdf"),    QStringLiteral("授权委托书.pdf"),
        QStringLiteral("注销号码清单.xlsx"), QStringLiteral("注销号码清单.csv"),
        QStringLiteral("材料清单.txt"),      QStringLiteral("文件校验清单.json")};
    return language == PacketLanguage::Chinese ? kChinese : kEnglish;
}

bool isManifestName(const QString& name)
{
    return name == packetFileNames(PacketLanguage::English).manifest ||
           name == packetFileNames(PacketLanguage::Chinese).manifest;
}

QString packetFileName(PacketId id, Carrier carrier, const QString& homeArea, const QDate& date,
                       PacketLanguage language)
{
    if (language == PacketLanguage::Chinese)
        return QStringLiteral("%1-%2-注销申请-%3-第%4号.zip")
            .arg(carrierChineseName(carrier), safeArea(homeArea, QStringLiteral("未知归属地")),
                 date.toString(Qt::ISODate), QString::number(id));
    return QStringLiteral("packet-%1-%2-%3.zip")
        .arg(id)
        .arg(carrierCode(carrier), safeArea(homeArea, QStringLiteral("unknown")));
}

} // namespace simfleet::packet
