# expect: blocked
import http.client
http.client.HTTPConnection('example.com').request('GET', '/')
