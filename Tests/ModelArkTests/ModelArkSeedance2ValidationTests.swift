import Foundation
import ModelArk
import SeedanceContentArray
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// Seedance 2.x model ids on the official API: recognition whatever the spelling, BytePlus's `dreamina-` rule (refused
/// before anything is sent), 2.5 flash's conservative limits, and endpoint ids open to every 2.x field.
@Suite struct ModelArkSeedance2ValidationTests {
    @Test(arguments: [
        ("dreamina-seedance-2-0-260128", Seedance2Model.v2_0), ("doubao-seedance-2-0-fast-260128", .v2_0Fast),
        ("dreamina-seedance-2-0-mini-260615", .v2_0Mini), ("dreamina-seedance-2-0-mini", .v2_0Mini), ("doubao-seedance-2-5-260628", .v2_5),
        ("dreamina-seedance-2-5-premium-260915", .v2_5Premium), ("dreamina-seedance-2-5-flash-261115", .v2_5Flash),
    ])
    func seedance2IDsAreRecognised(_ id: String, _ model: Seedance2Model) {
        #expect(ContentArrayModel.recognise(ModelID(rawValue: id)) == .seedance2(model))
        #expect(ModelArkModels.variant(of: ModelID(rawValue: id)) == nil)
        #expect(ModelArkModels.capabilities(for: ModelID(rawValue: id)).displayName == model.displayName)
    }

    /// BytePlus answers 404 to the bare and `doubao-` spellings of a 2.x id: refused locally, naming the id to use,
    /// and nothing is sent.
    @Test(arguments: [
        ("doubao-seedance-2-0-260128", "dreamina-seedance-2-0-260128"), ("seedance-2-5-260628", "dreamina-seedance-2-5-260628"),
        ("Doubao-Seedance-2-0-Fast-260128", "dreamina-seedance-2-0-fast-260128"),
    ])
    func byteplusRefusesOtherSpellingsOf2x(_ id: String, _ spelling: String) async throws {
        let transport = ScriptedTransport(fallback: ScriptedTransport.json(200, #"{"id": "cgt-should-not-exist"}"#))
        let client = try SeedanceClient(dialect: ModelArk.byteplus(), apiKey: APIKey("sk-test-SENTINEL-2x"), transport: transport, retryPolicy: .none)
        do {
            _ = try await client.submit(VideoRequest(prompt: "p", model: ModelID(rawValue: id)))
            Issue.record("the request was not refused")
        } catch let error as SeedanceError {
            #expect(error.category == .invalidRequest && error.field == "model" && error.value == id && error.allowed == spelling)
            #expect(error.provider == "byteplus" && error.message.contains("Seedance 2.x ids start with dreamina- there"), "\(error.message)")
        }
        #expect(transport.requests.isEmpty)
        try ModelArk.volcengine().validate(VideoRequest(prompt: "p", model: ModelID(rawValue: id)))
    }

    /// 2.5 flash is accepted when passed (not listed): 480p/720p, 4–30 s, no draft, no task types, no mov, no web search.
    @Test func flashIsAcceptedWithConservativeLimits() throws {
        let flash: ModelID = "dreamina-seedance-2-5-flash-261115"
        let dialect = ModelArk.byteplus()
        #expect(!dialect.capabilities.models.contains { $0.id == flash })
        try dialect.validate(VideoRequest(prompt: "p", model: flash, resolution: .p720, duration: .seconds(30)))
        for request in [
            VideoRequest(prompt: "p", model: flash, resolution: .p1080), VideoRequest(prompt: "p", model: flash, draft: true),
            VideoRequest(prompt: "p", model: flash, outputFormat: .mov), VideoRequest(prompt: "p", model: flash, webSearch: true),
        ] {
            #expect(throws: SeedanceError.self) { try dialect.validate(request) }
        }
    }

    /// An endpoint id may serve any model: every 1.x and 2.x field and value passes the adapter (the provider decides).
    @Test func endpointIDsTakeTheUnionOf1xAnd2xFields() throws {
        let endpoint: ModelID = "ep-20261201-abcde"
        let dialect = ModelArk.byteplus()
        let references = VideoRequest(prompt: "p", referenceImages: [.url(URL(string: "https://e.com/a.png")!)], referenceVideos: [.asset("asset-1")], model: endpoint, resolution: .p4k, duration: .seconds(30), taskType: .reference, outputFormat: .mov, webSearch: true, priority: 9, safetyIdentifier: "u-1")
        try dialect.validate(references)
        try dialect.validate(VideoRequest(prompt: "p", model: endpoint, duration: .frames(57), cameraFixed: true, serviceTier: .flex))
        let body = JSONAssert.parse(try dialect.makeCreateRequest(references).body)
        #expect(body["model"] == "ep-20261201-abcde" && body["omni_reference_task_type"] == "reference" && body["output_format"] == "mov")
        #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "p", model: endpoint, duration: .seconds(31))) }
    }

    /// The 2.x wire keys are closed to `extraFields` like every modelled key.
    @Test(arguments: ["tools", "priority", "safety_identifier", "omni_reference_task_type", "output_format", "draft", "model"])
    func seedance2KeysAreClosedToExtraFields(_ key: String) {
        let error = #expect(throws: SeedanceError.self) { try ModelArk.byteplus().validate(VideoRequest(prompt: "p", extraFields: [key: "x"])) }
        #expect(error?.field == "extraFields.\(key)")
    }
}
