#pragma once

#include "core/model/action.h"
#include "core/model/eventtriggerdesign.h"
#include "core/model/triggerdesign.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace trigon::ui {

class DesignController;
class SqlEditor;

// The editor page of one action kind (ui/designer/actions/<kind>/): its widgets show an action of
// that kind, and every change is one controller edit whose merge key names the field
// ("actions[2].message"), so typing in a field is one undo step.
//
// The kinds table triggers and event triggers share (protect, notify, insert, sql) have one page
// for both: a page made for event triggers (setHost()) edits an event trigger's action instead,
// seeing it as the table-trigger action of the same kind (the same value type).
class ActionPage : public QWidget
{
    Q_OBJECT
public:
    enum class Host { Trigger, EventTrigger };

    explicit ActionPage(DesignController *controller, QWidget *parent = nullptr);

    Host host() const { return m_host; }
    // Makes the page one for `host`'s actions; called once, before it shows an action.
    void setHost(Host host);

    // Shows `trigger`'s action at `index`, which is of this page's kind; `another` when the form
    // moved to another action since it last showed one (rather than re-reading after an edit).
    void showAction(const QString &triggerId, int index, const TriggerDesign &trigger,
                    bool another);
    // The same for the event trigger `eventTriggerId` (a page whose host is EventTrigger); load()
    // gets an empty TriggerDesign, since an event trigger has no table.
    void showEventAction(const QString &eventTriggerId, int index,
                         const EventTriggerDesign &eventTrigger, bool another);
    // Focuses the field a diagnostic names after "actions[i]" (".channel", ".payload.op").
    virtual void focusField(const QString &subPath) = 0;

protected:
    // Fills the widgets; the edits their signals make meanwhile are ignored.
    virtual void load(const Action &action, const TriggerDesign &trigger) = 0;
    // Called before load() when the page is about to show another action: forget per-action
    // view state.
    virtual void startAnotherAction() { }
    // Called when setHost() changed what the page edits: offer what that host's actions can have.
    virtual void hostChanged() { }

    DesignController *controller() const { return m_controller; }
    // The trigger and action shown, as the controller has them now (nullptr for event triggers).
    const TriggerDesign *trigger() const;
    const Action *action() const;
    bool isLoading() const { return m_loading; }
    // Runs `fill`, which sets widgets, as loading: the edits their signals make are ignored.
    void asLoading(const std::function<void()> &fill);

    // One edit of the shown action; consecutive edits of the same `field` merge into one undo step.
    void editAction(const QString &field, const std::function<void(Action &)> &change);

    // Whether `subPath` is ".field" or lies inside it (".field.x", ".field[0]").
    static bool namesField(const QString &subPath, const char *field);
    // A form layout whose fields take the page's width, with `description` on top.
    QFormLayout *formLayout(const QString &description);
    // A line edit, an editable column combo box and a PL/pgSQL editor whose text `apply`
    // writes into the action on every change, under merge key `field`.
    QLineEdit *lineEdit(const QString &objectName, const QString &field,
                        const std::function<void(Action &, const QString &)> &apply);
    QComboBox *columnCombo(const QString &objectName, const QString &field,
                           const std::function<void(Action &, const QString &)> &apply);
    SqlEditor *codeEdit(const QString &objectName, const QString &field,
                        const std::function<void(Action &, const QString &)> &apply);
    // Ends merging when a multi-line editor loses focus: the next typing is a new undo step.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DesignController *m_controller;
    Host m_host = Host::Trigger;
    QString m_triggerId; // or the event trigger's id
    int m_index = -1;
    bool m_loading = false;
};

// ActionPage for the kind `Kind`: typed loading and edits.
template<typename Kind>
class KindPage : public ActionPage
{
public:
    using ActionPage::ActionPage;
    using ActionKindType = Kind;

protected:
    virtual void load(const Kind &action, const TriggerDesign &trigger) = 0;

    void load(const Action &action, const TriggerDesign &trigger) final
    {
        load(std::get<Kind>(action), trigger);
    }

    void edit(const QString &field, const std::function<void(Kind &)> &change)
    {
        editAction(field, [&change](Action &action) {
            if (Kind *typed = std::get_if<Kind>(&action))
                change(*typed);
        });
    }

    // lineEdit() etc. whose `apply` sees the action as its kind.
    QLineEdit *textField(const QString &objectName, const QString &field,
                         std::function<void(Kind &, const QString &)> apply)
    {
        return lineEdit(objectName, field, typed(std::move(apply)));
    }
    QComboBox *columnField(const QString &objectName, const QString &field,
                           std::function<void(Kind &, const QString &)> apply)
    {
        return columnCombo(objectName, field, typed(std::move(apply)));
    }
    SqlEditor *codeField(const QString &objectName, const QString &field,
                         std::function<void(Kind &, const QString &)> apply)
    {
        return codeEdit(objectName, field, typed(std::move(apply)));
    }

private:
    static std::function<void(Action &, const QString &)>
    typed(std::function<void(Kind &, const QString &)> apply)
    {
        return [apply = std::move(apply)](Action &action, const QString &text) {
            if (Kind *kind = std::get_if<Kind>(&action))
                apply(*kind, text);
        };
    }
};

} // namespace trigon::ui
