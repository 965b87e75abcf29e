// GraphQLTests
