// InProcess: see the README.
