#pragma once

#include "core/model/triggerdesign.h"
#include "tests/common/testdatabase.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trigon::test {

// One trigger from the JSON of a trigger object as in design files; qFatal when it does not read.
TriggerDesign triggerFromJson(const QByteArray &json);

// Validates the triggers (an error diagnostic fails), renders their install script and runs it
// twice on `db` (it must be idempotent). Returns what went wrong, or an empty string.
QString deploy(TestDatabase &db, const QList<TriggerDesign> &triggers);

// The value of the first column of the first row of `sql` (qFatal on error).
QString scalar(TestDatabase &db, const QString &sql, const QStringList &params = {});

} // namespace trigon::test
