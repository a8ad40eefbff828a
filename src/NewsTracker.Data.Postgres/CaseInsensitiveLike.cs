using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsTracker.Data.Postgres;

// Core's name searches use EF.Functions.Like and count on SQLite's LIKE ignoring the case of ASCII letters;
// PostgreSQL's LIKE is case-sensitive. Before a query is compiled, both sides of every Like are lowered, so
// "nato" finds "NATO" here too (and, beyond SQLite, "ANTÓNIO" finds "António").
internal sealed class CaseInsensitiveLike : IQueryExpressionInterceptor
{
    public static readonly CaseInsensitiveLike Instance = new();

    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        new Lowering().Visit(queryExpression);

    private sealed class Lowering : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(DbFunctionsExtensions) || node.Method.Name != nameof(DbFunctionsExtensions.Like))
            {
                return base.VisitMethodCall(node);
            }

            var arguments = node.Arguments.Select(Visit).ToList();
            arguments[1] = Expression.Call(arguments[1]!, ToLower);
            arguments[2] = Expression.Call(arguments[2]!, ToLower);
            return node.Update(node.Object, arguments!);
        }
    }
}
