package import LOW

/// The example domain as one catalog: every handler, projector and process manager a shell wires.
///
/// Client handlers (inputs `commands`) each have a mutation of their command's name in `Schema/`;
/// process handlers (inputs `process-commands`) serve the transfer process only.
package enum Domain {
    package static let catalog = Catalog(
        handlers: [
            AnyHandler(InviteCustomerHandler()),
            AnyHandler(RegisterUserHandler()),
            AnyHandler(UpdateUserEmailHandler()),
            AnyHandler(DisableUserHandler()),
            AnyHandler(RecordPageviewHandler()),
            AnyHandler(OpenAccountHandler()),
            AnyHandler(DepositMoneyHandler()),
            AnyHandler(WithdrawMoneyHandler()),
            AnyHandler(TransferMoneyHandler()),
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
