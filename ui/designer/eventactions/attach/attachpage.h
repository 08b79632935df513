#pragma once

#include "core/model/eventtriggerdesign.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace trigon::ui {

class DesignController;

// The editor page of an attach action (only event triggers have it): which design over several
// tables gets its trigger on each table a CREATE TABLE makes. It offers the document's designs
// over several tables that have a selector, the only ones that know which new tables they want;
// a name that is none of them stays shown, and the validator says why it is wrong.
class AttachPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttachPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const AttachAction &action);
    // The names of `designs` that an attach action can name.
    static QStringList attachableDesigns(const QList<TriggerDesign> &designs);

    // Shows the action at `index` of the event trigger `eventTriggerId`, which is an attach.
    void showAction(const QString &eventTriggerId, int index, const AttachAction &action);
    void focusField(const QString &subPath);

private:
    DesignController *m_controller;
    QString m_eventTriggerId;
    int m_index = -1;
    bool m_loading = false;

    QComboBox *m_design;
    QLabel *m_hint;
};

} // namespace trigon::ui
