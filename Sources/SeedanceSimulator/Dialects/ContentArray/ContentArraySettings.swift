import Foundation
import SeedanceCore

/// One `image_url` item of a content array.
struct ContentArrayImage: Codable, Sendable, Hashable {
    var url: String
    var role: String?
}

/// A content-array create as the request spelled it (after validation), before defaults.
struct ContentArrayInput: Sendable {
    var prompt: String?
    var images: [ContentArrayImage] = []
    var draftTaskID: String?
    var resolution: String?
    var ratio: String?
    var duration: Int64?
    var frames: Int64?
    var seed: Int64?
    var cameraFixed: Bool?
    var watermark: Bool?
    var generateAudio: Bool?
    var draft: Bool?
    var returnLastFrame: Bool?
    var serviceTier: String?
    var expiresAfter: Int64?
    var callbackURL: URL?
    /// Seedance 2.x only: references and the 2.x fields.
    var extras: Seedance2Extras?
}

/// The settings a content-array task runs with: the request, the model's documented defaults, and, for a final
/// video made from a draft, the inputs the draft reuses (Vtrix's 1.5 Pro page: "model, content.text, content.image_url,
/// generate_audio, seed, ratio, duration, camera_fixed"). Stored as the task's params so a later final can read a
/// draft's settings back.
struct ContentArraySettings: Codable, Sendable, Hashable {
    var model: String
    var prompt: String?
    var images: [ContentArrayImage]
    var resolution: String
    var ratio: String
    /// Seconds, `-1` for "the model chooses"; `nil` when `frames` decides the length.
    var duration: Int64?
    var frames: Int64?
    /// `-1` for a random seed.
    var seed: Int64
    var cameraFixed: Bool
    var watermark: Bool
    /// `nil` for models without audio.
    var generateAudio: Bool?
    var draft: Bool
    var returnLastFrame: Bool
    var serviceTier: String
    var expiresAfter: Int64
    /// The draft a final video was made from.
    var draftTaskID: String?
    /// Seedance 2.x only (see ``Seedance2Extras``).
    var extras: Seedance2Extras?

    static let defaultExpiry: Int64 = 172_800
    static let framesPerSecond = 24

    /// `input` completed with `profile`'s defaults; with `draft`, the draft's reused inputs replace the request's.
    init(_ input: ContentArrayInput, profile: ContentArrayProfile, reusing draft: ContentArraySettings? = nil) {
        model = draft?.model ?? profile.modelName
        prompt = draft.map(\.prompt) ?? input.prompt
        images = draft?.images ?? input.images
        let isDraft = input.draft ?? false
        resolution = isDraft ? "480p" : (input.resolution ?? profile.defaultResolution)
        ratio = draft?.ratio ?? input.ratio ?? (images.isEmpty ? profile.defaultRatio.textOnly : profile.defaultRatio.withImage)
        if let draft {
            duration = draft.duration
            frames = draft.frames
        } else if let requested = input.frames {
            frames = requested
            duration = nil
        } else {
            duration = input.duration ?? profile.defaultDuration
            frames = nil
        }
        seed = draft?.seed ?? input.seed ?? -1
        cameraFixed = draft?.cameraFixed ?? input.cameraFixed ?? false
        watermark = input.watermark ?? false
        generateAudio = profile.supportsAudio ? (draft.map { $0.generateAudio ?? true } ?? input.generateAudio ?? true) : nil
        self.draft = isDraft
        returnLastFrame = input.returnLastFrame ?? false
        serviceTier = input.serviceTier ?? "default"
        expiresAfter = input.expiresAfter ?? Self.defaultExpiry
        draftTaskID = input.draftTaskID
        extras = input.extras.map { $0.reusing(draft?.extras) }
    }

    /// The settings as JSON, to keep with the task.
    var json: JSONValue {
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(self), let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { return .null }
        return value
    }

    /// Settings kept with a task by ``json``, or `nil` when `json` holds none.
    init?(json: JSONValue) {
        guard let data = try? JSONEncoder().encode(json), let settings = try? JSONDecoder().decode(Self.self, from: data) else { return nil }
        self = settings
    }

    /// The task to create for these settings. A task whose `execution_expires_after` passes before the configured
    /// completion time could end (`completionTime`'s shortest draw) expires in the queue instead of running.
    func taskDraft(callbackURL: URL?, configuration: SimulatorConfiguration) -> TaskDraft {
        let shortest: Duration =
            switch configuration.completionTime {
            case .fixed(let duration): duration
            case .uniform(let range): range.lowerBound
            }
        let expires = shortest > .seconds(expiresAfter)
        return TaskDraft(
            model: model, prompt: prompt, params: json, callbackURL: callbackURL, returnLastFrame: returnLastFrame,
            echo: echo, outcome: expires ? .expire : nil)
    }

    /// What status answers report back.
    var echo: TaskEcho {
        TaskEcho(
            duration: duration.map(Int.init), frames: frames.map(Int.init), resolution: resolution, ratio: ratio, seed: seed,
            generateAudio: generateAudio, framesPerSecond: Self.framesPerSecond)
    }
}
