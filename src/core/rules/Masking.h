// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace simfleet {

// Personal data is shown masked unless a person unmasks it on purpose (and that is audited).
// "110101199001011234" -> "110101********1234"; short values keep less.
QString maskId(const QString& id);
// "张三丰" -> "张**"; "Zhang San" -> "Z********".
QString maskName(const QString& name);

// The assignee as shown beside a masked holder: masked like the holder's name when the two are
// the same person (a card registered to the employee who uses it), or the name would unmask the
// holder.
QString shownAssignee(const QString& assignee, const QString& holderName);

// The text with anything shaped like a resident ID or a USCC (18 characters, standing alone, not
// part of a longer run such as an ICCID) masked with maskId. For texts that may quote what a
// user typed or a file held in the wrong place: error messages and log lines.
QString maskIdNumbersIn(QStringView text);

} // namespace simfleet
