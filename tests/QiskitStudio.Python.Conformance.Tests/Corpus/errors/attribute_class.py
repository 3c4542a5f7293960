class Foo: pass
Foo.missing
