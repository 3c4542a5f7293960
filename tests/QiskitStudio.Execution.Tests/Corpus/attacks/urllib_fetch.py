# expect: blocked
import urllib.request
urllib.request.urlopen('http://example.com')
