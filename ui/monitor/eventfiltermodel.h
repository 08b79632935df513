#pragma once

#include "core/monitor/jsonfieldfilter.h"

#include <QSortFilterProxyModel>

namespace trigon::ui {

class EventModel;

// Filters an EventModel by channel, by text and by the value of a JSON field of the payload.
// Gap rows always pass: where notifications were lost matters whatever one looks for.
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterModel(QObject *parent = nullptr);

    // Only an EventModel: the filter reads its events directly, not through QVariants.
    void setSourceModel(QAbstractItemModel *model) override;

    void setChannel(const QString &channel); // empty: every channel
    QString channel() const { return m_channel; }
    void setText(const QString &text); // case-insensitive, in channel or payload
    QString text() const { return m_text; }
    // "field=value" or "a.b.0.c=value" (see JsonFieldFilter). Empty: off. Returns false, changing
    // nothing, when the expression has no '='.
    bool setJsonFilter(const QString &expression);
    QString jsonFilter() const { return m_jsonExpression; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const EventModel *m_events = nullptr;
    QString m_channel;
    QString m_text;
    QString m_jsonExpression;
    JsonFieldFilter m_jsonFilter;
};

} // namespace trigon::ui
