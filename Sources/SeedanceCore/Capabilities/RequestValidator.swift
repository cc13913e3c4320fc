import Foundation

/// The generic checks every dialect runs first: each set field must be supported by the model, and each value must
/// be within the model's documented limits. Dialect-specific rules (draft forces 480p, …) come after, in the adapter.
///
/// Each failure is a `SeedanceError` with category `.invalidRequest` naming the field, the value, what is allowed,
/// the model and the provider. Nothing here does I/O: images and audio clips must already be URLs, assets or bytes;
/// a local reference video (`.file`) passes, because the client inspects and uploads it after validation
/// (`SeedanceClient.prepare`, `ReferenceVideoUpload`). Reference media, task types, output format, priority,
/// safety identifier and the body budget: `RequestValidator+References.swift`, `RequestValidator+TaskRules.swift`.
package struct RequestValidator: Sendable {
    /// The provider named in errors.
    package var provider: ProviderID
    /// The limits requests are checked against.
    package var model: ModelCapabilities

    /// A validator of requests for `model` on `provider`.
    package init(provider: ProviderID, model: ModelCapabilities) {
        self.provider = provider
        self.model = model
    }

    /// Runs every generic check on `request`. Throws the first violation found.
    package func validate(_ request: VideoRequest) throws {
        try checkSupportedFields(request)
        try checkPrompt(request.prompt)
        try checkReferenceModes(request)
        try checkTaskRules(request)
        try checkRequestBytes(request)
        try checkImages(request)
        try checkReferenceInputs(request)
        if let resolution = request.resolution {
            try check(model.resolutions.contains(resolution), "resolution", resolution.rawValue, list(model.resolutions.map(\.rawValue)))
        }
        if let ratio = request.aspectRatio {
            try check(model.aspectRatios.contains(ratio), "aspectRatio", ratio.rawValue, list(model.aspectRatios.map(\.rawValue)))
        }
        if let duration = request.duration { try checkDuration(duration) }
        if let fps = request.framesPerSecond {
            try check(model.framesPerSecond.contains(fps), "framesPerSecond", String(fps), list(model.framesPerSecond.map(String.init)))
        }
        if let seed = request.seed {
            try check(model.seedRange.contains(seed), "seed", String(seed), "\(model.seedRange.lowerBound)…\(model.seedRange.upperBound)")
        }
        if let expiry = request.executionExpiresAfter {
            try check(
                model.expiryRange.contains(expiry), "executionExpiresAfter", String(expiry),
                "\(model.expiryRange.lowerBound)…\(model.expiryRange.upperBound) seconds")
        }
        if let tier = request.serviceTier {
            try check(model.serviceTiers.contains(tier), "serviceTier", tier.rawValue, list(model.serviceTiers.map(\.rawValue)))
        }
        if let callback = request.callbackURL { try checkCallback(callback) }
    }

    /// Throws `.invalidRequest` for `field` unless `condition` holds.
    package func check(_ condition: Bool, _ field: String, _ value: String?, _ allowed: String?, reason: String? = nil) throws {
        if !condition { throw SeedanceError.invalid(field, value: value, allowed: allowed, provider: provider, model: model.id, reason: reason) }
    }

    private func checkSupportedFields(_ request: VideoRequest) throws {
        for field in request.setFields where !model.supportedFields.contains(field) {
            let supported = RequestField.allCases.filter(model.supportedFields.contains).map(\.rawValue)
            throw SeedanceError.invalid(
                field.rawValue, value: nil, allowed: "fields " + supported.joined(separator: ", "), provider: provider,
                model: model.id, reason: "is not supported (it would be ignored, so it is refused)")
        }
    }

    private func checkPrompt(_ prompt: String?) throws {
        let text = prompt ?? ""
        if model.prompt.required {
            try check(
                !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "prompt", prompt == nil ? nil : "\"\"", "a non-empty text", reason: "is required"
            )
        }
        if let length = model.prompt.length, prompt != nil {
            try check(length.contains(text.count), "prompt", "of \(text.count) characters", "\(length.lowerBound)…\(length.upperBound) characters")
        }
    }

    private func checkImages(_ request: VideoRequest) throws {
        let images = [("firstFrame", request.firstFrame), ("lastFrame", request.lastFrame)].compactMap { name, input in input.map { (name, $0) } }
        if request.lastFrame != nil && request.firstFrame == nil {
            throw SeedanceError.invalid(
                "lastFrame", value: nil, allowed: "a last frame together with a first frame", provider: provider, model: model.id, reason: "needs a firstFrame")
        }
        try check(images.count <= model.images.maxImages, "images", String(images.count), "at most \(model.images.maxImages)")
        for (field, image) in images { try checkImage(image, field: field) }
    }

    /// Checks one image against the model's ``ImageConstraints``: URL scheme, inline acceptance, format, size,
    /// pixel bounds and aspect ratio (the last two only when the header gives dimensions).
    package func checkImage(_ image: MediaInput, field: String) throws {
        let rules = model.images
        let formats = list(rules.formats.map(\.rawValue))
        switch image {
        case .url(let url):
            let scheme = url.scheme?.lowercased() ?? ""
            if scheme == "data" {
                try check(rules.acceptsInline, field, "(a data URL)", "http or https URLs", reason: "is not accepted: this provider takes image URLs only")
                try checkDataURL(url.absoluteString, field: field)
                return
            }
            try check(["http", "https"].contains(scheme) && url.host != nil, field, url.absoluteString, "an http or https URL")
            if let format = ImageFormat(fileExtension: url.pathExtension) {
                try check(rules.formats.contains(format), field, url.absoluteString, formats, reason: "has a format that is not accepted")
            }
        case .data(let data):
            try check(rules.acceptsInline, field, "(\(data.count) bytes)", "http or https URLs", reason: "is not accepted: this provider takes image URLs only")
            try checkBytes(data, field: field)
        case .file(let url):
            try check(false, field, url.path, "a URL or image bytes", reason: "was not read before validation")
        case .asset(let id):
            try check(rules.acceptsAssets, field, id.uri, "http or https URLs or image bytes", reason: "is not accepted: this provider takes no assets")
        }
    }

    private func checkBytes(_ data: Data, field: String) throws {
        let rules = model.images
        let info = try namingModel { try ImageInspector.inspect(data, field: field, provider: provider) }
        try check(
            rules.formats.contains(info.format), field, info.format.rawValue, list(rules.formats.map(\.rawValue)), reason: "has a format that is not accepted")
        try check(data.count < rules.maxBytes, field, "of \(data.count) bytes", "less than \(rules.maxBytes) bytes")
        guard let width = info.width, let height = info.height else { return }
        let sides = "\(rules.sideRange.lowerBound)…\(rules.sideRange.upperBound) px per side"
        try check(rules.sideRange.contains(width) && rules.sideRange.contains(height), field, "of \(width)×\(height) px", sides)
        let ratio = Double(width) / Double(height)
        let bounds = rules.aspectBounds
        try check(
            ratio > bounds.lower && ratio < bounds.upper, field, "with aspect ratio \(String(format: "%.3f", ratio))",
            "width ÷ height strictly between \(bounds.lower) and \(bounds.upper)")
    }

    private func checkDataURL(_ text: String, field: String) throws {
        guard text.hasPrefix("data:image/"), let semicolon = text.firstIndex(of: ";") else {
            try check(false, field, "(a data URL)", "data:image/<format>;base64,<payload>")
            return
        }
        let format = String(text[text.index(text.startIndex, offsetBy: 11)..<semicolon])
        try check(format == format.lowercased(), field, "data:image/\(format)", "a lowercase format name (data:image/\(format.lowercased());base64,…)")
        try check(
            model.images.formats.contains(ImageFormat(rawValue: format)), field, format, list(model.images.formats.map(\.rawValue)),
            reason: "has a format that is not accepted")
    }

    private func checkDuration(_ duration: VideoDuration) throws {
        let rule = model.durations
        switch duration {
        case .seconds(let seconds):
            try check(rule.seconds.contains(seconds), "duration", "\(seconds)s", rule.allowedDescription)
        case .auto:
            try check(rule.allowsAuto, "duration", "auto", rule.allowedDescription)
        case .frames(let frames):
            guard let framesRule = rule.frames else {
                try check(false, "frames", String(frames), rule.allowedDescription)
                return
            }
            try check(framesRule.accepts(frames), "frames", String(frames), framesRule.allowedDescription)
        }
    }

    private func checkCallback(_ url: URL) throws {
        let scheme = url.scheme?.lowercased() ?? ""
        try check(["http", "https"].contains(scheme) && url.host != nil, "callbackURL", url.absoluteString, "an http or https URL")
        if model.callbackMustBePublicHTTPS {
            try check(
                scheme == "https" && !BaseURLPolicy.isLoopback(host: url.host ?? ""), "callbackURL", url.absoluteString, "a public https URL (not localhost)")
        }
    }

    /// Runs `inspection`, adding the model to a `SeedanceError` it throws (the inspectors know only the provider).
    package func namingModel<T>(_ inspection: () throws -> T) throws -> T {
        do {
            return try inspection()
        } catch var error as SeedanceError {
            error.model = model.id
            error.message += " (model \(model.id.rawValue))"
            throw error
        }
    }

    package func list(_ values: [String]) -> String { values.joined(separator: ", ") }
}
