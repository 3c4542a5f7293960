namespace QiskitStudio.Python.Modules.Source;

/// <summary>The Python source of the standard module <c>typing</c>, run by the embedded interpreter on import.</summary>
internal static class TypingSource
{
    public const string Text = """"
"""Names of the typing module as harmless objects: annotations using them work, nothing is checked."""

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args or ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _SpecialForm(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        return isinstance(other, _SpecialForm) and self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self._name)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
List = _SpecialForm('List')
Dict = _SpecialForm('Dict')
Set = _SpecialForm('Set')
FrozenSet = _SpecialForm('FrozenSet')
Tuple = _SpecialForm('Tuple')
Type = _SpecialForm('Type')
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncIterable = _SpecialForm('AsyncIterable')
DefaultDict = _SpecialForm('DefaultDict')
OrderedDict = _SpecialForm('OrderedDict')
Counter = _SpecialForm('Counter')
Deque = _SpecialForm('Deque')
ChainMap = _SpecialForm('ChainMap')
Literal = _SpecialForm('Literal')
Final = _SpecialForm('Final')
ClassVar = _SpecialForm('ClassVar')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
TypeGuard = _SpecialForm('TypeGuard')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Text = str
AnyStr = _SpecialForm('AnyStr')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsIndex = _SpecialForm('SupportsIndex')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class _GenericBase:
    """Generic[T] and Protocol[T] give back the plain class, so they work as base classes."""

    @classmethod
    def __class_getitem__(cls, params):
        return cls


class Generic(_GenericBase):
    pass


class Protocol(_GenericBase):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(getattr(base, '__annotations__', {}) or {})
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return None


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


class NamedTuple(tuple):
    """Both forms: NamedTuple('Name', [('field', type), ...]) and a class body with annotations."""

    def __new__(cls, typename=None, fields=None, **kwargs):
        if cls is NamedTuple:
            from collections import namedtuple
            if fields is None:
                fields = kwargs.items()
            return namedtuple(typename, [name for name, _ in fields])
        return tuple.__new__(cls, ())

    def __init_subclass__(cls, **kwargs):
        from collections import namedtuple
        own = cls.__dict__
        names = list(own.get('__annotations__', {}))
        defaults = [own[name] for name in names if name in own]
        template = namedtuple(cls.__name__, names, defaults=defaults)
        for key in ('__new__', '_make', '_replace', '__repr__', '_asdict', '_fields', '_field_defaults',
                    '__getnewargs__', '__match_args__'):
            if key == '__repr__' and '__repr__' in own:
                continue
            setattr(cls, key, template.__dict__[key])
        for name in names:
            setattr(cls, name, template.__dict__[name])


def TypedDict(typename, fields=None, total=True, **kwargs):
    return dict
"""";
}
