#include "core/actions/python/pythonaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const PythonAction &action, JsonNode &node)
{
    node.append(QStringLiteral("body"), jsonText(action.body));
}

bool readActionFields(ActionFieldsReader &reader, PythonAction &action)
{
    return reader.allowOnly({"body"}) && reader.optionalString("body", action.body);
}

} // namespace trigon
