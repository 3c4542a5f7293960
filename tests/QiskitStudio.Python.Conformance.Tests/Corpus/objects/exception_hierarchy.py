pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (ValueError, Exception), (UnicodeError, ValueError), (FileNotFoundError, OSError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception),
         (Exception, BaseException), (KeyboardInterrupt, Exception), (TypeError, ValueError),
         (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError), (OverflowError, ArithmeticError),
         (AttributeError, Exception), (bool, int)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
