#pragma once

#include "core/eventactions/attach/attacheventaction.h"
#include "core/model/action.h"
#include "core/model/triggerdesign.h"
#include "core/model/triggertestcase.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace trigon {

// The events an event trigger can fire on, as CREATE EVENT TRIGGER ... ON names them.
enum class DdlEvent { DdlCommandStart, DdlCommandEnd, SqlDrop, TableRewrite, Login };

QString ddlEventName(DdlEvent event); // "ddl_command_start", ...
std::optional<DdlEvent> ddlEventFromName(const QString &name);
QStringList ddlEventNames();
// The first server_version_num that has the event: login came with PostgreSQL 17, the others
// with 9.3 to 9.5, before any server Trigon supports.
int ddlEventSinceVersion(DdlEvent event);
// Whether the event runs per object that pg_event_trigger_ddl_commands() (ddl_command_end),
// pg_event_trigger_dropped_objects() (sql_drop) or pg_event_trigger_table_rewrite_oid()
// (table_rewrite) names: the {"ddl": ...} fields about objects are known only there.
bool ddlEventKnowsObjects(DdlEvent event);

// Every command tag WHEN TAG IN accepts (PostgreSQL refuses the others, such as the commands on
// databases, roles, tablespaces and event triggers themselves), in alphabetical order.
QStringList eventTriggerCommandTags();
// The tags of eventTriggerCommandTags() that `event` actually fires for: all of them for
// ddl_command_start and ddl_command_end, those that can drop objects for sql_drop, the ALTER
// commands that rewrite a table for table_rewrite, none for login (which takes no tags).
QStringList commandTagsFiringFor(DdlEvent event);

// The kinds of action an event trigger runs. protect, notify, insert and sql are the table
// trigger kinds of the same names (the same members in a design file), rendered for DDL by
// core/eventactions/<kind>; attach exists only here.
enum class EventActionKind { Protect, Notify, Insert, Sql, Attach };
using EventAction
        = std::variant<ProtectAction, NotifyAction, InsertAction, SqlAction, AttachAction>;

constexpr int eventActionKindCount = int(std::variant_size_v<EventAction>);
static_assert(int(EventActionKind::Attach) + 1 == eventActionKindCount,
              "EventActionKind lists the alternatives of EventAction, in order");

inline EventActionKind eventActionKind(const EventAction &action)
{
    return static_cast<EventActionKind>(action.index());
}
QString eventActionKindName(EventActionKind kind);
std::optional<EventActionKind> eventActionKindFromName(const QString &name);
QStringList eventActionKindNames();
EventAction makeEventAction(EventActionKind kind);

// One event trigger ("event_triggers" in a design file): CREATE EVENT TRIGGER name ON event
// WHEN TAG IN (tags) EXECUTE FUNCTION on a function Trigon generates from the actions.
struct EventTriggerDesign
{
    // Stable within a document (undo commands refer to event triggers by it); never in SQL.
    QString id;
    QString name;
    DdlEvent event = DdlEvent::DdlCommandEnd;
    QStringList tags; // empty: every command the event fires for
    TriggerEnabled enabled = TriggerEnabled::Origin;
    QString comment;
    QList<EventAction> actions;
    // Cases run by the test bench: each runs its DDL in a transaction that is rolled back.
    QList<TriggerTestCase> tests;

    friend bool operator==(const EventTriggerDesign &, const EventTriggerDesign &) = default;
};

} // namespace trigon
