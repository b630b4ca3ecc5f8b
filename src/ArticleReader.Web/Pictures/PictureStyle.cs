namespace ArticleReader.Web.Pictures;

// The pictures' own style sheet, inside each SVG: colours as variables with a dark set for dark mode, text in
// currentColor, and dash patterns so that no kind or status is told by colour alone. Selectors are scoped to
// svg.picture because a <style> in inline SVG applies to the whole page.
public static class PictureStyle
{
    public const string Css = """
        svg.picture { --pic-fg: #1d1c1a; --pic-muted: #5f5b53; --pic-line: #cfc9bd; --pic-bg: #fbfaf7; --pic-accent: #1f5fa8;
          --pic-cites: #1f5fa8; --pic-mentions: #6b645a; --pic-supports: #23713a; --pic-contradicts: #a3241a;
          --pic-unreviewed: #6b645a; --pic-supported: #1f6b2a; --pic-disputed: #8a5200; --pic-false: #a3241a; --pic-misleading: #8a2d7e;
          --pic-unverifiable: #4d4d4d; --pic-opinion: #2b4f86; --pic-came-true: #1f6b2a; --pic-did-not: #a3241a; --pic-unclear: #6b645a;
          color: var(--fg, var(--pic-fg)); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          height: auto; max-width: 100%; display: block; }
        @media (prefers-color-scheme: dark) {
          svg.picture { --pic-fg: #ebe7df; --pic-muted: #aaa396; --pic-line: #4a463f; --pic-bg: #161513; --pic-accent: #8ab8f0;
            --pic-cites: #8ab8f0; --pic-mentions: #c9c1b4; --pic-supports: #84d69a; --pic-contradicts: #f4978e;
            --pic-unreviewed: #c9c1b4; --pic-supported: #8fd69a; --pic-disputed: #f0b860; --pic-false: #f4978e; --pic-misleading: #e7a6df;
            --pic-unverifiable: #bdbdbd; --pic-opinion: #9dbbf0; --pic-came-true: #8fd69a; --pic-did-not: #f4978e; --pic-unclear: #c9c1b4; }
        }
        svg.picture a { color: var(--fg, var(--pic-fg)); }
        svg.picture .pic-label { fill: currentColor; font-size: 15px; }
        svg.picture .pic-small { fill: var(--muted, var(--pic-muted)); font-size: 13px; }
        /* A phone shows the picture at about half size: larger type keeps the labels readable. */
        @media (max-width: 520px) {
          svg.picture .pic-label { font-size: 20px; } svg.picture .pic-small { font-size: 17px; }
          svg.picture .tl-mark { transform: scale(1.25); transform-box: fill-box; transform-origin: center; }
        }
        svg.picture .pic-axis { stroke: var(--pic-line); stroke-width: 1; fill: none; }
        svg.picture .pic-grid { stroke: var(--pic-line); stroke-width: 1; stroke-dasharray: 2 4; fill: none; }
        svg.picture .pic-edge { fill: none; stroke: currentColor; }
        svg.picture .pic-arrow { stroke: none; }
        svg.picture .pic-cites { stroke: var(--pic-cites); }
        svg.picture .pic-mentions { stroke: var(--pic-mentions); stroke-dasharray: 2 4; }
        svg.picture .pic-supports { stroke: var(--pic-supports); stroke-dasharray: 9 4; }
        svg.picture .pic-contradicts { stroke: var(--pic-contradicts); stroke-dasharray: 10 3 2 3; }
        svg.picture .pic-arrow.pic-cites { fill: var(--pic-cites); }
        svg.picture .pic-arrow.pic-mentions { fill: var(--pic-mentions); }
        svg.picture .pic-arrow.pic-supports { fill: var(--pic-supports); }
        svg.picture .pic-arrow.pic-contradicts { fill: var(--pic-contradicts); }
        svg.picture .ag-node { stroke-width: 2; }
        svg.picture .ag-writer { fill: var(--pic-accent); stroke: var(--pic-bg); }
        svg.picture .ag-cited { fill: var(--pic-bg); stroke: var(--pic-accent); stroke-dasharray: 3 2; }
        svg.picture .ag-unsigned { fill: var(--pic-bg); stroke: var(--pic-muted); }
        svg.picture a:hover .ag-node, svg.picture a:hover .tl-mark { stroke: var(--focus, #b35900); stroke-width: 3; }
        svg.picture .tl-mark { stroke-width: 1.6; }
        svg.picture .tl-s-unreviewed { fill: var(--pic-bg); stroke: var(--pic-unreviewed); }
        svg.picture .tl-s-supported { fill: var(--pic-supported); stroke: var(--pic-supported); }
        svg.picture .tl-s-disputed { fill: var(--pic-disputed); stroke: var(--pic-disputed); }
        svg.picture .tl-s-false { fill: var(--pic-false); stroke: var(--pic-false); }
        svg.picture .tl-s-misleading { fill: var(--pic-misleading); stroke: var(--pic-misleading); }
        svg.picture .tl-s-unverifiable { fill: var(--pic-unverifiable); stroke: var(--pic-unverifiable); }
        svg.picture .tl-s-opinion { fill: var(--pic-opinion); stroke: var(--pic-opinion); }
        svg.picture .tl-o-pending { fill: var(--pic-bg); stroke: currentColor; }
        svg.picture .tl-o-came-true { fill: var(--pic-came-true); stroke: var(--pic-came-true); }
        svg.picture .tl-o-did-not { fill: var(--pic-did-not); stroke: var(--pic-did-not); }
        svg.picture .tl-o-unclear { fill: var(--pic-unclear); stroke: var(--pic-unclear); }
        svg.picture .tl-due-line { stroke: var(--pic-muted); stroke-width: 1; stroke-dasharray: 3 3; fill: none; }
        """;
}
