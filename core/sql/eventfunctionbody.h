#pragma once

#include "core/model/eventtriggerdesign.h"
#include "core/model/triggerdesign.h"
#include "core/sql/scriptrenderer.h"

#include <QList>
#include <QString>

namespace trigon {

// Builds the PL/pgSQL body of an event trigger's function: each action's part
// (renderEventAction() in core/eventactions/<kind>/<kind>eventsql.cpp), in order. The actions
// that run per object (notify, insert, attach) loop over objectsQuery() with forEachObject();
// the others run once per command.
class EventFunctionBody
{
public:
    // `tableDesigns`: the triggers of the same document, which attach actions name.
    EventFunctionBody(const EventTriggerDesign &design, const QList<TriggerDesign> &tableDesigns,
                      const RenderOptions &options);

    // [DECLARE ...] BEGIN ... END; with every action.
    QString render() const;

    const EventTriggerDesign &design() const { return m_design; }
    const RenderOptions &options() const { return m_options; }
    // The design of the document named `name`, or nullptr.
    const TriggerDesign *tableDesign(const QString &name) const;

    // One row per object the command created, changed or dropped, as ddl_command_end,
    // sql_drop and table_rewrite know them, in columns of the same names whatever the event:
    // event, command_tag, object_type, schema_name, object_identity, in_extension, classid,
    // objid. Events that know no objects give one row with only event and command_tag set.
    QString objectsQuery() const;
    // FOR ddl_object IN objectsQuery() LOOP code END LOOP; (ddlObjectVariable(), which
    // {"ddl": ...} values read).
    QString forEachObject(const QString &code) const;

private:
    const EventTriggerDesign &m_design;
    const QList<TriggerDesign> &m_tableDesigns;
    RenderOptions m_options;
};

} // namespace trigon
