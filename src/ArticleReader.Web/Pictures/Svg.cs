using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Web.Pictures;

// A small hand-written SVG builder: elements with escaped attributes and text, numbers in invariant
// culture. The output is well-formed XML, so it can be parsed back (the tests do).
public sealed class Svg
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public Svg Open(string name, params (string Name, object? Value)[] attributes)
    {
        Start(name, attributes);
        _sb.Append('>');
        _open.Push(name);
        return this;
    }

    public Svg Close()
    {
        _sb.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    public Svg Empty(string name, params (string Name, object? Value)[] attributes)
    {
        Start(name, attributes);
        _sb.Append("/>");
        return this;
    }

    public Svg Element(string name, string text, params (string Name, object? Value)[] attributes)
    {
        Start(name, attributes);
        _sb.Append('>').Append(Escape(text)).Append("</").Append(name).Append('>');
        return this;
    }

    // A style sheet inside the picture; CSS never holds '<' or '&' here, but CDATA keeps the XML honest anyway.
    public Svg Style(string css)
    {
        _sb.Append("<style><![CDATA[").Append(css.Replace("]]>", "", StringComparison.Ordinal)).Append("]]></style>");
        return this;
    }

    public IHtmlContent ToHtml()
    {
        while (_open.Count > 0) Close();
        return new HtmlString(_sb.ToString());
    }

    public override string ToString() => ToHtml().ToString()!;

    private void Start(string name, (string Name, object? Value)[] attributes)
    {
        _sb.Append('<').Append(name);
        foreach (var (key, value) in attributes)
        {
            if (value is null) continue;
            var text = value switch
            {
                double d => Number(d),
                float f => Number(f),
                int i => i.ToString(CultureInfo.InvariantCulture),
                long l => l.ToString(CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            _sb.Append(' ').Append(key).Append("=\"").Append(Escape(text)).Append('"');
        }
    }

    // Escapes <, >, &, and quotes (as entities XML knows too); letters and typographic quotes stay readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Escape(string text) => Encoder.Encode(text);
}
