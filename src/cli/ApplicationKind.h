// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace simfleet::cli {

// PDF output needs a QGuiApplication (Qt's fonts need one); every other command runs on a plain
// QCoreApplication, so the CLI needs no display. main() picks the application before any command
// is parsed: true when the arguments ask for "--format pdf" or "--format=pdf", or
// for "packet export" (its letters are PDFs). A false positive
// only costs start-up time; the command itself still checks its options.
bool needsGuiApplication(const QStringList& arguments);

// The GUI application made for a PDF draws offscreen (QT_QPA_PLATFORM=offscreen) unless the
// user chose a platform, so a PDF can be written over ssh or in a cron job.
void preferOffscreenPlatform();

} // namespace simfleet::cli
