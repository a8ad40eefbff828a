namespace NewsTracker.Core.Jobs;

// Which instance runs a background job (feed polling, say) until when. Several web instances share one database;
// the one holding an unexpired lease runs the job and renews the lease as it goes, and when it stops renewing
// (it stopped or hangs) another takes the lease once it has expired.
public sealed class JobLease
{
    public const int NameMaxLength = 50;
    public const int HolderMaxLength = 100;

    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTime ExpiresUtc { get; set; }
}
