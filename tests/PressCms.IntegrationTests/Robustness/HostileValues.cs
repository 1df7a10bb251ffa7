namespace PressCms.IntegrationTests.Robustness;

/// <summary>What a careless or hostile client puts where a route, query or form expects something sensible.</summary>
public static class HostileValues
{
    public const int Long = 5_000;
    public const int Huge = 100_000;

    /// <summary>Route parameter texts, already escaped as they travel in a path.</summary>
    public static readonly IReadOnlyList<string> Segments =
    [
        "",
        "%20",
        "-",
        new string('a', Long),
        Uri.EscapeDataString("مرحبا\u202Eevil\u202C 😀👮‍♀️ ñ"),
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "..%5C..%5Cwindows%5Cwin.ini",
        "%2E%2E",
        "2147483648",
        "99999999999999999999",
        "-1",
        "0",
        "%FF%FE%FD",
        "%C0%AE%C0%AE%2F",
        "%ED%A0%80",
        Uri.EscapeDataString("<script>alert(1)</script>"),
        Uri.EscapeDataString("' OR 1=1 --"),
        "%25",
        "a%0D%0ASet-Cookie:%20x=1",
        "UPPER-Case",
        "1.rss",
    ];

    /// <summary>Query strings, escaped, without the "?".</summary>
    public static readonly IReadOnlyList<string> Queries =
    [
        "page=-1",
        "page=abc",
        "page=99999999999",
        "page=2147483647",
        "page=1&page=2",
        "page=%00",
        "page=1e9",
        "page=",
        "page=" + new string('9', Long),
        "topic=%00",
        "topic=" + new string('x', Long),
        "topic=area:london,area:hackney",
        "topic=category:",
        "topic=:::,,,",
        "topic=kind:nope",
        "topic=" + Uri.EscapeDataString("area:london😀"),
        "returnUrl=http://evil.example",
        "ReturnUrl=%2F%2Fevil.example",
        "returnUrl=javascript:alert(1)",
        "handler=Nope",
        "handler=",
        "q=" + new string('q', Long),
        "q=%25%5F%00",
        "status=nope&kind=nope",
        "status=Draft&kind=appeal&q=x&page=2",
        "category=appeals&category=wanted",
        "amp;area=london",
        "area=LONDON",
        "kind=appeal&unit=ocsae&area=london&operation=operation-legatum&category=appeals",
        "utm_source=%00",
        "%00=%00",
        "=&=&=",
        "a[0]=1&a[99999999]=2",
        "review=abc",
        "review=true",
        "id=x&token=y&transition=z",
        string.Join("&", Enumerable.Range(0, 2_000).Select(i => $"k{i}={i}")),
        "%FF%FE=%FF%FE",
    ];

    /// <summary>Texts for form fields, each used for every field of a form at once.</summary>
    public static readonly IReadOnlyList<string> FormTexts =
    [
        "",
        " ",
        "abc",
        "-1",
        "2147483648",
        "99999999999999999999999999999",
        "1e400",
        "NaN",
        "Infinity",
        "true",
        "00000000-0000-0000-0000-000000000000",
        new string('x', Huge),
        "مرحبا\u202Eevil\u202C 😀\u0000\u0001\u001F\uFFFE",
        "<script>alert(1)</script>{{ site.name }}{% raw %}",
        "../../../../etc/passwd",
        "http://evil.example",
        string.Concat(Enumerable.Repeat("> ", 2_000)) + "deep",
        new string('[', 10_000) + new string(']', 10_000),
    ];

    /// <summary>Day, month and year triples a date field can be given.</summary>
    public static readonly IReadOnlyList<(string Day, string Month, string Year)> Dates =
    [
        ("31", "2", "2027"),
        ("1", "1", "0"),
        ("1", "1", "99999"),
        ("1", "1", "9999"),
        ("1", "1", "1"),
        ("0", "0", "0"),
        ("-1", "13", "-2027"),
        ("2147483648", "1", "2027"),
        ("x", "y", "z"),
        ("29", "2", "2100"),
        ("31", "12", "2200"),
        ("1", "1", "1900"),
    ];

    /// <summary>Times for HH:mm fields.</summary>
    public static readonly IReadOnlyList<string> Times = ["", "25:00", "23:60", "-1:00", "9", "09:30:00", "99999:99", "01:30", "00:00", "23:59"];
}
