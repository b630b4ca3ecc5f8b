using System.Text;
using AngleSharp.Dom;

namespace ArticleReader.Ingestion.Html;

[Flags]
internal enum SelectionRules
{
    None = 0,
    StripUnlikely = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}

// The part of a page judged to be the article: the chosen root elements (in document order) and the
// elements inside them that were judged boilerplate.
// Candidates lists the best-scoring containers, which explains a choice when it goes wrong.
internal sealed record ContentSelection(IReadOnlyList<IElement> Roots, IReadOnlySet<IElement> Removed)
{
    public IReadOnlyList<(IElement Element, double Score)> Candidates { get; init; } = [];
}

// Readability-style choice of the article container. Every text paragraph adds a score to its
// ancestors (more for long, comma-rich text); scores are scaled down by link density; the best container
// is widened to a parent or siblings that score almost as well; then the chosen subtree is cleaned of
// link lists, share bars and other conditional boilerplate. Nothing is mutated: judgements are kept in
// a removed-set, so source positions stay intact.
internal sealed class ContentSelector
{
    private const int MinParagraphLength = 25;
    private const int TopCandidateCount = 5;
    private const double DescendRatio = 0.6;

    private readonly IDocument _document;
    private readonly SelectionRules _rules;
    private readonly HashSet<IElement> _removed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _protected = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, string> _textCache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);
    private List<(IElement Element, double Score)> _topCandidates = [];

    private ContentSelector(IDocument document, SelectionRules rules)
    {
        _document = document;
        _rules = rules;
    }

    public static ContentSelection Select(IDocument document, SelectionRules rules) =>
        new ContentSelector(document, rules).Run();

    private ContentSelection Run()
    {
        var body = _document.Body ?? _document.DocumentElement;
        ProtectArticleBodies(body);
        Prune(body);
        CollectScores(body);
        var top = ChooseTopCandidate(body);
        var roots = top is null ? [body] : GatherSiblings(top);
        foreach (var root in roots) Clean(root);
        return new ContentSelection(roots, _removed) { Candidates = _topCandidates };
    }

    // Elements a page itself marks as the article body, and their ancestors, are never pruned by class
    // hints. Nor are posts the writer embedded (a quoted tweet is part of the story) or the wrappers
    // around them that add no text of their own (class="social-media-embed").
    private void ProtectArticleBodies(IElement body)
    {
        foreach (var marked in body.QuerySelectorAll("[itemprop~=articleBody]"))
            for (IElement? e = marked; e is not null; e = e.ParentElement) _protected.Add(e);
        // A layout wrapper may carry an unlucky class ("header-style-2") yet hold the page's main <article>.
        var mainArticle = body.QuerySelectorAll("article")
            .Select(a => (Article: a, Length: a.QuerySelectorAll("p").Sum(p => p.TextContent.Length)))
            .Where(a => a.Length > 0)
            .OrderByDescending(a => a.Length)
            .FirstOrDefault().Article;
        for (var e = mainArticle?.ParentElement; e is not null; e = e.ParentElement) _protected.Add(e);
        foreach (var post in body.QuerySelectorAll(EmbeddedPost))
        {
            var text = HtmlText.TextOf([post], _ => false);
            _protected.Add(post);
            for (var e = post.ParentElement; e is not null && HtmlText.TextOf([e], _ => false) == text; e = e.ParentElement)
                _protected.Add(e);
        }
    }

    // matches <blockquote class="twitter-tweet">, <blockquote class="instagram-media">
    private const string EmbeddedPost = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card";

    private void Prune(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (ShouldPrune(child)) { Remove(child); continue; }
            Prune(child);
        }
    }

    private bool ShouldPrune(IElement element)
    {
        var tag = element.LocalName;
        if (HtmlText.NeverText.Contains(tag) && tag is not ("img" or "picture")) return true;
        if (tag is "nav" or "aside" or "footer" && !_protected.Contains(element)) return true;
        if (IsHidden(element) || BoilerplateHints.Popup.IsMatch(HintsOf(element))) return true;
        if (element.GetAttribute("role") is { } role && BoilerplateHints.UnlikelyRoles.Contains(role) && !_protected.Contains(element)) return true;
        if (!_rules.HasFlag(SelectionRules.StripUnlikely) || _protected.Contains(element)) return false;
        if (tag is "body" or "a" or "article" or "main") return false;
        var hints = HintsOf(element);
        if (BoilerplateHints.AlwaysUnlikely.IsMatch(hints) && !LooksLikeArticleBody(element)) return true;
        return BoilerplateHints.Unlikely.IsMatch(hints) && !BoilerplateHints.MaybeCandidate.IsMatch(hints)
            && !HasAncestor(element, "table") && !HasAncestor(element, "code");
    }

    // Five long paragraphs are an article whatever the class says ("article-body subscriber-only").
    private static bool LooksLikeArticleBody(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Length >= 100) >= 5;

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && BoilerplateHints.HiddenStyle.IsMatch(style));

    private void Remove(IElement element)
    {
        _removed.Add(element);
        for (var e = element.ParentElement; e is not null; e = e.ParentElement) _textCache.Remove(e);
    }

    private bool IsRemoved(IElement element) => _removed.Contains(element);

    public static string HintsOf(IElement element) => $"{element.ClassName} {element.Id}";

    // ---- scoring ----

    private static readonly HashSet<string> ScoredTags = ["h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];
    private static readonly HashSet<string> ParagraphBreakers = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];

    private void CollectScores(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (IsRemoved(child)) continue;
            var tag = child.LocalName;
            if (ScoredTags.Contains(tag))
            {
                ScoreParagraph(child.ParentElement, Text(child));
                if (tag is "p" or "pre") continue;
            }
            else if (tag == "div")
            {
                if (SingleParagraphChild(child) is { } onlyParagraph && LinkDensity(child) < 0.25)
                {
                    // A div that only wraps one paragraph is that paragraph.
                    ScoreParagraph(child.ParentElement, Text(onlyParagraph));
                    continue;
                }
                if (!HasDescendant(child, ParagraphBreakers))
                {
                    ScoreParagraph(child.ParentElement, Text(child));
                    continue;
                }
                foreach (var run in InlineRuns(child))
                    ScoreParagraph(child, HtmlText.TextOf(run, IsRemoved));
            }
            CollectScores(child);
        }
    }

    private void ScoreParagraph(IElement? parent, string text)
    {
        if (parent is null || text.Length < MinParagraphLength) return;
        var score = 1.0 + CountCommas(text) + Math.Min(text.Length / 100, 3);
        var level = 0;
        for (var ancestor = parent; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
        {
            if (ancestor.ParentElement is null) break;
            if (!_scores.ContainsKey(ancestor)) _scores[ancestor] = InitialScore(ancestor);
            var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
            _scores[ancestor] += score / divider;
        }
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C') count++;
        return count;
    }

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element);
    }

    private int ClassWeight(IElement element)
    {
        if (!_rules.HasFlag(SelectionRules.WeightClasses)) return 0;
        var weight = 0;
        foreach (var hint in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(hint)) continue;
            if (BoilerplateHints.Negative.IsMatch(hint)) weight -= 25;
            if (BoilerplateHints.Positive.IsMatch(hint)) weight += 25;
        }
        return weight;
    }

    private IElement? ChooseTopCandidate(IElement body)
    {
        var scaled = _scores.Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key)))).ToList();
        foreach (var (element, score) in scaled) _scores[element] = score;
        var top = scaled.OrderByDescending(c => c.Score).Take(TopCandidateCount).ToList();
        _topCandidates = top;
        if (top.Count == 0 || top[0].Element == body) return null;

        var candidate = top[0].Element;
        var candidateScore = top[0].Score;

        // A page-wide wrapper collects points from every region; a strong container inside it is the article.
        var inner = top.Skip(1).FirstOrDefault(c => c.Score >= DescendRatio * candidateScore && candidate.Contains(c.Element));
        if (inner.Element is not null) (candidate, candidateScore) = inner;

        // Several near-equal candidates under one ancestor mean the article is split across them.
        // (Containers of the candidate are not alternatives to it.)
        var alternatives = top.Where(c => c.Score / candidateScore >= 0.75 && !c.Element.Contains(candidate)).Select(c => c.Element).ToList();
        if (alternatives.Count >= 3)
        {
            for (var parent = candidate.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (alternatives.Count(a => a != parent && parent.Contains(a)) >= 3) { candidate = parent; break; }
            }
        }

        // Climb while a parent scores better than the child (the child is one of several article parts).
        var lastScore = _scores.GetValueOrDefault(candidate);
        var threshold = lastScore / 3;
        for (var parent = candidate.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!_scores.TryGetValue(parent, out var parentScore)) continue;
            if (parentScore < threshold) break;
            if (parentScore > lastScore) { candidate = parent; break; }
            lastScore = parentScore;
        }

        // An only child says nothing its parent doesn't; the parent lets siblings join.
        while (candidate.ParentElement is { } p && p != body && p.ChildElementCount == 1)
            candidate = p;
        if (!_scores.ContainsKey(candidate)) _scores[candidate] = InitialScore(candidate);
        return candidate;
    }

    private List<IElement> GatherSiblings(IElement candidate)
    {
        var parent = candidate.ParentElement;
        if (parent is null) return [candidate];
        var candidateScore = _scores[candidate];
        var threshold = Math.Max(10, candidateScore * 0.2);
        var roots = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (IsRemoved(sibling)) continue;
            if (sibling == candidate) { roots.Add(sibling); continue; }
            var bonus = !string.IsNullOrEmpty(candidate.ClassName) && sibling.ClassName == candidate.ClassName ? candidateScore * 0.2 : 0;
            if (_scores.TryGetValue(sibling, out var score) && score + bonus >= threshold) { roots.Add(sibling); continue; }
            // A div holding only inline text counts as a paragraph, as it was scored as one.
            if (sibling.LocalName == "p" || (sibling.LocalName == "div" && !HasDescendant(sibling, ParagraphBreakers)))
            {
                var text = Text(sibling);
                var density = LinkDensity(sibling);
                if (text.Length > 80 && density < 0.25) roots.Add(sibling);
                else if (text.Length is > 0 and < 80 && density == 0 && EndsSentence(text)) roots.Add(sibling);
            }
        }
        return roots;
    }

    private static bool EndsSentence(string text) => text.Contains(". ") || text.EndsWith('.');

    // ---- cleaning inside the chosen content ----

    private void Clean(IElement root)
    {
        MarkDataTables(root);
        CleanConditionally(root, "form", "fieldset");
        foreach (var e in root.QuerySelectorAll("object, embed, footer, link, aside, iframe, input, textarea, select, button"))
            Remove(e);
        foreach (var child in root.Children)
            foreach (var e in child.QuerySelectorAll("*").Where(e => BoilerplateHints.Share.IsMatch(HintsOf(e)) && Text(e).Length < 500))
                Remove(e);
        foreach (var heading in root.QuerySelectorAll("h1, h2"))
            if (ClassWeight(heading) < 0) Remove(heading);
        CleanConditionally(root, "table");
        CleanConditionally(root, "ul", "ol");
        CleanConditionally(root, "div", "section");
    }

    private readonly HashSet<IElement> _dataTables = new(ReferenceEqualityComparer.Instance);

    private void MarkDataTables(IElement root)
    {
        foreach (var table in root.QuerySelectorAll("table"))
        {
            if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0") continue;
            if (table.HasAttribute("summary") || table.QuerySelector("caption, thead, tfoot, colgroup, th") is not null)
            {
                _dataTables.Add(table);
                continue;
            }
            if (table.QuerySelector("table") is not null) continue;
            var rows = table.QuerySelectorAll("tr").Length;
            var columns = table.QuerySelectorAll("tr").Select(r => r.Children.Count(c => c.LocalName is "td" or "th")).DefaultIfEmpty(0).Max();
            if (rows >= 10 || columns > 4 || rows * columns > 10) _dataTables.Add(table);
        }
    }

    // Judges every matching element below the root in reverse document order (innermost first, as
    // their removal changes what their ancestors contain). Context flags travel down the walk instead of
    // being looked up per element, which would cost depth × size.
    private void CleanConditionally(IElement root, params string[] tags)
    {
        if (!_rules.HasFlag(SelectionRules.CleanConditionally)) return;
        var exempt = Ancestors(root).Any(a => a.LocalName == "code" || (a.LocalName == "table" && _dataTables.Contains(a)));
        Walk(root, exempt, HasAncestor(root, "figure"));

        void Walk(IElement element, bool exempt, bool inFigure)
        {
            var childExempt = exempt || element.LocalName == "code" || (element.LocalName == "table" && _dataTables.Contains(element));
            var childInFigure = inFigure || element.LocalName == "figure";
            var children = element.Children.ToArray();
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (IsRemoved(child)) continue;
                Walk(child, childExempt, childInFigure);
                if (!childExempt && tags.Contains(child.LocalName) && ShouldCleanConditionally(child, childInFigure)) Remove(child);
            }
        }
    }

    private bool ShouldCleanConditionally(IElement node, bool inFigure)
    {
        var tag = node.LocalName;
        if (_protected.Contains(node)) return false;
        if (tag == "table" && _dataTables.Contains(node)) return false;

        var text = Text(node);
        // A byline is kept for the emitter to label, not cleaned away as a scrap of short text.
        if (text.Length is > 0 and < 100 && BoilerplateHints.Byline.IsMatch(HintsOf(node))) return false;
        var census = new Census();
        Count(node, census);
        var isList = tag is "ul" or "ol" || (text.Length > 0 && (double)census.ListLength / text.Length > 0.9);

        var weight = ClassWeight(node);
        if (weight < 0) return true;
        if (CountCommas(text) >= 10) return false;

        var headingDensity = text.Length == 0 ? 0 : (double)census.HeadingLength / text.Length;
        var linkDensity = text.Length == 0 ? 0 : census.LinkLength / text.Length;
        var paragraphs = census.Paragraphs;
        var images = census.Images;

        var remove =
            (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
            || (!isList && census.ListItems - 100 > paragraphs)
            || census.Inputs > paragraphs / 3
            || (!isList && headingDensity < 0.9 && text.Length < 25 && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (census.Embeds == 1 && text.Length < 75) || census.Embeds > 1;

        // A plain list of images may stay.
        if (isList && remove)
        {
            if (node.Children.Any(c => c.ChildElementCount > 1)) return true;
            return images != census.ListItems;
        }
        return remove;
    }

    // What a subtree holds, counted in one walk that skips removed parts.
    private sealed class Census
    {
        public int Paragraphs, Images, ListItems, Inputs, Embeds, HeadingLength, ListLength;
        public double LinkLength;
    }

    private void Count(IElement element, Census census)
    {
        foreach (var child in element.Children)
        {
            if (IsRemoved(child)) continue;
            switch (child.LocalName)
            {
                case "p": census.Paragraphs++; break;
                case "img": census.Images++; break;
                case "li": census.ListItems++; break;
                case "input": census.Inputs++; break;
                case "object" or "embed" or "iframe": census.Embeds++; break;
                case "ul" or "ol": census.ListLength += Text(child).Length; break;
                case "a": census.LinkLength += LinkWeight(child) * Text(child).Length; break;
                case var h when HtmlText.IsHeading(h): census.HeadingLength += Text(child).Length; break;
            }
            Count(child, census);
        }
    }

    // Links to a place on the same page ("#notes") are navigation within the article, and weigh less.
    private static double LinkWeight(IElement a) =>
        a.GetAttribute("href") is { Length: > 1 } href && href.StartsWith('#') ? 0.3 : 1;

    // ---- measurements (all ignore removed subtrees) ----

    private string Text(IElement element)
    {
        if (_textCache.TryGetValue(element, out var cached)) return cached;
        var sb = new StringBuilder();
        foreach (var child in element.ChildNodes) HtmlText.Append(child, sb, IsRemoved);
        var text = HtmlText.Normalize(sb.ToString());
        _textCache[element] = text;
        return text;
    }

    private double LinkDensity(IElement element)
    {
        var length = Text(element).Length;
        if (length == 0) return 0;
        var census = new Census();
        Count(element, census);
        return census.LinkLength / length;
    }

    private static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement) yield return e;
    }

    private static bool HasAncestor(IElement element, string tag) => Ancestors(element).Any(a => a.LocalName == tag);

    // Memoised per tag set: asked for every container on the way down, it would otherwise cost
    // depth × size on deeply nested pages. Only asked before cleaning, while the removed-set is fixed.
    private readonly Dictionary<(IElement, HashSet<string>), bool> _hasDescendant = [];

    private bool HasDescendant(IElement element, HashSet<string> tags)
    {
        if (_hasDescendant.TryGetValue((element, tags), out var known)) return known;
        var found = false;
        foreach (var child in element.Children)
        {
            if (IsRemoved(child)) continue;
            if (tags.Contains(child.LocalName) || HasDescendant(child, tags)) { found = true; break; }
        }
        _hasDescendant[(element, tags)] = found;
        return found;
    }

    private IElement? SingleParagraphChild(IElement element)
    {
        IElement? only = null;
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IText t when string.IsNullOrWhiteSpace(t.Data): continue;
                case IText: return null;
                case IElement e when IsRemoved(e): continue;
                case IElement { LocalName: "p" } e when only is null: only = e; break;
                case IElement: return null;
            }
        }
        return only;
    }

    // Maximal runs of inline content directly inside a container, split at blocks and at double <br>.
    private IEnumerable<List<INode>> InlineRuns(IElement container)
    {
        var run = new List<INode>();
        var breaks = 0;
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement e)
            {
                if (IsRemoved(e) || HtmlText.NeverText.Contains(e.LocalName))
                {
                    continue;
                }
                if (e.LocalName == "br")
                {
                    if (++breaks >= 2 && run.Count > 0) { yield return run; run = []; }
                    else run.Add(e);
                    continue;
                }
                if (HtmlText.BlockTags.Contains(e.LocalName) || HasDescendant(e, BlockishTags))
                {
                    if (run.Count > 0) { yield return run; run = []; }
                    breaks = 0;
                    continue;
                }
            }
            else if (node is IText t && string.IsNullOrWhiteSpace(t.Data))
            {
                if (run.Count > 0) run.Add(node);
                continue;
            }
            else if (node is not IText) continue;
            breaks = 0;
            run.Add(node);
        }
        if (run.Count > 0) yield return run;
    }

    private static readonly HashSet<string> BlockishTags = [.. HtmlText.BlockTags.Where(t => t is not ("img" or "picture" or "video" or "iframe"))];
}
