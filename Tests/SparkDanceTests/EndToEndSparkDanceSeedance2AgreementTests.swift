import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import SparkDance
import Testing

/// `spark_dance_v2_0` and `_fast`: the adapter's validation and the simulated Vtrix server agree on every 2.0-family
/// rule (both accept or both refuse); the adapter's body is sent even when it refuses.
@Suite("End to end: SparkDance Seedance 2.x validation agrees with the simulated server", .timeLimit(.minutes(3)))
struct EndToEndSparkDanceSeedance2AgreementTests {
    typealias Case = EndToEndSparkDanceAgreementTests.Case

    static let v2_0 = ModelID.vtrixSeedance2_0
    static let fast = ModelID.vtrixSeedance2_0Fast
    static let image = MediaInput.url(URL(string: "https://example.com/a.png")!)
    static let video = MediaInput.url(URL(string: "https://example.com/a.mp4")!)
    static let audio = MediaInput.url(URL(string: "https://example.com/a.mp3")!)
    static func images(_ count: Int) -> [MediaInput] { (0..<count).map { .url(URL(string: "https://example.com/\($0).png")!) } }
    static func ask(_ name: String, _ request: VideoRequest) -> Case { Case(name: name, model: request.model ?? v2_0, request: request) }

    static let cases: [Case] = [
        ask("2.0 15 s at 1080p", VideoRequest(prompt: "p", model: v2_0, resolution: .p1080, duration: .seconds(15))),
        ask("2.0 16 s", VideoRequest(prompt: "p", model: v2_0, duration: .seconds(16))),
        ask("2.0 auto duration", VideoRequest(prompt: "p", model: v2_0, duration: .auto)),
        ask("2.0 fast 1080p", VideoRequest(prompt: "p", model: fast, resolution: .p1080)),
        ask("2.0 camera_fixed", VideoRequest(prompt: "p", model: v2_0, cameraFixed: true)),
        ask("2.0 flex", VideoRequest(prompt: "p", model: v2_0, serviceTier: .flex)),
        ask("2.0 draft", VideoRequest(prompt: "p", model: v2_0, draft: true)),
        ask("2.0 mov output", VideoRequest(prompt: "p", model: v2_0, outputFormat: .mov)),
        ask("2.0 priority 10", VideoRequest(prompt: "p", model: v2_0, priority: 10)),
        ask("2.0 web search", VideoRequest(prompt: "p", model: v2_0, webSearch: true)),
        ask("2.0 9 reference images", VideoRequest(prompt: "p", referenceImages: images(9), model: v2_0)),
        ask("2.0 10 reference images", VideoRequest(prompt: "p", referenceImages: images(10), model: v2_0)),
        ask("2.0 audio alone", VideoRequest(prompt: "p", referenceAudios: [audio], model: fast)),
        ask("2.0 audio with a video", VideoRequest(prompt: "p", referenceVideos: [video], referenceAudios: [audio], model: fast)),
        ask("2.0 first frame with a reference video", VideoRequest(prompt: "p", firstFrame: image, referenceVideos: [video], model: v2_0)),
        ask("2.0 first and last frame from an asset", VideoRequest(prompt: "p", firstFrame: .asset("asset-1"), lastFrame: image, model: v2_0)),
        ask("2.0 no prompt, no media", VideoRequest(model: v2_0, duration: .seconds(5))),
    ]

    @Test("the adapter's validation and the simulator agree", arguments: cases)
    func agree(_ item: Case) async throws {
        let rig = SparkDanceRig()
        let dialect = rig.dialect(item.model)
        let adapterAccepts = (try? dialect.validate(item.request)) != nil
        let answer = try await rig.send(try dialect.makeCreateRequest(item.request))
        #expect(adapterAccepts == (answer.status == 200), "adapter \(adapterAccepts), simulator \(answer.status): \(JSONAssert.parse(answer.body))")
    }

    /// Models Vtrix does not serve: refused by both.
    @Test("2.0 mini and 2.5 names are refused by both", arguments: ["spark_dance_v2_0_mini", "spark_dance_v2_5"])
    func unservedModels(_ id: String) async throws {
        let rig = SparkDanceRig()
        let request = VideoRequest(prompt: "p", model: ModelID(rawValue: id))
        #expect(throws: SeedanceError.self) { try rig.dialect().validate(request) }
        #expect(try await rig.send(try rig.dialect().makeCreateRequest(request)).status != 200)
    }
}
