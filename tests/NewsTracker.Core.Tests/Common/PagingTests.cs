using NewsTracker.Core.Common;

namespace NewsTracker.Core.Tests.Common;

public sealed class PagingTests
{
    [Theory]
    [InlineData(int.MinValue, 1)]
    [InlineData(0, 1)]
    [InlineData(7, 7)]
    [InlineData(int.MaxValue, Paging.MaxPage)]
    public void A_page_number_is_clamped_to_the_pages_that_can_exist(int page, int expected)
    {
        Paging.ClampPage(page).Should().Be(expected);
    }

    [Fact]
    public void The_offset_of_the_last_page_fits_in_an_int()
    {
        var offset = ((long)Paging.MaxPage - 1) * Paging.MaxPageSize;

        offset.Should().BeLessThan(int.MaxValue);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(25, 1)]
    [InlineData(26, 2)]
    public void The_page_count_rounds_up(int total, int expected)
    {
        new PagedResult<int>([], total, 1, 25).PageCount.Should().Be(expected);
    }
}
