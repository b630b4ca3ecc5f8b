using System.Text;

namespace ArticleReader.Ingestion.Markdown;

// The few YAML shapes note front matter uses: top-level `key: value` pairs, values plain, 'single-'
// or "double-quoted", inline lists `[a, b]` and block lists of `- item` lines (both joined with ", ").
// Nested maps and multi-line scalars are skipped, not guessed at.
public static class FrontMatter
{
    public static IReadOnlyDictionary<string, string> Read(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        var listItems = new List<string>();

        void FinishList()
        {
            if (listKey is not null && listItems.Count > 0) values[listKey] = string.Join(", ", listItems);
            listKey = null;
            listItems.Clear();
        }

        foreach (var rawLine in yaml.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Trim() is "---" or "..." || line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            var indented = char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (listKey is not null && trimmed.StartsWith('-'))
            {
                if (Scalar(trimmed[1..]) is { Length: > 0 } item) listItems.Add(item);
                continue;
            }
            if (indented) continue;
            FinishList();
            var colon = trimmed.IndexOf(':');
            if (colon <= 0) continue;
            var key = trimmed[..colon].Trim().Trim('"', '\'');
            var rest = trimmed[(colon + 1)..].Trim();
            if (rest.Length == 0) { listKey = key; continue; }
            if (rest.StartsWith('[') && rest.EndsWith(']'))
            {
                var items = SplitInlineList(rest[1..^1]).Select(Scalar).Where(s => s.Length > 0).ToList();
                if (items.Count > 0) values[key] = string.Join(", ", items);
                continue;
            }
            if (rest is "|" or ">" or "|-" or ">-") continue;
            values[key] = Scalar(rest);
        }
        FinishList();
        return values;
    }

    // One scalar: quotes removed (with their escapes), an unquoted trailing " # comment" dropped.
    public static string Scalar(string raw)
    {
        var text = raw.Trim();
        if (text.Length >= 2 && text[0] == '"')
        {
            var sb = new StringBuilder();
            for (var i = 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"') break;
                if (c == '\\' && i + 1 < text.Length)
                {
                    var next = text[++i];
                    sb.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
                    continue;
                }
                sb.Append(c);
            }
            return sb.ToString();
        }
        if (text.Length >= 2 && text[0] == '\'')
        {
            var sb = new StringBuilder();
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'') { sb.Append('\''); i++; continue; }
                    break;
                }
                sb.Append(text[i]);
            }
            return sb.ToString();
        }
        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? text[..comment] : text).Trim();
    }

    private static IEnumerable<string> SplitInlineList(string inner)
    {
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is null && c == ',') { yield return current.ToString(); current.Clear(); continue; }
            if (c is '"' or '\'') quote = quote == c ? null : quote ?? c;
            current.Append(c);
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
