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

    // Lanczos approximation, g = 7, n = 9.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    public static double Gamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x)) return double.NaN;
        if (x == System.Math.Floor(x))
        {
            if (x <= 0) return double.NaN;
            if (x <= 23)
            {
                // Exact: (x-1)! fits a double exactly up to 22!.
                double r = 1.0;
                for (int i = 2; i < (int)x; i++) r *= i;
                return r;
            }
        }
        if (x > 171.62) return double.PositiveInfinity;
        if (x < 0.5) return System.Math.PI / (System.Math.Sin(System.Math.PI * x) * Gamma(1 - x));
        double z = x - 1;
        double a = Lanczos[0];
        double t = z + 7.5;
        for (int i = 1; i < 9; i++) a += Lanczos[i] / (z + i);
        return System.Math.Sqrt(2 * System.Math.PI) * System.Math.Pow(t, z + 0.5) * System.Math.Exp(-t) * a;
    }

    public static double LogGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == System.Math.Floor(x) && x <= 0) return double.PositiveInfinity;
        if (x == 1 || x == 2) return 0.0;
        if (x < 0.5)
            return System.Math.Log(System.Math.PI / System.Math.Abs(System.Math.Sin(System.Math.PI * x))) - LogGamma(1 - x);
        if (x < 100) return System.Math.Log(System.Math.Abs(Gamma(x)));
        double z = x - 1;
        double a = Lanczos[0];
        double t = z + 7.5;
        for (int i = 1; i < 9; i++) a += Lanczos[i] / (z + i);
        return 0.5 * System.Math.Log(2 * System.Math.PI) + (z + 0.5) * System.Math.Log(t) - t + System.Math.Log(a);
    }
}
