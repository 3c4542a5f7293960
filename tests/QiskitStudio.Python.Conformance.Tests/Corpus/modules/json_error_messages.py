import json
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print(e)
try:
    json.loads('')
except ValueError as e:
    print(e)
