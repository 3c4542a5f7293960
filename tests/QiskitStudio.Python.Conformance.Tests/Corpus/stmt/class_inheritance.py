class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
for a in (Animal("x"), Dog("rex"), Puppy("bit")):
    print(a.speak())
print(issubclass(Puppy, Animal), isinstance(Puppy("p"), Dog))
print([c.__name__ for c in Puppy.__mro__])
