using System.Linq.Expressions;

namespace NewsTracker.Core.Search;

// Composes the tests a list makes on each row it walks into one expression EF translates: a dialect's test of a
// quote id, applied to a row's quote id, and OR-ed with the service's own tests.
internal static class RowTest
{
    public static Expression<Func<TRow, bool>> On<TRow>(this Expression<Func<int, bool>> test, Expression<Func<TRow, int>> quoteId) =>
        Expression.Lambda<Func<TRow, bool>>(
            new Substitution(test.Parameters[0], quoteId.Body).Visit(test.Body), quoteId.Parameters);

    public static Expression<Func<TRow, bool>> Or<TRow>(this Expression<Func<TRow, bool>> left, Expression<Func<TRow, bool>> right) =>
        Expression.Lambda<Func<TRow, bool>>(
            Expression.OrElse(left.Body, new Substitution(right.Parameters[0], left.Parameters[0]).Visit(right.Body)), left.Parameters);

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
