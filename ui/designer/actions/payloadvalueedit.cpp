#include "ui/designer/actions/payloadvalueedit.h"

#include "core/model/jsonliteraltext.h"
#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace trigon::ui {

QString payloadValueText(const PayloadValue &value)
{
    switch (value.kind) {
    case PayloadValue::Kind::Now:
        return QStringLiteral("now()");
    case PayloadValue::Kind::Literal:
        return typedTextOfLiteral(value.literal);
    default:
        return value.text;
    }
}

PayloadValue payloadValueFromText(PayloadValue::Kind kind, const QString &text)
{
    switch (kind) {
    case PayloadValue::Kind::NewColumn:
        return PayloadValue::column(RowVersion::New, text.trimmed());
    case PayloadValue::Kind::OldColumn:
        return PayloadValue::column(RowVersion::Old, text.trimmed());
    case PayloadValue::Kind::Row:
        return PayloadValue::wholeRow(text.trimmed() == QLatin1String("old") ? RowVersion::Old
                                                                             : RowVersion::New);
    case PayloadValue::Kind::TgVariable:
        return PayloadValue::tg(text.trimmed());
    case PayloadValue::Kind::Now:
        return PayloadValue::now();
    case PayloadValue::Kind::Setting:
        return PayloadValue::setting(text.trimmed());
    case PayloadValue::Kind::Sql:
        return PayloadValue::sqlExpression(text);
    case PayloadValue::Kind::Literal:
        return PayloadValue::json(literalFromTypedText(text));
    case PayloadValue::Kind::Ddl:
        return PayloadValue::ddl(text.trimmed());
    }
    return {};
}

QStringList payloadValueChoices(PayloadValue::Kind kind, const QStringList &columns)
{
    switch (kind) {
    case PayloadValue::Kind::NewColumn:
    case PayloadValue::Kind::OldColumn:
        return columns;
    case PayloadValue::Kind::Row:
        return {QStringLiteral("new"), QStringLiteral("old")};
    case PayloadValue::Kind::TgVariable:
        return tgVariableNames();
    case PayloadValue::Kind::Setting:
        return {QStringLiteral("app.current_user_id")};
    case PayloadValue::Kind::Ddl:
        return ddlFieldNames();
    case PayloadValue::Kind::Now:
    case PayloadValue::Kind::Sql:
    case PayloadValue::Kind::Literal:
        break;
    }
    return {};
}

PayloadValueEdit::PayloadValueEdit(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_value(new QComboBox(this))
{
    m_kind->setObjectName(QStringLiteral("valueKind"));
    m_value->setObjectName(QStringLiteral("valueText"));
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_value, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_updating = true;
        setChoices(PayloadValue::Kind(m_kind->currentData().toInt()));
        m_updating = false;
        emit valueEdited(value(), QStringLiteral("kind"));
    });
    connect(m_value, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            emit valueEdited(value(), QStringLiteral("value"));
    });
}

void PayloadValueEdit::setKinds(const QList<PayloadValue::Kind> &kinds)
{
    m_updating = true;
    m_kind->clear();
    for (PayloadValue::Kind kind : kinds)
        offerKind(kind);
    m_updating = false;
}

void PayloadValueEdit::offerKind(PayloadValue::Kind kind)
{
    if (m_kind->findData(int(kind)) < 0)
        m_kind->addItem(PayloadEditor::kindLabel(kind), int(kind));
}

void PayloadValueEdit::setChoices(PayloadValue::Kind kind)
{
    const QStringList choices = payloadValueChoices(kind, m_columns);
    const QString text = m_value->currentText();
    syncComboItems(m_value, choices,
                   choices.contains(text) || choices.isEmpty() ? text : choices.value(0));
    m_value->setEnabled(kind != PayloadValue::Kind::Now);
    if (kind == PayloadValue::Kind::Now)
        m_value->setEditText(QStringLiteral("now()"));
}

void PayloadValueEdit::setValue(const PayloadValue &shown, const QStringList &columns)
{
    m_updating = true;
    m_columns = columns;
    offerKind(shown.kind);
    syncComboData(m_kind, int(shown.kind));
    setChoices(shown.kind);
    // A literal being typed stays as typed while it means the same value.
    if (value() != shown)
        m_value->setEditText(payloadValueText(shown));
    m_updating = false;
}

PayloadValue PayloadValueEdit::value() const
{
    return payloadValueFromText(PayloadValue::Kind(m_kind->currentData().toInt()),
                                m_value->currentText());
}

} // namespace trigon::ui
