using System.Text;

namespace ArticleReader.Claims.CheckWorthiness;

public sealed record LabelledSentence(string Text, bool IsClaim);

// Reads the ClaimBuster files: header `text,label`, RFC 4180 quoting (doubled quotes inside quoted fields,
// quoted fields may span lines).
public static class LabelledSentenceCsv
{
    public static IReadOnlyList<LabelledSentence> Read(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<LabelledSentence> Parse(string csv)
    {
        var rows = ParseRows(csv);
        if (rows.Count == 0) return [];
        var header = rows[0];
        var textColumn = header.FindIndex(h => h.Trim().Equals("text", StringComparison.OrdinalIgnoreCase));
        var labelColumn = header.FindIndex(h => h.Trim().Equals("label", StringComparison.OrdinalIgnoreCase));
        if (textColumn < 0 || labelColumn < 0)
            throw new FormatException("claims CSV needs a header with 'text' and 'label' columns");
        var result = new List<LabelledSentence>(rows.Count - 1);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (row.Count <= Math.Max(textColumn, labelColumn))
                throw new FormatException($"claims CSV row {r} has {row.Count} fields");
            var label = row[labelColumn].Trim() switch
            {
                "1" => true,
                "0" => false,
                var other => throw new FormatException($"claims CSV row {r} has label '{other}'"),
            };
            result.Add(new LabelledSentence(row[textColumn], label));
        }
        return result;
    }

    internal static List<List<string>> ParseRows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (fieldStarted || field.Length > 0 || row.Count > 0) row.Add(field.ToString());
                    if (row.Count > 0) rows.Add(row);
                    row = [];
                    field.Clear();
                    fieldStarted = false;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (fieldStarted || field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
