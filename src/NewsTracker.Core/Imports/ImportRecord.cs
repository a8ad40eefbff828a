namespace NewsTracker.Core.Imports;

// One upload through the import page, kept so its report has a page of its own (/Imports/{id}) instead of
// travelling in a cookie: how many files, what became of each article, who imported them and when.
public sealed class ImportRecord
{
    public const int UserMaxLength = 256;

    public int Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string User { get; set; }
    public string? UserId { get; set; }
    public int Files { get; set; }
    public int Added { get; set; }
    public int Duplicates { get; set; }
    public int Refused { get; set; }
    public int Quotes { get; set; }

    public List<ImportRecordLine> Lines { get; } = [];
}

// One article of the upload (or one file that held none it could read), in upload order.
public sealed class ImportRecordLine
{
    public const int SourceMaxLength = 500;
    public const int TitleMaxLength = 300;
    public const int MessagesMaxLength = 4_000;

    public int Id { get; set; }
    public int ImportId { get; set; }
    public int Position { get; set; }
    public required string Source { get; set; }
    public string? Title { get; set; }
    public ImportLineOutcome Outcome { get; set; }

    // The added article, or the one a duplicate repeats. Not a foreign key: the report outlives a deleted article.
    public int? ArticleId { get; set; }
    public int Quotes { get; set; }

    // Why it was refused or counted a duplicate, and any warnings: one message a line.
    public string? Messages { get; set; }
}

public enum ImportLineOutcome
{
    Added = 1,
    AddedWithWarnings = 2,
    Duplicate = 3,
    Refused = 4,
}
