import Testing

/// SingleFieldSubscriptionsRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct SingleFieldSubscriptionsRuleTests {
    @Test("a subscription with one field is valid") func aSubscriptionWithOneFieldIsValid() throws {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription ImportantEmails {
              importantEmails
            }
            """#,
            [])
    }

    @Test("a subscription with one field and typename skipped is valid")
    func aSubscriptionWithOneFieldAndTypenameSkippedIsValid() throws {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription {
              importantEmails
              __typename @skip(if: true)
            }
            """#,
            [])
    }

    @Test("a subscription with fragments and one field is valid") func aSubscriptionWithFragmentsAndOneFieldIsValid()
        throws
    {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """#,
            [])
    }

    @Test("a subscription with two fields is invalid") func aSubscriptionWithTwoFieldsIsInvalid() throws {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """#,
            [
                #"Subscription "ImportantEmails" must select only one top level field. (3:3)"#
            ])
    }

    @Test("an anonymous subscription with two fields is invalid") func anAnonymousSubscriptionWithTwoFieldsIsInvalid()
        throws
    {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription {
              importantEmails
              notImportantEmails
            }
            """#,
            [
                #"Anonymous Subscription must select only one top level field. (3:3)"#
            ])
    }

    @Test("a subscription selecting typename is invalid") func aSubscriptionSelectingTypenameIsInvalid() throws {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription ImportantEmails {
              __typename
            }
            """#,
            [
                #"Subscription "ImportantEmails" must not select an introspection top level field. (2:3)"#
            ])
    }

    @Test("a subscription with two fields through fragments is invalid")
    func aSubscriptionWithTwoFieldsThroughFragmentsIsInvalid() throws {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription ImportantEmails {
              ...frag
              ... on SubscriptionRoot { newMessage { body } }
            }
            fragment frag on SubscriptionRoot { importantEmails }
            """#,
            [
                #"Subscription "ImportantEmails" must select only one top level field. (3:29)"#
            ])
    }

    @Test("a subscription repeating one response key is valid") func aSubscriptionRepeatingOneResponseKeyIsValid()
        throws
    {
        try expectErrors(
            .singleFieldSubscriptions,
            #"""
            subscription {
              importantEmails
              importantEmails
            }
            """#,
            [])
    }
}
