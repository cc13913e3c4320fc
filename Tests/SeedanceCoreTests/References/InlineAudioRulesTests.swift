import Foundation
import SeedanceCore
import Testing

/// Inline reference audio (`.data` and `data:audio/…` URLs), read from its headers by `MediaInspector`: format, size,
/// each clip's length, the kind's total, and whether the dialect takes inline audio at all (`AudioConstraints`).
@Suite("Inline reference audio")
struct InlineAudioRulesTests {
    typealias F = ReferenceFixtures

    static func audioRequest(_ audios: [MediaInput]) -> VideoRequest {
        VideoRequest(prompt: "p", referenceImages: [.url(F.image)], referenceAudios: audios)
    }

    @Test("a clip shorter or longer than the model's clip length is refused with its length", arguments: [(1.5, "lasting 1.5 s"), (15.5, "lasting 15.5 s")])
    func clipLength(seconds: Double, value: String) throws {
        let error = try F.refusal(Self.audioRequest([.url(F.audio), .data(F.wav(seconds: seconds))]))
        #expect(error.field == "referenceAudios[1]" && error.value == value && error.allowed == "2…15 s")
    }

    @Test("an MP3 clip is timed from its Xing header: 1.2 s is refused, 6 s passes")
    func mp3() throws {
        let error = try F.refusal(Self.audioRequest([.data(F.mp3(frames: 50))]))
        #expect(error.field == "referenceAudios[0]" && error.value == "lasting 1.2 s" && error.allowed == "2…15 s")
        try F.validator(.v2_0).validate(Self.audioRequest([.data(F.mp3(frames: 250))]))
    }

    @Test("known lengths add up per kind: 8 s + 8 s of inline audio passes 2.5's 30 s but not 2.0's 15 s; URLs do not count")
    func total() throws {
        let request = Self.audioRequest([.data(F.wav(seconds: 8)), .url(F.audio), .data(F.wav(seconds: 8))])
        let error = try F.refusal(request)
        #expect(error.field == "referenceAudios" && error.value == "lasting 16 s in all")
        #expect(
            error.allowed == "at most 15 s of reference audio in all (local files and inline clips are counted; URLs and assets are checked by the provider)")
        try F.validator(.v2_5).validate(request)
        try F.validator(.v2_0).validate(Self.audioRequest([.data(F.wav(seconds: 7.5)), .url(F.audio), .data(F.wav(seconds: 7.5))]))
    }

    @Test("a video container or a file over 15 MB is refused as reference audio")
    func formatAndSize() throws {
        let mp4 = try F.refusal(Self.audioRequest([.data(F.mp4(seconds: 5))]))
        #expect(mp4.field == "referenceAudios[0]" && mp4.value == "mp4" && mp4.allowed == "wav, mp3")
        let long = F.wav(seconds: Double(15 * 1024 * 1024) / 8000)
        let big = try F.refusal(Self.audioRequest([.data(long)]))
        #expect(big.field == "referenceAudios[0]" && big.value == "of \(long.count) bytes" && big.allowed == "at most 15728640 bytes")
        let garbage = try F.refusal(Self.audioRequest([.data(Data("not audio at all".utf8))]))
        #expect(garbage.field == "referenceAudios[0]" && garbage.message.contains("is not a recognised video or audio file"))
        #expect(garbage.model == F.v2_0)
    }

    @Test("a data:audio URL is decoded and checked like bytes; its format must be a lowercase accepted name")
    func dataURLs() throws {
        func url(_ format: String, _ data: Data) -> MediaInput { .url(URL(string: "data:audio/\(format);base64,\(data.base64EncodedString())")!) }
        let short = try F.refusal(Self.audioRequest([url("wav", F.wav(seconds: 1))]))
        #expect(short.field == "referenceAudios[0]" && short.value == "lasting 1 s")
        let upper = try F.refusal(Self.audioRequest([url("WAV", F.wav(seconds: 3))]))
        #expect(upper.value == "data:audio/WAV" && upper.allowed == "a lowercase format name (data:audio/wav;base64,…)")
        let ogg = try F.refusal(Self.audioRequest([url("ogg", F.wav(seconds: 3))]))
        #expect(ogg.value == "ogg" && ogg.allowed == "wav, mp3")
        let notBase64 = try F.refusal(Self.audioRequest([.url(URL(string: "data:audio/wav;base64,%%%%")!)]))
        #expect(notBase64.value == "(a data URL)" && notBase64.message.contains("has a payload that is not base64"))
        try F.validator(.v2_0).validate(Self.audioRequest([url("wav", F.wav(seconds: 3))]))
    }

    @Test("where the dialect takes no inline audio, bytes and data URLs are refused; a local file left unread is named")
    func noInline() throws {
        var model = Seedance2Model.v2_0.capabilities(id: F.v2_0)
        model.references?.audio.acceptsInline = false
        let validator = RequestValidator(provider: F.provider, model: model)
        let bytes = try F.refusal(Self.audioRequest([.data(F.wav(seconds: 3))]), validator)
        #expect(bytes.field == "referenceAudios[0]" && bytes.value == "(24044 bytes)" && bytes.allowed == "an http or https URL, or an asset")
        #expect(bytes.message.contains("this provider takes no inline audio"))
        let unread = try F.refusal(Self.audioRequest([.file(URL(fileURLWithPath: "/tmp/a.wav"))]))
        #expect(unread.field == "referenceAudios[0]" && unread.value == "/tmp/a.wav" && unread.message.contains("was not read before validation"))
    }
}
