using System.Linq.Expressions;

namespace NewsTracker.Core.Search;

// A dialect's test of a quote id, applied to a row's quote id (a quote's own, or a filter-index row's), as one
// expression EF translates.
internal static class RowTest
{
    public static Expression<Func<TRow, bool>> On<TRow>(this Expression<Func<int, bool>> test, Expression<Func<TRow, int>> quoteId) =>
        Expression.Lambda<Func<TRow, bool>>(
            new Substitution(test.Parameters[0], quoteId.Body).Visit(test.Body), quoteId.Parameters);

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
