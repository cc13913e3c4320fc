import Foundation

/// The multimodal reference rules (``VideoRequest/referenceImages``, ``VideoRequest/referenceVideos``,
/// ``VideoRequest/referenceAudios``), driven by ``ModelCapabilities/references``:
///
/// - references only on a model with ``ReferenceLimits``; never together with a first or last frame;
/// - at most ``ReferenceLimits/maxCount(_:)`` of each kind; audio alone only where ``ReferenceLimits/audioAlone``;
/// - each input in a form its kind takes: images as ``RequestValidator/checkImage(_:field:)`` checks them; video as
///   an `http`/`https` URL, an asset where ``VideoConstraints/acceptsAssets``, or a local file (inspected and uploaded
///   by the client after validation), never inline; audio as a URL, an asset where ``AudioConstraints/acceptsAssets``,
///   or inline bytes where ``AudioConstraints/acceptsInline``, whose headers are read (format, size, length);
/// - each known clip length within ``ReferenceLimits/clipSeconds`` and each kind's known total within
///   ``ReferenceLimits/totalSeconds``. Lengths are known for inline audio and local files only: URLs and assets are
///   left to the provider.
extension RequestValidator {
    /// How far a length read from headers may pass a documented bound (timescale rounding), in seconds.
    static let secondsTolerance = 0.001

    /// The cheap reference checks, run before any media is inspected: model support, no frames mixed in, counts,
    /// audio alone.
    func checkReferenceModes(_ request: VideoRequest) throws {
        let present = Self.referenceGroups(request).filter { !$0.inputs.isEmpty }
        guard let first = present.first else { return }
        guard let limits = model.references else {
            throw SeedanceError.invalid(
                first.field.rawValue, value: nil, allowed: "no reference media (the model has no multimodal reference mode)", provider: provider,
                model: model.id, reason: "is not supported")
        }
        if request.firstFrame != nil || request.lastFrame != nil {
            let frames = request.lastFrame == nil ? "firstFrame" : "firstFrame and lastFrame"
            try check(
                false, first.field.rawValue, String(first.inputs.count), "reference media or first/last frames, not both",
                reason: "cannot be combined with \(frames): first/last frame content cannot be mixed with reference media")
        }
        for group in present {
            let limit = limits.maxCount(group.kind)
            try check(group.inputs.count <= limit, group.field.rawValue, String(group.inputs.count), "at most \(limit) \(Self.noun(group.kind))")
        }
        if !limits.audioAlone && request.referenceImages.isEmpty && request.referenceVideos.isEmpty {
            try check(
                false, RequestField.referenceAudios.rawValue, String(request.referenceAudios.count),
                "reference audio together with at least one reference image or video", reason: "cannot be the only reference input")
        }
    }

    /// Each reference input's form, inline audio's headers, and the inline audio's total length.
    func checkReferenceInputs(_ request: VideoRequest) throws {
        guard let limits = model.references else { return }
        for (index, image) in request.referenceImages.enumerated() {
            try checkImage(image, field: "\(RequestField.referenceImages.rawValue)[\(index)]")
        }
        for (index, video) in request.referenceVideos.enumerated() {
            try checkReferenceVideo(video, field: "\(RequestField.referenceVideos.rawValue)[\(index)]", limits.video)
        }
        var audioSeconds = 0.0
        for (index, audio) in request.referenceAudios.enumerated() {
            audioSeconds += try checkReferenceAudio(audio, field: "\(RequestField.referenceAudios.rawValue)[\(index)]", limits) ?? 0
        }
        try checkTotalSeconds(audioSeconds, kind: .audio, limits: limits)
    }

    /// Checks a local reference video's headers against ``ReferenceLimits/video`` and ``ReferenceLimits/clipSeconds``
    /// (and, for an edit, the source length `Seedance2Limits.editSourceSeconds`). Returns its length when the headers
    /// give one.
    package func checkVideo(_ info: MediaInfo, field: String, limits: ReferenceLimits, taskType: ReferenceTaskType?) throws -> Double? {
        let rules = limits.video
        try check(
            rules.formats.contains(info.format), field, info.format.rawValue, list(rules.formats.map(\.rawValue)), reason: "has a format that is not accepted")
        let codecs = list(rules.videoCodecs.map(\.rawValue))
        guard let codec = info.videoCodec else {
            try check(false, field, "(\(info.format.rawValue) without a video track)", "a video track in \(codecs)")
            return nil
        }
        try check(rules.videoCodecs.contains(codec), field, "with \(codec.rawValue) video", codecs, reason: "has a video codec that is not accepted")
        try check(info.byteCount <= rules.maxBytes, field, "of \(info.byteCount) bytes", "at most \(rules.maxBytes) bytes")
        if let width = info.width, let height = info.height, let pixels = info.pixelCount {
            let sides = rules.sideRange
            try check(
                sides.contains(width) && sides.contains(height), field, "of \(width)×\(height) px", "\(sides.lowerBound)…\(sides.upperBound) px per side")
            let count = rules.pixelCount
            try check(count.contains(pixels), field, "of \(pixels) pixels (\(width)×\(height))", "\(count.lowerBound)…\(count.upperBound) pixels")
            let ratio = Double(width) / Double(height)
            let aspect = rules.aspectRange
            try check(
                aspect.contains(ratio), field, "with aspect ratio \(String(format: "%.3f", ratio))",
                "width ÷ height within \(Self.number(aspect.lowerBound))…\(Self.number(aspect.upperBound))")
        }
        if let fps = info.framesPerSecond {
            let range = rules.framesPerSecond
            try check(
                range.contains(fps), field, "at \(Self.number(fps)) fps", "\(Self.number(range.lowerBound))…\(Self.number(range.upperBound)) fps")
        }
        if taskType == .edit {
            try checkClipSeconds(
                info.durationSeconds, field: field, range: Seedance2Limits.editSourceSeconds,
                reason: "is not allowed for taskType edit (the source video to edit)")
        }
        try checkClipSeconds(info.durationSeconds, field: field, range: limits.clipSeconds)
        return info.durationSeconds
    }

    /// Checks that the known lengths of one kind's references add up to at most ``ReferenceLimits/totalSeconds``.
    package func checkTotalSeconds(_ seconds: Double, kind: MediaKind, limits: ReferenceLimits) throws {
        let field = kind == .video ? RequestField.referenceVideos : RequestField.referenceAudios
        try check(
            seconds <= limits.totalSeconds + Self.secondsTolerance, field.rawValue, "lasting \(Self.number(seconds)) s in all",
            "at most \(Self.number(limits.totalSeconds)) s of reference \(kind.rawValue) in all (local files and inline clips are counted; URLs and assets are checked by the provider)"
        )
    }

    /// Checks that `url` is an `http`/`https` URL with a host whose file extension, if it names a known media kind,
    /// names `kind`.
    package func checkMediaURL(_ url: URL, kind: MediaKind, field: String) throws {
        let scheme = url.scheme?.lowercased() ?? ""
        try check(["http", "https"].contains(scheme) && url.host != nil, field, url.absoluteString, "an http or https URL")
        if let named = Self.kind(ofFileExtension: url.pathExtension), named != kind {
            try check(
                false, field, url.absoluteString, "a URL of \(kind.rawValue) media",
                reason: "ends in .\(url.pathExtension), a file extension of \(named.rawValue) media")
        }
    }

    private func checkReferenceVideo(_ input: MediaInput, field: String, _ rules: VideoConstraints) throws {
        let forms = Self.oneOf(["an http or https URL", rules.acceptsAssets ? "an asset" : nil, "a local file (uploaded by the client's MediaUploader)"])
        let neverInline = "is not accepted: video is never sent inline"
        switch input {
        case .url(let url) where url.scheme?.lowercased() == "data":
            try check(false, field, "(a data URL)", forms, reason: neverInline)
        case .url(let url):
            try checkMediaURL(url, kind: .video, field: field)
        case .data(let data):
            try check(false, field, "(\(data.count) bytes)", forms, reason: neverInline)
        case .file:
            break  // inspected against the limits and uploaded by the client after validation
        case .asset(let id):
            try check(rules.acceptsAssets, field, id.uri, forms, reason: "is not accepted: this provider takes no video assets")
        }
    }

    /// Checks one reference audio clip; returns its length when it is inline (read from its headers).
    private func checkReferenceAudio(_ input: MediaInput, field: String, _ limits: ReferenceLimits) throws -> Double? {
        let rules = limits.audio
        let bytes = rules.formats.map(\.rawValue).joined(separator: " or ") + " bytes"
        let forms = Self.oneOf(["an http or https URL", rules.acceptsAssets ? "an asset" : nil, rules.acceptsInline ? bytes : nil])
        let notInline = "is not accepted: this provider takes no inline audio"
        switch input {
        case .url(let url) where url.scheme?.lowercased() == "data":
            try check(rules.acceptsInline, field, "(a data URL)", forms, reason: notInline)
            return try checkAudioBytes(try audioDataURLBytes(url.absoluteString, field: field, rules), field: field, limits)
        case .url(let url):
            try checkMediaURL(url, kind: .audio, field: field)
            return nil
        case .data(let data):
            try check(rules.acceptsInline, field, "(\(data.count) bytes)", forms, reason: notInline)
            return try checkAudioBytes(data, field: field, limits)
        case .file(let url):
            try check(false, field, url.path, forms, reason: "was not read before validation")
            return nil
        case .asset(let id):
            try check(rules.acceptsAssets, field, id.uri, forms, reason: "is not accepted: this provider takes no audio assets")
            return nil
        }
    }

    private func checkAudioBytes(_ data: Data, field: String, _ limits: ReferenceLimits) throws -> Double? {
        let rules = limits.audio
        let info = try namingModel { try MediaInspector.inspect(data, field: field, provider: provider) }
        try check(
            rules.formats.contains(info.format), field, info.format.rawValue, list(rules.formats.map(\.rawValue)), reason: "has a format that is not accepted")
        try check(info.byteCount <= rules.maxBytes, field, "of \(info.byteCount) bytes", "at most \(rules.maxBytes) bytes")
        try checkClipSeconds(info.durationSeconds, field: field, range: limits.clipSeconds)
        return info.durationSeconds
    }

    /// The bytes of a `data:audio/<format>;base64,<payload>` URL.
    private func audioDataURLBytes(_ text: String, field: String, _ rules: AudioConstraints) throws -> Data {
        let shape = "data:audio/<format>;base64,<payload>"
        guard text.hasPrefix("data:audio/"), let marker = text.range(of: ";base64,") else {
            try check(false, field, "(a data URL)", shape)
            return Data()
        }
        let format = String(text[text.index(text.startIndex, offsetBy: 11)..<marker.lowerBound])
        try check(format == format.lowercased(), field, "data:audio/\(format)", "a lowercase format name (data:audio/\(format.lowercased());base64,…)")
        try check(
            rules.formats.contains(MediaFormat(rawValue: format)), field, format, list(rules.formats.map(\.rawValue)),
            reason: "has a format that is not accepted")
        guard let data = Data(base64Encoded: String(text[marker.upperBound...])) else {
            try check(false, field, "(a data URL)", shape, reason: "has a payload that is not base64")
            return Data()
        }
        return data
    }

    private func checkClipSeconds(_ seconds: Double?, field: String, range: ClosedRange<Double>, reason: String? = nil) throws {
        guard let seconds else { return }
        let tolerance = Self.secondsTolerance
        try check(
            seconds >= range.lowerBound - tolerance && seconds <= range.upperBound + tolerance, field, "lasting \(Self.number(seconds)) s",
            "\(Self.number(range.lowerBound))…\(Self.number(range.upperBound)) s", reason: reason)
    }

    /// The reference fields of `request` in wire order, with their kind.
    static func referenceGroups(_ request: VideoRequest) -> [(field: RequestField, kind: MediaKind, inputs: [MediaInput])] {
        [
            (.referenceImages, .image, request.referenceImages), (.referenceVideos, .video, request.referenceVideos),
            (.referenceAudios, .audio, request.referenceAudios),
        ]
    }

    /// What a count of `kind` references is called in errors.
    static func noun(_ kind: MediaKind) -> String {
        switch kind {
        case .image: "reference images"
        case .video: "reference videos"
        case .audio: "reference audio clips"
        }
    }

    /// The present `forms` as one phrase: `a, b, or c`.
    static func oneOf(_ forms: [String?]) -> String {
        let present = forms.compactMap { $0 }
        guard present.count > 1, let last = present.last else { return present.first ?? "" }
        return present.dropLast().joined(separator: ", ") + ", or " + last
    }

    /// A number as short text: `15`, `4.8`, `29.97`.
    static func number(_ value: Double) -> String { String(format: "%g", value) }

    /// The media kind a file extension names (`png` image, `mov` video, `mp3` audio), or `nil`.
    static func kind(ofFileExtension fileExtension: String) -> MediaKind? {
        if ImageFormat(fileExtension: fileExtension) != nil { return .image }
        switch fileExtension.lowercased() {
        case "mp4", "mov", "m4v", "qt", "webm", "mkv", "avi": return .video
        case "wav", "mp3", "m4a", "aac", "ogg", "flac": return .audio
        default: return nil
        }
    }
}
