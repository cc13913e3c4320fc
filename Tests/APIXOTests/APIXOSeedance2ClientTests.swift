import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceTestSupport

/// A client driving a Seedance 2.0 model through a scripted transport: one create, then the status poll under the
/// same model's path, read from the fixtures.
@Suite struct APIXOSeedance2ClientTests {
    @Test func anOmniTaskIsCreatedOnceAndPolledUnderItsModel() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"code": 200, "message": "success", "data": {"taskId": "task_2a0c9f17e4b8"}}"#),
            ScriptedTransport.json(200, String(decoding: Fixtures.data("apixo/seedance2-status-success.json"), as: UTF8.self)),
        ])
        let client = try SeedanceClient(dialect: APIXO(model: .apixoSeedance2_0), apiKey: APIKey("sk-apixo-test"), transport: transport)
        let url = { (path: String) in MediaInput.url(URL(string: "https://example.com/\(path)")!) }
        let request = VideoRequest(
            prompt: "Image 1 and Image 2 dance to Audio 1.", referenceImages: [url("a.png"), url("b.png")], referenceAudios: [url("song.mp3")],
            duration: .seconds(6))
        let task = try await client.submit(request)
        let snapshot = try await client.status(of: task.id)
        #expect(snapshot.status == .succeeded && snapshot.model == .apixoSeedance2_0)
        let sent = transport.requests
        #expect(
            sent.map(\.url.absoluteString) == [
                "https://api.apixo.ai/api/v1/generateTask/seedance-2-0", "https://api.apixo.ai/api/v1/statusTask/seedance-2-0?taskId=task_2a0c9f17e4b8",
            ])
        #expect(
            JSONAssert.same(
                sent.first?.body,
                [
                    "request_type": "async",
                    "input": [
                        "mode": "omni_reference", "prompt": "Image 1 and Image 2 dance to Audio 1.",
                        "image_urls": ["https://example.com/a.png", "https://example.com/b.png"], "audio_urls": ["https://example.com/song.mp3"],
                        "duration": 6,
                    ],
                ]))
    }
}
