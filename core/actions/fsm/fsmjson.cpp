#include "core/actions/fsm/fsmaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const FsmAction &action, JsonNode &node)
{
    node.append(QStringLiteral("column"), jsonText(action.column));
    JsonNode transitions = JsonNode::array();
    for (const FsmTransition &t : action.transitions) {
        transitions.items.append(JsonNode::object({{QStringLiteral("from"), jsonText(t.from)},
                                                   {QStringLiteral("to"), jsonText(t.to)}}));
    }
    node.append(QStringLiteral("transitions"), transitions);
    node.append(QStringLiteral("message"), jsonText(action.message));
}

bool readActionFields(ActionFieldsReader &reader, FsmAction &action)
{
    if (!reader.allowOnly({"column", "transitions", "message"})
        || !reader.optionalString("column", action.column)
        || !reader.optionalString("message", action.message))
        return false;
    DesignReader &design = reader.reader();
    return reader.forEachItem("transitions", [&](const JsonNode &item, const QString &path) {
        FsmTransition transition;
        const JsonNode *from = nullptr;
        const JsonNode *to = nullptr;
        if (!design.expectObject(item, path, {QStringLiteral("from"), QStringLiteral("to")})
            || !(from = design.requiredMember(item, path, QStringLiteral("from")))
            || !(to = design.requiredMember(item, path, QStringLiteral("to")))
            || !design.readString(*from, DesignReader::join(path, QStringLiteral("from")),
                                  transition.from)
            || !design.readString(*to, DesignReader::join(path, QStringLiteral("to")),
                                  transition.to))
            return false;
        action.transitions.append(transition);
        return true;
    });
}

} // namespace trigon
