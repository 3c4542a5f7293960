using QiskitStudio.Server;
using QiskitStudio.Server.Endpoints;

// Qiskit Studio backend: one process for chat, code generation and code runs (docs at /docs).
var builder = WebApplication.CreateBuilder(args);

// Settings: appsettings.json < .env < environment; typed, validated, loopback by default.
var configuration = builder.AddStudioConfiguration();

// Services: the chat kernel, the run pipeline, CORS, rate limits, OpenAPI.
builder.AddStudioServices(configuration);

var app = builder.Build();
app.LogResolvedSettings();
app.StartKernel();

// Pipeline: error guard, CORS, JSON-only bodies, API key, rate limits.
app.UseStudioPipeline();

// Endpoints, one file per feature.
app.MapChatEndpoints();      // POST /chat, POST /chat/stream
app.MapRunEndpoints();       // POST /run
app.MapSessionEndpoints();   // POST /clear_session
app.MapStatsEndpoints();     // GET /stats
app.MapHealthEndpoints();    // GET /health
app.MapDocsEndpoints();      // GET /docs, GET /openapi/v1.json

app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
