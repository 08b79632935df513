#include "ui/cascade/cascadepane.h"

#include "core/analysis/cascadeexport.h"
#include "core/io/savefile.h"
#include "ui/cascade/cascadegraphview.h"
#include "ui/cascade/firingtimeline.h"
#include "ui/cascade/loopcolor.h"
#include "ui/document/designcontroller.h"
#include "ui/document/previewcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trigon::ui {

namespace {

constexpr int StatusTimeoutMs = 5000;

// "audit_fanout (public.audit)": stages reach other tables than the one they start from.
QString triggerWithTable(const CascadeTrigger &trigger)
{
    return QStringLiteral("%1 (%2)").arg(trigger.name, trigger.table.displayName());
}

} // namespace

CascadePane::CascadePane(DesignController *design, PreviewController *preview, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_preview(preview)
    , m_graphviz(std::make_shared<GraphvizLayout>())
    , m_layoutWatcher(new QFutureWatcher<GraphLayout>(this))
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    m_graphTab = createGraphTab();
    m_tabs->addTab(m_graphTab, tr("Graph"));
    m_tabs->addTab(createFiringOrderTab(), tr("Firing Order"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_layoutWatcher, &QFutureWatcher<GraphLayout>::finished, this,
            &CascadePane::finishLayout);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CascadePane::requestLayout);
    connect(m_preview, &PreviewController::cascadeGraphChanged, this, &CascadePane::updateGraph);
    connect(m_design, &DesignController::currentTriggerChanged, this,
            &CascadePane::followCurrentTrigger);
    updateGraph();
}

// A layout still running keeps its own share of Graphviz; the watcher just stops listening.
CascadePane::~CascadePane() = default;

QWidget *CascadePane::createGraphTab()
{
    auto *tab = new QWidget(this);
    m_view = new CascadeGraphView(tab);
    connect(m_view, &CascadeGraphView::triggerClicked, this,
            [this](qsizetype trigger) { selectDesignOf(m_shownGraph, trigger); });

    auto *toolBar = new QToolBar(tab);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto addToolAction = [&](const QIcon &icon, const QString &text, const QKeySequence &keys,
                                   const QString &toolTip, auto slot) {
        auto *action = new QAction(icon, text, tab);
        action->setToolTip(keys.isEmpty()
                                   ? toolTip
                                   : QStringLiteral("%1 (%2)").arg(
                                           toolTip, keys.toString(QKeySequence::NativeText)));
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            // The keys zoom the graph while the focus is in the dock, and nowhere else.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            this->addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        toolBar->addAction(action);
    };
    addToolAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom In"), QKeySequence::ZoomIn,
                  tr("Zoom in; Ctrl+wheel zooms too"), [this] { m_view->zoomIn(); });
    addToolAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom Out"),
                  QKeySequence::ZoomOut, tr("Zoom out; Ctrl+wheel zooms too"),
                  [this] { m_view->zoomOut(); });
    addToolAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit"),
                  QKeySequence(Qt::CTRL | Qt::Key_0), tr("Show the whole graph"),
                  [this] { m_view->zoomToFit(); });
    toolBar->addSeparator();
    addToolAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export DOT…"), {},
                  tr("Save the graph as Graphviz DOT text"),
                  [this] { exportWithDialog(ExportFormat::Dot); });
    addToolAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), tr("Export SVG…"), {},
                  tr("Save the graph as an SVG drawing made by Graphviz"),
                  [this] { exportWithDialog(ExportFormat::Svg); });
    toolBar->addSeparator();
    m_graphStatus = new QLabel(toolBar);
    m_graphStatus->setContentsMargins(6, 0, 6, 0);
    toolBar->addWidget(m_graphStatus);

    m_largeGraphPage = new QWidget(tab);
    m_largeGraphText = new QLabel(m_largeGraphPage);
    m_largeGraphText->setWordWrap(true);
    m_largeGraphText->setAlignment(Qt::AlignCenter);
    auto *drawAnyway = new QPushButton(tr("Lay It Out Anyway"), m_largeGraphPage);
    connect(drawAnyway, &QPushButton::clicked, this, [this] {
        m_drawLargeGraphs = true;
        requestLayout();
    });
    auto *largeLayout = new QVBoxLayout(m_largeGraphPage);
    largeLayout->addStretch();
    largeLayout->addWidget(m_largeGraphText);
    largeLayout->addWidget(drawAnyway, 0, Qt::AlignCenter);
    largeLayout->addStretch();

    m_pictureStack = new QStackedWidget(tab);
    m_pictureStack->addWidget(m_view);
    m_pictureStack->addWidget(m_largeGraphPage);

    // Under the picture: the loops, with the guard for the current trigger, and its stages.
    m_loopsBox = new QGroupBox(tab);
    m_loops = new QListWidget(m_loopsBox);
    m_loops->setWordWrap(true);
    connect(m_loops, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            m_design->setCurrentTriggerId(id);
    });
    m_guardHint = new QLabel(m_loopsBox);
    m_guardHint->setWordWrap(true);
    m_depthGuard = new QPushButton(tr("Add Depth Guard"), m_loopsBox);
    m_depthGuard->setToolTip(tr("Add pg_trigger_depth() < 2 to the trigger's condition: it then "
                                "fires only for statements at most one trigger deep, which ends "
                                "the loop."));
    connect(m_depthGuard, &QPushButton::clicked, this, &CascadePane::addDepthGuard);
    auto *guardRow = new QHBoxLayout;
    guardRow->addWidget(m_depthGuard);
    guardRow->addWidget(m_guardHint, 1);
    auto *loopsLayout = new QVBoxLayout(m_loopsBox);
    loopsLayout->addWidget(m_loops, 1);
    loopsLayout->addLayout(guardRow);

    auto *stagesBox = new QGroupBox(tr("Stages"), tab);
    // Stands in for the list while no trigger is chosen.
    m_stagesCaption = new QLabel(tr("Select a trigger to see what a statement on its table sets "
                                    "off, stage by stage."),
                                 stagesBox);
    m_stagesCaption->setWordWrap(true);
    m_stages = new QTreeWidget(stagesBox);
    m_stages->setHeaderHidden(true);
    m_stages->setColumnCount(2);
    m_stages->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *stagesLayout = new QVBoxLayout(stagesBox);
    stagesLayout->addWidget(m_stagesCaption);
    stagesLayout->addWidget(m_stages, 1);

    auto *details = new QWidget(tab);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_loopsBox, 1);
    detailsLayout->addWidget(stagesBox, 1);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_pictureStack);
    splitter->addWidget(details);
    // The loops and stages may be dragged away in a short dock; the picture stays.
    splitter->setCollapsible(0, false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 100}); // in proportion: the picture gets most of the height

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *CascadePane::createFiringOrderTab()
{
    auto *tab = new QWidget(this);
    m_tableChoice = new QComboBox(tab);
    m_tableChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_eventChoice = new QComboBox(tab);
    for (TriggerEvent event :
         {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete, TriggerEvent::Truncate})
        m_eventChoice->addItem(eventName(event).toUpper(), int(event));
    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, &CascadePane::updateTimeline);
    connect(m_eventChoice, &QComboBox::currentIndexChanged, this, &CascadePane::updateTimeline);

    auto *tableLabel = new QLabel(tr("&Table:"), tab);
    tableLabel->setBuddy(m_tableChoice);
    auto *eventLabel = new QLabel(tr("&Event:"), tab);
    eventLabel->setBuddy(m_eventChoice);
    auto *choices = new QHBoxLayout;
    choices->addWidget(tableLabel);
    choices->addWidget(m_tableChoice);
    choices->addSpacing(12);
    choices->addWidget(eventLabel);
    choices->addWidget(m_eventChoice);
    choices->addStretch();

    m_timeline = new FiringTimeline(tab);
    connect(m_timeline, &FiringTimeline::triggerClicked, this,
            [this](qsizetype trigger) { selectDesignOf(m_graph, trigger); });
    auto *scroll = new QScrollArea(tab);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);

    m_nameOrderBox = new QWidget(tab);
    auto *icon = new QLabel(m_nameOrderBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_nameOrderWarning = new QLabel(m_nameOrderBox);
    m_nameOrderWarning->setWordWrap(true);
    auto *warningLayout = new QHBoxLayout(m_nameOrderBox);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(icon);
    warningLayout->addWidget(m_nameOrderWarning, 1);

    auto *legend = new QLabel(tr("Solid boxes are triggers of this design, dashed ones are "
                                 "installed in the database. Each group runs in name order."),
                              tab);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(choices);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_nameOrderBox);
    layout->addWidget(legend);
    return tab;
}

void CascadePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CascadePane::refresh()
{
    if (m_graphOutdated || m_followPending)
        updateGraph();
    else
        requestLayout();
}

// A dock behind another dock's tab is moved out of the window rather than hidden.
bool CascadePane::isInSight() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

// Out of sight (the dock closed or behind another tab), the pane only notes that it is behind:
// an edit then costs nothing here. refresh() catches up.
void CascadePane::updateGraph()
{
    if (!isInSight()) {
        m_graphOutdated = true;
        return;
    }
    m_graphOutdated = false;
    m_graph = m_preview->cascadeGraph();
    ++m_generation;
    updateLoops();
    fillTableChoice();
    updateTimeline();
    if (m_followPending)
        showCurrentFiringOrder();
    updateSelection();
    requestLayout();
}

void CascadePane::requestLayout()
{
    if (!isInSight() || m_tabs->currentWidget() != m_graphTab || m_shownGeneration == m_generation
        || m_layoutWatcher->isRunning())
        return; // finishLayout() asks again for a graph that came meanwhile
    const qsizetype nodes = m_graph.triggers.size() + m_graph.tables.size();
    if (nodes > largeGraphNodes && !m_drawLargeGraphs) {
        const qsizetype triggerCount = m_graph.triggers.size();
        m_largeGraphText->setText(
                tr("This graph has %n triggers. Laying it out takes Graphviz a while, and each "
                   "change of the design would start it again. Export it as DOT meanwhile, or:",
                   "", triggerCount));
        m_pictureStack->setCurrentWidget(m_largeGraphPage);
        m_graphStatus->clear();
        return;
    }
    m_pictureStack->setCurrentWidget(m_view);
    const QString dot = cascadeDot(m_graph);
    // Most edits (a comment, a column) leave the graph as it was: no need to lay it out again.
    if (dot == m_shownDot) {
        m_shownGraph = m_graph;
        m_shownGeneration = m_generation;
        updateGraphStatus();
        emit pictureUpdated();
        return;
    }
    m_layingOutGraph = m_graph;
    m_layingOutDot = dot;
    m_layingOutGeneration = m_generation;
    m_graphStatus->setText(tr("Laying out…"));
    m_layoutWatcher->setFuture(
            QtConcurrent::run([graphviz = m_graphviz, dot] { return graphviz->layout(dot); }));
}

void CascadePane::finishLayout()
{
    const GraphLayout layout = m_layoutWatcher->result();
    m_shownGeneration = m_layingOutGeneration; // a DOT text Graphviz refused is not tried again
    if (layout.ok()) {
        m_view->setGraphLayout(m_layingOutGraph, layout);
        m_shownGraph = m_layingOutGraph;
        m_shownDot = m_layingOutDot;
        m_view->setCurrentTriggers(currentTriggers(m_shownGraph));
        updateGraphStatus();
    } else {
        m_graphStatus->setText(tr("The graph could not be laid out: %1").arg(layout.error));
    }
    if (m_shownGeneration != m_generation)
        requestLayout();
    else
        emit pictureUpdated();
}

void CascadePane::updateGraphStatus()
{
    if (m_shownGraph.triggers.isEmpty()) {
        m_graphStatus->setText(tr("No triggers: the graph shows the design's triggers and, when "
                                  "connected, the database's."));
        return;
    }
    const qsizetype triggerCount = m_shownGraph.triggers.size();
    const qsizetype tableCount = m_shownGraph.tables.size();
    const qsizetype loopCount = m_shownGraph.loops.size();
    m_graphStatus->setText(QLocale().createSeparatedList({tr("%n trigger(s)", "", triggerCount),
                                                          tr("%n table(s)", "", tableCount),
                                                          tr("%n loop(s)", "", loopCount)}));
}

void CascadePane::updateLoops()
{
    const qsizetype loopCount = m_graph.loops.size();
    m_loopsBox->setTitle(tr("Loops (%n)", "", loopCount));
    m_loops->clear();
    for (const CascadeLoop &loop : m_graph.loops) {
        auto *item = new QListWidgetItem(loop.path, m_loops);
        item->setForeground(loopColor(palette()));
        // Clicking the loop selects its first designed trigger, the one a guard would go on.
        for (qsizetype trigger : loop.triggers) {
            const CascadeTrigger &member = m_graph.triggers[trigger];
            if (member.source == CascadeTrigger::Source::Design) {
                item->setData(Qt::UserRole, member.designId);
                break;
            }
        }
    }
    if (m_graph.loops.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None: no trigger sets itself off again."), m_loops);
        none->setFlags(Qt::NoItemFlags);
    }
}

QList<qsizetype> CascadePane::currentTriggers(const CascadeGraph &graph) const
{
    const QString id = m_design->currentTriggerId();
    QList<qsizetype> current;
    if (id.isEmpty())
        return current;
    for (qsizetype i = 0; i < graph.triggers.size(); ++i) {
        if (graph.triggers[i].source == CascadeTrigger::Source::Design
            && graph.triggers[i].designId == id)
            current.append(i);
    }
    return current;
}

void CascadePane::followCurrentTrigger()
{
    m_followPending = true;
    if (!isInSight() || m_graphOutdated)
        return; // refresh() follows
    showCurrentFiringOrder();
    updateSelection();
}

// The firing order shows the current trigger's table, unless it shows it already for an event
// of the trigger: clicking a box there must not switch the event away.
void CascadePane::showCurrentFiringOrder()
{
    m_followPending = false;
    const QList<qsizetype> current = currentTriggers(m_graph);
    if (current.isEmpty())
        return;
    const CascadeTrigger &trigger = m_graph.triggers[current.first()];
    const auto shownEvent = TriggerEvent(m_eventChoice->currentData().toInt());
    const bool shown = m_tableChoice->currentText() == trigger.table.displayName()
            && trigger.events.contains(shownEvent);
    if (!shown && !trigger.events.isEmpty())
        showFiringOrder(trigger.table, trigger.events.first());
}

void CascadePane::updateSelection()
{
    const QList<qsizetype> current = currentTriggers(m_graph);
    m_view->setCurrentTriggers(currentTriggers(m_shownGraph));

    bool looping = false;
    {
        const QSignalBlocker blocker(m_loops);
        m_loops->clearSelection();
        for (qsizetype row = 0; row < m_graph.loops.size(); ++row) {
            const QList<qsizetype> &members = m_graph.loops[row].triggers;
            if (std::any_of(current.cbegin(), current.cend(),
                            [&](qsizetype trigger) { return members.contains(trigger); })) {
                if (!looping)
                    m_loops->setCurrentRow(int(row));
                looping = true;
            }
        }
    }
    m_depthGuard->setEnabled(looping);
    const TriggerDesign *trigger = m_design->trigger(m_design->currentTriggerId());
    if (!trigger)
        m_guardHint->setText(tr("Select a trigger of a loop to guard it."));
    else if (looping)
        m_guardHint->setText(tr("%1 is part of a loop.").arg(trigger->name));
    else
        m_guardHint->setText(tr("%1 is not part of a loop.").arg(trigger->name));
    updateStages(current);
}

void CascadePane::updateStages(const QList<qsizetype> &current)
{
    m_stages->clear();
    m_stagesCaption->setVisible(current.isEmpty());
    m_stages->setVisible(!current.isEmpty());
    for (qsizetype index : current) {
        const CascadeTrigger &trigger = m_graph.triggers[index];
        for (TriggerEvent event : trigger.events) {
            QList<qsizetype> repeated;
            const QList<QList<qsizetype>> stages
                    = cascadeStages(m_graph, trigger.table, event, &repeated);
            auto *statement = new QTreeWidgetItem(
                    m_stages,
                    {tr("%1 on %2").arg(eventName(event).toUpper(), trigger.table.displayName())});
            statement->setFirstColumnSpanned(true);
            // One row per trigger, so that a long stage does not vanish behind an ellipsis; the
            // tool tip has what a narrow dock cuts off.
            const auto addRow = [statement](const QString &label, const QString &text) {
                auto *row = new QTreeWidgetItem(statement, {label, text});
                row->setToolTip(1, text);
                return row;
            };
            for (qsizetype stage = 0; stage < stages.size(); ++stage) {
                for (qsizetype i = 0; i < stages[stage].size(); ++i)
                    addRow(i == 0 ? tr("Stage %1").arg(stage + 1) : QString(),
                           triggerWithTable(m_graph.triggers[stages[stage][i]]));
            }
            for (qsizetype i = 0; i < repeated.size(); ++i) {
                QTreeWidgetItem *again
                        = addRow(i == 0 ? tr("Again") : QString(),
                                 tr("%1 would fire again")
                                         .arg(triggerWithTable(m_graph.triggers[repeated[i]])));
                again->setForeground(0, loopColor(palette()));
                again->setForeground(1, loopColor(palette()));
            }
        }
    }
    m_stages->expandAll();
}

void CascadePane::fillTableChoice()
{
    const QString shown = m_tableChoice->currentText();
    const QSignalBlocker blocker(m_tableChoice);
    m_tableChoice->clear();
    // A table that no trigger is on has nothing to show but its own change.
    QSet<TableRef> withTriggers;
    for (const CascadeTrigger &trigger : std::as_const(m_graph.triggers))
        withTriggers.insert(trigger.table);
    for (const TableRef &table : std::as_const(m_graph.tables)) {
        if (withTriggers.contains(table))
            m_tableChoice->addItem(table.displayName(), QStringList {table.schema, table.name});
    }
    m_tableChoice->setCurrentIndex(std::max(0, m_tableChoice->findText(shown)));
}

void CascadePane::showFiringOrder(const TableRef &table, TriggerEvent event)
{
    const int tableIndex = m_tableChoice->findText(table.displayName());
    if (tableIndex < 0)
        return;
    const QSignalBlocker tableBlocker(m_tableChoice);
    const QSignalBlocker eventBlocker(m_eventChoice);
    m_tableChoice->setCurrentIndex(tableIndex);
    m_eventChoice->setCurrentIndex(m_eventChoice->findData(int(event)));
    updateTimeline();
}

void CascadePane::updateTimeline()
{
    const QStringList table = m_tableChoice->currentData().toStringList();
    const auto event = TriggerEvent(m_eventChoice->currentData().toInt());
    const FiringOrder order = table.size() == 2
            ? firingOrder(m_graph, TableRef {table[0], table[1]}, event)
            : FiringOrder {};
    m_timeline->setOrder(m_graph, order, event);
    QStringList warnings;
    for (const auto &[first, second] : order.nameOrderPairs)
        warnings.append(tr("%1 runs before %2 only because its name sorts first. Both can change "
                           "or stop the row, so renaming either changes what happens.")
                                .arg(m_graph.triggers[first].name, m_graph.triggers[second].name));
    m_nameOrderWarning->setText(warnings.join(u'\n'));
    m_nameOrderBox->setVisible(!warnings.isEmpty());
}

void CascadePane::selectDesignOf(const CascadeGraph &graph, qsizetype trigger)
{
    if (trigger < 0 || trigger >= graph.triggers.size())
        return;
    const CascadeTrigger &clicked = graph.triggers[trigger];
    if (clicked.source == CascadeTrigger::Source::Design)
        m_design->setCurrentTriggerId(clicked.designId);
    else
        emit statusMessage(tr("%1 is installed in the database; it is not part of this design.")
                                   .arg(clicked.displayName()),
                           StatusTimeoutMs);
}

void CascadePane::addDepthGuard()
{
    const QString id = m_design->currentTriggerId();
    const TriggerDesign *trigger = m_design->trigger(id);
    if (!trigger)
        return;
    m_design->editTrigger(
            id, tr("Add Depth Guard to %1").arg(trigger->name), QString(),
            [](TriggerDesign &edited) { edited.condition = withDepthGuard(edited.condition); });
}

// The exports take the preview controller's graph, which is current even while the pane is not.
bool CascadePane::exportDot(const QString &fileName, QString *errorMessage) const
{
    return writeExport(fileName, cascadeDot(m_preview->cascadeGraph()).toUtf8(), errorMessage);
}

bool CascadePane::exportSvg(const QString &fileName, QString *errorMessage) const
{
    QString error;
    const QByteArray svg = m_graphviz->svg(cascadeDot(m_preview->cascadeGraph()), &error);
    if (svg.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("Graphviz could not draw the graph: %1").arg(error);
        return false;
    }
    return writeExport(fileName, svg, errorMessage);
}

bool CascadePane::writeExport(const QString &fileName, const QByteArray &bytes,
                              QString *errorMessage) const
{
    QString reason;
    if (saveFile(fileName, bytes, &reason))
        return true;
    if (errorMessage)
        *errorMessage = tr("The graph could not be saved to %1: %2")
                                .arg(QDir::toNativeSeparators(fileName), reason);
    return false;
}

void CascadePane::exportWithDialog(ExportFormat format)
{
    const bool svg = format == ExportFormat::Svg;
    const QString title = svg ? tr("Export Graph as SVG") : tr("Export Graph as DOT");
    const QString directory = m_design->fileName().isEmpty()
            ? QString()
            : QFileInfo(m_design->fileName()).absolutePath() + u'/';
    const QString fileName = QFileDialog::getSaveFileName(
            this, title,
            directory + (svg ? QStringLiteral("cascade.svg") : QStringLiteral("cascade.dot")),
            svg ? tr("SVG images (*.svg);;All files (*)")
                : tr("Graphviz DOT files (*.dot *.gv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    // Graphviz lays the graph out again for the SVG, which takes a while on big graphs.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = svg ? exportSvg(fileName, &error) : exportDot(fileName, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(this, title, error);
        return;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), StatusTimeoutMs);
}

} // namespace trigon::ui
