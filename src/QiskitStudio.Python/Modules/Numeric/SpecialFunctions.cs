namespace QiskitStudio.Python.Modules.Numeric;

/// <summary>erf, erfc, gamma and lgamma, which .NET's Math does not provide.</summary>
public static class SpecialFunctions
{
    private const double SqrtPi = 1.772453850905516027298167483341145183;
    private const double ErfSeriesCutoff = 1.5;
    private const int ErfSeriesTerms = 25;
    private const double ErfcContFracCutoff = 30.0;
    private const int ErfcContFracTerms = 50;

    // erf(x) = 2x/sqrt(pi) * exp(-x^2) * sum of x^(2k) 2^k / (1*3*5...(2k+1)), evaluated from the last term.
    private static double ErfSeries(double x)
    {
        double x2 = x * x;
        double acc = 0.0;
        double fk = ErfSeriesTerms + 0.5;
        for (int i = 0; i < ErfSeriesTerms; i++)
        {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * System.Math.Exp(-x2) / SqrtPi;
    }

    // erfc(x) for x >= 1.5 as a continued fraction, evaluated forwards.
    private static double ErfcContinuedFraction(double x)
    {
        if (x >= ErfcContFracCutoff) return 0.0;
        double x2 = x * x;
        double a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < ErfcContFracTerms; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            double temp = p;
            p = b * p - a * pLast;
            pLast = temp;
            temp = q;
            q = b * q - a * qLast;
            qLast = temp;
        }
        return p / q * x * System.Math.Exp(-x2) / SqrtPi;
    }

    // CPython 3.11 takes erf and erfc from the C library; use the same one when it is there,
    // so results agree to the last bit.
    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "erf")]
    private static extern double LibmErf(double x);

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "erfc")]
    private static extern double LibmErfc(double x);

    private static readonly bool s_hasLibm = ProbeLibm();

    private static bool ProbeLibm()
    {
        try
        {
            return OperatingSystem.IsLinux() && LibmErf(0.5) > 0.5;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "expm1")]
    private static extern double LibmExpM1(double x);

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "log1p")]
    private static extern double LibmLog1P(double x);

    /// <summary>The C library's expm1 when available, else null.</summary>
    public static double? ExpM1(double x) => s_hasLibm ? LibmExpM1(x) : null;

    /// <summary>The C library's log1p when available, else null.</summary>
    public static double? Log1P(double x) => s_hasLibm ? LibmLog1P(x) : null;

    public static double Erf(double x) => s_hasLibm ? LibmErf(x) : ManagedErf(x);

    public static double Erfc(double x) => s_hasLibm ? LibmErfc(x) : ManagedErfc(x);

    public static double ManagedErf(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = System.Math.Abs(x);
        if (absx < ErfSeriesCutoff) return ErfSeries(x);
        double cf = ErfcContinuedFraction(absx);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    public static double ManagedErfc(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = System.Math.Abs(x);
        if (absx < ErfSeriesCutoff) return 1.0 - ErfSeries(x);
        double cf = ErfcContinuedFraction(absx);
        return x > 0 ? cf : 2.0 - cf;
    }

    // Gamma and log-gamma as CPython computes them: exact values for small integers, otherwise a
    // Lanczos approximation (g = 6.0246800407767296, 13 terms) written as a ratio of polynomials.
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;

    private static readonly double[] LanczosNumerator =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    // The coefficients of x(x+1)...(x+11).
    private static readonly double[] LanczosDenominator =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        int n = LanczosNumerator.Length;
        if (x < 5.0)
        {
            for (int i = n - 1; i >= 0; i--)
            {
                num = num * x + LanczosNumerator[i];
                den = den * x + LanczosDenominator[i];
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                num = num / x + LanczosNumerator[i];
                den = den / x + LanczosDenominator[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi * x), exact at integers and half-integers.</summary>
    private static double SinPi(double x)
    {
        double y = System.Math.Abs(x) % 2.0;
        int n = (int)System.Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => System.Math.Sin(System.Math.PI * y),
            1 => System.Math.Cos(System.Math.PI * (y - 0.5)),
            2 => System.Math.Sin(System.Math.PI * (1.0 - y)),
            3 => -System.Math.Cos(System.Math.PI * (y - 1.5)),
            _ => System.Math.Sin(System.Math.PI * (y - 2.0)),
        };
        return System.Math.CopySign(1.0, x) * r;
    }

    /// <summary>Gamma; NaN marks a domain error and infinity an overflow (the caller raises).</summary>
    public static double Gamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) || x > 0 ? x : double.NaN;
        if (x == System.Math.Floor(x))
        {
            if (x <= 0) return double.NaN;
            if (x <= 23)
            {
                double f = 1.0;
                for (int i = 2; i < (int)x; i++) f *= i;
                return f;
            }
        }
        double absx = System.Math.Abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0.0 ? 0.0 / SinPi(x) : double.PositiveInfinity;
        double y = absx + LanczosGMinusHalf;
        double q, z;
        if (absx > LanczosGMinusHalf)
        {
            q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -System.Math.PI / SinPi(absx) / absx * System.Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0)
            {
                r /= System.Math.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = System.Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / System.Math.Exp(y);
            r += z * r;
            if (absx < 140.0)
            {
                r *= System.Math.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = System.Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /// <summary>log|Gamma(x)|; NaN marks a domain error (poles at 0, -1, -2, ...).</summary>
    public static double LogGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == System.Math.Floor(x) && x <= 2.0) return x <= 0.0 ? double.NaN : 0.0;
        double absx = System.Math.Abs(x);
        if (absx < 1e-20) return -System.Math.Log(absx);
        double r = System.Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (System.Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0)
            r = 1.144729885849400174143427351353058711647 - System.Math.Log(System.Math.Abs(SinPi(absx))) - System.Math.Log(absx) - r;
        return r;
    }
}
