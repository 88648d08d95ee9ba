#pragma once

// Shared by the IIS XML parsers: numbers, booleans and error text that never quote the input.

#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace ndes::facts::iisxml {

// Fixed English text for a reader error, so no attribute value (a password) can leak into a message.
QString issueText(QXmlStreamReader::Error error);

std::optional<quint64> toUInt(QStringView text);
std::optional<bool> toBool(QStringView text);

// The text between `message:` and the closing parenthesis of `ERROR ( message:... )`, or empty. Nothing
// else of the output is quoted, since `/text:*` dumps hold passwords.
QString appcmdErrorMessage(const QString &text);

} // namespace ndes::facts::iisxml
