#include "core/targets/http/httptarget.h"

#include "core/analysis/targetchecks.h"

#include <QRegularExpression>
#include <QUrl>

namespace trigon {

namespace {

// Headers whose value is a credential more often than not.
bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(
            QStringLiteral("authorization|cookie|token|secret|password|api[-_]?key|signature"),
            QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

} // namespace

void checkTarget(const HttpTarget &target, TargetChecks &checks, const QString &)
{
    const QUrl url(target.url, QUrl::StrictMode);
    if (target.url.isEmpty())
        checks.error(QStringLiteral("url"), TargetChecks::tr("the URL is empty"));
    else if (!url.isValid() || url.host().isEmpty()
             || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        checks.error(QStringLiteral("url"),
                     TargetChecks::tr("not an http:// or https:// URL: %1").arg(target.url));
    else if (!url.userInfo().isEmpty())
        checks.error(QStringLiteral("url"),
                     TargetChecks::tr("the URL holds a user or password; give credentials in a "
                                      "header from the environment instead"));
    static const QStringList methods
            = {QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH")};
    if (!methods.contains(target.method))
        checks.error(
                QStringLiteral("method"),
                TargetChecks::tr("the method is POST, PUT or PATCH, not %1").arg(target.method));
    for (const auto &[name, value] : target.headers) {
        const QString field = QStringLiteral("headers.") + name;
        if (name.startsWith(QLatin1String("ce-"), Qt::CaseInsensitive))
            checks.error(field,
                         TargetChecks::tr("ce- headers are the relay's: they carry the "
                                          "event's CloudEvents attributes"));
        if (value.env.isEmpty() && looksSecret(name) && !value.text.isEmpty())
            checks.error(field,
                         TargetChecks::tr("a secret does not belong in the design file: "
                                          "write {\"env\": \"NAME\"} and set NAME where "
                                          "the relay runs"));
    }
}

} // namespace trigon
