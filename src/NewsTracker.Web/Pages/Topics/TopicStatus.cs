using NewsTracker.Core.Jobs;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Topics;

// What the editor reads after saving a topic or asking for a re-tag, and how a re-tag is getting on.
public static class TopicStatus
{
    public static string Saved(string saved, TopicSaveResult result) =>
        result.Retag is { } retag ? saved + " " + Queued(retag) : saved;

    public static string Queued(JobTicket ticket) => ticket.Outcome switch
    {
        EnqueueOutcome.AlreadyQueued => "A re-tag is already queued; it will pick up your change.",
        EnqueueOutcome.QueuedAfterRunning => "A re-tag is running; another is queued after it to pick up your change.",
        _ => "Re-tagging the stored quotes is queued; this page shows how it goes.",
    };

    public static string Progress(JobSnapshot snapshot)
    {
        var text = snapshot.Current switch
        {
            null => string.Empty,
            { State: JobState.Queued } => "Re-tagging queued.",
            { State: JobState.Waiting } => "Re-tagging queued: waiting for another instance of the app to finish its re-tag.",
            { State: JobState.Running, Total: 0 } => "Re-tagging running.",
            { State: JobState.Running } job => $"Re-tagging running: {Display.Number(job.Done)} of {Display.Number(job.Total)} articles.",
            { State: JobState.Done } job => "Re-tagging done: " + job.Message,
            { } job => "Re-tagging failed: " + job.Message,
        };
        return snapshot.FollowUpQueued ? text + " Another re-tag is queued after it." : text;
    }
}
