# expect: contained
raise SystemExit(3)
