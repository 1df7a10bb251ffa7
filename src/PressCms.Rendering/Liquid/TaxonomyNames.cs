using PressCms.Core.Taxonomy;

namespace PressCms.Rendering.Liquid;

/// <summary>
/// Display names of terms and operations, looked up by slug. Web builds one from the database;
/// an unknown slug falls back to the slug itself so a page never fails over a missing term.
/// </summary>
public sealed class TaxonomyNames
{
    public static readonly TaxonomyNames Empty = new([], []);

    private readonly Dictionary<(TermKind Kind, string Slug), string> _terms;
    private readonly Dictionary<string, string> _operations;

    public TaxonomyNames(IEnumerable<Term> terms, IEnumerable<Operation> operations)
    {
        _terms = [];
        foreach (var term in terms)
        {
            _terms[(term.Kind, term.Slug)] = term.Name;
        }
        _operations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            _operations[operation.Slug] = operation.Name;
        }
    }

    public string TermName(TermKind kind, string slug) => _terms.GetValueOrDefault((kind, slug), slug);

    public string OperationName(string slug) => _operations.GetValueOrDefault(slug, slug);
}
