"text".reverse()
