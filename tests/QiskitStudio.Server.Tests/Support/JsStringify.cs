using System.Globalization;
using System.Text;

namespace QiskitStudio.Server.Tests.Support;

/// <summary>
/// What the browser's <c>JSON.stringify</c> produces for a string: only <c>"</c>, <c>\</c> and control
/// characters are escaped (\b \f \n \r \t, others as \u00XX); everything else, non-ASCII included,
/// is written as is. Used to send the frontend's bodies byte for byte (CONTRACT §1.2).
/// </summary>
public static class JsStringify
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>§1.2: <c>JSON.stringify({input_value, output_type, input_type, session_id, prompt})</c>.</summary>
    public static byte[] FrontendBody(string text, string sessionId) => Encoding.UTF8.GetBytes(
        "{\"input_value\":" + String(text) + ",\"output_type\":\"chat\",\"input_type\":\"chat\",\"session_id\":" + String(sessionId)
        + ",\"prompt\":" + String(text) + "}");
}
