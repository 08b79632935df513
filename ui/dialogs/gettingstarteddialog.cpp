#include "ui/dialogs/gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace trigon::ui {

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    auto *text = new QTextBrowser(this);
    text->setHtml(tr(
            "<h3>From nothing to a tested trigger</h3>"
            "<ol>"
            "<li><b>A database.</b> <i>Database ▸ Open Sandbox Database</i> starts a private "
            "PostgreSQL with a small demo shop; <i>Database ▸ Connect…</i> opens your own. The "
            "<i>Catalog</i> pane lists its tables and triggers.</li>"
            "<li><b>A trigger.</b> Right-click a table in the catalog, or <i>Edit ▸ Add</i>. The "
            "form in the middle holds timing, events and level; options PostgreSQL would refuse "
            "are disabled, and their tooltip says why.</li>"
            "<li><b>When it fires.</b> The <i>Condition</i> pane builds the WHEN condition: a "
            "field changed, comparisons of OLD and NEW, a row in another table, or raw SQL.</li>"
            "<li><b>What it does.</b> The <i>Actions</i> pane: protect, soft delete, audit, "
            "notify, validate, custom PL/pgSQL and more, or a preset.</li>"
            "<li><b>Check.</b> The <i>SQL Preview</i> shows the script as you type; the "
            "<i>Diagnostics</i> pane lists what the server would refuse (double-click one to go "
            "to the field).</li>"
            "<li><b>Deploy and test.</b> In <i>Deploy and Test</i>, <i>Check Status</i> compares "
            "the design with the database and <i>Deploy</i> shows the plan first, then installs "
            "it in one transaction. Test cases, written in the editor beside the test bench, run "
            "with "
            "nothing left behind.</li>"
            "<li><b>Keep it.</b> <i>File ▸ Save</i> writes the design as JSON for git; "
            "<code>trigon-cli</code> lints, deploys and tests the same file in CI.</li>"
            "</ol>"
            "<p>Every edit can be undone; unsaved work is kept and offered back after a "
            "crash.</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace trigon::ui
