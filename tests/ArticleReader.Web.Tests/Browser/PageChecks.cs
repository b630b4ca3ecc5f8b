using ArticleReader.Web.Tests.Support;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// One browser and one live server per test class, with the reader's work of DeskSeed made on it.
public sealed class DeskBrowserFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();
    public DeskSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        Seed = DeskSeed.Apply(Browser.Server.Services);
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

// What every page must pass in a real browser: no sideways scrolling, a visible keyboard focus, and
// WCAG AA contrast for its text (4.5:1, or 3:1 for large text) against the backgrounds it is painted on.
public static class PageChecks
{
    public static async Task AssertNoSidewaysScrollingAsync(IPage page)
    {
        if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")) return;
        // Name the culprit: the first element whose right edge passes the window.
        var culprit = await page.EvaluateAsync<string>("""
            () => { const w = window.innerWidth; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();
              if (r.right > w + 1) return e.tagName + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' right=' + Math.round(r.right); } return '?'; }
            """);
        Assert.Fail($"the page scrolls sideways at {page.ViewportSize?.Width}px ({culprit})");
    }

    // Tabs from the top through up to `tabs` elements (fewer when the page has fewer) and checks each focus ring.
    public static async Task AssertFocusVisibleAsync(IPage page, int tabs)
    {
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < tabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement === document.body"))
            {
                Assert.True(i > 5, "keyboard focus left the page after " + i + " elements");
                return;
            }
            var focus = await page.EvaluateAsync<string>("""
                () => { const e = document.activeElement, s = getComputedStyle(e);
                        return s.outlineStyle + ' ' + s.outlineWidth + '|' + e.tagName + ' ' + (e.textContent || e.name || '').trim().slice(0, 30); }
                """);
            var (outline, what) = (focus.Split('|')[0], focus.Split('|')[1]);
            Assert.True(outline.StartsWith("solid") && !outline.EndsWith(" 0px"), $"no visible focus on {what}: {outline}");
        }
    }

    public static async Task AssertContrastAsync(IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>(ContrastScript);
        Assert.True(problems.Length == 0, "low contrast: " + string.Join("; ", problems));
    }

    private const string ContrastScript = """
        () => {
          const parse = s => { const m = /rgba?\(([^)]+)\)/.exec(s); if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const lum = c => [c.r, c.g, c.b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const backdrop = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
            return layers.reverse().reduce((bg, layer) => over(layer, bg), { r: 255, g: 255, b: 255, a: 1 });
          };
          const problems = [];
          for (const el of document.querySelectorAll('body *')) {
            const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
            if (!text) continue;
            const s = getComputedStyle(el), box = el.getBoundingClientRect();
            if (s.visibility !== 'visible' || box.width <= 1 || box.height <= 1 || el.closest('details:not([open]) > :not(summary)')) continue;
            const bg = backdrop(el), fg = over(parse(s.color), bg);
            const ratio = (Math.max(lum(fg), lum(bg)) + 0.05) / (Math.min(lum(fg), lum(bg)) + 0.05);
            const size = parseFloat(s.fontSize), large = size >= 24 || (parseInt(s.fontWeight) >= 700 && size >= 18.66);
            if (ratio < (large ? 3 : 4.5)) problems.push(`${el.tagName.toLowerCase()}.${el.className} "${text.slice(0, 25)}" ${ratio.toFixed(2)}`);
          }
          return problems;
        }
        """;
}
