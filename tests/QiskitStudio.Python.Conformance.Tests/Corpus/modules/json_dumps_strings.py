import json
print(json.dumps("quote \" backslash \\ slash / tab \t nl \n cr \r"))
print(json.dumps("é ü 中 😀"))
print(json.dumps("é ü 中 😀", ensure_ascii=False))
print(json.dumps("\x00\x1f\x7f"))
print(json.dumps({"ключ": "значение"}))
