namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Stable merge sort using only Python's <c>&lt;</c>, like CPython's list.sort. Lists of plain
/// ints, floats or strings compare in C# without calling back into Python.
/// </summary>
public static class ListSorter
{
    public static void Sort(PyObject[] items, int count, PyObject? key, bool reverse)
    {
        if (count < 2) return;
        var keys = new PyObject[count];
        if (key is null) Array.Copy(items, keys, count);
        else
            for (int i = 0; i < count; i++)
            {
                PyContext.Poll();
                keys[i] = key.Call([items[i]], null);
            }

        // Reverse sort keeps stability by reversing before and after.
        if (reverse)
        {
            Array.Reverse(keys, 0, count);
            Array.Reverse(items, 0, count);
        }
        Comparison<PyObject> less = ChooseComparison(keys, count);
        var index = new int[count];
        for (int i = 0; i < count; i++) index[i] = i;
        var buffer = new int[count];
        MergeSort(index, buffer, 0, count, keys, less);
        var sortedItems = new PyObject[count];
        for (int i = 0; i < count; i++) sortedItems[i] = items[index[i]];
        Array.Copy(sortedItems, items, count);
        if (reverse) Array.Reverse(items, 0, count);
    }

    // Returns a "less than" test encoded as a comparison: negative means a < b.
    private static Comparison<PyObject> ChooseComparison(PyObject[] keys, int count)
    {
        bool allInts = true, allFloats = true, allStrs = true;
        for (int i = 0; i < count; i++)
        {
            var k = keys[i];
            if (!(k is PyInt pi && !pi.IsBig && k.Type == PyTypes.Int)) allInts = false;
            if (k is not PyFloat) allFloats = false;
            if (k is not PyStr) allStrs = false;
        }
        if (allInts) return static (a, b) => ((PyInt)a).Value < ((PyInt)b).Value ? -1 : 0;
        if (allFloats) return static (a, b) => ((PyFloat)a).Value < ((PyFloat)b).Value ? -1 : 0;
        if (allStrs) return static (a, b) => PyStr.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0 ? -1 : 0;
        return static (a, b) =>
        {
            PyContext.Poll();
            return PyOps.LessThan(a, b) ? -1 : 0;
        };
    }

    private static void MergeSort(int[] index, int[] buffer, int lo, int hi, PyObject[] keys, Comparison<PyObject> less)
    {
        if (hi - lo <= 16)
        {
            // Insertion sort: stable because we only move past strictly greater elements.
            for (int i = lo + 1; i < hi; i++)
            {
                int current = index[i];
                int j = i - 1;
                while (j >= lo && less(keys[current], keys[index[j]]) < 0)
                {
                    index[j + 1] = index[j];
                    j--;
                }
                index[j + 1] = current;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(index, buffer, lo, mid, keys, less);
        MergeSort(index, buffer, mid, hi, keys, less);
        // Already ordered: skip the merge.
        if (less(keys[index[mid]], keys[index[mid - 1]]) >= 0) return;
        Array.Copy(index, lo, buffer, lo, hi - lo);
        int a = lo, b = mid, k = lo;
        while (a < mid && b < hi)
        {
            // Take from the right only when strictly smaller, which keeps equal keys in order.
            if (less(keys[buffer[b]], keys[buffer[a]]) < 0) index[k++] = buffer[b++];
            else index[k++] = buffer[a++];
        }
        while (a < mid) index[k++] = buffer[a++];
        while (b < hi) index[k++] = buffer[b++];
    }
}

/// <summary>Lexicographic comparison of sequences, as lists and tuples compare.</summary>
public static class SequenceCompare
{
    public static PyObject Compare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            if (a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        }
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        for (; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!PyOps.EqualsBool(a[i], b[i])) break;
        }
        if (i >= n) return PyBool.From(PyOps.CompareResult(a.Length.CompareTo(b.Length), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return PyOps.RichCompare(a[i], b[i], op);
    }
}
