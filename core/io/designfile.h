#pragma once

#include "core/model/condition.h"
#include "core/model/designdocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace trigon {

// Why a design file (or a condition's text) could not be read: where, and what is wrong.
struct DesignFileError
{
    QString fileName;
    int line = 0; // 1-based; 0 when unknown (the file could not be opened)
    int column = 0;
    QString path; // JSON path of the offending value, "triggers[0].timing"; empty for syntax
    QString message;

    // "orders.json:12:17: triggers[0].timing: expected one of before, after, instead_of"
    QString toString() const;
};

struct DesignReadResult
{
    std::optional<DesignDocument> document;
    DesignFileError error;

    bool ok() const { return document.has_value(); }
};

// The largest design file read. 10,000 triggers take about 10 MiB; anything much larger is not a
// design (a device, a dump) and would only exhaust the memory.
inline constexpr qint64 maxDesignFileBytes = 64 * 1024 * 1024;

// Reads a design file (the format is docs/design-format.md). Triggers without an "id" get one.
// A file larger than maxDesignFileBytes is refused unread.
DesignReadResult readDesignFile(const QString &fileName);
// The same from bytes; `fileName` only names the source in errors.
DesignReadResult parseDesign(const QByteArray &data, const QString &fileName = QString());

// The file's bytes: stable key order, two-space indentation, a final newline. Reading them back
// gives a design equal to `design`.
QByteArray serializeDesign(const DesignDocument &design);
// Writes atomically (a crash leaves the old file or the new one, never half of one).
bool writeDesignFile(const QString &fileName, const DesignDocument &design, QString *error);

// The text form of a condition, as it appears in design files, for the condition builder's
// text view.
QString conditionToJson(const Condition &condition);
struct ConditionParseResult
{
    std::optional<Condition> condition;
    DesignFileError error; // line/column within `text`, path from the condition's root

    bool ok() const { return condition.has_value(); }
};
ConditionParseResult parseConditionJson(const QString &text);

} // namespace trigon
