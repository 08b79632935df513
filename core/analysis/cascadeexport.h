#pragma once

#include "core/analysis/cascadegraph.h"

#include <QJsonObject>
#include <QString>

namespace trigon {

// The graph in Graphviz's DOT language: a box per table ("table<i>", i into graph.tables), an
// ellipse per trigger ("trigger<i>", i into graph.triggers), edges table → trigger labelled with
// the events (and WHEN) that fire it, trigger → table labelled with the change it makes. Triggers
// and edges of a loop are drawn red. Laid out left to right.
QString cascadeDot(const CascadeGraph &graph);

// The graph for scripts: {"tables": [...], "triggers": [...], "edges": [...], "loops": [...]}.
QJsonObject cascadeJson(const CascadeGraph &graph);

} // namespace trigon
