// InProcessTests
