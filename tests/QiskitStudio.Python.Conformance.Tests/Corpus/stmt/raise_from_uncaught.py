def load():
    try:
        return {}["missing"]
    except KeyError as e:
        raise LookupError("config missing") from e
load()
