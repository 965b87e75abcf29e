package import LOW

/// The example domain as one catalog: every handler, projector and process manager a shell wires.
///
/// Client handlers (inputs `commands`) each have a mutation of their command's name in `Schema/`,
/// answered with the row of the projector they name (the seed's resolvers); process handlers
/// (inputs `process-commands`) serve the transfer process only.
package enum Domain {
    package static let catalog = Catalog(
        handlers: [
            AnyHandler(InviteCustomerHandler(), answeredBy: CustomerProjector()),
            AnyHandler(RegisterUserHandler(), answeredBy: UserProjector()),
            AnyHandler(UpdateUserEmailHandler(), answeredBy: UserProjector()),
            AnyHandler(DisableUserHandler(), answeredBy: UserProjector()),
            AnyHandler(RecordPageviewHandler(), answeredBy: UserProjector()),
            AnyHandler(OpenAccountHandler(), answeredBy: AccountProjector()),
            AnyHandler(DepositMoneyHandler(), answeredBy: AccountProjector()),
            AnyHandler(WithdrawMoneyHandler(), answeredBy: AccountProjector()),
            AnyHandler(TransferMoneyHandler(), answeredBy: TransferProjector()),
            AnyHandler(DebitAccountHandler()),
            AnyHandler(CreditAccountHandler()),
            AnyHandler(RefundAccountHandler()),
            AnyHandler(CompleteTransferHandler()),
            AnyHandler(FailTransferHandler()),
        ],
        projectors: [
            AnyProjector(CustomerProjector()),
            AnyProjector(UserProjector()),
            AnyProjector(AccountProjector()),
            AnyProjector(TransferProjector()),
        ],
        processManagers: [TransferProcess()])
}
