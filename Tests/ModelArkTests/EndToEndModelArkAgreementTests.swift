import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The adapter's validation and the simulator's are two readings of docs/dialects/modelark.md and Vtrix's spark_dance
/// pages: for edge requests, both accept or both refuse. The adapter's body is sent even when it refuses (built without
/// validating) so the simulator judges the same request.
@Suite("End to end: ModelArk validation agrees with the simulated server", .timeLimit(.minutes(3)))
struct EndToEndModelArkAgreementTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var request: VideoRequest
        var testDescription: String { name }
    }

    static let url = MediaInput.url(URL(string: "https://example.com/a.png")!)
    static let pro10: ModelID = "seedance-1-0-pro-250528"
    static let endpoint: ModelID = "ep-20260101-abcde"

    static let cases: [Case] = [
        Case(name: "1.5 Pro 1080p", request: VideoRequest(prompt: "p", resolution: .p1080)),
        Case(name: "1.5 Pro auto duration", request: VideoRequest(prompt: "p", duration: .auto)),
        Case(name: "1.5 Pro 3 s", request: VideoRequest(prompt: "p", duration: .seconds(3))),
        Case(name: "1.5 Pro 57 frames", request: VideoRequest(prompt: "p", duration: .frames(57))),
        Case(name: "1.5 Pro draft at 720p", request: VideoRequest(prompt: "p", resolution: .p720, draft: true)),
        Case(name: "1.5 Pro draft with last frame", request: VideoRequest(prompt: "p", returnLastFrame: true, draft: true)),
        Case(name: "1.5 Pro draft with flex", request: VideoRequest(prompt: "p", serviceTier: .flex, draft: true)),
        Case(name: "1.5 Pro ratio 9:21", request: VideoRequest(prompt: "p", aspectRatio: .r9x21)),
        Case(name: "1.5 Pro last frame alone", request: VideoRequest(prompt: "p", lastFrame: url)),
        Case(name: "1.5 Pro inline 200×200", request: VideoRequest(prompt: "p", firstFrame: .data(TestImages.png(width: 200, height: 200)))),
        Case(name: "1.5 Pro expiry 259201", request: VideoRequest(prompt: "p", executionExpiresAfter: 259_201)),
        Case(name: "1.5 Pro seed -1", request: VideoRequest(prompt: "p", seed: -1)),
        Case(name: "1.0 Pro 2 s", request: VideoRequest(prompt: "p", model: pro10, duration: .seconds(2))),
        Case(name: "1.0 Pro auto duration", request: VideoRequest(prompt: "p", model: pro10, duration: .auto)),
        Case(name: "1.0 Pro 289 frames", request: VideoRequest(prompt: "p", model: pro10, duration: .frames(289))),
        Case(name: "1.0 Pro 31 frames", request: VideoRequest(prompt: "p", model: pro10, duration: .frames(31))),
        Case(name: "1.0 Pro draft", request: VideoRequest(prompt: "p", model: pro10, draft: true)),
        Case(name: "1.0 Pro inline HEIC", request: VideoRequest(prompt: "p", firstFrame: .data(TestImages.heic), model: pro10)),
        Case(name: "endpoint id, auto duration", request: VideoRequest(prompt: "p", model: endpoint, duration: .auto)),
        Case(name: "endpoint id, 57 frames", request: VideoRequest(prompt: "p", model: endpoint, duration: .frames(57))),
        Case(name: "endpoint id, 31 s", request: VideoRequest(prompt: "p", model: endpoint, duration: .seconds(31))),
        Case(name: "endpoint id, draft", request: VideoRequest(prompt: "p", model: endpoint, draft: true)),
    ]

    @Test("the adapter's validation and the simulator agree", arguments: cases)
    func agree(_ item: Case) async throws {
        let rig = ModelArkRig()
        let adapterAccepts = (try? rig.dialect().validate(item.request)) != nil
        let answer = try await rig.send(try rig.dialect().makeCreateRequest(item.request))
        let serverAccepts = answer.status == 200
        #expect(adapterAccepts == serverAccepts, "adapter \(adapterAccepts), simulator \(serverAccepts): \(JSONAssert.parse(answer.body))")
    }

    /// An endpoint id may serve any model, so the adapter's generic rules are the union of every 1.x and 2.x limit
    /// (up to 30 s, 4k, references): a 20 s request passes locally. The simulator's generic reading stops at 12 s.
    @Test("known difference: a 20 s request on an endpoint id passes the adapter's union rules, the simulator refuses it")
    func endpointTwentySeconds() async throws {
        let rig = ModelArkRig()
        let request = VideoRequest(prompt: "p", model: Self.endpoint, duration: .seconds(20))
        try rig.dialect().validate(request)
        #expect(try await rig.send(try rig.dialect().makeCreateRequest(request)).status == 400)
    }
}
