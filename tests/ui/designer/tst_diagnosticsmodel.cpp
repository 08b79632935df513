// The Diagnostics pane's model: field paths as people read them (issue #16, item 9), the path
// kept for navigation.

#include "ui/designer/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;
using namespace Qt::StringLiterals;

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void fieldLabels_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("label");
        QTest::newRow("plain") << u"events"_s << u"events"_s;
        QTest::newRow("action") << u"actions[0].payload"_s << u"action 1 › payload"_s;
        QTest::newRow("condition")
                << u"condition.and[1].q.old__status"_s << u"condition › and 2 › q › old__status"_s;
        QTest::newRow("test") << u"tests[2].expect.raises"_s << u"test 3 › expect › raises"_s;
        QTest::newRow("table") << u"tables[10]"_s << u"table 11"_s;
        QTest::newRow("document") << QString() << QString();
    }

    void fieldLabels()
    {
        QFETCH(QString, path);
        QFETCH(QString, label);
        QCOMPARE(fieldLabel(path), label);
    }

    void showsTheLabelAndKeepsThePath()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model);
        Diagnostic diagnostic;
        diagnostic.severity = Diagnostic::Severity::Warning;
        diagnostic.triggerName = u"orders_notify"_s;
        diagnostic.field = u"actions[0].payload"_s;
        diagnostic.message = u"long"_s;
        model.setDiagnostics({diagnostic});
        const QModelIndex field = model.index(0, DiagnosticsModel::FieldColumn);
        QCOMPARE(field.data().toString(), u"action 1 › payload"_s);
        QCOMPARE(field.data(DiagnosticsModel::FieldRole).toString(), u"actions[0].payload"_s);
    }
};

QTEST_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
