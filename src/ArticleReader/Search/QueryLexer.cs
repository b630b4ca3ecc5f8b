using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArticleReader.Text;

namespace ArticleReader.Search;

internal enum TokenKind { Word, Phrase, Field, Open, Close, Or, And, Not, Minus }

// Span covers everything the token was read from (quotes, stars, field name); Text is the part that is
// searched for (a word trimmed of punctuation, the inside of quotes). Fields carry their checked value.
internal sealed record Token(TokenKind Kind, TextSpan Span)
{
    public TextSpan Text { get; init; }
    public bool Prefix { get; init; }
    public SearchField Field { get; init; }
    public string Value { get; init; } = "";
    public DateBound? Date { get; init; }
}

// Splits a query into tokens. Everything that is not structure (parentheses, quotes, a leading -, the
// uppercase keywords OR/AND/NOT, a known field name) is a word chunk; the chunk's ends are trimmed to letters
// or digits as FTS5 unicode61 would see them, so `^x`, `{a`, `body}:` and `';` never carry punctuation onwards.
internal sealed partial class QueryLexer
{
    public const int MinPrefixLength = 2;

    [GeneratedRegex(@"\G([A-Za-z]+):")]
    private static partial Regex FieldName(); // matches "author:" in author:Applebaum, "foo:" in foo:bar

    // Keywords are operators only as whole chunks in capitals: "OR" is an operator, "or", "Or" and "-OR" are words.
    static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["OR"] = TokenKind.Or, ["AND"] = TokenKind.And, ["NOT"] = TokenKind.Not,
    };

    static readonly Dictionary<SearchField, string> Examples = new()
    {
        [SearchField.Author] = "author:Applebaum", [SearchField.Outlet] = "outlet:Atlantic",
        [SearchField.Speaker] = "speaker:Zelensky", [SearchField.Entity] = "entity:NATO",
        [SearchField.Tag] = "tag:ukraine", [SearchField.Type] = "type:prediction",
        [SearchField.Status] = "status:disputed", [SearchField.Before] = "before:2024-10",
        [SearchField.After] = "after:2024-10-17", [SearchField.In] = "in:claims",
    };

    readonly string _input;
    readonly List<Token> _tokens = [];
    readonly List<QueryError> _errors;
    readonly List<string> _warnings;
    int _i;

    QueryLexer(string input, List<QueryError> errors, List<string> warnings)
    {
        _input = input;
        _errors = errors;
        _warnings = warnings;
    }

    public static List<Token> Lex(string input, List<QueryError> errors, List<string> warnings)
    {
        var lexer = new QueryLexer(input, errors, warnings);
        lexer.Run();
        return lexer._tokens;
    }

    // Whitespace, control and invisible format characters all separate tokens, as they do for unicode61.
    internal static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    // What FTS5 unicode61 keeps as token characters by default: letters, numbers, private use.
    internal static bool IsTokenRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    // The first and last token characters of input[start..end) as a span, or null when there are none.
    internal static TextSpan? TokenBounds(string input, int start, int end)
    {
        int first = -1, last = -1;
        for (var k = start; k < end;)
        {
            var status = Rune.DecodeFromUtf16(input.AsSpan(k, end - k), out var rune, out var width);
            if (status == OperationStatus.Done && IsTokenRune(rune))
            {
                if (first < 0) first = k;
                last = k + width;
            }
            k += Math.Max(width, 1);
        }
        return first < 0 ? null : new TextSpan(first, last);
    }

    static string Column(int position) => (position + 1).ToString(CultureInfo.InvariantCulture);

    // Long runs of junk are shortened in messages so a pasted 10 KB blob does not become a 10 KB warning.
    static string Shown(string text) => text.Length <= 24 ? text : text[..20] + "…";

    void Run()
    {
        var n = _input.Length;
        while (true)
        {
            while (_i < n && IsSeparator(_input[_i])) _i++;
            if (_i >= n) break;
            switch (_input[_i])
            {
                case '(': _tokens.Add(new Token(TokenKind.Open, new(_i, _i + 1))); _i++; break;
                case ')': _tokens.Add(new Token(TokenKind.Close, new(_i, _i + 1))); _i++; break;
                case '-': LexExclusion(); break;
                default:
                    var token = LexOperand(afterMinus: false);
                    if (token is not null) _tokens.Add(token);
                    break;
            }
        }
    }

    // "-Trump", "-\"peace plan\"", "-author:X", "-(a b)". Several hyphens count as one ("--x").
    void LexExclusion()
    {
        var start = _i;
        while (_i < _input.Length && _input[_i] == '-') _i++;
        var minus = new Token(TokenKind.Minus, new(start, _i));
        if (_i >= _input.Length || IsSeparator(_input[_i]) || _input[_i] == ')')
        {
            _warnings.Add($"'{Shown(_input[start.._i])}' at column {Column(start)} has nothing to exclude and is ignored.");
            return;
        }
        if (_input[_i] == '(') { _tokens.Add(minus); return; }
        var operand = LexOperand(afterMinus: true);
        if (operand is null) return; // LexOperand said why
        _tokens.Add(minus);
        _tokens.Add(operand);
    }

    Token? LexOperand(bool afterMinus)
    {
        if (_input[_i] == '"') return LexPhrase();
        var field = FieldName().Match(_input, _i);
        if (field.Success && TryLexField(field, out var token)) return token;
        return LexWord(afterMinus);
    }

    // From just after an opening quote to its closing quote; a doubled "" inside stands for one quote, as in
    // FTS5 and SQL strings. Returns the end of the content; _i ends after the closing quote (or at the end).
    (int ContentEnd, bool Closed) ScanQuoted()
    {
        var n = _input.Length;
        while (_i < n)
        {
            if (_input[_i] == '"')
            {
                if (_i + 1 < n && _input[_i + 1] == '"') { _i += 2; continue; }
                _i++;
                return (_i - 1, true);
            }
            _i++;
        }
        return (n, false);
    }

    Token? LexPhrase()
    {
        var open = _i++;
        var (contentEnd, closed) = ScanQuoted();
        if (!closed)
            _warnings.Add($"Missing closing quote for the one at column {Column(open)}; the phrase runs to the end of the query.");
        var prefix = false;
        if (closed && _i < _input.Length && _input[_i] == '*')
        {
            while (_i < _input.Length && _input[_i] == '*') _i++;
            prefix = true;
        }
        var inner = new TextSpan(open + 1, contentEnd);
        if (TokenBounds(_input, inner.Start, inner.End) is null)
        {
            _warnings.Add($"The quotes at column {Column(open)} hold no words and are ignored.");
            return null;
        }
        return new Token(TokenKind.Phrase, new(open, _i)) { Text = inner, Prefix = prefix };
    }

    // False when `name:` turns out to be ordinary text: an unknown name followed by nothing ("Note: the war")
    // or by a slash ("https://…"). Otherwise the field is consumed; token is null when it was in error.
    bool TryLexField(Match match, out Token? token)
    {
        token = null;
        var start = _i;
        var name = match.Groups[1].Value;
        var after = match.Index + match.Length;
        var n = _input.Length;
        var nothingAfter = after >= n || IsSeparator(_input[after]) || _input[after] == ')';

        if (!SearchFields.ByName.TryGetValue(name, out var field))
        {
            if (nothingAfter || _input[after] is '(' or '/') return false;
            _i = after;
            SkipValue();
            var guess = SearchFields.CommonGuesses.GetValueOrDefault(name) ?? Suggestions.Closest(name, SearchFields.Names);
            var didYouMean = guess is null ? "" : $"Did you mean {guess}:? ";
            _errors.Add(new QueryError(
                $"Unknown field '{Shown(name)}:' at column {Column(start)}. {didYouMean}Fields: {string.Join(", ", SearchFields.Names)}.",
                start, after - start));
            return true;
        }

        var fieldName = SearchFields.Name(field);
        if (nothingAfter || _input[after] == '(')
        {
            _i = after;
            var why = nothingAfter ? "needs a value right after the colon" : "takes one value, not parentheses";
            _errors.Add(new QueryError(
                $"{fieldName}: at column {Column(start)} {why}, e.g. {Examples[field]}. To allow several values, repeat the field.",
                start, after - start));
            return true;
        }

        _i = after;
        string raw;
        TextSpan valueSpan;
        if (_input[_i] == '"')
        {
            var open = _i++;
            var (contentEnd, closed) = ScanQuoted();
            if (!closed)
                _warnings.Add($"Missing closing quote for the one at column {Column(open)}; the value runs to the end of the query.");
            valueSpan = new(open + 1, contentEnd);
            raw = _input[valueSpan.Start..valueSpan.End].Replace("\"\"", "\"", StringComparison.Ordinal);
        }
        else
        {
            SkipValue();
            valueSpan = new(after, _i);
            raw = _input[after.._i];
        }

        var value = CollapseSpaces(raw);
        var span = new TextSpan(start, _i);
        if (value.Length == 0)
        {
            _errors.Add(new QueryError($"{fieldName}: at column {Column(start)} has an empty value, e.g. {Examples[field]}.", start, span.Length));
            return true;
        }
        var checkedValue = CheckValue(field, value, valueSpan, out var date);
        if (checkedValue is null) return true;
        token = new Token(TokenKind.Field, span) { Text = valueSpan, Field = field, Value = checkedValue, Date = date };
        return true;
    }

    // An unquoted field value runs to the next separator or parenthesis: author:Applebaum) stops before ")".
    void SkipValue()
    {
        if (_i < _input.Length && _input[_i] == '"') { _i++; ScanQuoted(); return; }
        while (_i < _input.Length && !IsSeparator(_input[_i]) && _input[_i] is not '(' and not ')') _i++;
    }

    // The canonical value, or null after reporting why the value is not allowed.
    string? CheckValue(SearchField field, string value, TextSpan valueSpan, out DateBound? date)
    {
        date = null;
        var fieldName = SearchFields.Name(field);
        if (SearchFields.IsDate(field))
        {
            date = DateBound.Parse(value, out var problem);
            if (date is not null) return date.ToString();
            _errors.Add(new QueryError(
                $"Invalid date '{Shown(value)}' for {fieldName}: at column {Column(valueSpan.Start)}. {problem} " +
                "Write a year (2024), a month (2024-10) or a day (2024-10-17).",
                valueSpan.Start, valueSpan.Length));
            return null;
        }
        if (SearchFields.AllowedValues(field) is not { } allowed) return value;

        var lower = value.ToLowerInvariant();
        if (allowed.Contains(lower)) return lower;
        var parts = lower.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string hint;
        if (parts.Length > 1 && parts.All(allowed.Contains))
            hint = $"Write one value per field: {string.Join(" ", parts.Select(p => fieldName + ":" + p))}. ";
        else if (Suggestions.Closest(lower, allowed) is { } guess)
            hint = $"Did you mean {fieldName}:{guess}? ";
        else
            hint = "";
        _errors.Add(new QueryError(
            $"Unknown {SearchFields.ValueNoun(field)} '{Shown(value)}' for {fieldName}: at column {Column(valueSpan.Start)}. " +
            $"{hint}{SearchFields.ValueNounPlural(field)}: {string.Join(", ", allowed)}.",
            valueSpan.Start, valueSpan.Length));
        return null;
    }

    Token? LexWord(bool afterMinus)
    {
        var start = _i;
        var n = _input.Length;
        while (_i < n && !IsSeparator(_input[_i]) && _input[_i] is not '(' and not ')') _i++;
        var end = _i;
        var coreEnd = end;
        while (coreEnd > start && _input[coreEnd - 1] == '*') coreEnd--;
        var prefix = coreEnd < end;

        if (TokenBounds(_input, start, coreEnd) is not { } text)
        {
            _warnings.Add(coreEnd == start
                ? $"'{Shown(_input[start..end])}' alone at column {Column(start)} matches nothing and is ignored; * only works at the end of a word (negotiat*)."
                : $"'{Shown(_input[start..end])}' at column {Column(start)} has no letters or digits and is ignored.");
            return null;
        }
        if (_input[start] == '*')
            _warnings.Add($"A * only works at the end of a word (negotiat*); the one at column {Column(start)} is ignored.");

        var word = _input[text.Start..text.End];
        if (!afterMinus && text.Start == start && text.End == end && Keywords.TryGetValue(word, out var keyword))
            return new Token(keyword, new(start, end));
        if (word == "NEAR")
            _warnings.Add($"NEAR at column {Column(text.Start)} is searched as a word; proximity search isn't supported.");
        if (prefix && text.Length < MinPrefixLength)
        {
            _warnings.Add($"'{word}*' at column {Column(text.Start)} is too short for a prefix search; searched as the word '{word}'.");
            prefix = false;
        }
        return new Token(TokenKind.Word, new(start, end)) { Text = text, Prefix = prefix };
    }

    // Field values and phrases are compared and re-rendered with single spaces.
    internal static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
