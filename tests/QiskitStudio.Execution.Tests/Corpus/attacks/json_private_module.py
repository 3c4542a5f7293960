# expect: blocked
import json
print(json.decoder.sys)
