#pragma once

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <type_traits>
#include <utility>
#include <variant>

namespace trigon::ui {

// How far a job got, as it last said: `value` of `maximum` steps (maximum 0: not counted) and a
// sentence for the person waiting.
struct JobProgress
{
    int value = 0;
    int maximum = 0;
    QString text;
};

using JobProgressHandler = std::function<void(const JobProgress &)>;

class JobTicket;

// The line between a job on its worker thread and its ticket on the GUI thread. It outlives
// both: a cancelled job may still run after its ticket is gone, and then what it posts goes
// nowhere.
class JobChannel
{
public:
    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled = true; }

    // Runs `call(ticket)` on the ticket's thread, in the order posted, unless the ticket is gone
    // by then.
    template<typename Call>
    void post(Call call);

private:
    friend class JobTicket;
    void setTicket(JobTicket *ticket);

    std::atomic_bool m_cancelled {false};
    QMutex m_mutex; // the ticket cannot go while a post is under way
    JobTicket *m_ticket = nullptr;
};

// What a job's function holds on its worker thread: whether it should stop, and where to say
// how far it got. The function polls isCancelled() between its steps.
class JobControl
{
public:
    explicit JobControl(std::shared_ptr<JobChannel> channel);

    bool isCancelled() const { return m_channel->isCancelled(); }
    // For trigon_pg calls that poll a predicate of their own.
    std::function<bool()> cancelledCheck() const;
    void setProgress(int value, int maximum);
    void setProgressText(const QString &text);

private:
    std::shared_ptr<JobChannel> m_channel;
};

// One job as the GUI thread sees it: the context waiting for it, its handlers and its
// progress. Being a QObject on the GUI thread, it is where the job's posts are delivered, and
// they are dropped with it.
class JobTicket : public QObject
{
    Q_OBJECT
public:
    JobTicket(QObject *context, std::shared_ptr<JobChannel> channel, JobProgressHandler progress,
              std::shared_ptr<void> handlers, QObject *parent);
    ~JobTicket() override;

    // Once the job is cancelled or its context destroyed, nothing more reaches the context.
    bool isWanted() const { return m_context && !m_channel->isCancelled(); }
    void cancel() { m_channel->cancel(); }
    template<typename Handlers>
    Handlers &handlers() const
    {
        return *static_cast<Handlers *>(m_handlers.get());
    }
    void setFuture(QFuture<void> future) { m_future = std::move(future); }
    void waitForFinished() { m_future.waitForFinished(); }

    void updateProgress(int value, int maximum);
    void updateProgressText(const QString &text);

private:
    QPointer<QObject> m_context;
    std::shared_ptr<JobChannel> m_channel;
    JobProgressHandler m_progress;
    std::shared_ptr<void> m_handlers; // typed by the runner that made the ticket
    JobProgress m_last;
    QFuture<void> m_future;
};

template<typename Call>
void JobChannel::post(Call call)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_ticket)
        return;
    QMetaObject::invokeMethod(
            m_ticket, [ticket = m_ticket, call = std::move(call)]() mutable { call(*ticket); },
            Qt::QueuedConnection);
}

// Runs multi-step database work off the GUI thread, one way for the whole UI. A job is a
// blocking function returning a plain value (its outcome); it runs on the application's thread
// pool and its outcome comes back on the GUI thread to a handler, as long as the context object
// named with the job still exists. Progress reaches an optional handler the same way.
//
// An object that starts jobs owns a runner. Destroying the runner (the application quitting) or
// a job's context cancels the job instead of waiting for it: the function sees
// JobControl::isCancelled() at its next step and ends, a job not started yet never runs, and
// what a cancelled job returns is dropped.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    using JobId = quint64;

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // Runs `work(JobControl &)` on a worker thread and hands what it returns to `done(outcome)`
    // on this thread.
    template<typename Work, typename Done>
    JobId run(QObject *context, Work work, Done done, JobProgressHandler progress = {})
    {
        using Outcome = std::invoke_result_t<Work &, JobControl &>;
        return launch<Outcome, std::monostate>(
                context, std::move(progress), {std::move(done), {}},
                [work = std::move(work)](JobControl &control,
                                         const std::function<void(std::monostate)> &) mutable {
                    return work(control);
                });
    }

    // Like run(), for a job that hands over results as it goes (each test case as it ends):
    // `work(JobControl &, report)`, where each `report(step)` reaches `onStep(step)` on this
    // thread, in order and before `done`.
    template<typename Step, typename Work, typename OnStep, typename Done>
    JobId runSteps(QObject *context, Work work, OnStep onStep, Done done,
                   JobProgressHandler progress = {})
    {
        using Outcome
                = std::invoke_result_t<Work &, JobControl &, const std::function<void(Step)> &>;
        return launch<Outcome, Step>(context, std::move(progress),
                                     {std::move(done), std::move(onStep)}, std::move(work));
    }

    // Until its outcome has been handed over (or dropped).
    bool isRunning(JobId id) const { return m_tickets.count(id) > 0; }
    void cancel(JobId id);
    // Cancels the job and blocks until its function has returned: for work that uses an object
    // about to be destroyed.
    void cancelAndWait(JobId id);

private:
    template<typename Outcome, typename Step>
    struct Handlers
    {
        std::function<void(Outcome)> done;
        std::function<void(Step)> onStep;
    };

    template<typename Outcome, typename Step, typename Work>
    JobId launch(QObject *context, JobProgressHandler progress, Handlers<Outcome, Step> handlers,
                 Work work)
    {
        using JobHandlers = Handlers<Outcome, Step>;
        auto channel = std::make_shared<JobChannel>();
        const JobId id = addTicket(context, channel, std::move(progress),
                                   std::make_shared<JobHandlers>(std::move(handlers)));
        const auto report = [channel](Step step) {
            channel->post([step = std::move(step)](JobTicket &ticket) mutable {
                if (ticket.isWanted())
                    ticket.handlers<JobHandlers>().onStep(std::move(step));
            });
        };
        m_tickets.at(id)->setFuture(QtConcurrent::run([this, id, channel, report,
                                                       work = std::move(work)]() mutable {
            if (channel->isCancelled()) {
                channel->post([this, id](JobTicket &) { forget(id); });
                return;
            }
            JobControl control(channel);
            Outcome outcome = work(control, std::function<void(Step)>(report));
            // The runner is still there: the ticket, its child, received this call.
            channel->post([this, id, outcome = std::move(outcome)](JobTicket &ticket) mutable {
                const bool wanted = ticket.isWanted();
                const auto done = ticket.handlers<JobHandlers>().done;
                forget(id);
                if (wanted)
                    done(std::move(outcome));
            });
        }));
        return id;
    }

    JobId addTicket(QObject *context, std::shared_ptr<JobChannel> channel,
                    JobProgressHandler progress, std::shared_ptr<void> handlers);
    // Stops tracking the job; its ticket goes once the call at hand returns.
    void forget(JobId id);

    std::map<JobId, JobTicket *> m_tickets; // children, until their job's outcome is handed over
    JobId m_lastId = 0;
};

} // namespace trigon::ui
