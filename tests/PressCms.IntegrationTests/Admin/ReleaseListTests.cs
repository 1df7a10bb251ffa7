using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

public sealed class ReleaseListTests
{
    [Fact]
    public async Task Should_filter_by_status_and_kind_and_search_headlines()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Draft appeal about a stolen bicycle"; f["Input.Kind"] = "appeal"; });

        var all = await admin.GetPageAsync("/admin/releases");
        var drafts = await admin.GetPageAsync("/admin/releases?status=Draft");
        var charges = await admin.GetPageAsync("/admin/releases?kind=charge");
        var search = await admin.GetPageAsync("/admin/releases?q=GROOMERS");

        Assert.Contains("Draft appeal about a stolen bicycle", all);
        Assert.Contains("38 suspected online groomers", all);
        Assert.Contains("Draft appeal about a stolen bicycle", drafts);
        Assert.DoesNotContain("38 suspected online groomers", drafts);
        Assert.Contains("Man charged with drug supply offences in Hackney", charges);
        Assert.DoesNotContain("38 suspected online groomers", charges);
        Assert.Contains("38 suspected online groomers", search);
        Assert.DoesNotContain("Draft appeal about a stolen bicycle", search);
        Assert.Contains("Not public", drafts);
        Assert.Contains("Live since", search);
    }
}
