print("basic-inprocess: not built yet")
