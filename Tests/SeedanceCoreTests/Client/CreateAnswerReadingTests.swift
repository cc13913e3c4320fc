import Foundation
@testable import SeedanceCore
import SeedanceTestSupport
import Testing

final class ParseCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// ``FakeDialect``'s wire, counting how often a create answer is parsed.
private struct CountingCreateDialect: FakeWire {
    var baseURL = URL(string: "https://api.fake.test/v1")!
    var hints = FakeDialect.standardHints
    let parses = ParseCount()

    func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        parses.add()
        return try FakeDialect().parseCreateResponse(response)
    }
}

/// `CreateAnswerReading`: the in-band check of a create answer and the reading of its id parse the body once.
@Suite("A create's answer is read once", .timeLimit(.minutes(1)))
struct CreateAnswerReadingTests {
    @Test func theInBandCheckAndTheIDShareOneParse() async throws {
        let dialect = CountingCreateDialect()
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"id":"task-77"}"#)])
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-test-SENTINEL-1234"), transport: transport)
        let task = try await client.submit(VideoRequest(prompt: "a cat", duration: .seconds(5)))
        #expect(task.id == "task-77")
        #expect(dialect.parses.value == 1)
    }

    @Test func anUnreadableAcceptedAnswerIsStillAnOutcomeUnknownWithOneParse() async throws {
        let dialect = CountingCreateDialect()
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"status":"queued"}"#)])
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-test-SENTINEL-1234"), transport: transport)
        let error = await #expect(throws: SeedanceError.self) { try await client.submit(VideoRequest(prompt: "a cat", duration: .seconds(5))) }
        #expect(error?.category == .outcomeUnknown)
        #expect(transport.requests.count == 1)
        #expect(dialect.parses.value == 1)
    }
}

@Suite struct CreateAnswerReadingCacheTests {
    @Test func anAnswerWithOtherHeadersIsReadAgain() throws {
        let parses = ParseCount()
        let reading = CreateAnswerReading { response in
            parses.add()
            throw SeedanceError(category: .rateLimited, message: "busy", requestID: response.headers["X-Request-Id"])
        }
        let body = Data(#"{"code":429}"#.utf8)
        let first = SeedanceHTTPResponse(status: 200, headers: ["X-Request-Id": "r-1"], body: body)
        let second = SeedanceHTTPResponse(status: 200, headers: ["X-Request-Id": "r-2"], body: body)
        func requestID(_ result: Result<TaskID, any Error>) -> String? {
            guard case .failure(let error as SeedanceError) = result else { return nil }
            return error.requestID
        }
        #expect(requestID(reading.taskID(in: first)) == "r-1")
        #expect(requestID(reading.taskID(in: first)) == "r-1")
        #expect(parses.value == 1)
        #expect(requestID(reading.taskID(in: second)) == "r-2")
        #expect(parses.value == 2)
    }
}
