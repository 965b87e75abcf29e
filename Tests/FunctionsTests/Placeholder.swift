// FunctionsTests
