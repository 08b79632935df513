#pragma once

#include <QObject>
#include <QScopedValueRollback>
#include <QString>

namespace trigon {
struct TriggerDesign;
}

namespace trigon::ui {

class DesignController;

// What every editor of one trigger needs from the design controller, written once: the id of
// the trigger it shows, a refresh when that trigger changes (edit, undo, redo) or the document
// is replaced, the news that the trigger was removed, and a guard for the time the editor fills
// its widgets from the design, when the widgets' own change signals must not become edits.
class TriggerBinding : public QObject
{
    Q_OBJECT
public:
    explicit TriggerBinding(DesignController *controller, QObject *parent = nullptr);

    QString triggerId() const { return m_triggerId; }
    void setTriggerId(const QString &id) { m_triggerId = id; }
    // The bound trigger, or nullptr (none bound, or removed). Valid until the next change.
    const TriggerDesign *trigger() const;

    // Whether the editor is filling its widgets: their signals are not the user's edits then.
    bool isUpdating() const { return m_updating; }
    void setUpdating(bool updating) { m_updating = updating; }
    // Marks the editor as filling its widgets until the returned guard goes, then restores what
    // was before (fills may nest).
    [[nodiscard]] QScopedValueRollback<bool> updating()
    {
        return QScopedValueRollback<bool>(m_updating, true);
    }

signals:
    // The bound trigger changed, or the whole document was replaced.
    void refreshNeeded();
    // The bound trigger is gone from the document.
    void triggerRemoved();

private:
    DesignController *m_controller;
    QString m_triggerId;
    bool m_updating = false;
};

} // namespace trigon::ui
