using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Execution.Security;

/// <summary>Something a program may not do, where it does it.</summary>
public sealed record SecurityFinding(string What, int Line)
{
    /// <summary>The text the <c>/run</c> output carries (issue 4 item 4).</summary>
    public string Message => $"Security Error: {What} is not allowed (line {Line})";
}

/// <summary>
/// Reads a program's syntax tree before either engine runs it and refuses the ways out of a
/// Python sandbox: modules that reach the operating system, builtins that run or load code,
/// and the dunder and frame attributes that lead from any object back to them. It is the first
/// fence, not the only one: the embedded engine has no OS access at all, and the CPython engine
/// runs in a locked-down subprocess.
/// </summary>
public static class SecurityAnalyzer
{
    /// <summary>Top-level modules whose import is refused.</summary>
    public static readonly IReadOnlySet<string> BlockedModules = new HashSet<string>(StringComparer.Ordinal)
    {
        "os", "posix", "nt", "posixpath", "ntpath", "subprocess", "socket", "socketserver", "ssl", "select", "selectors",
        "shutil", "pathlib", "glob", "fnmatch", "tempfile", "fileinput", "filecmp", "io", "_io", "ctypes", "cffi",
        "importlib", "imp", "pkgutil", "zipimport", "runpy", "builtins", "__builtin__", "__main__", "code", "codeop",
        "inspect", "gc", "sysconfig", "site", "platform", "signal", "pty", "tty", "termios", "fcntl", "resource", "mmap",
        "marshal", "pickle", "_pickle", "cPickle", "dill", "shelve", "dbm", "sqlite3", "multiprocessing", "asyncio",
        "urllib", "urllib2", "urllib3", "http", "httplib", "requests", "httpx", "aiohttp", "ftplib", "smtplib", "poplib",
        "imaplib", "telnetlib", "webbrowser", "xmlrpc", "wsgiref", "pdb", "bdb", "trace", "tracemalloc", "faulthandler",
        "_thread", "posix_spawn", "pwd", "grp", "spwd", "crypt", "syslog", "atexit", "ensurepip", "venv", "distutils",
        "setuptools", "pip", "zipfile", "tarfile", "gzip", "bz2", "lzma", "compileall", "py_compile", "linecache",
        "tokenize", "codecs", "_posixsubprocess", "_ctypes", "_socket", "_ssl", "pandas", "joblib",
    };

    /// <summary>
    /// Modules that other modules keep as attributes (<c>random._os</c>, <c>np.testing.sys</c>): an
    /// attribute with one of these names, with or without leading underscores, is refused.
    /// </summary>
    private static readonly HashSet<string> OperatingSystemModuleNames = new(StringComparer.Ordinal)
    {
        "os", "posix", "nt", "sys", "subprocess", "posixsubprocess", "socket", "shutil", "builtins", "importlib",
        "ctypes", "pty", "pickle", "marshal", "multiprocessing", "ctypeslib", "io", "pathlib", "tempfile",
    };

    /// <summary>Attributes that read or write files or run commands by path.</summary>
    private static readonly HashSet<string> FileAttributes = new(StringComparer.Ordinal)
    {
        "open", "load", "loadtxt", "savetxt", "genfromtxt", "fromfile", "tofile", "memmap", "fromregex", "save", "savez",
        "savez_compressed", "DataSource", "read_csv", "read_pickle", "to_pickle", "system", "popen", "spawn", "execv",
        "execve", "fork", "getenv", "environ",
    };

    /// <summary>Builtins that run, compile or load code, open files or expose the namespace.</summary>
    public static readonly IReadOnlySet<string> BlockedBuiltins = new HashSet<string>(StringComparer.Ordinal)
    {
        "eval", "exec", "compile", "__import__", "open", "breakpoint", "globals", "locals", "__builtins__", "__loader__",
        "__spec__", "memoryview", "vars",
    };

    /// <summary>
    /// Attribute names that lead from an object to code, frames, globals or every class in the
    /// process. Refused as attributes and also inside string constants, which catches
    /// <c>"{0.__init__.__globals__}".format(x)</c> and <c>vars(t)["__subclasses__"]</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> BlockedAttributes =
    [
        "__subclasses__", "__globals__", "__builtins__", "__code__", "__closure__", "__bases__", "__base__", "__mro__",
        "__getattribute__", "__reduce__", "__reduce_ex__", "__loader__", "__spec__", "__import__", "__dict__", "__func__",
        "__self__", "__init_subclass__", "__class_getitem__", "__setattr__", "__delattr__", "__traceback__", "__frame__",
        "__file__", "__cached__", "__path__",
        "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "tb_frame", "tb_next", "gi_frame", "gi_code", "cr_frame",
        "cr_code", "ag_frame", "ag_code", "co_code", "func_globals", "_getframe", "settrace", "setprofile",
        "modules", "meta_path", "path_hooks", "path_importer_cache", "addaudithook", "_current_frames",
    ];

    private static readonly HashSet<string> BlockedAttributeSet = new(BlockedAttributes, StringComparer.Ordinal);

    // Dunders worth refusing even inside a string (generic names like "modules" are not).
    private static readonly string[] BlockedDunderSubstrings = BlockedAttributes.Where(a => a.StartsWith("__", StringComparison.Ordinal)).ToArray();

    private static readonly HashSet<string> AttributeFunctions = new(StringComparer.Ordinal) { "getattr", "setattr", "delattr", "hasattr" };

    /// <summary>Every finding in the program, in source order (empty when it may run).</summary>
    public static IReadOnlyList<SecurityFinding> Analyze(Module module)
    {
        var walker = new Walker();
        walker.VisitStatements(module.Body);
        walker.Findings.Sort((a, b) => a.Line.CompareTo(b.Line));
        return walker.Findings;
    }

    private sealed class Walker
    {
        public List<SecurityFinding> Findings { get; } = [];

        // Names bound to the sys module: sys itself may be used only as `sys.<attr>`.
        private readonly HashSet<string> _sysAliases = new(StringComparer.Ordinal);

        private void Refuse(string what, Node node) => Findings.Add(new SecurityFinding(what, node.Line));

        public void VisitStatements(IEnumerable<Stmt> statements)
        {
            foreach (var statement in statements)
                Visit(statement);
        }

        private void Visit(Stmt statement)
        {
            switch (statement)
            {
                case Import import:
                    foreach (var alias in import.Names)
                    {
                        CheckModule(alias.Name, alias);
                        if (alias.Name == "sys")
                            _sysAliases.Add(alias.AsName ?? "sys");
                    }
                    break;
                case ImportFrom from:
                    if (from.Level > 0)
                        Refuse("a relative import", from);
                    if (from.Module is not null)
                        CheckModule(from.Module, from);
                    foreach (var alias in from.Names)
                    {
                        if (from.Module == "sys" && (alias.Name == "*" || BlockedAttributeSet.Contains(alias.Name)))
                            Refuse($"importing '{alias.Name}' from sys", alias.Line == 0 ? from : alias);
                        else if (BlockedBuiltins.Contains(alias.Name) || BlockedAttributeSet.Contains(alias.Name) && alias.Name.StartsWith("__", StringComparison.Ordinal))
                            Refuse($"importing '{alias.Name}'", alias.Line == 0 ? from : alias);
                    }
                    break;
                case ExprStmt e: Visit(e.Value); break;
                case Assign a: a.Targets.ForEach(Visit); Visit(a.Value); break;
                case AugAssign a: Visit(a.Target); Visit(a.Value); break;
                case AnnAssign a: Visit(a.Target); Visit(a.Annotation); VisitOptional(a.Value); break;
                case Delete d: d.Targets.ForEach(Visit); break;
                case Return r: VisitOptional(r.Value); break;
                case Raise r: VisitOptional(r.Exception); VisitOptional(r.Cause); break;
                case AssertStmt a: Visit(a.Test); VisitOptional(a.Message); break;
                case Global g: CheckDeclaredNames(g.Names, g); break;
                case Nonlocal n: CheckDeclaredNames(n.Names, n); break;
                case If i: Visit(i.Test); VisitStatements(i.Body); VisitStatements(i.OrElse); break;
                case While w: Visit(w.Test); VisitStatements(w.Body); VisitStatements(w.OrElse); break;
                case For f: Visit(f.Target); Visit(f.Iter); VisitStatements(f.Body); VisitStatements(f.OrElse); break;
                case Try t:
                    VisitStatements(t.Body);
                    foreach (var handler in t.Handlers)
                    {
                        VisitOptional(handler.Type);
                        VisitStatements(handler.Body);
                    }
                    VisitStatements(t.OrElse);
                    VisitStatements(t.FinalBody);
                    break;
                case With w:
                    foreach (var item in w.Items)
                    {
                        Visit(item.Context);
                        VisitOptional(item.Target);
                    }
                    VisitStatements(w.Body);
                    break;
                case FunctionDef f:
                    f.Decorators.ForEach(Visit);
                    VisitArguments(f.Args);
                    VisitOptional(f.Returns);
                    VisitStatements(f.Body);
                    break;
                case ClassDef c:
                    c.Decorators.ForEach(Visit);
                    c.Bases.ForEach(Visit);
                    foreach (var keyword in c.Keywords)
                        Visit(keyword.Value);
                    VisitStatements(c.Body);
                    break;
                case Pass or Break or Continue:
                    break;
                default:
                    // A statement kind this analyser does not know cannot be vouched for.
                    Refuse($"the statement '{statement.GetType().Name}'", statement);
                    break;
            }
        }

        private void VisitArguments(Arguments arguments)
        {
            foreach (var arg in arguments.PositionalOnly.Concat(arguments.Args).Concat(arguments.KeywordOnly))
                VisitOptional(arg.Annotation);
            arguments.Defaults.ForEach(Visit);
            foreach (var value in arguments.KeywordDefaults)
                VisitOptional(value);
        }

        private void VisitOptional(Expr? expression)
        {
            if (expression is not null)
                Visit(expression);
        }

        private void Visit(Expr expression)
        {
            switch (expression)
            {
                case Constant c:
                    if (c.Kind is ConstantKind.Str or ConstantKind.Bytes)
                        CheckString(c.Str, c);
                    break;
                case Name n:
                    if (BlockedBuiltins.Contains(n.Id))
                        Refuse($"'{n.Id}'", n);
                    else if (AttributeFunctions.Contains(n.Id))
                        Refuse($"using '{n.Id}' other than in a call with a plain attribute name", n);
                    else if (_sysAliases.Contains(n.Id))
                        Refuse("using the sys module other than as 'sys.<name>'", n);
                    break;
                case AttributeExpr a:
                    if (BlockedAttributeSet.Contains(a.Attr))
                        Refuse($"access to '{a.Attr}'", a);
                    else if (OperatingSystemModuleNames.Contains(a.Attr.TrimStart('_')))
                        Refuse($"access to the module attribute '{a.Attr}'", a);
                    else if (FileAttributes.Contains(a.Attr))
                        Refuse($"file and process access through '.{a.Attr}'", a);
                    if (a.Value is Name receiver && _sysAliases.Contains(receiver.Id))
                        break; // sys.stdout and friends; the attribute itself was checked above
                    Visit(a.Value);
                    break;
                case Call call:
                    VisitCall(call);
                    break;
                case JoinedStr j: j.Values.ForEach(Visit); break;
                case FormattedValue f: Visit(f.Value); if (f.FormatSpec is not null) Visit(f.FormatSpec); break;
                case BinOp b: Visit(b.Left); Visit(b.Right); break;
                case UnaryOp u: Visit(u.Operand); break;
                case BoolOp b: b.Values.ForEach(Visit); break;
                case Compare c: Visit(c.Left); c.Comparators.ForEach(Visit); break;
                case Subscript s: Visit(s.Value); Visit(s.Index); break;
                case Slice s: VisitOptional(s.Lower); VisitOptional(s.Upper); VisitOptional(s.Step); break;
                case Starred s: Visit(s.Value); break;
                case ListExpr l: l.Elements.ForEach(Visit); break;
                case TupleExpr t: t.Elements.ForEach(Visit); break;
                case SetExpr s: s.Elements.ForEach(Visit); break;
                case DictExpr d:
                    foreach (var key in d.Keys)
                        VisitOptional(key);
                    d.Values.ForEach(Visit);
                    break;
                case ComprehensionExpr c:
                    Visit(c.Element);
                    VisitOptional(c.Value);
                    foreach (var generator in c.Generators)
                    {
                        Visit(generator.Target);
                        Visit(generator.Iter);
                        generator.Ifs.ForEach(Visit);
                    }
                    break;
                case Lambda l: VisitArguments(l.Args); Visit(l.Body); break;
                case IfExp i: Visit(i.Test); Visit(i.Body); Visit(i.OrElse); break;
                case NamedExpr n: Visit(n.Target); Visit(n.Value); break;
                case Yield y: VisitOptional(y.Value); break;
                case YieldFrom y: Visit(y.Value); break;
                case Await a: Visit(a.Value); break;
                default:
                    Refuse($"the expression '{expression.GetType().Name}'", expression);
                    break;
            }
        }

        private void VisitCall(Call call)
        {
            if (call.Func is Name { Id: var function } && AttributeFunctions.Contains(function))
            {
                // getattr(obj, "name") with a plain constant name is fine; anything else can reach any dunder.
                if (call.Args.Count < 2 || call.Args[1] is not Constant { Kind: ConstantKind.Str } name)
                    Refuse($"{function} with a computed attribute name", call);
                else if (name.Str.StartsWith("__", StringComparison.Ordinal) || BlockedAttributeSet.Contains(name.Str))
                    Refuse($"{function} of '{name.Str}'", call);
            }
            else
            {
                Visit(call.Func);
            }
            call.Args.ForEach(Visit);
            foreach (var keyword in call.Keywords)
                Visit(keyword.Value);
        }

        private void CheckModule(string dotted, Node where)
        {
            var root = dotted.Split('.')[0];
            if (BlockedModules.Contains(root))
                Refuse($"importing the module '{dotted}'", where);
            else if (dotted.StartsWith("numpy.ctypeslib", StringComparison.Ordinal) || dotted.StartsWith("numpy.distutils", StringComparison.Ordinal))
                Refuse($"importing the module '{dotted}'", where);
        }

        private void CheckDeclaredNames(List<string> names, Node where)
        {
            foreach (var name in names)
            {
                if (BlockedBuiltins.Contains(name))
                    Refuse($"'{name}'", where);
            }
        }

        private void CheckString(string text, Node where)
        {
            foreach (var dunder in BlockedDunderSubstrings)
            {
                if (text.Contains(dunder, StringComparison.Ordinal))
                {
                    Refuse($"the name '{dunder}' in a string", where);
                    return;
                }
            }
        }
    }
}
