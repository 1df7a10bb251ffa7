using PressCms.Core.Media;
using PressCms.Core.Newsroom;
using PressCms.Core.People;
using PressCms.Core.Workflow;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Rendering.Liquid;
using PressCms.Rendering.Markdown;

namespace PressCms.UnitTests.Rendering;

/// <summary>The Operation Legatum release (Met, May 2020) with its real structured fields: the first real case.</summary>
public static class Legatum
{
    public const string BaseUrl = "http://127.0.0.1:5123";

    public static readonly DateTime PublishedUtc = new(2020, 5, 26, 9, 0, 0, DateTimeKind.Utc);

    public static NewsroomSettings Settings() => new()
    {
        Name = "Metropolitan Police newsroom",
        BaseUrl = "https://news.example.police.uk",
        TimeZone = "Europe/London",
        Culture = "en-GB",
        BoilerplateHtml = new MarkdownRenderer().ToSafeHtml(
            "**About the Metropolitan Police Service**\n\nThe Metropolitan Police Service polices London's 32 boroughs. Always call 999 in an emergency."),
        MediaContacts =
        [
            new MediaContact("Press bureau", "020 7230 2171", "press.bureau@example.police.uk", "24 hours"),
            new MediaContact("Digital and social media desk", "020 7946 0123", "digital.desk@example.police.uk", "07:00 to 22:00, every day"),
        ],
    };

    public static TaxonomyNames Names() => new(
        [
            new Term(TermKind.Unit, "ocsae", "Online Child Sexual Abuse and Exploitation Unit"),
            new Term(TermKind.Area, "london", "London"),
            new Term(TermKind.Category, "child-protection", "Child protection"),
        ],
        [new Operation("operation-legatum", "Operation Legatum")]);

    public static Release Create(string id = "met-2020-05-operation-legatum", string slug = "operation-legatum-38-arrested", DateTime? publishedUtc = null)
    {
        var published = publishedUtc ?? PublishedUtc;
        var release = Release.Create(id, Content(slug), new MarkdownRenderer(), "editor", published.AddDays(-1));
        release.PublishAsOf(published);
        return release;
    }

    /// <summary>Takes the latest revision through review and publishes it as a correction, as a press office would.</summary>
    public static void PublishCorrection(Release release, DateTime nowUtc, string note = "corrected the headline")
    {
        release.Submit(release.Version, new Actor("editor", [StaffRoles.Author]), nowUtc);
        release.Approve(release.Version, new Actor("approver", [StaffRoles.Approver]), new ApprovalChecklist(true, true, true, true), null, nowUtc);
        release.Publish(release.Version, new Actor("publisher", [StaffRoles.Publisher]), null, note, nowUtc);
    }

    public static Revision Live(Release release) => release.Revisions.Single(r => r.Number == release.LiveRevisionNumber);

    public static ReleaseContent Content(string slug) => new()
    {
        Kind = ReleaseKind.OperationUpdate,
        Slug = slug,
        Headline = "38 suspected online groomers arrested in London",
        Standfirst = "Officers from the Met's Online Child Sexual Abuse and Exploitation Unit arrested 38 people and safeguarded 138 children during Operation Legatum, a week of action against online grooming and indecent images of children that ran from 18 to 23 May.",
        Body = Body,
        Operation = "operation-legatum",
        Unit = "ocsae",
        Area = "london",
        Categories = ["child-protection"],
        KeyDates =
        [
            new KeyDate("Operation ran", new DateOnly(2020, 5, 18), new DateOnly(2020, 5, 23)),
            new KeyDate("National lockdown began", new DateOnly(2020, 3, 23)),
        ],
        Figures =
        [
            new Figure("Suspects arrested", 38),
            new Figure("Children safeguarded", 138),
            new Figure("Arrests", 45, Period: "First month of lockdown"),
            new Figure("Children protected", 92, Period: "First month of lockdown"),
            new Figure("Warrants executed", 68, Period: "First month of lockdown"),
            new Figure("Referrals from the National Crime Agency", 50, "per week", "Average during lockdown"),
        ],
        Quotes =
        [
            new Quote("Since the lockdown started, officers have been working flat out to track down those suspected of harming children and young people online. Lockdown has led to a significant growth in online use, including by children. Unfortunately, it also means there are a greater number of sexual predators out there trying to target and groom young people.",
                "Helen Flanagan", "Detective Superintendent", "Metropolitan Police Service"),
            new Quote("Online offenders sometimes try and convince themselves that they’re ‘only looking’, but there is no such thing. Every image is a crime scene, with a real child being abused. Every time offenders look at or share that image they are committing a vile crime and repeating abuse which devastates lives.",
                "Helen Flanagan", "Detective Superintendent", "Metropolitan Police Service"),
        ],
        Agencies = ["National Crime Agency", "Europol"],
        NotesToEditors = "- Images to accompany this release are available from Getty Images.\n- Those arrested have not been charged, and will not be named at this stage.",
        LeadImage = new LeadImage(MediaReference.For(PhotoId), "Seized laptops and phones laid out on a table", "Devices seized during Operation Legatum", "Getty Images"),
    };

    /// <summary>The lead image's id in the media library.</summary>
    public const string PhotoId = "1e6a7000000000000000";

    /// <summary>The media library holding the lead image, as the site loads it for a page or feed.</summary>
    public static IReadOnlyDictionary<string, MediaAsset> Media() => new Dictionary<string, MediaAsset>
    {
        [PhotoId] = MediaAsset.Upload(PhotoId, "legatum.jpg", "jpg", 1600, 1067, 240_000, new string('0', 64), [480, 960, 1600], 180_000,
            new MediaDetails("Seized laptops and phones laid out on a table", null, "Getty Images", null, null, null, null, null), "press.office@example.police.uk",
            new DateTime(2020, 5, 26, 8, 0, 0, DateTimeKind.Utc)),
    };

    private const string Body = """
        Officers from the Met's Online Child Sexual Abuse and Exploitation (OCSAE) Unit have arrested 38 people suspected of online child sexual abuse offences, and 138 children have been safeguarded, during a week of action across London.

        Operation Legatum ran from Monday, 18 May to Saturday, 23 May. It targeted people suspected of grooming children online and of making, possessing and sharing indecent images of children. Those arrested are men from a variety of backgrounds.

        During the operation officers seized dozens of laptops, tablets and phones believed to contain indecent images of children. Specialist officers will now examine tens of thousands of files as the investigation continues.

        ## Increased risk during lockdown

        The OCSAE Unit is warning that the national lockdown, which began on 23 March, has increased the risk to children, who are spending far more time online and are not in school. In March, Europol warned that offenders would try to take advantage of the lockdown to exploit children.

        In the first month of the lockdown, officers in London arrested 45 suspects, protected 92 children and executed 68 warrants. The unit receives an average of 50 referrals a week from the National Crime Agency.

        ## Advice for parents and carers

        - Talk to children about who they speak to online.
        - Find advice at [CEOP's Thinkuknow](https://www.thinkuknow.co.uk/).
        """;
}
