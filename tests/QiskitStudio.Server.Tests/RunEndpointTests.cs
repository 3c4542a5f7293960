using System.Net;
using System.Text;
using System.Text.Json;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>
/// <c>POST /run</c> through the real host (CONTRACT §3.1, §3.2, §4.4, §8 item 5; issue 4 and issue 6),
/// on the embedded engine, which every machine has.
/// </summary>
public sealed class RunEndpointTests : IDisposable
{
    private readonly StudioFactory _factory = new(new Dictionary<string, string?> { ["QISKIT_ENGINE"] = "embedded" }, new ScriptedKernel());

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostRun(string json, string contentType = "application/json")
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/run", new StringContent(json, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Body(string code, string extra = "") =>
        "{\"input_value\": " + JsonSerializer.Serialize(code) + extra + "}";

    [Fact]
    public async Task Contract_3_1_ValidRequest_Is200_WithOutput_EngineAndDuration()
    {
        var (status, body) = await PostRun(Body("print(6 * 7)\nprint('RESULT: {\"type\": \"text\", \"content\": \"ok\"}')\n"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("42\nRESULT: {\"type\": \"text\", \"content\": \"ok\"}\n", body.GetProperty("output").GetString());
        Assert.Equal("embedded", body.GetProperty("engine").GetString());
        Assert.True(body.GetProperty("duration_ms").GetDouble() >= 0);
    }

    [Fact]
    public async Task Issue4_DemoShapedBellProgram_RunsOnTheEmbeddedQiskit_InLocalMode_WithItsFigure()
    {
        const string program =
            "## STEP 0 : IBM Quantum Config\n" +
            "from qiskit_ibm_runtime import QiskitRuntimeService\n" +
            "service = QiskitRuntimeService()\n" +
            "backend = service.least_busy(operational=True, simulator=False)\n" +
            "## STEP 1 : Mapping the problem\n" +
            "from qiskit import QuantumCircuit\n" +
            "qc = QuantumCircuit(2, 2)\n" +
            "qc.h(0)\n" +
            "qc.cx(0, 1)\n" +
            "qc.measure([0, 1], [0, 1])\n" +
            "qc.draw('mpl')\n" +
            "## STEP 3 : Execute\n" +
            "counts = backend.run(qc, shots=1000, seed_simulator=7).result().get_counts()\n" +
            "print(sorted(counts), sum(counts.values()))\n";

        var (status, body) = await PostRun(Body(program));
        var output = body.GetProperty("output").GetString()!;

        Assert.Equal(HttpStatusCode.OK, status);
        // §4.4.0 C: STEP 0 became the Aer block, which announces itself.
        Assert.StartsWith("Using local simulator...\n", output);
        Assert.EndsWith("['00', '11'] 1000\n", output);
        var figure = Assert.Single(body.GetProperty("figures").EnumerateArray());
        Assert.Equal("circuit", figure.GetProperty("kind").GetString());
        Assert.StartsWith("<svg", figure.GetProperty("svg").GetString());
    }

    [Fact]
    public async Task Contract_4_4_EmptyOutput_SaysCodeExecutedSuccessfully()
    {
        var (_, body) = await PostRun(Body("x = 1\n"));
        Assert.Equal("Code executed successfully (no output)", body.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Contract_8_5_Exception_Is200_WithErrorPrefix_EarlierOutput_AndTraceback()
    {
        var (status, body) = await PostRun(Body("print('before')\nqc = None\nqc.invalid_gate(0)\n"));
        var output = body.GetProperty("output").GetString()!;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Error executing code: 'NoneType' object has no attribute 'invalid_gate'\nbefore\nTraceback (most recent call last):\n", output);
        Assert.Contains("line 3", output);
    }

    [Fact]
    public async Task Contract_4_4_InvalidJson_Is400_WithDetail()
    {
        var (status, body) = await PostRun("{not json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid JSON format in request body", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"input_value\": 42}")]
    [InlineData("{\"input_value\": null}")]
    [InlineData("[\"print(1)\"]")]
    public async Task Issue4_MissingOrNonStringInputValue_Is400_NamingTheField(string json)
    {
        var (status, body) = await PostRun(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(json.StartsWith('[') ? "JSON object" : "input_value", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Issue4_SecurityAnalysis_RefusesOperatingSystemAccess_WithLineNumber()
    {
        var (status, body) = await PostRun(Body("x = 1\nimport subprocess\n"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Security Error: importing the module 'subprocess' is not allowed (line 2)", body.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Issue4_IbmToken_NeverAppearsInTheOutput()
    {
        const string token = "tok-\"); import os #-SECRET";
        var code = "from qiskit_ibm_runtime import QiskitRuntimeService\n\nservice = QiskitRuntimeService()\nbackend = service.least_busy(operational=True, simulator=False)\n";
        var (status, body) = await PostRun(Body(code, ", \"ibm_token\": " + JsonSerializer.Serialize(token) + ", \"channel\": \"ibm_cloud\""));

        Assert.Equal(HttpStatusCode.OK, status);
        var output = body.GetProperty("output").GetString()!;
        Assert.DoesNotContain("SECRET", output);
        Assert.DoesNotContain("Security Error", output);
        Assert.DoesNotContain("SECRET", _factory.Logs.AllText);
    }

    [Fact]
    public async Task Issue6_CrossOriginTextPlainPost_IsRefusedWith415_AndRunsNothing()
    {
        using var client = _factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/run")
        {
            Content = new StringContent(Body("print('ran')"), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var stats = JsonDocument.Parse(await client.GetStringAsync("/stats")).RootElement;
        Assert.Equal(0, stats.GetProperty("execution").GetProperty("runs").GetInt64());
    }

    [Fact]
    public async Task Issue4_Stats_SayWhichEngineRuns_AndCountRuns()
    {
        await PostRun(Body("print(1)"));
        using var client = _factory.CreateClient();
        var execution = JsonDocument.Parse(await client.GetStringAsync("/stats")).RootElement.GetProperty("execution");
        Assert.Equal("embedded", execution.GetProperty("engine").GetString());
        Assert.Equal(1, execution.GetProperty("runs").GetInt64());
    }

    [Fact]
    public async Task Contract_1_7_FrontendPreflight_IsAnswered()
    {
        using var client = _factory.CreateClient();
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/run");
        preflight.Headers.Add("Origin", "http://localhost:3000");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await client.SendAsync(preflight);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("http://localhost:3000", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
