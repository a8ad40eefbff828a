namespace NewsTracker.Core.Common;

// TotalIsCapped: counting stopped at Paging.CountCap, so Total is a floor ("10,000+"), and pages end there.
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsCapped = false)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}
