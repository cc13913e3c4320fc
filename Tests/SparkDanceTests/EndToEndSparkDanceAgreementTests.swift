import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import SparkDance
import Testing

/// The adapter's validation and the simulator's are two readings of Vtrix's spark_dance pages: for edge requests, both
/// must accept or both refuse. The adapter's body is sent even when it refuses (built without validating) so the
/// simulator judges the same request.
@Suite("End to end: SparkDance validation agrees with the simulated server", .timeLimit(.minutes(3)))
struct EndToEndSparkDanceAgreementTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model: ModelID
        var request: VideoRequest
        var testDescription: String { "\(model): \(name)" }
    }

    static let png = MediaInput.data(TestImages.png(width: 1280, height: 720))
    static let url = MediaInput.url(URL(string: "https://example.com/a.png")!)
    static let pro15 = ModelID.vtrixSeedance1_5Pro
    static let pro10 = ModelID.vtrixSeedance1_0Pro

    static func ask(_ model: ModelID, _ name: String, _ request: VideoRequest) -> Case { Case(name: name, model: model, request: request) }

    static let cases: [Case] = [
        ask(pro15, "1080p", VideoRequest(prompt: "p", resolution: .p1080)),
        ask(pro15, "auto duration", VideoRequest(prompt: "p", duration: .auto)),
        ask(pro15, "3 s", VideoRequest(prompt: "p", duration: .seconds(3))),
        ask(pro15, "13 s", VideoRequest(prompt: "p", duration: .seconds(13))),
        ask(pro15, "57 frames", VideoRequest(prompt: "p", duration: .frames(57))),
        ask(pro15, "draft at 720p", VideoRequest(prompt: "p", resolution: .p720, draft: true)),
        ask(pro15, "draft with last frame", VideoRequest(prompt: "p", returnLastFrame: true, draft: true)),
        ask(pro15, "draft with flex", VideoRequest(prompt: "p", serviceTier: .flex, draft: true)),
        ask(pro15, "flex", VideoRequest(prompt: "p", serviceTier: .flex)),
        ask(pro15, "seed 2^32", VideoRequest(prompt: "p", seed: 4_294_967_296)),
        ask(pro15, "seed 2^32 - 1", VideoRequest(prompt: "p", seed: 4_294_967_295)),
        ask(pro15, "expiry 3599", VideoRequest(prompt: "p", executionExpiresAfter: 3599)),
        ask(pro15, "expiry 259200", VideoRequest(prompt: "p", executionExpiresAfter: 259_200)),
        ask(pro15, "last frame alone", VideoRequest(prompt: "p", lastFrame: url)),
        ask(pro15, "no prompt, first frame", VideoRequest(firstFrame: url)),
        ask(pro15, "no prompt, no image", VideoRequest(duration: .seconds(5))),
        ask(pro15, "inline HEIC", VideoRequest(prompt: "p", firstFrame: .data(TestImages.heic))),
        ask(pro15, "inline 200×200", VideoRequest(prompt: "p", firstFrame: .data(TestImages.png(width: 200, height: 200)))),
        ask(pro15, "inline 1000×300", VideoRequest(prompt: "p", firstFrame: .data(TestImages.png(width: 1000, height: 300)))),
        ask(pro15, "ratio 9:21", VideoRequest(prompt: "p", aspectRatio: .r9x21)),
        ask(pro15, "ratio adaptive, both frames inline", VideoRequest(prompt: "p", firstFrame: png, lastFrame: png, aspectRatio: .adaptive)),
        ask(pro10, "2 s", VideoRequest(prompt: "p", duration: .seconds(2))),
        ask(pro10, "auto duration", VideoRequest(prompt: "p", duration: .auto)),
        ask(pro10, "29 frames", VideoRequest(prompt: "p", duration: .frames(29))),
        ask(pro10, "30 frames", VideoRequest(prompt: "p", duration: .frames(30))),
        ask(pro10, "293 frames", VideoRequest(prompt: "p", duration: .frames(293))),
        ask(pro10, "draft", VideoRequest(prompt: "p", draft: true)),
        ask(pro10, "inline HEIC", VideoRequest(prompt: "p", firstFrame: .data(TestImages.heic))),
        ask(pro10, "a .heic URL", VideoRequest(prompt: "p", firstFrame: .url(URL(string: "https://example.com/a.heic")!))),
        ask(pro10, "first and last frame", VideoRequest(prompt: "p", firstFrame: url, lastFrame: png)),
        ask(pro10, "return last frame, watermark, camera fixed", VideoRequest(prompt: "p", cameraFixed: true, watermark: true, returnLastFrame: true)),
    ]

    @Test("the adapter's validation and the simulator agree", arguments: cases)
    func agree(_ item: Case) async throws {
        let rig = SparkDanceRig()
        let dialect = rig.dialect(item.model)
        let adapterAccepts = (try? dialect.validate(item.request)) != nil
        let built = try dialect.makeCreateRequest(item.request)
        let answer = try await rig.send(built)
        let serverAccepts = answer.status == 200
        #expect(adapterAccepts == serverAccepts, "adapter \(adapterAccepts), simulator \(serverAccepts): \(JSONAssert.parse(answer.body))")
    }

    /// Vtrix's 1.0 Pro page does not list `generate_audio`, and third-party mirrors say other models ignore it: the
    /// simulator ignores it on 1.0 Pro, while the adapter refuses it before sending (the stricter rule).
    @Test("known difference: generate_audio on 1.0 Pro is refused by the adapter, ignored by the simulator")
    func generateAudioOnPro10() async throws {
        let rig = SparkDanceRig()
        let dialect = rig.dialect(Self.pro10)
        let request = VideoRequest(prompt: "p", generateAudio: true)
        #expect(throws: SeedanceError.self) { try dialect.validate(request) }
        #expect(try await rig.send(try dialect.makeCreateRequest(request)).status == 200)
    }
}
