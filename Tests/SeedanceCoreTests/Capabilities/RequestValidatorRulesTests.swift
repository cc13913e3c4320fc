import Foundation
import SeedanceCore
import Testing

/// `RequestValidator.validate` against a model built here from the public rule types a custom dialect uses:
/// ``PromptRule``, ``DurationRule``, ``FramesRule``, ``ServiceTier`` and the ``RequestField`` set.
@Suite("Request validation: prompt, duration, frames, service tier and supported fields")
struct RequestValidatorRulesTests {
    static let model = ModelCapabilities(
        id: "rules-model", displayName: "Rules",
        supportedFields: [.prompt, .duration, .frames, .serviceTier, .seed],
        prompt: PromptRule(required: true, length: 1...10),
        resolutions: [.p720], aspectRatios: [.r16x9],
        durations: DurationRule.range(4...12, allowsAuto: true, frames: FramesRule.seedance1),
        serviceTiers: [ServiceTier.default])
    static let validator = RequestValidator(provider: "rules-provider", model: model)

    static func refusal(_ request: VideoRequest) throws -> SeedanceError {
        try #require(throws: SeedanceError.self) { try validator.validate(request) }
    }

    @Test("a request inside every rule passes: seconds at both edges, auto, and frames on the 25+4n series")
    func accepted() throws {
        for duration in [VideoDuration.seconds(4), .seconds(12), .auto, .frames(29), .frames(289)] {
            try Self.validator.validate(VideoRequest(prompt: "a cat", duration: duration, serviceTier: .default))
        }
    }

    @Test("a missing or blank prompt is refused because the PromptRule requires one")
    func promptRequired() throws {
        let missing = try Self.refusal(VideoRequest())
        #expect(missing.category == .invalidRequest && missing.field == "prompt" && missing.value == nil)
        #expect(missing.message == "prompt is required for rules-model on rules-provider; allowed: a non-empty text")
        let blank = try Self.refusal(VideoRequest(prompt: "  \n"))
        #expect(blank.field == "prompt" && blank.value == "\"\"")
    }

    @Test("a prompt longer than the PromptRule's length is refused with the count and the bounds")
    func promptTooLong() throws {
        let error = try Self.refusal(VideoRequest(prompt: "eleven char"))
        #expect(error.field == "prompt" && error.value == "of 11 characters" && error.allowed == "1…10 characters")
    }

    @Test("seconds outside the DurationRule are refused; the allowed text names seconds, auto and the FramesRule")
    func secondsOutOfRange() throws {
        let error = try Self.refusal(VideoRequest(prompt: "p", duration: .seconds(13)))
        #expect(error.field == "duration" && error.value == "13s")
        #expect(error.allowed == "4…12 seconds, or auto, or frames of the form 25+4n within 29…289")
        #expect(Self.model.durations.allowedDescription == error.allowed)
    }

    @Test("frame counts off the FramesRule series or outside its range are refused", arguments: [27, 30, 25, 293])
    func framesOffSeries(frames: Int) throws {
        #expect(!FramesRule.seedance1.accepts(frames))
        let error = try Self.refusal(VideoRequest(prompt: "p", duration: .frames(frames)))
        #expect(error.field == "frames" && error.value == String(frames))
        #expect(error.allowed == "frames of the form 25+4n within 29…289")
    }

    @Test("auto and frames are refused when the DurationRule does not offer them")
    func autoAndFramesNotOffered() throws {
        var model = Self.model
        model.durations = DurationRule(seconds: [5, 10])
        let validator = RequestValidator(provider: "rules-provider", model: model)
        let auto = try #require(throws: SeedanceError.self) { try validator.validate(VideoRequest(prompt: "p", duration: .auto)) }
        #expect(auto.field == "duration" && auto.value == "auto" && auto.allowed == "5, 10 seconds")
        let frames = try #require(throws: SeedanceError.self) { try validator.validate(VideoRequest(prompt: "p", duration: .frames(29))) }
        #expect(frames.field == "frames" && frames.allowed == "5, 10 seconds")
    }

    @Test("a ServiceTier the model does not list is refused naming the accepted tiers")
    func serviceTier() throws {
        let error = try Self.refusal(VideoRequest(prompt: "p", serviceTier: .flex))
        #expect(error.field == "serviceTier" && error.value == "flex" && error.allowed == "default")
        #expect(ServiceTier(rawValue: "flex") == .flex)
    }

    @Test("a field outside supportedFields is refused by its RequestField name, listing the supported ones in order")
    func unsupportedField() throws {
        let error = try Self.refusal(VideoRequest(prompt: "p", watermark: true))
        #expect(error.field == RequestField.watermark.rawValue && error.value == nil)
        #expect(error.allowed == "fields prompt, duration, frames, seed, serviceTier")
        #expect(error.message.contains("is not supported (it would be ignored, so it is refused)"))
        #expect(VideoRequest(prompt: "p", duration: .frames(29), draftTaskID: "t").setFields == [.prompt, .frames, .draftTask])
    }
}
