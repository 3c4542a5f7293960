namespace QiskitStudio.Python.Modules.Source;

/// <summary>The Python source of the standard module <c>copy</c>, run by the embedded interpreter on import.</summary>
internal static class CopySource
{
    public const string Text = """"
"""Shallow and deep copies, as in CPython's copy module."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), property)


def copy(x):
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        if isinstance(x, dict):
            dict.update(y, x)
        elif isinstance(x, list):
            list.extend(y, x)
        else:
            set.update(y, x)
    elif isinstance(x, tuple):
        return x
    else:
        y = cls.__new__(cls)
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, tuple):
            y = cls(*[deepcopy(item, memo) for item in x])
        else:
            y = cls.__new__(cls)
            memo[d] = y
            if isinstance(x, dict):
                for key, value in x.items():
                    dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
            elif isinstance(x, list):
                for item in x:
                    list.append(y, deepcopy(item, memo))
            state = getattr(x, '__dict__', None)
            if state:
                y.__dict__.update(deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
"""";
}
