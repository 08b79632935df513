#include "ui/designer/functionpicker.h"

#include <QLineEdit>
#include <QScopedValueRollback>

namespace trigon::ui {

namespace {

// Lines of a function's source the tooltip shows at most.
constexpr qsizetype sourceLines = 25;

} // namespace

FunctionPicker::FunctionPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setObjectName(QStringLiteral("triggerFunction"));
    fill();
    // A pick from the list, or typed text once editing ends: one edit each.
    connect(this, &QComboBox::activated, this, [this] {
        if (!m_setting)
            emit functionChosen(parse(currentText()));
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_setting)
            emit functionChosen(parse(currentText()));
    });
    connect(this, &QComboBox::currentTextChanged, this, &FunctionPicker::updateToolTip);
}

void FunctionPicker::setCatalog(std::shared_ptr<const CatalogSnapshot> catalog)
{
    m_catalog = std::move(catalog);
    const QString shown = currentText();
    {
        const QScopedValueRollback setting(m_setting, true);
        fill();
    }
    showText(shown);
    updateToolTip();
}

void FunctionPicker::setFunction(const std::optional<FunctionRef> &function)
{
    showText(function ? function->displayName() : itemText(0));
}

void FunctionPicker::showText(const QString &text)
{
    if (currentText() == text)
        return;
    const QScopedValueRollback setting(m_setting, true);
    // A listed function is selected; a typed one the catalog lacks stays as text.
    if (const int index = findText(text); index >= 0)
        setCurrentIndex(index);
    else
        setEditText(text);
}

std::optional<FunctionRef> FunctionPicker::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == tr("Generated from the actions"))
        return std::nullopt;
    const qsizetype dot = trimmed.indexOf(u'.');
    if (dot < 0)
        return FunctionRef {QStringLiteral("public"), trimmed};
    return FunctionRef {trimmed.left(dot), trimmed.mid(dot + 1)};
}

void FunctionPicker::fill()
{
    clear();
    addItem(tr("Generated from the actions"));
    if (!m_catalog)
        return;
    QStringList names;
    for (const CatalogFunction &function : m_catalog->functions) {
        if (!function.forEventTrigger && function.arguments.isEmpty())
            names.append(function.schema + u'.' + function.name);
    }
    names.sort();
    addItems(names);
}

void FunctionPicker::updateToolTip()
{
    const std::optional<FunctionRef> chosen = parse(currentText());
    if (!chosen) {
        setToolTip(tr("Trigon generates the trigger's function from its actions."));
        return;
    }
    const CatalogFunction *function
            = m_catalog ? m_catalog->function(chosen->schema, chosen->name) : nullptr;
    if (!function) {
        setToolTip(tr("%1() is not in the catalog: status and deploy check that it exists.")
                           .arg(chosen->displayName()));
        return;
    }
    QString tip = tr("%1(), %2: executed with the trigger's arguments; Trigon neither creates "
                     "nor drops it.")
                          .arg(chosen->displayName(), function->language);
    if (function->hasReadableSource())
        tip += QStringLiteral("\n\n") + function->sourceExcerpt(sourceLines);
    setToolTip(tip);
}

} // namespace trigon::ui
