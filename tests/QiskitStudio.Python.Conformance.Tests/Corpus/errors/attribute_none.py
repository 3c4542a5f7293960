result = None
result.value
