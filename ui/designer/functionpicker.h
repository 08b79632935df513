#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/tableref.h"

#include <QComboBox>

#include <memory>
#include <optional>

namespace trigon::ui {

// Which function a trigger executes: the one Trigon generates from its actions (the first
// entry), or an existing one — the catalog's trigger functions are listed, and any
// "schema.name" can be typed. The tooltip shows the chosen function's language and source where
// the catalog has them (built-in ones have none to show).
class FunctionPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit FunctionPicker(QWidget *parent = nullptr);

    void setCatalog(std::shared_ptr<const CatalogSnapshot> catalog);
    // Shows `function` (nullopt: the generated one) without emitting functionChosen().
    void setFunction(const std::optional<FunctionRef> &function);

    // "schema.name" typed or picked as a function; nullopt for the generated one or no text.
    static std::optional<FunctionRef> parse(const QString &text);

signals:
    void functionChosen(const std::optional<FunctionRef> &function);

private:
    void fill();
    // Shows `text` without emitting functionChosen().
    void showText(const QString &text);
    void updateToolTip();

    std::shared_ptr<const CatalogSnapshot> m_catalog;
    bool m_setting = false;
};

} // namespace trigon::ui
