#pragma once

#include "ui/designer/actions/audit/auditpage.h"
#include "ui/designer/actions/fsm/fsmpage.h"
#include "ui/designer/actions/insert/insertpage.h"
#include "ui/designer/actions/notify/notifypage.h"
#include "ui/designer/actions/outbox/outboxpage.h"
#include "ui/designer/actions/protect/protectpage.h"
#include "ui/designer/actions/python/pythonpage.h"
#include "ui/designer/actions/set_timestamp/settimestamppage.h"
#include "ui/designer/actions/soft_delete/softdeletepage.h"
#include "ui/designer/actions/sql/sqlpage.h"
#include "ui/designer/actions/validate/validatepage.h"

#include <QList>

#include <tuple>

namespace trigon::ui {

// Every action kind's editor page, in ActionKind order (the alternatives of Action).
using ActionPages
        = std::tuple<ProtectPage, SoftDeletePage, FsmPage, AuditPage, NotifyPage, ValidatePage,
                     SetTimestampPage, InsertPage, SqlPage, PythonPage, OutboxPage>;

// One new page of each kind, in ActionKind order.
QList<ActionPage *> createActionPages(DesignController *controller, QWidget *parent);
// "Notify", "State machine", ... for menus.
QString actionKindTitle(ActionKind kind);
// One line about an action for the list of a trigger's actions.
QString actionSummary(const Action &action);

} // namespace trigon::ui
