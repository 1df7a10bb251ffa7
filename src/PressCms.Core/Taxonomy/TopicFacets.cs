namespace PressCms.Core.Taxonomy;

/// <summary>
/// What a topic can be narrowed by, as written in topic keys ("area:london"), feed queries
/// ("?area=london") and alert links; <see cref="All"/> is the order keys and addresses list them.
/// </summary>
public static class TopicFacets
{
    public const string Category = "category";
    public const string Operation = "operation";
    public const string Unit = "unit";
    public const string Area = "area";
    public const string Kind = "kind";

    public static readonly IReadOnlyList<string> All = [Category, Operation, Unit, Area, Kind];
}
