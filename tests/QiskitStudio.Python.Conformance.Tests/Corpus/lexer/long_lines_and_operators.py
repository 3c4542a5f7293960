a=1;b=2;c=a<b<3!=4>=0<=9;print(c)
print(1if a else 2)
print([i for i in range(3)if i])
print(a|b&3^4<<1>>1)
