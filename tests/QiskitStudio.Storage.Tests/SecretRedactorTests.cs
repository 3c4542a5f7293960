namespace QiskitStudio.Storage.Tests;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("use sk-ant-api03-Zx9_kLmN0pQrStUvWxYz-123456789abcdEFGH please", "use [REDACTED] please")]
    [InlineData("key sk-proj-AbCdEfGhIjKlMnOpQrStUv1234", "key [REDACTED]")]
    [InlineData("sk-1234567890abcdefghijklmnop", "[REDACTED]")]
    [InlineData("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig'", "curl -H 'Authorization: Bearer [REDACTED]'")]
    [InlineData("service = QiskitRuntimeService(channel=\"ibm_cloud\", token=\"MyIbmToken-Value_123\")", "service = QiskitRuntimeService(channel=\"ibm_cloud\", token=\"[REDACTED]\")")]
    [InlineData("export ANTHROPIC_API_KEY=abcdef123456", "export ANTHROPIC_API_KEY=[REDACTED]")]
    [InlineData("my ibm key: aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7kL9mN", "my ibm key: [REDACTED]")]
    [InlineData("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "[REDACTED]")]
    public void Recognised_secrets_are_replaced(string input, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(input));
        Assert.True(SecretRedactor.ContainsSecret(input));
    }

    [Fact]
    public void A_legacy_128_hex_ibm_quantum_token_is_replaced()
    {
        var token = string.Concat(Enumerable.Repeat("0123456789abcdef", 8));
        Assert.Equal("QiskitRuntimeService.save_account([REDACTED])", SecretRedactor.Redact($"QiskitRuntimeService.save_account({token})"));
    }

    [Theory]
    [InlineData("from qiskit import QuantumCircuit\nqc = QuantumCircuit(2)\nqc.h(0)\nqc.cx(0, 1)")]
    [InlineData("What is the difference between a task-specific ansatz and a hardware-efficient one?")]
    [InlineData("tokenizer = \"bert-base-uncased\"")]
    [InlineData("max_tokens: 1024")]
    [InlineData("this_is_a_very_long_python_identifier_name_ok = 1")]
    [InlineData("")]
    public void Ordinary_text_and_code_are_left_alone(string input)
    {
        Assert.Equal(input, SecretRedactor.Redact(input));
        Assert.False(SecretRedactor.ContainsSecret(input));
    }

    [Fact]
    public void Redacting_twice_changes_nothing_more()
    {
        var once = SecretRedactor.Redact("token = 'abcdefgh1234' and sk-ant-abcdefghijklmnop");
        Assert.Equal(once, SecretRedactor.Redact(once));
        Assert.Equal("token = '[REDACTED]' and [REDACTED]", once);
    }
}
