using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QiskitStudio.Agents.Agents;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Ledger;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Agents.Routing;
using QiskitStudio.Storage;
using QiskitStudio.Storage.Postgres;
using QiskitStudio.Storage.Sql;
using QiskitStudio.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the kernel and its parts.</summary>
public static class KernelServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IChatKernel"/> and everything behind it: the options, the stores (SQLite
    /// file <c>DataDirectory/DatabaseFileName</c> created on first use, or PostgreSQL when
    /// <see cref="KernelOptions.PostgresConnectionString"/> is set), the token ledger, the router,
    /// the agent registry, the replay seam and the provider. Each part is registered with TryAdd, so a
    /// host may register its own (a PostgreSQL <see cref="ISessionStore"/>, another router) first.
    /// To make an offline client the default provider, also register it under
    /// <see cref="ChatProviderFactory.OfflineServiceKey"/>:
    /// <c>services.AddKeyedSingleton&lt;IChatClient&gt;(ChatProviderFactory.OfflineServiceKey, (sp, _) => …)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="KernelOptions.Validate"/>).</exception>
    public static IServiceCollection AddChatKernel(this IServiceCollection services, KernelOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        services.TryAddSingleton(options);
        services.TryAddSingleton<ISqlDatabase>(_ => string.IsNullOrWhiteSpace(options.PostgresConnectionString)
            ? new SqliteDatabase(Path.Combine(options.DataDirectory, options.DatabaseFileName))
            : new PostgresDatabase(options.PostgresConnectionString));
        services.TryAddSingleton<ISessionStore>(sp => new SqlSessionStore(sp.GetRequiredService<ISqlDatabase>()));
        services.TryAddSingleton<ILedgerStore>(sp => new SqlLedgerStore(sp.GetRequiredService<ISqlDatabase>()));
        services.TryAddSingleton(sp => new TokenLedger(sp.GetRequiredService<ILedgerStore>(), options));
        services.TryAddSingleton<IIntentRouter, IntentRouter>();
        services.TryAddSingleton(_ => AgentRegistry.CreateDefault());
        services.TryAddSingleton<IAnswerReplay, NoAnswerReplay>();
        services.TryAddSingleton(sp => ChatProviderFactory.Create(
            options,
            sp.GetRequiredService<TokenLedger>(),
            sp.GetKeyedService<IChatClient>(ChatProviderFactory.OfflineServiceKey),
            sp.GetService<RetryWait>(),
            sp.GetService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        services.TryAddSingleton<IChatKernel, ChatKernel>();
        return services;
    }

    /// <summary>Registers the kernel with options read from the environment (<see cref="KernelOptions.FromEnvironment"/>) and then adjusted.</summary>
    public static IServiceCollection AddChatKernel(this IServiceCollection services, Action<KernelOptions>? configure = null)
    {
        var options = KernelOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        configure?.Invoke(options);
        return services.AddChatKernel(options);
    }
}
