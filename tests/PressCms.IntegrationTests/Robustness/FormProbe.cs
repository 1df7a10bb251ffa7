using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Media;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// Posts one form page's handlers every way a form can go wrong: no antiforgery token, a token and no
/// fields, every field one hostile text, each field alone hostile, impossible dates and times,
/// repeated keys, an unknown handler, other methods and malformed bodies.
/// </summary>
internal sealed class FormProbe(HostileNewsroom newsroom, MappedRoute route, string url, Caller caller, bool thorough)
{
    private const string TokenName = "__RequestVerificationToken";

    // Fields that decide whether a date or time is read at all (the decision page's "publish at" choice).
    private static readonly Dictionary<string, string> DateCompanions = new() { ["Timing"] = "at" };

    private Findings Findings => newsroom.Findings;

    public async Task RunAsync()
    {
        var page = await caller.Http.GetAsync(url);
        var html = page.StatusCode == HttpStatusCode.OK ? await page.Content.ReadAsStringAsync() : "";
        var token = FormToken.In(html) is { Length: > 0 } onPage ? onPage : await TokenElsewhereAsync();
        var realistic = AdminClient.FormValues(html);
        // A page the caller may use must refuse a post without its token; one that never asks for it (one-click unsubscribe) need not.
        var guarded = page.StatusCode == HttpStatusCode.OK && route.Page!.ModelTypeInfo?.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), true) != true;
        var handlers = route.Handlers("POST");
        foreach (var handler in handlers)
        {
            var action = handler.Length == 0 ? url : $"{url}?handler={handler}";
            var names = BoundNames.Of(route.Page!, handler).Union(realistic.Keys).Where(n => n != TokenName).ToList();
            await PostAsync(action, [.. realistic], expectRefusal: guarded);
            await PostAsync(action, [new(TokenName, token)]);
            await PostAsync(action, With(token, realistic));
            if (!thorough)
            {
                continue;
            }
            foreach (var text in HostileValues.FormTexts)
            {
                await PostAsync(action, With(token, names.ToDictionary(n => n, _ => text)));
            }
            for (var i = 0; i < names.Count; i++)
            {
                var text = HostileValues.FormTexts[1 + i % (HostileValues.FormTexts.Count - 1)];
                await PostAsync(action, With(token, new Dictionary<string, string>(realistic) { [names[i]] = text }));
            }
            await DatesAndTimesAsync(action, token, realistic, names);
            await PostAsync(action, [new(TokenName, token), .. realistic, .. realistic.Select(f => new KeyValuePair<string, string>(f.Key, "abc")), new(TokenName, "abc")]);
            await PostAsync(action, With(token, new Dictionary<string, string>(realistic)
            {
                ["Input.Figures[2147483647].Label"] = "x", ["Input.Figures[-1].Value"] = "x", ["Input.Figures.index"] = "zz",
                ["Input.Categories[99999999999]"] = "x", ["list"] = "figures", ["index"] = "2147483647", ["op"] = "down",
                ["number"] = "-2147483648", ["version"] = "not-a-guid", ["userId"] = "../../x", ["roles"] = "Administrator",
                ["Frequency"] = "7", ["handler"] = "Nope", ["id"] = "../../etc/passwd",
            }));
        }
        await PostAsync(url + "?handler=Nope", With(token, realistic));
        await PostAsync(url + "?handler=" + new string('x', HostileValues.Long), With(token, realistic));
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            await Findings.SendAsync(caller, new HttpRequestMessage(method, url) { Content = new FormUrlEncodedContent(With(token, realistic)) });
        }
        if (thorough)
        {
            var first = handlers[0].Length == 0 ? url : $"{url}?handler={handlers[0]}";
            await MalformedBodiesAsync(first, token, realistic);
            if (BoundNames.TakesFile(route.Page!))
            {
                await HostileFilesAsync(first, token);
            }
        }
    }

    private async Task DatesAndTimesAsync(string action, string token, Dictionary<string, string> realistic, List<string> names)
    {
        var dates = names.Where(n => n.EndsWith(".Day", StringComparison.Ordinal)).Select(n => n[..^".Day".Length]).ToList();
        var times = names.Where(n => n.EndsWith("Time", StringComparison.Ordinal)).ToList();
        Dictionary<string, string> Base()
        {
            var fields = new Dictionary<string, string>(realistic);
            foreach (var (key, value) in DateCompanions.Where(c => names.Contains(c.Key)))
            {
                fields[key] = value;
            }
            foreach (var time in times)
            {
                fields[time] = "09:30";
            }
            foreach (var date in dates)
            {
                (fields[date + ".Day"], fields[date + ".Month"], fields[date + ".Year"]) = ("1", "6", "2027");
            }
            return fields;
        }
        foreach (var date in dates)
        {
            foreach (var (day, month, year) in HostileValues.Dates)
            {
                var fields = Base();
                (fields[date + ".Day"], fields[date + ".Month"], fields[date + ".Year"]) = (day, month, year);
                await PostAsync(action, With(token, fields));
            }
        }
        foreach (var time in times)
        {
            foreach (var value in HostileValues.Times)
            {
                await PostAsync(action, With(token, new Dictionary<string, string>(Base()) { [time] = value }));
            }
        }
    }

    private async Task MalformedBodiesAsync(string action, string token, Dictionary<string, string> realistic)
    {
        var form = new FormUrlEncodedContent(With(token, realistic));
        var encoded = await form.ReadAsStringAsync();
        await SendAsync(action, Body("garbage", "multipart/form-data"));
        await SendAsync(action, Body("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue", "multipart/form-data; boundary=b"));
        await SendAsync(action, Body($"--b\r\nContent-Disposition: form-data; name=\"{TokenName}\"\r\n\r\n{token}\r\n--b\r\nX-Nothing: here\r\n\r\nvalue\r\n--b--\r\n", "multipart/form-data; boundary=b"));
        await SendAsync(action, Body("--" + new string('b', 100) + "\r\n", "multipart/form-data; boundary=" + new string('b', 100)));
        await SendAsync(action, Body($"--b\r\nContent-Disposition: form-data; name=\"{TokenName}\"\r\n\r\n{token}\r\n--b\r\nContent-Disposition: form-data; name=\"Input.Headline\"\r\n\r\n", "multipart/form-data; boundary=b"));
        await SendAsync(action, Body($"{encoded}&%%%&&&==&a=%ZZ&%E0%A4%A=1", "application/x-www-form-urlencoded"));
        await SendAsync(action, Body($"{encoded}&" + string.Join("&", Enumerable.Range(0, 5_000).Select(i => $"k{i}=v")), "application/x-www-form-urlencoded"));
        await SendAsync(action, Body($"{encoded}&big=" + new string('x', 5 * 1024 * 1024), "application/x-www-form-urlencoded"));
        await SendAsync(action, Body($"{encoded}&{new string('k', 5_000)}=v", "application/x-www-form-urlencoded"));
        await SendAsync(action, Body(encoded, "text/plain"));
        await SendAsync(action, Body("{}", "application/json"));
        await SendAsync(action, Body(encoded, null));
        await SendAsync(action, Body(encoded, "application/x-www-form-urlencoded; charset=utf-16"));
        var gzipped = Body(encoded, "application/x-www-form-urlencoded");
        gzipped.Headers.ContentEncoding.Add("gzip");
        await SendAsync(action, gzipped);
    }

    private async Task HostileFilesAsync(string action, string token)
    {
        var jpeg = TestImages.JpegWithGps(333, 222);
        (byte[] Bytes, string Name)[] files =
        [
            (TestImages.JpegWithGps(301, 201), "../../evil.jpg"),
            (TestImages.JpegWithGps(302, 202), new string('a', HostileValues.Long) + ".jpg"),
            (TestImages.JpegWithGps(303, 203), "évil 😀\u202Egpj.jpg"),
            (TestImages.JpegWithGps(304, 204), "x.php"),
            ([], "empty.jpg"),
            ([0xFF], "one.jpg"),
            ("<html><script>alert(1)</script></html>"u8.ToArray(), "page.jpg"),
            (jpeg[..200], "truncated.jpg"),
            ([.. jpeg.Take(jpeg.Length / 2)], "half.jpg"),
        ];
        var fileField = route.Page!.BoundProperties.First(p => typeof(IFormFile).IsAssignableFrom(p.ParameterType)).Name;
        foreach (var (bytes, name) in files)
        {
            var form = new MultipartFormDataContent { { new StringContent(token), TokenName } };
            foreach (var (key, value) in HostileNewsroom.MediaDetails())
            {
                form.Add(new StringContent(value), key);
            }
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, fileName: name, name: fileField);
            await SendAsync(action, form);
        }
    }

    private async Task<string> TokenElsewhereAsync()
    {
        var page = caller.Name == "admin" ? "/admin/releases/create" : "/account/login";
        return FormToken.In(await caller.Http.GetStringAsync(page));
    }

    private Task<HttpResponseMessage?> PostAsync(string action, List<KeyValuePair<string, string>> fields, bool expectRefusal = false) =>
        Findings.SendAsync(caller, new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) }, expectRefusal);

    private Task<HttpResponseMessage?> SendAsync(string action, HttpContent content) =>
        Findings.SendAsync(caller, new HttpRequestMessage(HttpMethod.Post, action) { Content = content });

    private static List<KeyValuePair<string, string>> With(string token, Dictionary<string, string> fields) =>
        [new(TokenName, token), .. fields.Where(f => f.Key != TokenName)];

    private static ByteArrayContent Body(string text, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return content;
    }
}
