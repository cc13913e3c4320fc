import Foundation
import ModelArk
import SeedanceContentArray
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

@Suite struct ModelArkValidationTests {
    let dialect = ModelArk.byteplus(model: .byteplusSeedance1_5Pro)

    func rejection(_ request: VideoRequest, on dialect: ModelArk = .byteplus(model: .byteplusSeedance1_5Pro)) -> SeedanceError? {
        do {
            try dialect.validate(request)
            return nil
        } catch {
            return error as? SeedanceError
        }
    }

    @Test(arguments: [
        ("seedance-1-5-pro-251215", Seedance1Model.v1_5Pro), ("doubao-seedance-1-5-pro-251215", .v1_5Pro),
        ("seedance-1-0-pro-250428", .v1_0Pro), ("doubao-seedance-1-0-pro-fast-251015", .v1_0ProFast),
        ("seedance-1-0-lite-t2v-250219", .v1_0LiteT2V), ("doubao-seedance-1-0-lite-i2v-250428", .v1_0LiteI2V),
        ("Seedance-1-0-Pro", .v1_0Pro),
    ])
    func modelsAreRecognisedWhateverTheirSuffix(_ id: String, _ model: Seedance1Model) {
        #expect(ModelArkModels.variant(of: ModelID(rawValue: id)) == model)
    }

    @Test(arguments: ["ep-20260101-abcde", "seedance-1-0-profile", "seedance-1-5-prox", "seedance-3-0-270101"])
    func otherIDsAreUnknownAndAllowed(_ id: String) throws {
        #expect(ModelArkModels.variant(of: ModelID(rawValue: id)) == nil)
        try dialect.validate(VideoRequest(prompt: "p", model: ModelID(rawValue: id), duration: .seconds(15), generateAudio: true))
        try dialect.validate(VideoRequest(prompt: "p", model: ModelID(rawValue: id), duration: .frames(57)))
    }

    @Test func unknownModelsStillGetTheGenericAndCrossFieldRules() throws {
        let endpoint: ModelID = "ep-20260101-abcde"
        let seed = try #require(rejection(VideoRequest(prompt: "p", model: endpoint, seed: -5)))
        #expect(seed.field == "seed" && seed.model == endpoint && seed.provider == "byteplus")
        #expect(rejection(VideoRequest(prompt: "p", model: endpoint, resolution: .p720, draft: true))?.field == "resolution")
        #expect(rejection(VideoRequest(model: endpoint))?.field == "prompt")
        #expect(rejection(VideoRequest(prompt: "p", model: endpoint, framesPerSecond: 24))?.field == "framesPerSecond")
    }

    @Test func recognisedModelsUseTheirOwnLimits() throws {
        let pro10: ModelID = "doubao-seedance-1-0-pro-250428"
        let volcengine = ModelArk.volcengine()
        try volcengine.validate(VideoRequest(prompt: "p", model: pro10, duration: .frames(57)))
        let audio = try #require(rejection(VideoRequest(prompt: "p", model: pro10, generateAudio: true), on: volcengine))
        #expect(audio.field == "generateAudio" && audio.provider == "volcengine" && audio.model == pro10)
        #expect(rejection(VideoRequest(prompt: "p", duration: .frames(57)))?.field == "frames")
        #expect(rejection(VideoRequest(prompt: "p", duration: .seconds(2)))?.field == "duration")
        let lite = VideoRequest(prompt: "p", firstFrame: .url(URL(string: "https://e.com/a.png")!), model: "seedance-1-0-lite-t2v-250428")
        #expect(rejection(lite)?.field == "firstFrame")
    }

    @Test func modelAndContentAreClosedToExtraFields() throws {
        for key in ["model", "content", "return_last_frame"] {
            let error = try #require(rejection(VideoRequest(prompt: "p", extraFields: [key: "x"])))
            #expect(error.field == "extraFields.\(key)" && error.category == .invalidRequest)
        }
        #expect(rejection(VideoRequest(prompt: "p", model: " "))?.field == "model")
    }

    @Test func nothingIsSentForARefusedRequest() async throws {
        let transport = ScriptedTransport(fallback: ScriptedTransport.json(200, #"{"id": "cgt-should-not-exist"}"#))
        let request = VideoRequest(draft: true, draftTaskID: "cgt-1")
        do {
            try dialect.validate(request)
            _ = try await transport.send(try dialect.makeCreateRequest(request))
            Issue.record("the request was not refused")
        } catch let error as SeedanceError {
            #expect(error.field == "draft" && error.model == "seedance-1-5-pro-251215")
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func capabilitiesPutTheDefaultFirstAndOfferEveryOperation() {
        let capabilities = ModelArk.byteplus(model: "seedance-1-0-pro-250528").capabilities
        #expect(
            capabilities.models.map(\.id.rawValue) == [
                "seedance-1-0-pro-250528", "dreamina-seedance-2-0-260128", "dreamina-seedance-2-0-fast-260128", "dreamina-seedance-2-0-mini-260615",
                "dreamina-seedance-2-5-260628", "dreamina-seedance-2-5-premium-260915", "seedance-1-5-pro-251215", "seedance-1-0-pro-fast-251015",
                "seedance-1-0-lite-t2v-250428", "seedance-1-0-lite-i2v-250428",
            ])
        let operations = ModelArk.byteplus().operations
        #expect(operations.callbacks && operations.cancel && operations.list && operations.delete)
        #expect(capabilities.model("ep-xyz")?.id == "ep-xyz")
        let dated = ModelArk.byteplus(model: "seedance-1-0-pro-250428").capabilities
        #expect(dated.models.first?.id == "seedance-1-0-pro-250428" && dated.models.count == 11)
        #expect(ModelArk.byteplus(model: "ep-1").capabilities.models.count == 10)
    }

    @Test func pollingHintsFollowTheEstimate() {
        let hints = dialect.pollingHints(for: VideoRequest(prompt: "p", model: "seedance-1-0-pro-fast-251015", resolution: .p1080, duration: .seconds(10)))
        #expect(hints.expectedDuration == .seconds(100))
        #expect(dialect.pollingHints(for: VideoRequest(prompt: "p", model: "ep-1")).expectedDuration == nil)
    }
}
