namespace PressCms.IntegrationTests.Feeds;

/// <summary>One publish ping as <see cref="LoopbackHub"/> received it.</summary>
internal sealed record ReceivedPing(string Method, string? ContentType, string? Mode, string? Feed);
