#pragma once

#include "core/analysis/cascadegraph.h"
#include "ui/cascade/graphvizlayout.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace trigon::ui {

class CascadeGraphView;
class DesignController;
class FiringTimeline;
class GraphvizLayout;
class PreviewController;

// The Cascade dock: which triggers set off which, for the open design and the connected
// database. The Graph tab draws the preview controller's cascade graph as Graphviz lays it out,
// lists its loops, the stages a statement on the current trigger's table passes through, and
// offers a depth guard for a trigger in a loop; the Firing Order tab draws the order of one
// table's triggers for one event. Clicking a designed trigger selects it in the design.
//
// Laying out takes Graphviz a while on big graphs, so it runs on a worker thread, only while
// the picture is in sight, one layout at a time; very big graphs wait for the user to ask. Out
// of sight, the pane does nothing until refresh().
class CascadePane : public QWidget
{
    Q_OBJECT
public:
    // Above this many tables and triggers a layout takes seconds; the pane asks first.
    static constexpr qsizetype largeGraphNodes = 1500;

    CascadePane(DesignController *design, PreviewController *preview, QWidget *parent = nullptr);
    ~CascadePane() override;

    // Writes the graph as DOT text or as Graphviz's SVG drawing. On failure returns false and,
    // when `errorMessage` is given, says why in words for the user.
    bool exportDot(const QString &fileName, QString *errorMessage = nullptr) const;
    bool exportSvg(const QString &fileName, QString *errorMessage = nullptr) const;
    // Adds pg_trigger_depth() < 2 to the current trigger's condition, one undoable edit.
    void addDepthGuard();
    // The firing order tab shows `table` and `event` (when the graph has triggers on `table`).
    void showFiringOrder(const TableRef &table, TriggerEvent event);
    // Catches up with what changed while the pane was out of sight. Qt moves a dock behind
    // another dock's tab out of the window without hiding it, so no show event says when it
    // comes forward: the window calls this then.
    void refresh();

    CascadeGraphView *graphView() const { return m_view; }
    FiringTimeline *timeline() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *loopList() const { return m_loops; }
    QTreeWidget *stageTree() const { return m_stages; }
    QPushButton *depthGuardButton() const { return m_depthGuard; }
    QLabel *nameOrderWarning() const { return m_nameOrderWarning; }

signals:
    // The picture shows the current graph.
    void pictureUpdated();
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool isInSight() const;
    QWidget *createGraphTab();
    QWidget *createFiringOrderTab();
    void updateGraph();
    void requestLayout();
    void finishLayout();
    void updateGraphStatus();
    void followCurrentTrigger();
    void showCurrentFiringOrder();
    void updateLoops();
    void updateSelection();
    void updateStages(const QList<qsizetype> &current);
    void fillTableChoice();
    void updateTimeline();
    void selectDesignOf(const CascadeGraph &graph, qsizetype trigger);
    enum class ExportFormat { Dot, Svg };
    void exportWithDialog(ExportFormat format);
    bool writeExport(const QString &fileName, const QByteArray &bytes, QString *errorMessage) const;
    QList<qsizetype> currentTriggers(const CascadeGraph &graph) const;

    DesignController *m_design;
    PreviewController *m_preview;
    // Shared with the worker thread, which may still be laying out when the pane goes.
    std::shared_ptr<GraphvizLayout> m_graphviz;

    CascadeGraph m_graph;      // the preview controller's, as of its last update
    CascadeGraph m_shownGraph; // the one the picture shows, which clicks refer to
    QString m_shownDot;
    CascadeGraph m_layingOutGraph;
    QString m_layingOutDot;
    int m_generation = 0; // counts the graphs received
    int m_layingOutGeneration = -1;
    int m_shownGeneration = -1;
    bool m_graphOutdated = false; // a graph came while the pane was out of sight
    bool m_followPending = false; // the current trigger changed while it was out of sight
    bool m_drawLargeGraphs = false;
    QFutureWatcher<GraphLayout> *m_layoutWatcher;

    QTabWidget *m_tabs;
    QWidget *m_graphTab = nullptr;
    QStackedWidget *m_pictureStack = nullptr;
    CascadeGraphView *m_view = nullptr;
    QWidget *m_largeGraphPage = nullptr;
    QLabel *m_largeGraphText = nullptr;
    QLabel *m_graphStatus = nullptr;
    QGroupBox *m_loopsBox = nullptr;
    QListWidget *m_loops = nullptr;
    QLabel *m_guardHint = nullptr;
    QPushButton *m_depthGuard = nullptr;
    QLabel *m_stagesCaption = nullptr;
    QTreeWidget *m_stages = nullptr;
    QComboBox *m_tableChoice = nullptr;
    QComboBox *m_eventChoice = nullptr;
    FiringTimeline *m_timeline = nullptr;
    QWidget *m_nameOrderBox = nullptr;
    QLabel *m_nameOrderWarning = nullptr;
};

} // namespace trigon::ui
