import Foundation
import Testing
import JieKou
import SeedanceCore
import SimulatorTestSupport

/// Every validation rule, checked purely (validation does no I/O, so nothing can have been sent).
@Suite struct JieKouValidationTests {
    static let image = MediaInput.url(URL(string: "https://example.com/first.png")!)

    /// The error `request` is refused with on `dialect`, or `nil` when it is accepted.
    func refusal(_ request: VideoRequest, on dialect: JieKou = JieKou()) -> SeedanceError? {
        do {
            try dialect.validate(request)
            return nil
        } catch let error as SeedanceError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    /// Asserts a refusal naming `field`, the model and the provider, with `words` in the message.
    func expectRefused(
        _ request: VideoRequest, field: String, on dialect: JieKou = JieKou(), saying words: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error = refusal(request, on: dialect) else {
            Issue.record("expected \(field) to be refused", sourceLocation: sourceLocation)
            return
        }
        #expect(error.category == .invalidRequest, sourceLocation: sourceLocation)
        #expect(error.field == field, sourceLocation: sourceLocation)
        #expect(error.provider == dialect.provider, sourceLocation: sourceLocation)
        #expect(error.model == "seedance-v1.5-pro", sourceLocation: sourceLocation)
        #expect(error.message.contains(field), sourceLocation: sourceLocation)
        #expect(error.message.contains("on \(dialect.provider.rawValue)"), sourceLocation: sourceLocation)
        for word in words { #expect(error.message.contains(word), "\(error.message)", sourceLocation: sourceLocation) }
    }

    @Test func theFixtureRequestsAreValid() {
        #expect(refusal(JieKouRequestTests.t2vRequest) == nil)
        #expect(refusal(JieKouRequestTests.i2vRequest) == nil)
        #expect(refusal(VideoRequest(firstFrame: Self.image)) == nil, "a prompt is optional on image-to-video")
    }

    @Test(arguments: JieKouHost.presets, [Resolution.p480, .p720, .p1080])
    func resolutionsArePerHost(host: JieKouHost, resolution: Resolution) {
        let dialect = JieKou(host: host)
        let error = refusal(VideoRequest(prompt: "a cat", resolution: resolution), on: dialect)
        let acceptsFullHD = host.provider == "jiekou"
        if resolution == .p1080 && !acceptsFullHD {
            #expect(error?.field == "resolution")
            #expect(error?.value == "1080p")
            #expect(error?.allowed == "480p, 720p")
            #expect(error?.provider == host.provider)
        } else {
            #expect(error == nil)
        }
    }

    @Test func theCapabilitiesStateThePerHostResolutions() {
        #expect(JieKouHost.jiekou.capabilities.models.map(\.resolutions) == [[.p480, .p720, .p1080], [.p480, .p720], [.p480, .p720]])
        #expect(JieKouHost.novita.capabilities.models.map(\.resolutions) == [[.p480, .p720], [.p480, .p720, .p1080], [.p480, .p720]])
        #expect(JieKouHost.ppio.capabilities.models.map(\.resolutions) == [[.p480, .p720], [.p480, .p720, .p1080], [.p480, .p720]])
        let model = JieKouHost.jiekou.capabilities.models[0]
        #expect(model.id == ModelID.jiekouSeedance1_5Pro)
        #expect(model.durations.seconds == Array(4...12))
        #expect(!model.durations.allowsAuto && model.durations.frames == nil)
        #expect(model.framesPerSecond == [24])
        #expect(model.aspectRatios.contains(.adaptive) && !model.aspectRatios.contains(.r9x21))
        #expect(!model.supportedFields.contains(.returnLastFrame) && !model.supportedFields.contains(.callbackURL))
    }

    @Test func imageToVideoRequiresAFirstFrame() {
        expectRefused(VideoRequest(prompt: "a cat"), field: "firstFrame", on: JieKou(endpoint: .imageToVideo), saying: ["required", "seedance-v1.5-pro-i2v"])
        #expect(refusal(VideoRequest(prompt: "a cat", firstFrame: Self.image), on: JieKou(endpoint: .imageToVideo)) == nil)
    }

    @Test func textToVideoTakesNoImage() {
        let dialect = JieKou(endpoint: .textToVideo)
        expectRefused(
            VideoRequest(prompt: "a cat", firstFrame: Self.image), field: "firstFrame", on: dialect, saying: ["not accepted", "seedance-v1.5-pro-t2v"])
        expectRefused(
            VideoRequest(prompt: "a cat", firstFrame: Self.image, lastFrame: Self.image), field: "firstFrame", on: dialect)
    }

    @Test func textToVideoRequiresAPrompt() {
        expectRefused(VideoRequest(), field: "prompt", saying: ["required", "seedance-v1.5-pro-t2v"])
        expectRefused(VideoRequest(prompt: "  \n"), field: "prompt")
        expectRefused(VideoRequest(resolution: .p720), field: "prompt")
    }

    @Test func aLastFrameNeedsAFirstFrame() {
        expectRefused(VideoRequest(prompt: "a cat", lastFrame: Self.image), field: "lastFrame", saying: ["needs a firstFrame"])
    }

    @Test(arguments: [23, 25, 30, 60])
    func onlyTwentyFourFramesPerSecond(fps: Int) {
        expectRefused(VideoRequest(prompt: "a cat", framesPerSecond: fps), field: "framesPerSecond", saying: ["\(fps)", "24"])
    }

    @Test(arguments: [VideoDuration.seconds(3), .seconds(13), .seconds(0), .seconds(-1), .auto])
    func durationsOutsideFourToTwelveSecondsAreRefused(duration: VideoDuration) {
        expectRefused(VideoRequest(prompt: "a cat", duration: duration), field: "duration", saying: ["4…12 seconds"])
    }

    @Test func everyWholeSecondFromFourToTwelveIsAccepted() {
        for seconds in 4...12 { #expect(refusal(VideoRequest(prompt: "a cat", duration: .seconds(seconds))) == nil) }
    }

    @Test func frameCountsAreRefusedAsUnsupported() {
        expectRefused(VideoRequest(prompt: "a cat", duration: .frames(121)), field: "frames", saying: ["not supported"])
    }

    @Test(arguments: [Int64(-2), 4_294_967_296, .min])
    func seedsOutsideTheRangeAreRefused(seed: Int64) {
        expectRefused(VideoRequest(prompt: "a cat", seed: seed), field: "seed", saying: ["-1…4294967295"])
    }

    @Test func seedBoundsAreAccepted() {
        #expect(refusal(VideoRequest(prompt: "a cat", seed: -1)) == nil)
        #expect(refusal(VideoRequest(prompt: "a cat", seed: 4_294_967_295)) == nil)
    }

    @Test(arguments: [3599, 259_201, 0])
    func expiriesOutsideTheRangeAreRefused(expiry: Int) {
        expectRefused(VideoRequest(prompt: "a cat", executionExpiresAfter: expiry), field: "executionExpiresAfter", saying: ["3600…259200"])
    }

    @Test(arguments: [AspectRatio.r9x21, "2:1", "16x9"])
    func unknownRatiosAreRefused(ratio: AspectRatio) {
        expectRefused(VideoRequest(prompt: "a cat", aspectRatio: ratio), field: "aspectRatio", saying: ["16:9", "adaptive"])
    }

    @Test func adaptiveIsAcceptedWithAndWithoutAnImage() {
        #expect(refusal(VideoRequest(prompt: "a cat", aspectRatio: .adaptive)) == nil)
        #expect(refusal(VideoRequest(prompt: "a cat", firstFrame: Self.image, aspectRatio: .adaptive)) == nil)
    }

    @Test func unknownServiceTiersAreRefused() {
        expectRefused(VideoRequest(prompt: "a cat", serviceTier: "priority"), field: "serviceTier", saying: ["default, flex"])
    }

    @Test(arguments: [
        ("returnLastFrame", VideoRequest(prompt: "a cat", returnLastFrame: true)),
        ("draft", VideoRequest(prompt: "a cat", draft: true)),
        ("draftTask", VideoRequest(prompt: "a cat", draftTaskID: "draft-1")),
        ("callbackURL", VideoRequest(prompt: "a cat", callbackURL: URL(string: "https://example.com/hook")!)),
    ])
    func fieldsThisDialectLacksAreRefusedNotDropped(field: String, request: VideoRequest) {
        expectRefused(request, field: field, saying: ["is not supported", "fields prompt, firstFrame"])
    }

    @Test func otherModelsAreRefused() {
        let error = refusal(VideoRequest(prompt: "a cat", model: "seedance-v1-pro"))
        #expect(error?.field == "model")
        #expect(error?.value == "seedance-v1-pro")
        #expect(error?.allowed == "seedance-v1.5-pro, seedance-2.0, seedance-2.0-fast")
        #expect(error?.provider == "jiekou")
        #expect(refusal(VideoRequest(prompt: "a cat", model: "seedance-v1.5-pro")) == nil)
    }

    @Test func extraFieldsMayNotRepeatATypedField() {
        expectRefused(VideoRequest(prompt: "a cat", duration: .seconds(5), extraFields: ["duration": 6]), field: "extraFields.duration", saying: ["repeats"])
        expectRefused(VideoRequest(prompt: "a cat", firstFrame: Self.image, extraFields: ["image": "https://example.com/b.png"]), field: "extraFields.image")
        #expect(refusal(VideoRequest(prompt: "a cat", extraFields: ["duration": 6])) == nil, "an unset typed field leaves the key free")
    }

    @Test func imagesAreCheckedLocally() {
        expectRefused(VideoRequest(firstFrame: .data(TestImages.png(width: 200, height: 200))), field: "firstFrame", saying: ["300…6000 px"])
        expectRefused(VideoRequest(firstFrame: .data(TestImages.png(width: 2000, height: 500))), field: "firstFrame", saying: ["aspect ratio"])
        expectRefused(VideoRequest(firstFrame: .data(Data("not an image at all".utf8))), field: "firstFrame", saying: ["not a recognised image"])
        expectRefused(VideoRequest(firstFrame: .url(URL(string: "https://example.com/photo.heic")!)), field: "firstFrame", saying: ["format"])
        expectRefused(VideoRequest(firstFrame: .url(URL(string: "ftp://example.com/a.png")!)), field: "firstFrame", saying: ["http or https"])
        expectRefused(VideoRequest(firstFrame: .url(URL(string: "data:image/PNG;base64,iVBORw0KGgo=")!)), field: "firstFrame", saying: ["lowercase"])
        expectRefused(VideoRequest(firstFrame: .file(URL(fileURLWithPath: "/tmp/a.png"))), field: "firstFrame", saying: ["not read"])
        expectRefused(
            VideoRequest(firstFrame: Self.image, lastFrame: .data(TestImages.png(width: 100, height: 400))), field: "lastFrame")
        #expect(
            refusal(VideoRequest(firstFrame: .data(TestImages.png(width: 1280, height: 720)), lastFrame: .data(TestImages.png(width: 720, height: 1280))))
                == nil)
    }
}
