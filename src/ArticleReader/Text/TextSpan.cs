namespace ArticleReader.Text;

// A half-open range [Start, End) of character offsets into a source string.
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];

    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, End - Start);
}
