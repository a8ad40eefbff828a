using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Attention;

// Quotes of one speaker, actor or topic in one month, stored so that a chart reads a few hundred rows of one key
// range instead of counting the subject's quotes. Every writer keeps them in step (Archive.MonthlyCounts).
// TopicId AllTopics counts every quote of the subject that month, Untagged those with no topic; any other TopicId
// counts only the quotes tagged with that topic (charts stacked by topic, comparisons narrowed to one).
// Undated quotes are counted under MonthUtc = ReportedDate.Undated.
public sealed class MonthlyCount
{
    public const int AllTopics = 0;

    public QuoteFacetKind Kind { get; set; }
    public int FacetId { get; set; }
    public DateTime MonthUtc { get; set; }
    public int TopicId { get; set; }
    public int Direct { get; set; }
    public int Reported { get; set; }
    public int Untagged { get; set; }
}
