<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PgTapScript</name>
    <message numerus="yes">
        <source>pgTAP tests of %n trigger(s), written by Trigon (trigon-cli test --pgtap).</source>
        <translation>
            <numerusform>pgTAP tests of %n trigger, written by Trigon (trigon-cli test --pgtap).</numerusform>
            <numerusform>pgTAP tests of %n triggers, written by Trigon (trigon-cli test --pgtap).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message numerus="yes">
        <source>%1 %2 (%3): dead after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1 %2 (%3): dead after %n attempt: %4</numerusform>
            <numerusform>%1 %2 (%3): dead after %n attempts: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlExpression</name>
    <message numerus="yes">
        <source>the SQL condition leaves %n parenthesis(es) open</source>
        <translation>
            <numerusform>the SQL condition leaves %n parenthesis open</numerusform>
            <numerusform>the SQL condition leaves %n parentheses open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerChecks</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::TriggerDesign</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::cli</name>
    <message numerus="yes">
        <source>imported %n trigger(s), skipped %1</source>
        <translation>
            <numerusform>imported %n trigger, skipped %1</numerusform>
            <numerusform>imported %n triggers, skipped %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n table</numerusform>
            <numerusform>%1: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s), %1 failed</source>
        <translation>
            <numerusform>%n test case, %1 failed</numerusform>
            <numerusform>%n test cases, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n event trigger(s)</source>
        <translation>
            <numerusform>imported %n event trigger</numerusform>
            <numerusform>imported %n event triggers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::cli::RelayCommand</name>
    <message numerus="yes">
        <source>%n dead event(s) pending again</source>
        <translation>
            <numerusform>%n dead event pending again</numerusform>
            <numerusform>%n dead events pending again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) delivered</source>
        <translation>
            <numerusform>%n event delivered</numerusform>
            <numerusform>%n events delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n failed attempt</numerusform>
            <numerusform>%n failed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n dead</numerusform>
            <numerusform>%n dead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::CatalogLoader</name>
    <message numerus="yes">
        <source>the catalog queries returned %n results instead of %1</source>
        <translation>
            <numerusform>the catalog queries returned %n result instead of %1</numerusform>
            <numerusform>the catalog queries returned %n results instead of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::Sandbox</name>
    <message numerus="yes">
        <source>the sandbox is starting in another process, which has not finished in %n minute(s)</source>
        <translation>
            <numerusform>the sandbox is starting in another process, which has not finished in %n minute</numerusform>
            <numerusform>the sandbox is starting in another process, which has not finished in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::SchemaCopy</name>
    <message numerus="yes">
        <source>%1 did not finish within %n minutes</source>
        <translation>
            <numerusform>%1 did not finish within %n minute</numerusform>
            <numerusform>%1 did not finish within %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::TableLocks</name>
    <message numerus="yes">
        <source>could not lock %1 in %n tries of %2 s: held by %3</source>
        <translation>
            <numerusform>could not lock %1 in %n try of %2 s: held by %3</numerusform>
            <numerusform>could not lock %1 in %n tries of %2 s: held by %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::ThrowawayCluster</name>
    <message numerus="yes">
        <source>%1 did not finish within %n s</source>
        <translation>
            <numerusform>%1 did not finish within %n s</numerusform>
            <numerusform>%1 did not finish within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::CascadePane</name>
    <message numerus="yes">
        <source>This graph has %n triggers. Laying it out takes Graphviz a while, and each change of the design would start it again. Export it as DOT meanwhile, or:</source>
        <translation>
            <numerusform>This graph has %n trigger. Laying it out takes Graphviz a while, and each change of the design would start it again. Export it as DOT meanwhile, or:</numerusform>
            <numerusform>This graph has %n triggers. Laying it out takes Graphviz a while, and each change of the design would start it again. Export it as DOT meanwhile, or:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loop(s)</source>
        <translation>
            <numerusform>%n loop</numerusform>
            <numerusform>%n loops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loops (%n)</source>
        <translation>
            <numerusform>Loops (%n)</numerusform>
            <numerusform>Loops (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogTreeModel</name>
    <message numerus="yes">
        <source>
Its function is shared with %n other trigger(s): </source>
        <translation>
            <numerusform>
Its function is shared with %n other trigger: </numerusform>
            <numerusform>
Its function is shared with %n other triggers: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::CommandTagPicker</name>
    <message numerus="yes">
        <source>%n tag(s) checked: %1</source>
        <translation>
            <numerusform>%n tag checked: %1</numerusform>
            <numerusform>%n tags checked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeployPane</name>
    <message numerus="yes">
        <source>%1: applying %n step(s)…</source>
        <translation>
            <numerusform>%1: applying %n step…</numerusform>
            <numerusform>%1: applying %n steps…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>Running %n test case…</numerusform>
            <numerusform>Running %n test cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) passed, %1 failed</source>
        <translation>
            <numerusform>%n test case passed, %1 failed</numerusform>
            <numerusform>%n test cases passed, %1 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeployPlanDialog</name>
    <message numerus="yes">
        <source>%n step(s) are destructive.</source>
        <translation>
            <numerusform>%n step is destructive.</numerusform>
            <numerusform>%n steps are destructive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::FsmPage</name>
    <message numerus="yes">
        <source>State machine on %1 (%n transition(s))</source>
        <translation>
            <numerusform>State machine on %1 (%n transition)</numerusform>
            <numerusform>State machine on %1 (%n transitions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) differ from the design: see Deploy and Test.</source>
        <translation>
            <numerusform>%n trigger differs from the design: see Deploy and Test.</numerusform>
            <numerusform>%n triggers differ from the design: see Deploy and Test.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::NotifyPage</name>
    <message numerus="yes">
        <source>Notify on &quot;%1&quot; (%n key(s))</source>
        <translation>
            <numerusform>Notify on &quot;%1&quot; (%n key)</numerusform>
            <numerusform>Notify on &quot;%1&quot; (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxTargetsModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::PythonPage</name>
    <message numerus="yes">
        <source>PL/Python (%n line(s))</source>
        <translation>
            <numerusform>PL/Python (%n line)</numerusform>
            <numerusform>PL/Python (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::SqlPage</name>
    <message numerus="yes">
        <source>Custom PL/pgSQL (%n line(s))</source>
        <translation>
            <numerusform>Custom PL/pgSQL (%n line)</numerusform>
            <numerusform>Custom PL/pgSQL (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::TablesDialog</name>
    <message numerus="yes">
        <source>%n table(s) picked, one trigger on each, one shared function.</source>
        <translation>
            <numerusform>%n table picked, one trigger on each, one shared function.</numerusform>
            <numerusform>%n tables picked, one trigger on each, one shared function.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestBenchView</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n test case(s). Double-click a trigger to run all of its cases, or a case to run it alone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n test case. Double-click a trigger to run all of its cases, or a case to run it alone.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n test cases. Double-click a trigger to run all of its cases, or a case to run it alone.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::TriggerForm</name>
    <message numerus="yes">
        <source>%n table(s): </source>
        <translation>
            <numerusform>%n table: </numerusform>
            <numerusform>%n tables: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
