// LOWTests
