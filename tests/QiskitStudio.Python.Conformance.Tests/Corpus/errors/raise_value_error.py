raise ValueError("custom message here")
