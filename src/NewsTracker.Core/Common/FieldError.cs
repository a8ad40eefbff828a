namespace NewsTracker.Core.Common;

// A rule's message with the input field it is about, so the API can name the field without guessing from wording.
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => Message;
}

// Field names as the API spells them (camelCase); the forms show the same messages in their summary.
public static class InputFields
{
    public const string Title = "title";
    public const string Body = "body";
    public const string Outlet = "outlet";
    public const string Url = "url";
    public const string Author = "author";
    public const string PublishedAt = "publishedAt";
    public const string Speaker = "speaker";
    public const string Passage = "start";
    public const string Change = "change";
}
