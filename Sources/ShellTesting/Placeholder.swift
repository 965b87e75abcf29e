// ShellTesting: see the README.
