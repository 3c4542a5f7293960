try:
    import os
except ImportError as e:
    print("blocked:", type(e).__name__)
print("still running")
