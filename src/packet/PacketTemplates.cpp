// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketTemplates.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

// Q_INIT_RESOURCE must be used outside any namespace; the library is static, so its
// resources are registered on first use.
static void registerPacketResources()
{
    Q_INIT_RESOURCE(packet);
}

namespace simfleet::packet {

namespace {

QString readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList overrideFolders()
{
    QStringList folders;
    const QString fromEnv = qEnvironmentVariable("SIMFLEET_TEMPLATE_DIR");
    if (!fromEnv.isEmpty())
        folders << fromEnv;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        folders << data + QStringLiteral("/SimFleet/templates");
    return folders;
}

} // namespace

QString loadTemplate(const QString& fileName)
{
    static const bool registered = [] {
        registerPacketResources();
        return true;
    }();
    (void)registered;
    for (const QString& folder : overrideFolders()) {
        const QString path = QDir(folder).filePath(fileName);
        if (QFile::exists(path)) {
            if (QString html = readUtf8(path); !html.isEmpty())
                return html;
        }
    }
    return readUtf8(QStringLiteral(":/templates/") + fileName);
}

} // namespace simfleet::packet
