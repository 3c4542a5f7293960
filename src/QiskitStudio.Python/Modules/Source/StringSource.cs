namespace QiskitStudio.Python.Modules.Source;

/// <summary>The Python source of the standard module <c>string</c>, run by the embedded interpreter on import.</summary>
internal static class StringSource
{
    public const string Text = """"
"""Character classes and a small helper, as in CPython's string module."""
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    words = s.split(sep)
    return (sep or ' ').join(word.capitalize() for word in words)
"""";
}
