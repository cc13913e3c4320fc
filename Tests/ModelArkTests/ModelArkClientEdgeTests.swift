import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// A client over scripted ModelArk answers: answers that used to be trusted too far.
@Suite("ModelArk client: status identity and list paging")
struct ModelArkClientEdgeTests {
    static func client(_ transport: ScriptedTransport) throws -> SeedanceClient {
        try SeedanceClient(dialect: ModelArk.byteplus(), apiKey: APIKey("sk-test-SENTINEL-edge"), transport: transport, retryPolicy: .none)
    }

    @Test func aStatusAnswerNamingAnotherTaskIsADecodingErrorForTheAskedTask() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"id":"cgt-other","status":"succeeded","content":{"video_url":"https://cdn.example.com/other.mp4"}}"#)
        ])
        let error = try await #require(throws: SeedanceError.self) { try await Self.client(transport).status(of: "cgt-mine") }
        #expect(error.category == .decoding && error.taskID == "cgt-mine")
        #expect(error.message == "the status answer for task cgt-mine describes another task, cgt-other; it was not used")
    }

    @Test func listPagingGoesOnPastAFullPageWithoutATotal() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"items":[{"id":"cgt-3","status":"running"},{"id":"cgt-2","status":"queued"}]}"#),
            ScriptedTransport.json(200, #"{"items":[{"id":"cgt-1","status":"succeeded"}]}"#),
        ])
        var ids: [TaskID] = []
        for try await task in try Self.client(transport).list(TaskListQuery(pageSize: 2)) { ids.append(task.id) }
        #expect(ids == ["cgt-3", "cgt-2", "cgt-1"])
        #expect(transport.requests.map { $0.url.query ?? "" } == ["page_num=1&page_size=2", "page_num=2&page_size=2"])
    }
}
