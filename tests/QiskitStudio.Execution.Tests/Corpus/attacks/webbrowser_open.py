# expect: blocked
import webbrowser
webbrowser.open('http://example.com')
