using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;

namespace ArticleReader.Web.Cli;

// create-admin NAME, create-user NAME --role ROLE, set-password NAME. The password is asked at the terminal (twice,
// not echoed) or read as the first line of stdin when it is redirected: never an argument, which other users of the
// machine could read from the process list.
public static class AccountCommand
{
    public static int Run(string verb, List<string> args, Database database, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (name is null)
        {
            error.WriteLine($"usage: {verb} NAME{(verb == "create-user" ? " --role reader|editor|admin" : "")}   (the password is read from the terminal or stdin)");
            return 2;
        }
        database.Migrate();
        var store = new AccountStore(database);
        var accounts = new AccountService(store, TimeProvider.System);
        try
        {
            switch (verb)
            {
                case "create-admin":
                case "create-user":
                {
                    var role = verb == "create-admin" ? Role.Admin
                        : Roles.Parse(Option(args, "--role")) ?? throw new AccountException("Give the role with --role reader, --role editor or --role admin.");
                    if (store.FindByName(name) is not null) throw new AccountException($"An account named '{name.Trim()}' exists already.");
                    var user = accounts.Create(name, ReadPassword(input, output, interactive), role);
                    output.WriteLine($"{verb}: created {user.Role} '{user.Name}' in {database.Path}. Sign in at /account/login.");
                    return 0;
                }
                case "set-password":
                {
                    var user = store.FindByName(name) ?? throw new AccountException($"No account is named '{name}'.");
                    accounts.ResetPassword(user.Id, ReadPassword(input, output, interactive));
                    output.WriteLine($"set-password: '{user.Name}' has a new password; their sessions are signed out and the lockout is cleared.");
                    return 0;
                }
                default:
                    throw new ArgumentOutOfRangeException(nameof(verb), verb, "not an account verb");
            }
        }
        catch (AccountException e)
        {
            error.WriteLine($"{verb}: {e.Message}");
            return 1;
        }
    }

    private static string ReadPassword(TextReader input, TextWriter output, bool interactive)
    {
        if (!interactive) return input.ReadLine() ?? throw new AccountException("No password on stdin.");
        var first = Prompt(output, $"Password (at least {AccountRules.MinPasswordLength} characters): ");
        var second = Prompt(output, "Again: ");
        return first == second ? first : throw new AccountException("The two passwords differ; nothing was created.");
    }

    private static string Prompt(TextWriter output, string label)
    {
        output.Write(label);
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        output.WriteLine();
        return typed.ToString();
    }

    private static string? Option(List<string> args, string name) =>
        args.IndexOf(name) is var i and >= 0 && i + 1 < args.Count ? args[i + 1] : null;
}
