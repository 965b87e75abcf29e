import Functions
import LOW
import Postgres
import Runtime

/// What gql-postgres runs under the shared GraphQL service (`Launch.serveGraphQL`): the stores
/// and leases of `PostgresDeployment` on `--database-schema`, and the runtime over the domain's
/// catalog.
enum Wiring {
    static func deployment(_ options: Options) async throws -> PostgresDeployment {
        var configuration = PostgresDeployment.Configuration(url: options.databaseURL)
        configuration.schema = options.databaseSchema
        configuration.poolSize = options.poolSize
        return try await PostgresDeployment.open(configuration)
    }

    static func runtime(_ options: Options, deployment: PostgresDeployment) -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = options.serving.requestTimeout
        return CatalogRuntime(
            catalog: Domain.catalog, events: deployment.events, readModels: deployment.readModels,
            leases: deployment.leases, configuration: configuration)
    }
}
