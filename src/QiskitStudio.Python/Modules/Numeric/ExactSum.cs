using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Numeric;

/// <summary><c>math.fsum</c>: Shewchuk's exact partial sums, rounded once at the end as CPython does.</summary>
public static class ExactSum
{
    public static double Sum(IEnumerable<double> values)
    {
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        foreach (double value in values)
        {
            double x = value;
            if (!double.IsFinite(x))
            {
                if (double.IsInfinity(x)) infSum += x;
                specialSum += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (System.Math.Abs(x) < System.Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            if (double.IsInfinity(x)) throw PyExc.OverflowError("intermediate overflow in fsum");
            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }
        if (specialSum != 0.0 || double.IsNaN(specialSum))
        {
            if (double.IsNaN(infSum)) throw PyExc.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        int n = partials.Count;
        double total = 0.0;
        if (n > 0)
        {
            total = partials[--n];
            double lo = 0.0;
            while (n > 0)
            {
                double x = total;
                double y = partials[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }
}
