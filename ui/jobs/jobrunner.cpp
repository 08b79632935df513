#include "ui/jobs/jobrunner.h"

namespace trigon::ui {

void JobChannel::setTicket(JobTicket *ticket)
{
    const QMutexLocker locker(&m_mutex);
    m_ticket = ticket;
}

JobControl::JobControl(std::shared_ptr<JobChannel> channel)
    : m_channel(std::move(channel))
{ }

std::function<bool()> JobControl::cancelledCheck() const
{
    return [channel = m_channel] {
        return channel->isCancelled();
    };
}

void JobControl::setProgress(int value, int maximum)
{
    m_channel->post([value, maximum](JobTicket &ticket) { ticket.updateProgress(value, maximum); });
}

void JobControl::setProgressText(const QString &text)
{
    m_channel->post([text](JobTicket &ticket) { ticket.updateProgressText(text); });
}

JobTicket::JobTicket(QObject *context, std::shared_ptr<JobChannel> channel,
                     JobProgressHandler progress, std::shared_ptr<void> handlers, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_channel(std::move(channel))
    , m_progress(std::move(progress))
    , m_handlers(std::move(handlers))
{
    Q_ASSERT(context && context->thread() == thread());
    m_channel->setTicket(this);
    // Nobody waits for the outcome any more: the job may stop at its next step.
    connect(context, &QObject::destroyed, this, &JobTicket::cancel);
}

JobTicket::~JobTicket()
{
    m_channel->cancel();
    m_channel->setTicket(nullptr);
}

void JobTicket::updateProgress(int value, int maximum)
{
    m_last.value = value;
    m_last.maximum = maximum;
    if (isWanted() && m_progress)
        m_progress(m_last);
}

void JobTicket::updateProgressText(const QString &text)
{
    m_last.text = text;
    if (isWanted() && m_progress)
        m_progress(m_last);
}

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{ }

// The tickets go with the runner, each cancelling its job: a job still running finds out at
// its next step, and one not started yet never runs. Nothing here waits for them.
JobRunner::~JobRunner() = default;

void JobRunner::cancel(JobId id)
{
    if (const auto found = m_tickets.find(id); found != m_tickets.end())
        found->second->cancel();
}

void JobRunner::cancelAndWait(JobId id)
{
    const auto found = m_tickets.find(id);
    if (found == m_tickets.end())
        return;
    JobTicket *ticket = found->second;
    m_tickets.erase(found);
    ticket->cancel();
    ticket->waitForFinished();
    delete ticket; // with what the job posted last
}

JobRunner::JobId JobRunner::addTicket(QObject *context, std::shared_ptr<JobChannel> channel,
                                      JobProgressHandler progress, std::shared_ptr<void> handlers)
{
    const JobId id = ++m_lastId;
    m_tickets.emplace(id,
                      new JobTicket(context, std::move(channel), std::move(progress),
                                    std::move(handlers), this));
    return id;
}

void JobRunner::forget(JobId id)
{
    if (const auto found = m_tickets.find(id); found != m_tickets.end()) {
        found->second->deleteLater();
        m_tickets.erase(found);
    }
}

} // namespace trigon::ui
