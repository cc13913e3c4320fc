import Foundation
import SeedanceCore
import Testing

/// `RequestValidator` on multimodal references, with the official Seedance 2.0 and 2.5 limits (`ReferenceLimits`,
/// `VideoConstraints`, `AudioConstraints`): support, counts, frames never mixed in, audio alone, and each input's form.
@Suite("Reference media rules")
struct ReferenceRulesTests {
    typealias F = ReferenceFixtures

    @Test("URLs, assets, inline images and audio and a local video pass on 2.0 within every limit")
    func accepted() throws {
        let request = VideoRequest(
            prompt: "Image 1 dances to Audio 1 like Video 1", referenceImages: Array(repeating: .url(F.image), count: 8) + [.data(F.png)],
            referenceVideos: [.url(F.video), .asset("vid-1"), .file(URL(fileURLWithPath: "/tmp/not-read-by-validation.mp4"))],
            referenceAudios: [.url(F.audio), .data(F.wav(seconds: 7)), .data(F.mp3(frames: 250))])
        try F.validator(.v2_0).validate(request)
        let audioAlone = VideoRequest(prompt: "sing", referenceAudios: [.data(F.wav(seconds: 2))])
        try F.validator(.v2_5).validate(audioAlone)
    }

    @Test("references on a model without reference mode: refused as unsupported, or naming the missing mode")
    func modelWithoutReferences() throws {
        var model = ModelCapabilities(
            id: "one-x", displayName: "1.x", supportedFields: [.prompt], resolutions: [.p720], aspectRatios: [], durations: .range(4...12))
        let unsupported = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)]), RequestValidator(provider: F.provider, model: model))
        #expect(unsupported.field == "referenceVideos" && unsupported.message.contains("is not supported (it would be ignored"))
        model.supportedFields = [.prompt, .referenceImages]
        let noMode = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image)]), RequestValidator(provider: F.provider, model: model))
        #expect(noMode.field == "referenceImages" && noMode.value == nil)
        #expect(noMode.allowed == "no reference media (the model has no multimodal reference mode)")
    }

    @Test(
        "more references of a kind than the model takes are refused with the count and the limit",
        arguments: [
            (Seedance2Model.v2_0, MediaKind.image, 10, "at most 9 reference images"), (.v2_0, .video, 4, "at most 3 reference videos"),
            (.v2_0, .audio, 4, "at most 3 reference audio clips"), (.v2_5, .image, 31, "at most 30 reference images"),
            (.v2_5, .video, 11, "at most 10 reference videos"), (.v2_5, .audio, 11, "at most 10 reference audio clips"),
        ])
    func counts(model: Seedance2Model, kind: MediaKind, count: Int, allowed: String) throws {
        var request = VideoRequest(prompt: "p", referenceImages: [.url(F.image)])
        switch kind {
        case .image: request.referenceImages = Array(repeating: .url(F.image), count: count)
        case .video: request.referenceVideos = Array(repeating: .url(F.video), count: count)
        case .audio: request.referenceAudios = Array(repeating: .url(F.audio), count: count)
        }
        let error = try F.refusal(request, F.validator(model))
        #expect(error.field == "reference\(kind.rawValue.capitalized)s" && error.value == String(count) && error.allowed == allowed)
    }

    @Test("a first or last frame never goes with reference media")
    func framesAndReferencesDoNotMix() throws {
        let first = try F.refusal(VideoRequest(prompt: "p", firstFrame: .url(F.image), referenceVideos: [.url(F.video), .url(F.video)]))
        #expect(first.field == "referenceVideos" && first.value == "2" && first.allowed == "reference media or first/last frames, not both")
        #expect(
            first.message
                == "referenceVideos 2 cannot be combined with firstFrame: first/last frame content cannot be mixed with reference media for dreamina-seedance-2-0-260128 on refprovider; allowed: reference media or first/last frames, not both"
        )
        let both = try F.refusal(
            VideoRequest(prompt: "p", firstFrame: .url(F.image), lastFrame: .url(F.image), referenceAudios: [.url(F.audio)]), F.validator(.v2_5))
        #expect(both.field == "referenceAudios" && both.message.contains("cannot be combined with firstFrame and lastFrame"))
    }

    @Test("audio as the only reference: refused on 2.0 (needs an image or video), accepted on 2.5")
    func audioAlone() throws {
        let request = VideoRequest(prompt: "p", referenceAudios: [.url(F.audio), .url(F.audio)])
        let error = try F.refusal(request)
        #expect(error.field == "referenceAudios" && error.value == "2")
        #expect(error.allowed == "reference audio together with at least one reference image or video")
        #expect(error.message.contains("cannot be the only reference input"))
        try F.validator(.v2_0).validate(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], referenceAudios: [.url(F.audio)]))
        try F.validator(.v2_5).validate(request)
    }

    @Test(
        "video is never inline: bytes and data URLs are refused, naming the forms that are accepted",
        arguments: [MediaInput.data(Data([0, 0, 0, 24])), .url(URL(string: "data:video/mp4;base64,AAAAGGZ0eXA=")!)])
    func videoNeverInline(input: MediaInput) throws {
        let error = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(F.video), input]))
        #expect(error.field == "referenceVideos[1]" && error.value == (input == .data(Data([0, 0, 0, 24])) ? "(4 bytes)" : "(a data URL)"))
        #expect(error.allowed == "an http or https URL, an asset, or a local file (uploaded by the client's MediaUploader)")
        #expect(error.message.contains("is not accepted: video is never sent inline"))
    }

    @Test("video and audio URLs must be http or https, and not name a file of another kind")
    func mediaURLs() throws {
        let ftp = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(URL(string: "ftp://cdn.example.com/clip.mp4")!)]))
        #expect(ftp.field == "referenceVideos[0]" && ftp.value == "ftp://cdn.example.com/clip.mp4" && ftp.allowed == "an http or https URL")
        let image = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(URL(string: "https://cdn.example.com/still.PNG")!)]))
        #expect(image.field == "referenceVideos[0]" && image.allowed == "a URL of video media")
        #expect(image.message.contains("ends in .PNG, a file extension of image media"))
        let video = try F.refusal(
            VideoRequest(prompt: "p", referenceImages: [.url(F.image)], referenceAudios: [.url(URL(string: "https://cdn.example.com/clip.mov")!)]))
        #expect(video.field == "referenceAudios[0]" && video.allowed == "a URL of audio media")
        let image2 = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image), .url(URL(string: "gopher://x/y.png")!)]))
        #expect(image2.field == "referenceImages[1]" && image2.allowed == "an http or https URL")
    }

    @Test("assets only where the kind's constraints accept them")
    func assets() throws {
        var model = Seedance2Model.v2_0.capabilities(id: F.v2_0)
        model.references?.video.acceptsAssets = false
        model.references?.audio.acceptsAssets = false
        model.images.acceptsAssets = false
        let validator = RequestValidator(provider: F.provider, model: model)
        let video = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.asset("asset://v-1")]), validator)
        #expect(video.field == "referenceVideos[0]" && video.value == "asset://v-1")
        #expect(video.allowed == "an http or https URL, or a local file (uploaded by the client's MediaUploader)")
        #expect(video.message.contains("this provider takes no video assets"))
        let audio = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image)], referenceAudios: [.asset("a-1")]), validator)
        #expect(audio.field == "referenceAudios[0]" && audio.value == "asset://a-1" && audio.allowed == "an http or https URL, or wav or mp3 bytes")
        let image = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image), .asset("i-1")]), validator)
        #expect(image.field == "referenceImages[1]" && image.value == "asset://i-1")
    }

    @Test("reference images get the image checks under their own field name")
    func referenceImages() throws {
        let small = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image), .data(ImageValidationTests.png(200, 640))]))
        #expect(small.field == "referenceImages[1]" && small.value == "of 200×640 px" && small.allowed == "300…6000 px per side")
        let notAnImage = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.data(F.wav(seconds: 3))]))
        #expect(notAnImage.field == "referenceImages[0]" && notAnImage.message.contains("is not a recognised image"))
        #expect(notAnImage.model == F.v2_0 && notAnImage.message.hasSuffix("(model dreamina-seedance-2-0-260128)"))
    }
}
