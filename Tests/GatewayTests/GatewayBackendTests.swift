import Testing

@testable import Gateway

struct GatewayBackendTests {}
