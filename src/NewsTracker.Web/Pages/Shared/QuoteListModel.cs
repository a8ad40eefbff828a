using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Pages.Shared;

public sealed record QuoteListModel(IReadOnlyList<QuoteRow> Quotes, string EmptyMessage, PagerModel? Pager = null);
