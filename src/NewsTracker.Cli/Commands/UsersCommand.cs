using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// users add|list|role|disable|enable|token: accounts in the configured database, through the same
// AccountService the admin pages use. The first admin is made here; no account or password exists by default.
internal static class UsersCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var users = new Command("users", "Manage accounts: add, list, role, disable, enable, token.");
        users.Subcommands.Add(Add(context, options));
        users.Subcommands.Add(List(context, options));
        users.Subcommands.Add(Role(context, options));
        users.Subcommands.Add(Disable(context, options, disabled: true));
        users.Subcommands.Add(Disable(context, options, disabled: false));
        users.Subcommands.Add(Token(context, options));
        return users;
    }

    private static Command Add(CliContext context, CliOptions options)
    {
        var (email, role) = (EmailOption(), RoleOption());
        var command = new Command("add", "Add an account. The password is read from standard input when it is piped, else asked for.") { email, role };
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var password = await PasswordReader.ReadAsync(context, ct);
            if (string.IsNullOrEmpty(password))
            {
                await context.Error.WriteLineAsync("No password given: pipe it to standard input or type it when asked.");
                return ExitCodes.Usage;
            }

            var outcome = await services.GetRequiredService<AccountService>()
                .CreateAsync(new NewAccount(result.GetValue(email), result.GetValue(role), password), Who, ct);
            return await ReportAsync(context, outcome, $"Added {result.GetValue(email)?.Trim()} as {NewsRoles.Parse(result.GetValue(role))}.");
        }));
        return command;
    }

    private static Command List(CliContext context, CliOptions options)
    {
        var command = new Command("list", "List accounts: email, role, disabled, locked.");
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var rows = await services.GetRequiredService<AccountService>().ListAsync(ct);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in (string[])["Email", "Role", "Disabled", "Locked", "Created"])
            {
                table.AddColumn(column);
            }

            foreach (var row in rows)
            {
                table.AddRow(
                    new Text(row.Email),
                    new Text(row.Role),
                    new Text(row.IsDisabled ? "yes" : "no"),
                    new Text(row.IsLocked(now) ? "until " + row.LockedUntil!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "no"),
                    new Text(row.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            context.CreateConsole(context.Output).Write(table);
            await context.Output.WriteLineAsync($"{rows.Count} accounts.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Role(CliContext context, CliOptions options)
    {
        var (email, role) = (EmailOption(), RoleOption());
        var command = new Command("role", "Give an account another role.") { email, role };
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var outcome = await services.GetRequiredService<AccountService>().ChangeRoleAsync(result.GetValue(email), result.GetValue(role), Who, ct);
            return await ReportAsync(context, outcome, $"{result.GetValue(email)?.Trim()} is now {NewsRoles.Parse(result.GetValue(role))}.");
        }));
        return command;
    }

    private static Command Disable(CliContext context, CliOptions options, bool disabled)
    {
        var email = EmailOption();
        var command = disabled
            ? new Command("disable", "Disable an account: it cannot sign in, its sessions end and its tokens are refused.") { email }
            : new Command("enable", "Enable a disabled account again.") { email };
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var outcome = await services.GetRequiredService<AccountService>().SetDisabledAsync(result.GetValue(email), disabled, Who, ct);
            return await ReportAsync(context, outcome, $"{result.GetValue(email)?.Trim()} is {(disabled ? "disabled" : "enabled")}.");
        }));
        return command;
    }

    private static Command Token(CliContext context, CliOptions options)
    {
        var email = EmailOption();
        var name = new Option<string?>("--name") { Description = "What the token is for, shown on the profile page (default \"token\")." };
        var command = new Command("token", "Make a personal API token for an account and print it alone on the last line.") { email, name };
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var outcome = await services.GetRequiredService<ApiTokenService>().CreateAsync(result.GetValue(email), result.GetValue(name), Who, ct);
            if (outcome.Token is not { } token)
            {
                return await ReportAsync(context, new AccountResult(outcome.Problem, outcome.Errors), string.Empty);
            }

            await context.Output.WriteLineAsync($"Token “{token.Name}” for {result.GetValue(email)?.Trim()}; send it as 'Authorization: Bearer <token>'. It is not shown again:");
            await context.Output.WriteLineAsync(token.Token);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Editor Who => Editor.CommandLine($"command line ({Environment.UserName})");

    private static Option<string> EmailOption() => new("--email") { Description = "The account's email address.", Required = true };

    private static Option<string> RoleOption() => new("--role") { Description = "admin, editor or analyst.", Required = true };

    private static async Task<int> WithServicesAsync(CliContext context, ParseResult result, CliOptions options, Func<IServiceProvider, Task<int>> work)
    {
        using var host = CliHost.Build(context, result.GetValue(options.Connection));
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return await work(scope.ServiceProvider);
    }

    private static async Task<int> ReportAsync(CliContext context, AccountResult outcome, string success)
    {
        if (outcome.Succeeded)
        {
            await context.Output.WriteLineAsync(success);
            return ExitCodes.Ok;
        }

        foreach (var error in outcome.Errors)
        {
            await context.Error.WriteLineAsync(error);
        }

        return outcome.Problem == AccountProblem.Invalid ? ExitCodes.Usage : ExitCodes.Failure;
    }
}
