#include "ui/deploy/testbenchview.h"

#include "core/analysis/linediff.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

enum Column { NameColumn, ResultColumn, TimeColumn };
constexpr int TriggerRole = Qt::UserRole + 1;
constexpr int CaseRole = Qt::UserRole + 2; // -1 on a trigger's item

CaseRef refOf(const QTreeWidgetItem *item)
{
    return {item->data(NameColumn, TriggerRole).value<qsizetype>(),
            item->data(NameColumn, CaseRole).value<qsizetype>()};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

// The expectation's two sides as a line diff: "-" expected only, "+" what happened instead.
QString diffHtml(const pg::ExpectationOutcome &outcome)
{
    QString html = QStringLiteral("<pre style=\"margin-left: 1.5em\">");
    for (const DiffLine &line : diffLines(linesOf(outcome.expected), linesOf(outcome.actual))) {
        switch (line.kind) {
        case DiffLine::Kind::Same:
            html += QStringLiteral("  %1\n").arg(escaped(line.text));
            break;
        case DiffLine::Kind::Expected:
            html += QStringLiteral(
                            "<span style=\"background: #ffd7d5; color: #67060c\">- %1</span>\n")
                            .arg(escaped(line.text));
            break;
        case DiffLine::Kind::Actual:
            html += QStringLiteral(
                            "<span style=\"background: #ccffd8; color: #044317\">+ %1</span>\n")
                            .arg(escaped(line.text));
            break;
        }
    }
    if (outcome.expected.isEmpty() && outcome.actual.isEmpty())
        html += TestBenchView::tr("(nothing on either side)\n");
    return html + QStringLiteral("</pre>");
}

// The kind of an expectation for people ("raises" covers "the action succeeds" too, so it is
// the outcome).
QString expectationLabel(const QString &kind)
{
    if (kind == u"raises")
        return TestBenchView::tr("Outcome");
    if (kind == u"query")
        return TestBenchView::tr("Query");
    if (kind == u"row count")
        return TestBenchView::tr("Row count");
    if (kind == u"notification")
        return TestBenchView::tr("Notification");
    if (kind == u"notice")
        return TestBenchView::tr("Notice");
    if (kind == u"fired")
        return TestBenchView::tr("Triggers fired");
    return kind;
}

QString resultHtml(const pg::TestCaseResult &result)
{
    QString html
            = QStringLiteral("<h3>%1 %2 — %3</h3>")
                      .arg(result.passed ? TestBenchView::tr("PASS") : TestBenchView::tr("FAIL"),
                           escaped(result.trigger), escaped(result.testCase));
    html += QStringLiteral("<p>%1, %2</p>")
                    .arg(escaped(result.table), TestBenchView::tr("%1 ms").arg(result.elapsedMs));
    if (!result.expectations.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(TestBenchView::tr("Expected and actual"));
        html += QStringLiteral("<p><small>%1</small></p>")
                        .arg(TestBenchView::tr("Lines marked - were expected and did not happen; "
                                               "lines marked + happened instead."));
        for (const pg::ExpectationOutcome &outcome : result.expectations) {
            html += QStringLiteral("<p>%1 <b>%2:</b> %3</p>")
                            .arg(outcome.met ? QStringLiteral("✔") : QStringLiteral("✘"),
                                 escaped(expectationLabel(outcome.kind)),
                                 escaped(outcome.description));
            if (!outcome.met)
                html += diffHtml(outcome);
        }
    }
    // Failures that belong to no expectation (the connection, the deploy inside the run).
    if (result.expectations.isEmpty() && !result.failures.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(TestBenchView::tr("Failures"));
        for (const QString &failure : result.failures)
            html += QStringLiteral("<li><pre>%1</pre></li>").arg(escaped(failure));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(TestBenchView::tr("Triggers fired, in order"));
    if (result.fired.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                        .arg(TestBenchView::tr("None of the design's triggers fired."));
    } else {
        html += QStringLiteral("<ol>");
        for (const pg::FiredTrigger &fired : result.fired)
            html += QStringLiteral("<li><b>%1</b> on %2 — %3 %4 %5</li>")
                            .arg(escaped(fired.trigger), escaped(fired.table),
                                 escaped(fired.timing), escaped(fired.level), escaped(fired.event));
        html += QStringLiteral("</ol>");
    }
    if (!result.notifications.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(TestBenchView::tr("Notifications"));
        for (const pg::Notification &notification : result.notifications)
            html += QStringLiteral("<li><b>%1</b>: <code>%2</code></li>")
                            .arg(escaped(notification.channel), escaped(notification.payload));
        html += QStringLiteral("</ul>");
    }
    if (!result.notices.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(TestBenchView::tr("Notices"));
        for (const pg::Notice &notice : result.notices)
            html += QStringLiteral("<li>%1: %2</li>")
                            .arg(escaped(notice.severity), escaped(notice.message));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

TestBenchView::TestBenchView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    m_tree->setHeaderLabels({tr("Test"), tr("Result"), tr("Time")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(false);
    // Names first, with the pass or fail icon: in a narrow dock the tree scrolls sideways rather
    // than hide them.
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Run a test case to see what it expected, what happened, "
                                     "and which triggers fired."));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const CaseRef ref = refOf(item);
        if (ref.testCase >= 0) {
            emit runRequested({ref});
            return;
        }
        QList<CaseRef> cases;
        for (qsizetype index = 0; index < m_document.triggers.at(ref.trigger).tests.size(); ++index)
            cases.append({ref.trigger, index});
        if (!cases.isEmpty())
            emit runRequested(cases);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TestBenchView::showDetails);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_choosing || !item)
            return;
        const CaseRef ref = refOf(item);
        if (ref.testCase >= 0)
            emit caseChosen(m_document.triggers.at(ref.trigger).id, int(ref.testCase));
    });
}

QString TestBenchView::keyOf(const QString &triggerId, const QString &caseName)
{
    return triggerId + u'\x1f' + caseName;
}

QString TestBenchView::keyOf(const CaseRef &ref) const
{
    const TriggerDesign &design = m_document.triggers.at(ref.trigger);
    return keyOf(design.id, design.tests.at(ref.testCase).name);
}

void TestBenchView::setDocument(const DesignDocument &document)
{
    const CaseRef current = m_tree->currentItem() ? refOf(m_tree->currentItem()) : CaseRef {};
    const QScopedValueRollback choosing(m_choosing, true);
    m_document = document;
    m_tree->clear();
    for (qsizetype trigger = 0; trigger < document.triggers.size(); ++trigger) {
        const TriggerDesign &design = document.triggers.at(trigger);
        if (design.tests.isEmpty())
            continue;
        auto *triggerItem = new QTreeWidgetItem(
                m_tree, {QStringLiteral("%1 (%2)").arg(design.name, design.tablesDisplayName())});
        triggerItem->setData(NameColumn, TriggerRole, QVariant::fromValue(trigger));
        triggerItem->setData(NameColumn, CaseRole, QVariant::fromValue(qsizetype(-1)));
        for (qsizetype testCase = 0; testCase < design.tests.size(); ++testCase) {
            auto *caseItem = new QTreeWidgetItem(triggerItem, {design.tests.at(testCase).name});
            caseItem->setData(NameColumn, TriggerRole, QVariant::fromValue(trigger));
            caseItem->setData(NameColumn, CaseRole, QVariant::fromValue(testCase));
            showResult(caseItem, result({trigger, testCase}));
        }
        updateTriggerItem(triggerItem);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *item = current.trigger >= 0 ? itemOf(current) : nullptr)
        m_tree->setCurrentItem(item);
    if (m_tree->topLevelItemCount() == 0)
        m_details->setHtml(tr("<p>No trigger of this design has test cases yet. Choose a trigger "
                              "and press Add in the test case editor to make one.</p>"));
    else
        showDetails(); // what was shown before may be about a tree that had no cases
}

QList<CaseRef> TestBenchView::allCases() const
{
    QList<CaseRef> cases;
    for (qsizetype trigger = 0; trigger < m_document.triggers.size(); ++trigger) {
        for (qsizetype testCase = 0; testCase < m_document.triggers.at(trigger).tests.size();
             ++testCase)
            cases.append({trigger, testCase});
    }
    return cases;
}

QList<CaseRef> TestBenchView::selectedCases() const
{
    QList<CaseRef> cases;
    const auto add = [&cases](const CaseRef &ref) {
        if (!cases.contains(ref))
            cases.append(ref);
    };
    for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
        const CaseRef ref = refOf(item);
        if (ref.testCase >= 0) {
            add(ref);
            continue;
        }
        for (int child = 0; child < item->childCount(); ++child)
            add(refOf(item->child(child)));
    }
    return cases;
}

QTreeWidgetItem *TestBenchView::itemOf(const CaseRef &ref) const
{
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *triggerItem = m_tree->topLevelItem(top);
        if (refOf(triggerItem).trigger != ref.trigger)
            continue;
        if (ref.testCase < 0)
            return triggerItem;
        for (int child = 0; child < triggerItem->childCount(); ++child) {
            if (refOf(triggerItem->child(child)) == ref)
                return triggerItem->child(child);
        }
    }
    return nullptr;
}

void TestBenchView::clearResults(const QList<CaseRef> &cases)
{
    for (const CaseRef &ref : cases) {
        m_results.remove(keyOf(ref));
        if (QTreeWidgetItem *item = itemOf(ref)) {
            item->setText(ResultColumn, tr("running…"));
            item->setIcon(NameColumn, {});
            item->setText(TimeColumn, QString());
            updateTriggerItem(item->parent());
        }
    }
}

void TestBenchView::addResult(const QString &triggerId, const pg::TestCaseResult &result)
{
    m_results.insert(keyOf(triggerId, result.testCase), result);
    QTreeWidgetItem *item = nullptr;
    for (const CaseRef &ref : allCases()) {
        if (keyOf(ref) == keyOf(triggerId, result.testCase))
            item = itemOf(ref);
    }
    if (!item)
        return;
    showResult(item, &result);
    updateTriggerItem(item->parent());
    if (item == m_tree->currentItem())
        showDetails();
}

const pg::TestCaseResult *TestBenchView::resultOf(const QString &triggerId,
                                                  const QString &caseName) const
{
    const auto found = m_results.constFind(keyOf(triggerId, caseName));
    return found == m_results.cend() ? nullptr : &*found;
}

void TestBenchView::selectCase(const QString &triggerId, int caseIndex)
{
    const qsizetype trigger = m_document.indexOfId(triggerId);
    QTreeWidgetItem *item = trigger < 0 || caseIndex < 0 ? nullptr : itemOf({trigger, caseIndex});
    if (!item || item == m_tree->currentItem())
        return;
    const QScopedValueRollback choosing(m_choosing, true);
    m_tree->setCurrentItem(item);
}

const pg::TestCaseResult *TestBenchView::result(const CaseRef &ref) const
{
    const auto found = m_results.constFind(keyOf(ref));
    return found == m_results.cend() ? nullptr : &*found;
}

void TestBenchView::showResult(QTreeWidgetItem *item, const pg::TestCaseResult *result) const
{
    if (!result) {
        item->setText(ResultColumn, tr("not run"));
        item->setIcon(NameColumn, {});
        item->setText(TimeColumn, QString());
        return;
    }
    item->setText(ResultColumn, result->passed ? tr("passed") : tr("failed"));
    item->setIcon(NameColumn,
                  style()->standardIcon(result->passed ? QStyle::SP_DialogApplyButton
                                                       : QStyle::SP_MessageBoxCritical));
    item->setText(TimeColumn, tr("%1 ms").arg(result->elapsedMs));
    item->setToolTip(ResultColumn, result->failures.join(u'\n'));
}

// "2 of 3 passed" once every case has run.
void TestBenchView::updateTriggerItem(QTreeWidgetItem *triggerItem) const
{
    int passed = 0;
    int run = 0;
    for (int child = 0; child < triggerItem->childCount(); ++child) {
        if (const pg::TestCaseResult *caseResult = result(refOf(triggerItem->child(child)))) {
            ++run;
            passed += caseResult->passed ? 1 : 0;
        }
    }
    triggerItem->setText(ResultColumn,
                         run == 0 ? QString() : tr("%1 of %2 passed").arg(passed).arg(run));
    triggerItem->setIcon(NameColumn,
                         run == 0 ? QIcon()
                                  : style()->standardIcon(passed == run
                                                                  ? QStyle::SP_DialogApplyButton
                                                                  : QStyle::SP_MessageBoxCritical));
}

void TestBenchView::showDetails()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const CaseRef ref = refOf(item);
    if (ref.testCase < 0) {
        m_details->setHtml(tr("<p>%n test case(s). Double-click a trigger to run all of its "
                              "cases, or a case to run it alone.</p>",
                              nullptr, item->childCount()));
        return;
    }
    const pg::TestCaseResult *caseResult = result(ref);
    m_details->setHtml(caseResult ? resultHtml(*caseResult)
                                  : tr("<p>Not run yet. Double-click the case to run it.</p>"));
}

} // namespace trigon::ui
