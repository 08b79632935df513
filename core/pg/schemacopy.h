#pragma once

#include <QString>

#include <functional>

namespace trigon::pg {

// The steps of a schema copy, in order; progress reports each as it begins.
enum class SchemaCopyStep {
    Connecting, // checking the source, the tools and the target
    Dumping,    // pg_dump --schema-only of the source
    Creating,   // a fresh staging database on the target
    Loading,    // psql runs the dump there
    Finishing,  // the staging database takes the target's name, replacing an earlier copy
};

// "dumping the schema" and so on, for messages such as "failed while %1".
QString schemaCopyStepText(SchemaCopyStep step);

using SchemaCopyProgress = std::function<void(SchemaCopyStep)>;
// Asked while pg_dump or psql runs (on the copying thread): true stops the copy, and the tool
// is killed. A quitting application uses it so it does not wait for a long dump.
using SchemaCopyCancelled = std::function<bool()>;

struct SchemaCopyRequest
{
    // The database whose structure is copied. It may hold a password: that reaches pg_dump
    // through its environment, never its command line.
    QString sourceConninfo;
    // Any database of the target cluster, as a superuser: CREATE and DROP DATABASE run there.
    QString targetMaintenanceConninfo;
    QString targetDatabase;
    // Where pg_dump and psql are. pg_dump must be at least the source server's major version.
    QString clientBinDir;
    // Drop a target database of that name first; otherwise finding one ends with TargetExists.
    bool replace = false;
    SchemaCopyCancelled cancelled; // unset: runs to its end
};

struct SchemaCopyResult
{
    enum class Status { Copied, TargetExists, Failed };
    Status status = Status::Failed;
    SchemaCopyStep step = SchemaCopyStep::Connecting; // the step that failed
    QString error; // what failed, naming the source, the tool or the statement; "cancelled"

    bool ok() const { return status == Status::Copied; }
};

// Copies the structure of the source database (tables, views, types, functions, triggers,
// indexes, constraints; no rows, owners, privileges, tablespaces, publications or
// subscriptions) into a new database of the target cluster.
//
// The dump is loaded into a staging database that takes the target's name only once it is
// complete: a failure leaves no half-made database, and an earlier copy under that name is only
// replaced by a complete one. A failed load names the statement and its line in the dump.
//
// Blocks while pg_dump and psql run; GUI code calls it on a worker thread (and `progress` is
// called on that thread).
SchemaCopyResult copySchema(const SchemaCopyRequest &request,
                            const SchemaCopyProgress &progress = {});

} // namespace trigon::pg
