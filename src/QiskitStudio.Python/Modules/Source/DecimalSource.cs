namespace QiskitStudio.Python.Modules.Source;

/// <summary>The Python source of the standard module <c>decimal</c>, run by the embedded interpreter on import.</summary>
internal static class DecimalSource
{
    public const string Text = """"
"""Decimal fixed and floating point arithmetic: the basics of CPython's decimal module (a sign, an
integer coefficient and a power-of-ten exponent; results rounded to the context's precision)."""

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext', 'DecimalException',
           'InvalidOperation', 'DivisionByZero', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_HASH_MODULUS = 2 ** 61 - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                 flags=None, traps=None):
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, "
                f"capitals={self.capitals}, clamp={self.clamp}, flags=[], "
                f"traps=[InvalidOperation, DivisionByZero, Overflow])")


_context = [Context()]
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN)


def getcontext():
    return _context[0]


def setcontext(context):
    _context[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self._new = ctx

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *args):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx or getcontext()).copy()
    for key, value in kwargs.items():
        setattr(new, key, value)
    return _LocalContext(new)


def _round_coefficient(sign, coeff, drop, rounding):
    """Drops the last `drop` digits of coeff (>= 1), rounding; returns the new coefficient."""
    divisor = 10 ** drop
    kept, rest = divmod(coeff, divisor)
    if rest == 0:
        return kept
    half = divisor // 2 if divisor % 2 == 0 else None
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = rest * 2 >= divisor
    elif rounding == ROUND_HALF_DOWN:
        up = rest * 2 > divisor
    elif rounding == ROUND_05UP:
        up = kept % 10 in (0, 5)
    else:
        up = rest * 2 > divisor or (rest * 2 == divisor and kept % 2 == 1)
    return kept + 1 if up else kept


def _parse(text):
    s = text.strip().replace('_', '')
    low = s.lower()
    sign = 0
    if low[:1] in ('+', '-'):
        sign = 1 if low[0] == '-' else 0
        low = low[1:]
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    if low in ('nan', 'snan') or (low.startswith('nan') and low[3:].isdigit()):
        return sign, 0, 'n'
    mantissa, _, exp_text = low.partition('e')
    exp = 0
    if _:
        if not exp_text.lstrip('+-').isdigit():
            raise InvalidOperation("[<class 'decimal.ConversionSyntax'>]")
        exp = int(exp_text)
    whole, dot, frac = mantissa.partition('.')
    digits = whole + frac
    if not digits or not digits.isdigit():
        raise InvalidOperation("[<class 'decimal.ConversionSyntax'>]")
    return sign, int(digits), exp - len(frac), len(digits)


class Decimal:
    """An immutable decimal number: (-1)**sign * coefficient * 10**exponent."""

    def __init__(self, value='0', context=None):
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            self._digits = value._digits
            return
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed[2] in ('F', 'n'):
                self._sign, self._int, self._exp, self._digits = parsed[0], 0, 0, 1
                self._special = parsed[2]
                return
            self._sign, self._int, self._exp, digits = parsed
            self._digits = digits
            return
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._digits = len(str(self._int))
            return
        if isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._digits, self._special = 0, 0, 0, 1, 'n'
                return
            if value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp, self._digits, self._special = (1 if value < 0 else 0), 0, 0, 1, 'F'
                return
            sign = 1 if (value < 0 or (value == 0 and str(value).startswith('-'))) else 0
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign = sign
            self._int = n * 5 ** k
            self._exp = -k
            self._digits = len(str(self._int))
            return
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(str(d) for d in digits) or '0')
            self._exp = exp
            self._digits = max(len(digits), 1)
            return
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    @classmethod
    def _make(cls, sign, coeff, exp, digits=None):
        d = cls.__new__(cls)
        d._special = None
        d._sign = sign
        d._int = coeff
        d._exp = exp
        d._digits = digits if digits is not None else len(str(coeff))
        return d

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def _coefficient_text(self):
        text = str(self._int)
        return text.rjust(self._digits, '0') if self._int == 0 else text

    def _rounded(self, context=None):
        context = context or getcontext()
        digits = len(str(self._int))
        if self._special or digits <= context.prec:
            return self
        drop = digits - context.prec
        coeff = _round_coefficient(self._sign, self._int, drop, context.rounding)
        exp = self._exp + drop
        if len(str(coeff)) > context.prec:
            coeff //= 10
            exp += 1
        return Decimal._make(self._sign, coeff, exp)

    # ---- text

    def __str__(self):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return sign + 'NaN'
        coeff = self._coefficient_text()
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E' + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec[-1:] in ('f', 'F') or (spec and spec[-1].isdigit()):
            body = spec[:-1] if spec[-1:] in ('f', 'F') else spec
            align, _, prec = body.partition('.')
            if prec:
                q = self.quantize(Decimal((0, (1,), -int(prec))))
                text = str(q) if q._exp <= 0 else str(q._int * 10 ** q._exp) if not q._sign else '-' + str(q._int * 10 ** q._exp)
            else:
                text = str(self)
            return format(text, align + 's' if align and not align[-1:].isdigit() else align)
        return format(float(self), spec)

    # ---- conversion

    def __float__(self):
        if self._special == 'n':
            return float('nan')
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __int__(self):
        if self._special:
            raise ValueError('cannot convert NaN to integer') if self._special == 'n' else OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __bool__(self):
        return self._special is not None or self._int != 0

    def as_integer_ratio(self):
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
        from math import gcd
        g = gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n, d)

    def as_tuple(self):
        return (self._sign, tuple(int(c) for c in self._coefficient_text()), self._exp)

    def adjusted(self):
        return self._exp + len(self._coefficient_text()) - 1

    def is_nan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._digits)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._digits)

    def normalize(self, context=None):
        r = self._rounded(context)
        if r._special:
            return r
        if r._int == 0:
            return Decimal._make(r._sign, 0, 0)
        coeff, exp = r._int, r._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(r._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special:
            return self
        target = exp._exp
        if target > self._exp:
            coeff = _round_coefficient(self._sign, self._int, target - self._exp, rounding)
        else:
            coeff = self._int * 10 ** (self._exp - target)
        if len(str(coeff)) > context.prec:
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        return Decimal._make(self._sign, coeff, target, max(1, len(str(coeff))) if coeff else max(1, -target + 1 if target < 0 else 1))

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        return self.quantize(Decimal(1), rounding, context)

    to_integral = to_integral_value

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._sign and self._int:
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        from math import isqrt
        prec = context.prec
        shift = 2 * prec + 2
        exp = self._exp
        coeff = self._int
        if (exp - shift) % 2:
            shift += 1
        root = isqrt(coeff * 10 ** shift)
        result = Decimal._make(0, root, (exp - shift) // 2)
        return result._rounded(context)

    # ---- comparison and hashing

    def _cmp_value(self):
        if self._special:
            return None
        return self.as_integer_ratio()

    def _compare(self, other):
        other = _convert_for_compare(other)
        if other is NotImplemented:
            return NotImplemented
        if self._special == 'n' or (isinstance(other, Decimal) and other._special == 'n'):
            return None
        a = self._ordering_key()
        b = other._ordering_key() if isinstance(other, Decimal) else other
        return (a > b) - (a < b)

    def _ordering_key(self):
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        n, d = self.as_integer_ratio()
        from fractions import Fraction
        return Fraction(n, d)

    def __eq__(self, other):
        c = self._compare(other)
        if c is NotImplemented:
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else (c is not None and c >= 0)

    def __hash__(self):
        if self._special == 'F':
            return -314159 if self._sign else 314159
        if self._special == 'n':
            return 0
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        result = -h if self._sign else h
        return -2 if result == -1 else result

    # ---- arithmetic

    def __neg__(self):
        if self._special:
            return Decimal._make(1 - self._sign, 0, 0)._with_special(self._special)
        sign = 0 if self._int == 0 else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp, self._digits)._rounded()

    def _with_special(self, special):
        self._special = special
        return self

    def __pos__(self):
        if self._int == 0 and not self._special:
            return Decimal._make(0, 0, self._exp, self._digits)
        return Decimal._make(self._sign, self._int, self._exp, self._digits)._rounded()

    def __abs__(self):
        return Decimal._make(0, self._int, self._exp, self._digits)._rounded()

    def __add__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        if self._special or other._special:
            return _special_add(self, other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (getcontext().rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return Decimal._make(sign, 0, exp)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._rounded()

    __radd__ = __add__

    def __sub__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__add__(other.copy_negate() if not other._special else -other)

    def __rsub__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__sub__(self)

    def __mul__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if (self._special == 'F' and other.is_zero()) or (other._special == 'F' and self.is_zero()):
                raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
            return Decimal._make(sign, 0, 0)._with_special('n' if 'n' in (self._special, other._special) else 'F')
        coeff = self._int * other._int
        return Decimal._make(sign, coeff, self._exp + other._exp)._rounded()

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        sign = self._sign ^ other._sign
        if other._special is None and other._int == 0:
            if self._int == 0 and self._special is None:
                raise InvalidOperation("[<class 'decimal.DivisionUndefined'>]")
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        if self._special or other._special:
            if self._special == 'F' and other._special == 'F':
                raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
            if self._special:
                return Decimal._make(sign, 0, 0)._with_special(self._special)
            return Decimal._make(sign, 0, 0)
        if self._int == 0:
            return Decimal._make(sign, 0, self._exp - other._exp)
        prec = getcontext().prec
        ideal = self._exp - other._exp
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._rounded()

    def __rtruediv__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__truediv__(self)

    def _divide_integer(self, other):
        if other._int == 0:
            if self._int == 0:
                raise InvalidOperation("[<class 'decimal.DivisionUndefined'>]")
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        sign = self._sign ^ other._sign
        quotient = Decimal._make(sign if q else sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)
        return quotient, remainder

    def __floordiv__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide_integer(other)[0]

    def __rfloordiv__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__floordiv__(self)

    def __mod__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide_integer(other)[1]._rounded()

    def __rmod__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__mod__(self)

    def __divmod__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        q, r = self._divide_integer(other)
        return q, r._rounded()

    def __pow__(self, other, modulo=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        if other._exp >= 0 and not other._special:
            n = other._int * 10 ** other._exp
            if other._sign:
                return Decimal(1) / (self ** Decimal(n))
            sign = self._sign if n % 2 else 0
            return Decimal._make(sign, self._int ** n, self._exp * n)._rounded()
        return Decimal(repr(float(self) ** float(other)))

    def __rpow__(self, other):
        other = _convert_operand(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__pow__(self)

    def __round__(self, n=None):
        if n is None:
            q = self.quantize(Decimal(1), ROUND_HALF_EVEN)
            return int(q)
        return self.quantize(Decimal((0, (1,), -n)))

    def __floor__(self):
        return int(self.quantize(Decimal(1), ROUND_FLOOR))

    def __ceil__(self):
        return int(self.quantize(Decimal(1), ROUND_CEILING))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _special_add(a, b):
    if 'n' in (a._special, b._special):
        return Decimal('NaN')
    if a._special == 'F' and b._special == 'F' and a._sign != b._sign:
        raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
    inf = a if a._special == 'F' else b
    return Decimal('-Infinity' if inf._sign else 'Infinity')


def _convert_operand(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


def _convert(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")


def _convert_for_compare(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        if other != other:
            return Decimal('NaN')
        return Decimal(other)
    if hasattr(other, 'numerator') and hasattr(other, 'denominator'):
        from fractions import Fraction
        return Fraction(other.numerator, other.denominator)
    return NotImplemented
"""";
}
