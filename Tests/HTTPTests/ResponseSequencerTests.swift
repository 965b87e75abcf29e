import Testing

@testable import HTTP

struct ResponseSequencerTests {
    private func answer(_ status: Int) -> ResponseSequencer.Answer {
        .init(response: HTTPResponse(status: status), isHead: false, keepAlive: true)
    }

    @Test func releasesAnswersInRequestOrderWhateverOrderTheyFinishIn() {
        var sequencer = ResponseSequencer()
        let sequences = (0..<4).map { _ in sequencer.take() }
        var released: [(Int, Int)] = []
        for sequence in [2, 3, 0, 1] {
            sequencer.complete(sequences[sequence], answer(200 + sequence)) {
                released.append(($0.response.status, $1))
            }
        }
        #expect(released.map(\.0) == [200, 201, 202, 203])
        #expect(released.map(\.1) == [3, 2, 1, 0])
        #expect(sequencer.outstanding == 0)
    }

    @Test func ignoresAnAnswerForARequestItNeverTook() {
        var sequencer = ResponseSequencer()
        var released = 0
        sequencer.complete(0, answer(200)) { _, _ in released += 1 }
        #expect(released == 0)
    }
}
