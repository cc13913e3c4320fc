import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// A dialect serving the official Seedance 2.x limits (``Seedance2Model/capabilities(id:)``) through the generic
/// ``RequestValidator`` only, so the core's rules are tested without any adapter's own. An official id it does not
/// list (another date suffix) is validated with its official limits, as the Ark adapter does. Its create body lists
/// the wire strings of every medium: `{"model", "prompt", "images", "videos", "audios"}`.
struct ReferenceDialect: Dialect {
    /// Validates nothing and lists no model (a dialect that states no limits).
    var lax = false
    var provider: ProviderID { "refprovider" }
    var baseURL: URL { URL(string: "https://api.reference.test/v1")! }
    var defaultModel: ModelID { ReferenceFixtures.v2_0 }
    var capabilities: Capabilities {
        if lax { return Capabilities(models: []) }
        return Capabilities(models: [
            Seedance2Model.v2_0.capabilities(id: ReferenceFixtures.v2_0), Seedance2Model.v2_5.capabilities(id: ReferenceFixtures.v2_5),
            Seedance2Model.v2_5Premium.capabilities(id: ReferenceFixtures.v2_5Premium),
        ])
    }

    func validate(_ request: VideoRequest) throws {
        if lax { return }
        let id = request.model ?? defaultModel
        guard let model = capabilities.model(id) ?? Seedance2Model.recognise(id)?.capabilities(id: id) else {
            throw SeedanceError.invalid("model", value: id.rawValue, allowed: "a 2.x model", provider: provider)
        }
        try RequestValidator(provider: provider, model: model).validate(request)
    }

    func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        func wire(_ inputs: [MediaInput], _ kind: MediaKind, _ field: String) throws -> JSONValue {
            .array(try inputs.enumerated().map { .string(try $1.wireString(kind: kind, field: "\(field)[\($0)]", provider: provider)) })
        }
        let body: JSONValue = .object([
            "model": .string((request.model ?? defaultModel).rawValue), "prompt": .string(request.prompt ?? ""),
            "images": try wire(request.referenceImages, .image, "referenceImages"), "videos": try wire(request.referenceVideos, .video, "referenceVideos"),
            "audios": try wire(request.referenceAudios, .audio, "referenceAudios"),
        ])
        return .createJSON(try URLBuilding.url(baseURL, path: ["tasks"], provider: provider), body: try JSONBody.encode(body))
    }

    func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        let json = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "create response")
        return TaskID(rawValue: json["id"]?.stringValue ?? "")
    }

    func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        .getJSON(try URLBuilding.url(baseURL, path: ["tasks", id.rawValue], provider: provider))
    }

    func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        TaskSnapshot(id: id, status: .running, rawStatus: "running")
    }
}

/// Model ids, validators and real media bytes (MP4, WAV, MP3 built from their published layouts) for the
/// reference tests.
enum ReferenceFixtures {
    static let v2_0: ModelID = "dreamina-seedance-2-0-260128"
    static let v2_5: ModelID = "dreamina-seedance-2-5-260628"
    static let v2_5Premium: ModelID = "dreamina-seedance-2-5-premium-260915"
    static let provider: ProviderID = "refprovider"

    static func validator(_ model: Seedance2Model, id: ModelID? = nil) -> RequestValidator {
        RequestValidator(provider: provider, model: model.capabilities(id: id ?? (model == .v2_0 ? v2_0 : model == .v2_5 ? v2_5 : v2_5Premium)))
    }

    /// The refusal `request` gets from `validator`.
    static func refusal(_ request: VideoRequest, _ validator: RequestValidator = validator(.v2_0)) throws -> SeedanceError {
        let error = try #require(throws: SeedanceError.self) { try validator.validate(request) }
        #expect(error.category == .invalidRequest && error.provider == validator.provider && error.model == validator.model.id)
        return error
    }

    static let image = URL(string: "https://cdn.example.com/cat.png")!
    static let video = URL(string: "https://cdn.example.com/clip.mp4")!
    static let audio = URL(string: "https://cdn.example.com/song.mp3")!

    /// An MP4 of `seconds` at `fps` (every sample `512` ticks, timescale `fps × 512`), one `entry` video track.
    static func mp4(seconds: Int, width: Int = 1280, height: Int = 720, fps: Int = 24, entry: String = "avc1") -> Data {
        let track = MovieBytes.Track(
            entry: entry, width: width, height: height, timescale: UInt32(fps * 512), sampleCount: UInt32(fps * seconds), sampleDelta: 512)
        return MovieBytes.mp4(durationMilliseconds: UInt64(seconds * 1000), [track])
    }

    /// A mono 8 kHz 8-bit PCM WAV lasting `seconds`.
    static func wav(seconds: Double) -> Data {
        AudioBytes.wav([
            AudioBytes.chunk("fmt ", AudioBytes.format(channels: 1, sampleRate: 8000, bits: 8)),
            AudioBytes.chunk("data", [UInt8](repeating: 0x80, count: Int(seconds * 8000))),
        ])
    }

    /// An MPEG-1 layer III stream whose Xing header gives `frames` × 1152 / 48000 s (250 frames: 6 s).
    static func mp3(frames: Int) -> Data {
        let header = AudioBytes.frameHeader(bitrateIndex: 9, rateIndex: 1)
        let first = AudioBytes.taggedFrame(header, length: 384, tag: "Xing", tagOffset: 36, frameCount: frames)
        return Data(first + AudioBytes.frames(header, length: 384, count: 3))
    }

    /// A 640×640 PNG (header only; enough for the image checks).
    static let png = ImageValidationTests.png(640, 640)

    /// A fresh temporary folder's file `name` holding `data`.
    static func file(_ name: String, _ data: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("references-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}
