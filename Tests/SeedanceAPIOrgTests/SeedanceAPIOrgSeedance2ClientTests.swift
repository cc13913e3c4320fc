import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore
import SeedanceTestSupport

/// A client on the v2 API through a scripted transport: one create to `/v2/generate`, the poll at `/v2/status`, read
/// from the fixtures.
@Suite struct SeedanceAPIOrgSeedance2ClientTests {
    @Test func aV2TaskIsCreatedOnceAndPolledOnTheV2API() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, String(decoding: Fixtures.data("seedanceapi/v2-create.response.json"), as: UTF8.self)),
            ScriptedTransport.json(200, String(decoding: Fixtures.data("seedanceapi/v2-status-success.json"), as: UTF8.self)),
        ])
        let dialect = SeedanceAPIOrg(model: .seedanceapiSeedance2_0Fast)
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-sdapi-test"), transport: transport)
        let request = VideoRequest(
            prompt: "A corgi surfing a small wave, GoPro view.", aspectRatio: .r9x16, duration: .seconds(10),
            callbackURL: URL(string: "https://hooks.example.com/seedance")!)
        let task = try await client.submit(request)
        #expect(task.id == "sd2_7f3a9c41b2e0")
        let snapshot = try await client.status(of: task.id)
        #expect(snapshot.status == .succeeded && snapshot.usage?.credits == 320)
        #expect(
            snapshot.usage?.credits
                == (try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "p", model: .seedanceapiSeedance2_0Fast, duration: .seconds(10)))))
        let sent = transport.requests
        #expect(sent.map(\.url.absoluteString) == ["https://seedanceapi.org/v2/generate", "https://seedanceapi.org/v2/status?task_id=sd2_7f3a9c41b2e0"])
        #expect(JSONAssert.same(sent.first?.body, Fixtures.json("seedanceapi/v2-create-t2v.request.json")))
    }
}
