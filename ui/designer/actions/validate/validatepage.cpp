#include "ui/designer/actions/validate/validatepage.h"

#include "core/io/designfile.h"
#include "core/sql/conditionrenderer.h"
#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace trigon::ui {

ValidatePage::ValidatePage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_mode(new QComboBox(this))
    , m_check(new QPlainTextEdit(this))
    , m_checkError(new QLabel(this))
    , m_message(textField(QStringLiteral("validateMessage"), QStringLiteral("message"),
                          [](ValidateAction &a, const QString &text) { a.message = text; }))
    , m_sqlState(textField(
              QStringLiteral("validateSqlState"), QStringLiteral("sqlstate"),
              [](ValidateAction &a, const QString &text) { a.sqlState = text.trimmed(); }))
{
    m_mode->setObjectName(QStringLiteral("checkMode"));
    m_mode->addItem(tr("SQL expression"), false);
    m_mode->addItem(tr("Condition (design-file JSON)"), true);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (!isLoading())
            setJsonMode(m_mode->currentData().toBool());
    });
    m_check->setObjectName(QStringLiteral("checkText"));
    m_check->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_check->setMaximumHeight(120);
    m_check->installEventFilter(this);
    connect(m_check, &QPlainTextEdit::textChanged, this, &ValidatePage::editCheck);
    m_checkError->setObjectName(QStringLiteral("checkError"));
    m_checkError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_checkError->setWordWrap(true);
    m_checkError->hide();
    m_sqlState->setMaxLength(5);
    m_sqlState->setPlaceholderText(QStringLiteral("23514"));
    auto *check = new QVBoxLayout;
    check->addWidget(m_mode);
    check->addWidget(m_check);
    check->addWidget(m_checkError);
    QFormLayout *layout = formLayout(
            tr("The statement fails with the message when the check is false (NULL passes)."));
    layout->addRow(tr("Check:"), check);
    layout->addRow(tr("Message:"), m_message);
    layout->addRow(tr("SQLSTATE:"), m_sqlState);
}

QString ValidatePage::title()
{
    return tr("Validate");
}

QString ValidatePage::summary(const ValidateAction &action)
{
    return action.message.isEmpty() ? tr("Validate") : tr("Validate: \"%1\"").arg(action.message);
}

void ValidatePage::load(const ValidateAction &action, const TriggerDesign &)
{
    loadCheck(action.check);
    syncText(m_message, action.message);
    syncText(m_sqlState, action.sqlState);
}

void ValidatePage::loadCheck(const Condition &check)
{
    if (check.kind != ConditionKind::Sql)
        m_jsonMode = true;
    syncComboData(m_mode, m_jsonMode);
    if (!m_jsonMode) {
        syncPlainText(m_check, check.sql);
    } else {
        // What the user typed stays while it means this check.
        const ConditionParseResult typed = parseConditionJson(m_check->toPlainText());
        if (!typed.ok() || typed.condition != check)
            m_check->setPlainText(conditionToJson(check));
    }
    m_checkError->hide();
}

void ValidatePage::setJsonMode(bool json)
{
    const TriggerDesign *shown = trigger();
    const Action *validate = action();
    if (!shown || !validate)
        return;
    // Copies: the edit below replaces the trigger the pointers point into.
    const Condition check = std::get<ValidateAction>(*validate).check;
    const ConditionContext context = ConditionContext::forTrigger(*shown);
    m_jsonMode = json;
    if (!json && check.kind != ConditionKind::Sql) {
        // Back to SQL: the renderer's text of the condition, which means the same.
        const QString sql = renderCondition(check, context);
        edit(QStringLiteral("check"), [&](ValidateAction &a) { a.check = Condition::rawSql(sql); });
        return;
    }
    asLoading([&] { loadCheck(check); });
}

void ValidatePage::editCheck()
{
    if (isLoading())
        return;
    const QString text = m_check->toPlainText();
    if (!m_jsonMode) {
        edit(QStringLiteral("check"),
             [&](ValidateAction &a) { a.check = Condition::rawSql(text); });
        return;
    }
    const ConditionParseResult parsed = parseConditionJson(text);
    if (!parsed.ok()) {
        m_checkError->setText(tr("Line %1, column %2: %3")
                                      .arg(parsed.error.line)
                                      .arg(parsed.error.column)
                                      .arg(parsed.error.message));
        m_checkError->show();
        return;
    }
    m_checkError->hide();
    edit(QStringLiteral("check"), [&](ValidateAction &a) { a.check = *parsed.condition; });
}

void ValidatePage::focusField(const QString &subPath)
{
    QWidget *target = namesField(subPath, "message") ? static_cast<QWidget *>(m_message)
            : namesField(subPath, "sqlstate")        ? static_cast<QWidget *>(m_sqlState)
                                                     : m_check;
    target->setFocus();
}

} // namespace trigon::ui
