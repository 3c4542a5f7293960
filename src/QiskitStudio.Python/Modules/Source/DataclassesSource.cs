namespace QiskitStudio.Python.Modules.Source;

/// <summary>The Python source of the standard module <c>dataclasses</c>, run by the embedded interpreter on import.</summary>
internal static class DataclassesSource
{
    public const string Text = """"
"""The @dataclass decorator and helpers, as in CPython's dataclasses module (no code generation:
the generated methods are closures over the field list)."""
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class InitVar:
    def __init__(self, type):
        self.type = type

    @classmethod
    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},kw_only={self.kw_only!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _collect_fields(cls, kw_only_default):
    collected = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS) if hasattr(base, '__dict__') else None
        if base_fields:
            for f in base_fields.values():
                collected[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, type_ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
        if f.default_factory is not MISSING and f.default is MISSING:
            pass
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        collected[name] = f
    return collected


def _make_init(cls, flds, frozen, has_post_init):
    init_fields = [f for f in flds if f.init and not f.kw_only]
    kw_fields = [f for f in flds if f.init and f.kw_only]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = cls.__qualname__

    def __init__(self, *args, **kwargs):
        if len(args) > len(init_fields):
            required = sum(1 for f in init_fields if f.default is MISSING and f.default_factory is MISSING)
            if required == len(init_fields):
                takes = f'{len(init_fields) + 1}'
            else:
                takes = f'from {required + 1} to {len(init_fields) + 1}'
            raise TypeError(f'{qualname}.__init__() takes {takes} positional arguments '
                            f'but {len(args) + 1} were given')
        values = {}
        for f, value in zip(init_fields, args):
            values[f.name] = value
        missing = []
        for f in init_fields[len(args):] + kw_fields:
            if f.name in kwargs:
                values[f.name] = kwargs.pop(f.name)
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                missing.append(f.name)
        for name in kwargs:
            if name in values:
                raise TypeError(f"{qualname}.__init__() got multiple values for argument '{name}'")
            raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{name}'")
        if missing:
            if len(missing) == 1:
                names = repr(missing[0])
            elif len(missing) == 2:
                names = f'{missing[0]!r} and {missing[1]!r}'
            else:
                names = ', '.join(repr(m) for m in missing[:-1]) + f', and {missing[-1]!r}'
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{qualname}.__init__() missing {len(missing)} required positional argument{plural}: {names}')
        for f in flds:
            if f.init:
                value = values[f.name]
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__()
    __init__.__qualname__ = f'{qualname}.__init__'
    return __init__


def _make_repr(flds):
    shown = [f.name for f in flds if f.repr]

    def __repr__(self):
        inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in shown)
        return f'{self.__class__.__qualname__}({inner})'
    return __repr__


def _make_compare(flds, op):
    names = [f.name for f in flds if f.compare]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = tuple(getattr(self, n) for n in names)
        b = tuple(getattr(other, n) for n in names)
        if op == '==':
            return a == b
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b
    return compare


def _make_hash(flds):
    names = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _frozen_setattr(self, name, value):
    if name in getattr(type(self), _FIELDS, {}):
        raise FrozenInstanceError(f"cannot assign to field '{name}'")
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if name in getattr(type(self), _FIELDS, {}):
        raise FrozenInstanceError(f"cannot delete field '{name}'")
    object.__delattr__(self, name)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    field_map = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, field_map)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                           'unsafe_hash': unsafe_hash, 'frozen': frozen})
    flds = list(field_map.values())
    own = cls.__dict__
    if init:
        cls.__init__ = _make_init(cls, flds, frozen, hasattr(cls, '__post_init__'))
    if repr and '__repr__' not in own:
        cls.__repr__ = _make_repr(flds)
    if eq and '__eq__' not in own:
        cls.__eq__ = _make_compare(flds, '==')
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if name in own:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, _make_compare(flds, op))
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _make_hash(flds)
    elif eq and '__hash__' not in own:
        cls.__hash__ = None
    if match_args and '__match_args__' not in own:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        field_map = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(field_map.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)) and not hasattr(obj, '_fields'):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields_spec, *, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields_spec:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **options)
"""";
}
