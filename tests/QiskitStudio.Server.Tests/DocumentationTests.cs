using System.Text.RegularExpressions;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Configuration;

namespace QiskitStudio.Server.Tests;

/// <summary>The settings the server resolves, .env.template and the README's table name the same variables.</summary>
public sealed partial class DocumentationTests
{
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QiskitStudio.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new DirectoryNotFoundException("QiskitStudio.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Every_resolved_setting_is_in_env_template_and_README_and_nothing_else_is()
    {
        var root = RepositoryRoot();
        var template = File.ReadAllText(Path.Combine(root, ".env.template"));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var resolved = SettingsReport.Resolve(configuration, new ServerSettings(), new KernelOptions(), new IbmQuantumSettings(), new QiskitStudio.Execution.ExecutionOptions())
            .Select(s => s.Name).ToHashSet();

        var inTemplate = TemplateVariable().Matches(template).Select(m => m.Groups["name"].Value).ToHashSet();

        Assert.Equal(resolved.Order(), inTemplate.Order());
        foreach (var name in resolved)
        {
            Assert.Contains($"`{name}`", readme);
        }
    }

    [GeneratedRegex(@"^#?\s*(?<name>[A-Z][A-Z0-9_]+)=", RegexOptions.Multiline)]
    private static partial Regex TemplateVariable();
}
