#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

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
    // "field=value" or "a.b.0.c=value": the payload is JSON and the value at that path, written as
    // JSON would write it (strings without quotes; true, null, 42), equals `value`. Empty: off.
    // Returns false, changing nothing, when the expression has no '='.
    bool setJsonFilter(const QString &expression);
    QString jsonFilter() const { return m_jsonExpression; }

    // The test behind setJsonFilter(), for one payload.
    static bool jsonFieldMatches(const QString &payload, const QStringList &path,
                                 const QString &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const EventModel *m_events = nullptr;
    QString m_channel;
    QString m_text;
    QString m_jsonExpression;
    QStringList m_jsonPath;
    QString m_jsonValue;
};

} // namespace trigon::ui
