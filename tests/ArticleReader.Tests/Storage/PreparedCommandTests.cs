using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Tests.Storage;

public class PreparedCommandTests
{
    private const string InsertAuthor = "INSERT INTO authors (name, slug) VALUES (@name, @slug) RETURNING id";

    [Fact]
    public void It_runs_once_per_row_in_the_callers_transaction_and_returns_the_new_ids()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using var c = db.Open();
        using (var tx = c.BeginTransaction())
        {
            using var insert = new PreparedCommand(c, tx, InsertAuthor, "name", "slug");
            var first = insert.Scalar("Anne Applebaum", "anne-applebaum");
            var second = insert.Scalar("Tom Nichols", "tom-nichols");
            Assert.Equal(first + 1, second);
            tx.Rollback();
        }
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM authors"));
    }

    [Fact]
    public void Null_numbers_and_booleans_are_stored_as_sqlite_values()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using var c = db.Open();
        c.Execute("CREATE TABLE t (a INTEGER, b REAL, c TEXT, d INTEGER, e INTEGER)");
        using var tx = c.BeginTransaction();
        using (var insert = new PreparedCommand(c, tx, "INSERT INTO t VALUES (@a, @b, @c, @d, @e)", "a", "b", "c", "d", "e"))
            insert.Execute(7, 0.25, null, true, 12345678901L);
        var row = c.QuerySingle<(long A, double B, string? C, long D, long E)>("SELECT a, b, c, d, e FROM t", transaction: tx);
        Assert.Equal((7L, 0.25, (string?)null, 1L, 12345678901L), row);
    }

    [Fact]
    public void A_constraint_violation_is_a_sqlite_exception_and_the_command_stays_usable()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using var c = db.Open();
        using var tx = c.BeginTransaction();
        using var insert = new PreparedCommand(c, tx, InsertAuthor, "name", "slug");
        insert.Scalar("Anne Applebaum", "anne-applebaum");
        Assert.Throws<SqliteException>(() => insert.Scalar("Anne Applebaum", "another-slug"));
        Assert.True(insert.Scalar("Cathy Young", "cathy-young") > 0);
    }

    [Fact]
    public void Wrong_parameters_are_refused()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using var c = db.Open();
        using var tx = c.BeginTransaction();
        Assert.Throws<ArgumentException>(() => new PreparedCommand(c, tx, InsertAuthor, "name", "missing"));
        using var insert = new PreparedCommand(c, tx, InsertAuthor, "name", "slug");
        Assert.Throws<ArgumentException>(() => insert.Scalar("only one value"));
        Assert.Throws<ArgumentException>(() => insert.Scalar("Anne Applebaum", DateTime.Now));
    }
}
