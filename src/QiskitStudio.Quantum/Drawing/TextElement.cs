namespace QiskitStudio.Quantum.Drawing;

/// <summary>The kinds of cell the text drawer places on a wire in a layer.</summary>
internal enum ElementKind
{
    Plain, BoxOnQuWire, BoxOnClWire, MeasureFrom, MeasureTo, MultiBoxPart, DirectOnQuWire, DirectOnClWire,
    Barrier, Ex, Reset, Bullet, OpenBullet, ClBullet, ClOpenBullet, EmptyWire, BreakWire, InputWire,
}

/// <summary>
/// One cell of the text drawing: three lines (top, middle, bottom) built from a format with one
/// slot, padding characters and connectors, then centred in the layer's width. The rules
/// (including Python's <c>str.center</c> rounding) reproduce Qiskit's text drawer.
/// </summary>
internal sealed class TextElement
{
    public ElementKind Kind;
    public string? Label;
    public string MidContent = "";
    public string TopFormat = "%s", MidFormat = "%s", BotFormat = "%s";
    public string TopConnect = " ", BotConnect = " ";
    public char TopPad = ' ', MidPadding = ' ', BotPad = ' ';
    public char MidBck = ' ', TopBck = ' ', BotBck = ' ';
    public Dictionary<char, string> TopConnector = [];
    public Dictionary<char, string> BotConnector = [];
    public int RightFill, LeftFill, LayerWidth;
    public string WireLabel = "";
    public bool IsMultiBox;
    public bool Conditional;

    public TextElement(string? label = null)
    {
        Label = label;
        MidContent = label ?? "";
    }

    public int Width => IsMultiBox ? (Label ?? "").Length : MidContent.Length;

    private static string Slot(string format, string content) => format.Replace("%s", content, StringComparison.Ordinal);

    public string Top
    {
        get
        {
            string ret = Width % 2 == 0 && TopFormat.Length % 2 == 1 && TopConnect.Length == 1
                ? Slot(TopFormat, PyText.Center(TopPad + TopConnect, Width, TopPad))
                : Slot(TopFormat, PyText.Center(TopConnect, Width, TopPad));
            return Finish(ret, TopPad, TopBck);
        }
    }

    public string Mid => Finish(Slot(MidFormat, PyText.Center(MidContent, Width, MidPadding)), MidPadding, MidBck);

    public string Bot
    {
        get
        {
            string ret = Width % 2 == 0 && TopFormat.Length % 2 == 1
                ? Slot(BotFormat, PyText.Center(BotPad + BotConnect, Width, BotPad))
                : Slot(BotFormat, PyText.Center(BotConnect, Width, BotPad));
            return Finish(ret, BotPad, BotBck);
        }
    }

    private string Finish(string ret, char pad, char background)
    {
        if (RightFill > 0) ret = PyText.LJust(ret, RightFill, pad);
        if (LeftFill > 0) ret = PyText.RJust(ret, LeftFill, pad);
        return PyText.Center(ret, LayerWidth, background);
    }

    public int Length => Math.Max(Top.Length, Math.Max(Mid.Length, Bot.Length));

    /// <summary>Connects the element vertically with <paramref name="wireChar"/>; a label goes after the top connector.</summary>
    public void Connect(char wireChar, bool top, bool bot, string? label = null)
    {
        if (top && TopConnector.Count > 0) TopConnect = TopConnector[wireChar];
        if (bot && BotConnector.Count > 0) BotConnect = BotConnector[wireChar];
        if (!string.IsNullOrEmpty(label)) TopFormat = TopFormat[..^1] + label;
    }

    /// <summary>In a box spanning several wires, puts the label on the middle wire (Qiskit's center_label).</summary>
    public void CenterLabel(int inputLength, int order)
    {
        string label = Label ?? "";
        if (inputLength == 0 && order == 0)
        {
            TopConnect = label;
            return;
        }
        int location = PyText.Center("*", inputLength * 2 - 1, ' ').IndexOf('*') + 1;
        int topLimit = order * 2 + 2;
        int botLimit = topLimit + 2;
        if (topLimit <= location && location < botLimit)
        {
            if (location == topLimit) TopConnect = label;
            else if (location == topLimit + 1) MidContent = label;
            else BotConnect = label;
        }
    }

    // ---- factories, one per Qiskit element class --------------------------------------------

    private static readonly Dictionary<char, string> BoxTop = new() { ['│'] = "┴" };
    private static readonly Dictionary<char, string> BoxBot = new() { ['│'] = "┬" };
    private static Dictionary<char, string> Through() => new() { ['│'] = "│", ['║'] = "║" };

    public static TextElement BoxOnQuWire(string label, string? topConnect = "─", bool conditional = false) => new(label)
    {
        Kind = ElementKind.BoxOnQuWire,
        TopFormat = "┌─%s─┐", MidFormat = "┤ %s ├", BotFormat = "└─%s─┘",
        TopPad = '─', BotPad = '─', MidBck = '─',
        TopConnect = topConnect ?? "─",
        BotConnect = conditional ? "╥" : "─",
        TopConnector = new(BoxTop), BotConnector = new(BoxBot),
    };

    public static TextElement BoxOnClWire(string label, string topConnect = "─", string botConnect = "─") => new(label)
    {
        Kind = ElementKind.BoxOnClWire,
        TopFormat = "┌─%s─┐", MidFormat = "╡ %s ╞", BotFormat = "└─%s─┘",
        TopPad = '─', BotPad = '─', MidBck = '═',
        TopConnect = topConnect, BotConnect = botConnect,
    };

    public static TextElement MeasureTo(string label = "") => new()
    {
        Kind = ElementKind.MeasureTo,
        TopConnect = " ║ ", MidContent = "═╩═", BotConnect = label, MidBck = '═',
    };

    public static TextElement MeasureFrom()
    {
        var e = BoxOnQuWire("");
        e.Kind = ElementKind.MeasureFrom;
        e.TopFormat = e.MidFormat = e.BotFormat = "%s";
        e.TopConnect = "┌─┐";
        e.MidContent = "┤M├";
        e.BotConnect = "└╥┘";
        e.TopPad = e.BotPad = ' ';
        e.MidPadding = '─';
        return e;
    }

    private static TextElement MultiPart(TextElement e)
    {
        e.Kind = ElementKind.MultiBoxPart;
        e.IsMultiBox = true;
        return e;
    }

    private static string BoxEdge(string left, int leftFill, string right) =>
        left + PyText.Center("s", leftFill + 1, '─').Replace("s", "%s", StringComparison.Ordinal) + right;

    public static TextElement BoxOnQuWireTop(string label, string? topConnect, string wireLabel)
    {
        var e = MultiPart(BoxOnQuWire(label));
        e.WireLabel = wireLabel;
        e.BotConnect = " ";
        e.BotPad = ' ';
        e.MidContent = "";
        e.LeftFill = wireLabel.Length;
        e.TopFormat = BoxEdge("┌─", e.LeftFill, "─┐");
        e.MidFormat = $"┤{wireLabel} %s ├";
        e.BotFormat = $"│{new string(' ', e.LeftFill)} %s │";
        e.TopConnect = topConnect ?? "─";
        return e;
    }

    private static TextElement WireMid(TextElement e, int inputLength, int order, string wireLabel)
    {
        MultiPart(e);
        e.TopPad = e.BotPad = ' ';
        e.WireLabel = wireLabel;
        e.LeftFill = wireLabel.Length;
        e.TopFormat = $"│{new string(' ', e.LeftFill)} %s │";
        e.BotFormat = $"│{new string(' ', e.LeftFill)} %s │";
        e.TopConnect = e.BotConnect = e.MidContent = "";
        e.CenterLabel(inputLength, order);
        return e;
    }

    public static TextElement BoxOnQuWireMid(string label, int inputLength, int order, string wireLabel, string? controlLabel = null)
    {
        var e = WireMid(BoxOnQuWire(label), inputLength, order, wireLabel);
        e.MidFormat = controlLabel is not null ? $"{controlLabel}{wireLabel} %s ├" : $"┤{wireLabel} %s ├";
        return e;
    }

    public static TextElement BoxOnClWireMid(string label, int inputLength, int order, string wireLabel)
    {
        var e = WireMid(BoxOnClWire(label), inputLength, order, wireLabel);
        e.MidFormat = $"╡{wireLabel} %s ╞";
        return e;
    }

    public static TextElement BoxOnQuWireBot(string label, int inputLength, string? botConnect, string wireLabel, bool conditional)
    {
        var e = MultiPart(BoxOnQuWire(label));
        e.WireLabel = wireLabel;
        e.TopPad = ' ';
        e.LeftFill = wireLabel.Length;
        e.TopFormat = $"│{new string(' ', e.LeftFill)} %s │";
        e.MidFormat = $"┤{wireLabel} %s ├";
        e.BotFormat = BoxEdge("└─", e.LeftFill, "─┘");
        e.BotConnect = conditional ? "╥" : botConnect ?? "─";
        e.MidContent = e.TopConnect = "";
        if (inputLength <= 2) e.TopConnect = label;
        return e;
    }

    public static TextElement BoxOnClWireTop(string label, string? topConnect, string wireLabel)
    {
        var e = MultiPart(BoxOnClWire(label));
        e.WireLabel = wireLabel;
        e.MidContent = "";
        e.BotFormat = "│ %s │";
        e.TopConnect = topConnect ?? "─";
        e.BotConnect = " ";
        e.BotPad = ' ';
        return e;
    }

    public static TextElement BoxOnClWireBot(string label, int inputLength, string? botConnect, string wireLabel)
    {
        var e = MultiPart(BoxOnClWire(label));
        e.WireLabel = wireLabel;
        e.LeftFill = wireLabel.Length;
        e.TopPad = ' ';
        e.BotPad = '─';
        e.TopFormat = $"│{new string(' ', e.LeftFill)} %s │";
        e.MidFormat = $"╡{wireLabel} %s ╞";
        e.BotFormat = BoxEdge("└─", e.LeftFill, "─┘");
        e.BotConnect = botConnect ?? "─";
        e.MidContent = e.TopConnect = "";
        if (inputLength <= 2) e.TopConnect = label;
        return e;
    }

    private static TextElement DirectOnQuWire(string label) => new(label)
    {
        Kind = ElementKind.DirectOnQuWire,
        TopFormat = " %s ", MidFormat = "─%s─", BotFormat = " %s ",
        MidPadding = '─', MidBck = '─',
        TopConnector = Through(), BotConnector = Through(),
    };

    public static TextElement Barrier(string? label)
    {
        var e = DirectOnQuWire("░");
        e.Kind = ElementKind.Barrier;
        e.TopConnect = string.IsNullOrEmpty(label) ? "░" : label;
        e.BotConnect = "░";
        e.TopConnector = [];
        e.BotConnector = [];
        return e;
    }

    public static TextElement Ex(bool conditional = false)
    {
        var e = DirectOnQuWire("X");
        e.Kind = ElementKind.Ex;
        e.BotConnect = conditional ? "║" : " ";
        e.TopConnect = " ";
        return e;
    }

    public static TextElement ResetDisplay(bool conditional = false)
    {
        var e = DirectOnQuWire("|0>");
        e.Kind = ElementKind.Reset;
        if (conditional) e.BotConnect = "║";
        return e;
    }

    public static TextElement Bullet(bool open, bool conditional = false, string? label = null, bool bottom = false)
    {
        var e = DirectOnQuWire(open ? "o" : "■");
        e.Kind = open ? ElementKind.OpenBullet : ElementKind.Bullet;
        e.Conditional = conditional;
        e.TopConnect = "";
        e.BotConnect = conditional ? "║" : "";
        if (!string.IsNullOrEmpty(label) && bottom) e.BotConnect = label;
        else if (!string.IsNullOrEmpty(label)) e.TopConnect = label;
        e.MidBck = '─';
        return e;
    }

    public static TextElement ClBullet(bool open, string topConnect, string botConnect)
    {
        var e = new TextElement(open ? "o" : "■")
        {
            Kind = open ? ElementKind.ClOpenBullet : ElementKind.ClBullet,
            TopFormat = " %s ", MidFormat = "═%s═", BotFormat = " %s ",
            MidPadding = '═', MidBck = '═',
            TopConnector = Through(), BotConnector = Through(),
        };
        e.TopConnect = topConnect;
        e.BotConnect = botConnect;
        return e;
    }

    public static TextElement EmptyWire(char wire) => new(wire.ToString())
    {
        Kind = ElementKind.EmptyWire,
        MidPadding = wire, MidBck = wire,
    };

    public static TextElement BreakWire(char arrow) => new()
    {
        Kind = ElementKind.BreakWire,
        TopConnect = arrow.ToString(), MidContent = arrow.ToString(), BotConnect = arrow.ToString(),
    };

    public static TextElement InputWire(string label) => new(label) { Kind = ElementKind.InputWire };

    /// <summary>A placeholder that only takes part in a connection (Qiskit's DrawElement("")).</summary>
    public static TextElement Dummy() => new("");
}

/// <summary>Python's str.center / ljust / rjust, with CPython's rounding for center.</summary>
internal static class PyText
{
    public static string Center(string s, int width, char fill)
    {
        int len = s.Length;
        if (width <= len) return s;
        int margin = width - len;
        int left = margin / 2 + (margin & width & 1);
        return new string(fill, left) + s + new string(fill, margin - left);
    }

    public static string LJust(string s, int width, char fill) => s.Length >= width ? s : s + new string(fill, width - s.Length);
    public static string RJust(string s, int width, char fill) => s.Length >= width ? s : new string(fill, width - s.Length) + s;
}
