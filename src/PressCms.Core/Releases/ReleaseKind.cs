namespace PressCms.Core.Releases;

public enum ReleaseKind
{
    General,
    OperationUpdate,
    Appeal,
    Arrest,
    Charge,
    CourtResult,
    MissingPerson,
    Wanted,
    Statement,
}
