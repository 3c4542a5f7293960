import json
for bad in ['{"a": }', '[1, 2', '', 'nul', '{"a" 1}', '[1,]', '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(str(e).startswith("Object of type object is not JSON serializable"))
