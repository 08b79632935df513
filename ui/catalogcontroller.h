#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QObject>

class QWidget;

namespace trigon::ui {

class CatalogPane;
class DesignController;
class Session;

// Between the catalog pane and the rest: the pane shows the session's catalog (whether it is
// loading or failed, and how to connect while there is none), and what the pane's context menu
// asks for is done here to the design: a new trigger on a table or view, an installed trigger
// imported as a design, a trigger's definition shown. The pane only displays and asks.
class CatalogController : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `dialogParent`, which owns this object.
    CatalogController(CatalogPane *pane, DesignController *design, Session *session,
                      QWidget *dialogParent);

    // A design on `relation` with its columns: UPDATE, INSTEAD OF on a view; it becomes current.
    void newTriggerOn(const CatalogRelation &relation);
    // The installed trigger as a design, or a note why it cannot be one.
    void importTrigger(const CatalogTrigger &trigger);
    // Its CREATE TRIGGER and its function's source, to read and copy, in a window of its own
    // (read-only SqlEditor: highlighted, monospace).
    void showTriggerDefinition(const CatalogTrigger &trigger);

signals:
    // What an import changed about the trigger, for the status bar.
    void statusMessage(const QString &message, int timeoutMs);

private:
    CatalogPane *m_pane;
    DesignController *m_design;
    Session *m_session;
    QWidget *m_dialogParent;
};

} // namespace trigon::ui
