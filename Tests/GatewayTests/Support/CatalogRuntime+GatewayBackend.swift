import Gateway
import Runtime

// The project declares its own conformance; the tests need one to run the gateway over the shell.
extension CatalogRuntime: GatewayBackend {}
