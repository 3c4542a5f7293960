print("before")
import os
print(os.listdir("."))
