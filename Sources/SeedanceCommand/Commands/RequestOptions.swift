import Foundation
import Seedance

/// Turns the request options of `generate` / `submit` into a ``VideoRequest``. Values are checked for their type
/// here (a seed must be a number); what the provider accepts is checked by the dialect before anything is sent.
enum RequestOptions {
    /// The request described by `arguments`, whose first positional is the prompt.
    ///
    /// - Throws: ``UsageError`` naming the option and the value that is not of the right type.
    static func videoRequest(from arguments: ParsedArguments) throws(UsageError) -> VideoRequest {
        var request = VideoRequest()
        let prompt = arguments.positionals.first ?? ""
        request.prompt = prompt.isEmpty ? nil : prompt
        request.model = arguments.value("model").map(ModelID.init(rawValue:))
        request.firstFrame = try arguments.value("first-frame").map { value throws(UsageError) in
            try media(value, option: "first-frame", command: arguments.command)
        }
        request.lastFrame = try arguments.value("last-frame").map { value throws(UsageError) in
            try media(value, option: "last-frame", command: arguments.command)
        }
        request.referenceImages = try references("reference-image", in: arguments)
        request.referenceVideos = try references("reference-video", in: arguments)
        request.referenceAudios = try references("reference-audio", in: arguments)
        request.resolution = arguments.value("resolution").map(Resolution.init(rawValue:))
        request.aspectRatio = arguments.value("ratio").map(AspectRatio.init(rawValue:))
        if let duration = arguments.value("duration") {
            if duration.lowercased() == "auto" || duration == "-1" {
                request.duration = .auto
            } else {
                request.duration = .seconds(try integer(duration, option: "duration", command: arguments.command))
            }
        }
        if let frames = arguments.value("frames") {
            if request.duration != nil {
                throw UsageError(message: "give --duration or --frames, not both", command: arguments.command)
            }
            request.duration = .frames(try integer(frames, option: "frames", command: arguments.command))
        }
        request.framesPerSecond = try arguments.value("fps").map { value throws(UsageError) in try integer(value, option: "fps", command: arguments.command) }
        request.generateAudio = arguments.flag("audio")
        request.cameraFixed = arguments.flag("camera-fixed")
        request.watermark = arguments.flag("watermark")
        request.returnLastFrame = arguments.flag("return-last-frame")
        request.draft = arguments.flag("draft")
        if let seed = arguments.value("seed") {
            guard let number = Int64(seed) else {
                throw UsageError(message: "--seed needs a whole number, got '\(seed)'", command: arguments.command)
            }
            request.seed = number
        }
        request.serviceTier = arguments.value("service-tier").map(ServiceTier.init(rawValue:))
        request.executionExpiresAfter = try arguments.value("expires-after").map { value throws(UsageError) in
            try integer(value, option: "expires-after", command: arguments.command)
        }
        if let callback = arguments.value("callback-url") {
            guard let url = URL(string: callback), url.scheme != nil, url.host != nil else {
                throw UsageError(message: "--callback-url needs an absolute URL, got '\(callback)'", command: arguments.command)
            }
            request.callbackURL = url
        }
        request.draftTaskID = arguments.value("draft-task").map(TaskID.init(rawValue:))
        try Seedance2Options.apply(arguments, to: &request)
        return request
    }

    /// Every value of the repeatable media option `option`, in command-line order.
    private static func references(_ option: String, in arguments: ParsedArguments) throws(UsageError) -> [MediaInput] {
        var inputs: [MediaInput] = []
        for value in arguments.values(option) { inputs.append(try media(value, option: option, command: arguments.command)) }
        return inputs
    }

    /// A media argument: `asset://<id>` a provider asset, an `http`, `https` or `data` URL as given, anything else a
    /// local file path (`~` expanded).
    ///
    /// - Throws: ``UsageError`` for an empty value or an `asset://` without an id.
    static func media(_ argument: String, option: String, command: String) throws(UsageError) -> MediaInput {
        if argument.lowercased().hasPrefix(AssetID.scheme) {
            let id = String(argument.dropFirst(AssetID.scheme.count))
            guard !id.isEmpty else { throw UsageError(message: "--\(option) needs an asset id after asset://, got '\(argument)'", command: command) }
            return .asset(AssetID(rawValue: id))
        }
        guard !argument.isEmpty else { throw UsageError(message: "--\(option) needs a file path, an http(s) URL or asset://<id>", command: command) }
        if let url = URL(string: argument), let scheme = url.scheme?.lowercased(), ["http", "https", "data"].contains(scheme) {
            return .url(url)
        }
        return .file(URL(fileURLWithPath: (argument as NSString).expandingTildeInPath))
    }

    /// A whole number option value.
    static func integer(_ text: String, option: String, command: String) throws(UsageError) -> Int {
        guard let number = Int(text) else {
            throw UsageError(message: "--\(option) needs a whole number, got '\(text)'", command: command)
        }
        return number
    }

    /// A positive number of seconds (`--timeout`).
    static func seconds(_ text: String, option: String, command: String) throws(UsageError) -> Duration {
        guard let number = Double(text), number.isFinite, number > 0 else {
            throw UsageError(message: "--\(option) needs a positive number of seconds, got '\(text)'", command: command)
        }
        return .seconds(number)
    }
}
