using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace PressCms.BrowserTests.Feeds;

/// <summary>
/// Chromium as the least careful feed reader: it renders feed HTML with no sanitizer and no CSP,
/// either as documents of their own (one iframe srcdoc each, as a reader's web view shows an
/// article) or inserted into one page (as a web reader does; a contextual fragment, which parses
/// as innerHTML does but also runs scripts, as jQuery's .html() does). alert, confirm, prompt,
/// print and window.__pwned are replaced in every frame before any of its scripts run, so
/// anything that runs is reported with the text that ran it. The browser is offline: images
/// fail at once, so their onerror handlers fire while the test waits.
/// </summary>
internal sealed class ReaderPage(IPage page) : IAsyncDisposable
{
    private const int DocumentsPerPage = 50;
    private const int TextsPerPage = 200;
    private const string FramePrefix = "text-";

    private const string Instrument = """
        (() => {
          const holder = () => {
            try {
              const target = window.event && window.event.target && window.event.target.nodeType === 1 ? window.event.target : document.currentScript;
              const found = target && target.closest ? target.closest('[data-text]') : null;
              return found ? found.getAttribute('data-text') : '';
            } catch (e) { return ''; }
          };
          const marker = name => function (...args) {
            const said = args.map(a => { try { return String(a); } catch (e) { return '?'; } }).join(', ').slice(0, 60);
            try { window.__reader_report(holder() + '|' + name + '(' + said + ')'); } catch (e) { }
            return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
          };
          for (const name of ['alert', 'confirm', 'prompt', 'print', '__pwned']) {
            window[name] = marker(name);
          }
        })();
        """;

    // Two frames and a moment: late event handlers (details toggling, media failing, animations) fire.
    private const string Settle = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))))";

    private const string Insert = """
        texts => texts.forEach((text, i) => {
          const holder = document.createElement('div');
          holder.setAttribute('data-text', String(i));
          document.body.appendChild(holder);
          const range = document.createRange();
          range.selectNodeContents(holder);
          try { holder.appendChild(range.createContextualFragment(text)); } catch (e) { }
        })
        """;

    // What would run on a click or a later render: script-capable elements, event handler
    // attributes, and addresses with any scheme but http, https and mailto.
    private const string Armed = """
        () => {
          const active = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form',
            'button', 'input', 'isindex', 'portal', 'animate', 'set', 'use', 'foreignobject']);
          const addresses = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'background', 'poster', 'codebase', 'lowsrc', 'dynsrc']);
          const found = [];
          for (const holder of document.querySelectorAll('[data-text]')) {
            for (const element of holder.querySelectorAll('*')) {
              const why = [];
              if (active.has(element.localName.toLowerCase())) why.push('<' + element.localName + '>');
              for (const attribute of element.attributes) {
                const name = attribute.name.toLowerCase();
                const value = attribute.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
                if (name.startsWith('on') || name === 'srcdoc') why.push(name + '=');
                else if (addresses.has(name) && /^[a-z][a-z0-9+.-]*:/.test(value) && !/^(https?|mailto):/.test(value)) why.push(name + '=' + value.slice(0, 30));
              }
              if (why.length > 0) found.push({ Index: Number(holder.getAttribute('data-text')), What: 'armed: ' + why.join(' ') });
            }
          }
          return JSON.stringify(found);
        }
        """;

    private readonly List<(IFrame Frame, string Report)> reports = [];

    public static async Task<ReaderPage> OpenAsync(IBrowserContext context)
    {
        await context.SetOfflineAsync(true);
        var page = await context.NewPageAsync();
        var reader = new ReaderPage(page);
        await page.ExposeBindingAsync("__reader_report", (BindingSource source, string report) =>
        {
            lock (reader.reports)
            {
                reader.reports.Add((source.Frame, report));
            }
        });
        await page.AddInitScriptAsync(Instrument);
        // A real dialog means a frame escaped the instrumentation; it still counts, unattributed.
        page.Dialog += (_, dialog) =>
        {
            lock (reader.reports)
            {
                reader.reports.Add((page.MainFrame, $"|{dialog.Type} dialog({dialog.Message})"));
            }
            _ = dialog.DismissAsync();
        };
        return reader;
    }

    /// <summary>
    /// Each text as a document of its own; returns what ran, by the text's index. Something that ran
    /// without saying which text it came from (parent.__pwned(), a dialog) is found by rendering
    /// halves of the batch again, unless <paramref name="locate"/> is false.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> RenderAsDocumentsAsync(IReadOnlyList<string> htmls, bool locate = true)
    {
        var findings = new List<Finding>();
        for (var start = 0; start < htmls.Count; start += DocumentsPerPage)
        {
            var batch = htmls.Skip(start).Take(DocumentsPerPage).ToArray();
            var found = locate ? await LocateAsync(batch, DocumentsAsync) : (await DocumentsAsync(batch)).Found;
            findings.AddRange(found.Select(f => f with { Index = start + f.Index }));
        }
        return [.. findings.Distinct()];
    }

    /// <summary>Every text inserted into one page; returns what ran or lies armed, by index, and each text as the reader shows it.</summary>
    public async Task<(IReadOnlyList<Finding> Findings, IReadOnlyList<string> Shown)> RenderInPageAsync(IReadOnlyList<string> htmls)
    {
        var findings = new List<Finding>();
        var shown = new List<string>(htmls.Count);
        for (var start = 0; start < htmls.Count; start += TextsPerPage)
        {
            var batch = htmls.Skip(start).Take(TextsPerPage).ToArray();
            var rendered = await InPageAsync(batch);
            var ran = rendered.Unplaced.Count == 0 ? rendered.Found : await LocateAsync(batch, InPageAsync);
            findings.AddRange(ran.Concat(rendered.Armed).Select(f => f with { Index = start + f.Index }));
            shown.AddRange(rendered.Shown);
        }
        return ([.. findings.Distinct()], shown);
    }

    private async Task<Rendered> DocumentsAsync(string[] batch)
    {
        var frames = batch.Select((html, i) => $"<iframe name=\"{FramePrefix}{i}\" srcdoc=\"{WebUtility.HtmlEncode(html)}\"></iframe>");
        var reported = await RunAsync(() => page.SetContentAsync("<!doctype html><meta charset=\"utf-8\"><body>" + string.Concat(frames)));
        var rendered = new Rendered();
        foreach (var (frame, report) in reported)
        {
            var what = report[(report.IndexOf('|', StringComparison.Ordinal) + 1)..];
            if (FrameIndex(frame) is { } index)
            {
                rendered.Found.Add(new Finding(index, what));
            }
            else
            {
                rendered.Unplaced.Add(what);
            }
        }
        return rendered;
    }

    private async Task<Rendered> InPageAsync(string[] batch)
    {
        var reported = await RunAsync(async () =>
        {
            await page.SetContentAsync("<!doctype html><meta charset=\"utf-8\"><body></body>");
            await page.EvaluateAsync(Insert, batch);
        });
        var rendered = new Rendered
        {
            Armed = JsonSerializer.Deserialize<Finding[]>(await page.EvaluateAsync<string>(Armed))!,
            Shown = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-text]')].map(h => h.textContent)"),
        };
        foreach (var (_, report) in reported)
        {
            var split = report.IndexOf('|', StringComparison.Ordinal);
            if (int.TryParse(report[..split], out var index))
            {
                rendered.Found.Add(new Finding(index, report[(split + 1)..]));
            }
            else
            {
                // A handler with no element of its own: a timer, a javascript: address, another frame.
                rendered.Unplaced.Add(report[(split + 1)..]);
            }
        }
        return rendered;
    }

    private async Task<List<(IFrame Frame, string Report)>> RunAsync(Func<Task> render)
    {
        lock (reports)
        {
            reports.Clear();
        }
        // A new document and window each time, instrumented before anything runs (the page's first
        // empty document is not) and with nothing left over from the last texts.
        await page.GotoAsync("about:blank");
        await render();
        await page.EvaluateAsync(Settle);
        lock (reports)
        {
            return [.. reports];
        }
    }

    /// <summary>What ran, with whatever could not say where it came from placed by rendering halves of the batch until one text is left.</summary>
    private static async Task<List<Finding>> LocateAsync(string[] batch, Func<string[], Task<Rendered>> render)
    {
        var rendered = await render(batch);
        if (rendered.Unplaced.Count == 0 || batch.Length == 1)
        {
            return [.. rendered.Found, .. rendered.Unplaced.Select(what => new Finding(0, what))];
        }
        var half = batch.Length / 2;
        var first = await LocateAsync(batch[..half], render);
        var second = await LocateAsync(batch[half..], render);
        return [.. first, .. second.Select(f => f with { Index = half + f.Index })];
    }

    private static int? FrameIndex(IFrame? frame)
    {
        for (; frame is not null; frame = frame.ParentFrame)
        {
            if (frame.Name.StartsWith(FramePrefix, StringComparison.Ordinal) && int.TryParse(frame.Name[FramePrefix.Length..], out var index))
            {
                return index;
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync() => await page.CloseAsync();

    private sealed class Rendered
    {
        public List<Finding> Found { get; } = [];
        public List<string> Unplaced { get; } = [];
        public IReadOnlyList<Finding> Armed { get; init; } = [];
        public IReadOnlyList<string> Shown { get; init; } = [];
    }
}
