class QuotaExceeded(Exception):
    pass
def spend(n):
    if n > 3:
        raise QuotaExceeded(f"asked for {n}, limit 3")
    return n
print(spend(2))
print(spend(5))
