namespace PressCms.Core.Taxonomy;

public enum TermKind
{
    Unit,
    Area,
    Category,
}
