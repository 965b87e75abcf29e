import Testing

struct ContractTests {}
