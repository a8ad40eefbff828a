using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Data.Postgres;
using NewsTracker.Testing;
using NewsTracker.Testing.Engines;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Postgres;

// Two instances of the app on one PostgreSQL database, as behind a load balancer: one browser's requests land
// on either, and each must accept the antiforgery tokens and sign-in cookies the other issued. Each instance has
// a keys folder of its own, so only the key ring in the database can make them agree.
[OneEngine("about PostgreSQL itself: several instances share one PostgreSQL database")]
public sealed class SeveralInstancesTests(PostgresNewsTrackerFactory first) : IClassFixture<PostgresNewsTrackerFactory>, IAsyncDisposable
{
    private readonly PostgresNewsTrackerFactory _second = first.SecondInstance();

    public ValueTask DisposeAsync() => _second.DisposeAsync();

    [PostgresFact]
    public async Task A_sign_in_form_from_one_instance_is_accepted_by_the_other_and_its_cookie_signs_in_on_both()
    {
        var (email, password) = await first.EnsureAccountAsync(NewsRoles.Editor);
        var cookies = new CookieContainer();
        var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var onSecond = _second.CreateDefaultClient(new CookieContainerHandler(cookies));

        var token = await onFirst.AntiforgeryTokenAsync("/Account/SignIn");
        using var signedIn = await onSecond.PostAsync("/Account/SignIn", new FormUrlEncodedContent(
            [new("Input.Email", email), new("Input.Password", password), new(Html.TokenField, token)]));
        using var formOnFirst = await onFirst.GetAsync("/Topics/New");
        using var formOnSecond = await onSecond.GetAsync("/Topics/New");

        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the second instance accepts the first one's antiforgery token");
        formOnFirst.StatusCode.Should().Be(HttpStatusCode.OK, "the first instance accepts the second one's sign-in cookie");
        formOnSecond.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [PostgresFact]
    public async Task The_key_ring_is_one_set_of_rows_in_the_database()
    {
        using (var client = first.CreateClient())
        {
            (await client.AntiforgeryTokenAsync("/Account/SignIn")).Should().NotBeEmpty();
        }

        using (var client = _second.CreateClient())
        {
            (await client.AntiforgeryTokenAsync("/Account/SignIn")).Should().NotBeEmpty();
        }

        await using var scope = first.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<DataProtectionKeysContext>();
        (await keys.DataProtectionKeys.CountAsync()).Should().Be(1, "the second instance found the first one's key instead of making its own");
    }
}
