namespace QiskitStudio.Python.Runtime;

/// <summary>
/// A parsed format spec: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.
/// </summary>
public sealed class FormatSpec
{
    public char Fill = ' ';
    public char Align;          // '\0' when not given
    public char Sign;           // '\0', '+', '-', ' '
    public bool NoNegativeZero; // 'z'
    public bool Alternate;      // '#'
    public bool ZeroPad;        // '0' flag
    public int Width = -1;
    public char Grouping;       // '\0', ',', '_'
    public int Precision = -1;
    public char TypeCode;       // '\0' when not given
    public bool FillGiven;

    private static bool IsAlign(char c) => c is '<' or '>' or '^' or '=';

    public static FormatSpec Parse(string spec, string typeName)
    {
        var f = new FormatSpec();
        int i = 0, n = spec.Length;
        if (n >= 2 && IsAlign(spec[1]))
        {
            f.Fill = spec[0];
            f.FillGiven = true;
            f.Align = spec[1];
            i = 2;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            i = 1;
        }
        if (i < n && spec[i] is '+' or '-' or ' ') f.Sign = spec[i++];
        if (i < n && spec[i] == 'z')
        {
            f.NoNegativeZero = true;
            i++;
        }
        if (i < n && spec[i] == '#')
        {
            f.Alternate = true;
            i++;
        }
        if (i < n && spec[i] == '0')
        {
            f.ZeroPad = true;
            if (!f.FillGiven) f.Fill = '0';
            if (f.Align == '\0') f.Align = '=';
            i++;
        }
        int start = i;
        while (i < n && char.IsAsciiDigit(spec[i])) i++;
        if (i > start) f.Width = ParseNumber(spec, start, i);
        if (i < n && spec[i] is ',' or '_')
        {
            f.Grouping = spec[i++];
            if (i < n && spec[i] is ',' or '_')
                throw PyExc.ValueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < n && char.IsAsciiDigit(spec[i])) i++;
            if (i == start) throw PyExc.ValueError("Format specifier missing precision");
            f.Precision = ParseNumber(spec, start, i);
        }
        if (n - i > 1) throw PyExc.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (i < n) f.TypeCode = spec[i];
        if (f.Grouping != '\0')
        {
            bool ok = f.TypeCode switch
            {
                '\0' or 'd' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' => true,
                'b' or 'o' or 'x' or 'X' => f.Grouping == '_',
                _ => false,
            };
            if (!ok) throw PyExc.ValueError($"Cannot specify '{f.Grouping}' with '{f.TypeCode}'.");
        }
        return f;
    }

    private static int ParseNumber(string spec, int start, int end)
    {
        if (end - start > 9 || !int.TryParse(spec.AsSpan(start, end - start), out int v))
            throw PyExc.ValueError("Too many decimal digits in format string");
        return v;
    }
}
