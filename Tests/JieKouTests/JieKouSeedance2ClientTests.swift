import Foundation
import Testing
import JieKou
import SeedanceCore
import SeedanceTestSupport

/// A client driving the Seedance 2.0 route through a scripted transport: one create to `/v3/async/seedance-2.0`
/// (never replayed), then the task-result poll, read from the fixtures.
@Suite struct JieKouSeedance2ClientTests {
    @Test func aReferenceTaskIsCreatedOnceAndPolledAtTheTaskResultEndpoint() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"task_id": "9b1f3c2e-2d20-4a55-9e1b-5a0c7d3e2f10"}"#),
            ScriptedTransport.json(200, String(decoding: Fixtures.data("jiekou/seedance2-result-succeeded.json"), as: UTF8.self)),
        ])
        let client = try SeedanceClient(dialect: JieKou(host: .novita), apiKey: APIKey("sk-novita-test"), transport: transport)
        let task = try await client.submit(JieKouSeedance2RequestTests.referenceFast)
        #expect(task.id == "9b1f3c2e-2d20-4a55-9e1b-5a0c7d3e2f10" && task.provider == "novita")
        let snapshot = try await client.status(of: task.id)
        #expect(snapshot.status == .succeeded && snapshot.videoURL == URL(string: "https://cdn.example.com/seedance2/9b1f3c2e.mp4"))
        let sent = transport.requests
        #expect(sent.count == 2)
        #expect(
            sent.map(\.url.absoluteString) == [
                "https://api.novita.ai/v3/async/seedance-2.0", "https://api.novita.ai/v3/async/task-result?task_id=9b1f3c2e-2d20-4a55-9e1b-5a0c7d3e2f10",
            ])
        #expect(JSONAssert.same(sent.first?.body, Fixtures.json("jiekou/seedance2-create-reference-fast.request.json")))
        #expect(sent.allSatisfy { $0.headers["Authorization"] == "Bearer sk-novita-test" })
    }
}
