# expect: blocked
exec("import os\nos.system('id')")
