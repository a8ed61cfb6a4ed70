// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"
#include "io/Utf8Validator.h"

namespace simfleet {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

TextEncoding detectEncoding(const QByteArray& sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    Utf8Validator validator;
    // A sample may stop in the middle of a character; only ill-formed bytes count against UTF-8.
    return validator.feed(sample) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

} // namespace simfleet
