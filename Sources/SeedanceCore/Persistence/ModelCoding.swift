import Foundation

// Codable forms of the neutral enums, so requests, snapshots and failures can be stored and read back. Each is a
// small JSON object with one key naming the case (or a string for statuses), stable across SDK versions.

extension MediaInput: Codable {
    private enum CodingKeys: String, CodingKey { case url, data, file, asset }

    /// Decodes `{"url": …}`, `{"data": "<base64>"}`, `{"file": …}` or `{"asset": "<id>"}`.
    ///
    /// - Throws: `DecodingError` for any other shape or for base64 that does not decode.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let url = try container.decodeIfPresent(URL.self, forKey: .url) {
            self = .url(url)
        } else if let file = try container.decodeIfPresent(URL.self, forKey: .file) {
            self = .file(file)
        } else if let asset = try container.decodeIfPresent(AssetID.self, forKey: .asset) {
            self = .asset(asset)
        } else {
            let text = try container.decode(String.self, forKey: .data)
            guard let bytes = Data(base64Encoded: text) else {
                throw DecodingError.dataCorruptedError(forKey: .data, in: container, debugDescription: "not base64")
            }
            self = .data(bytes)
        }
    }

    /// Encodes the case and its value; in-memory bytes as base64 (leave them out first with
    /// ``VideoRequest/withoutInlineImageBytes()``).
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .url(let url): try container.encode(url, forKey: .url)
        case .data(let bytes): try container.encode(bytes.base64EncodedString(), forKey: .data)
        case .file(let url): try container.encode(url, forKey: .file)
        case .asset(let id): try container.encode(id, forKey: .asset)
        }
    }
}

extension VideoRequest {
    /// This request with in-memory media bytes (frames and references) replaced by empty placeholders
    /// (`.data(Data())`), for storing its shape: enough to place polls, not to submit again (empty media are refused
    /// by validation).
    public func withoutInlineImageBytes() -> VideoRequest {
        func placeholder(_ input: MediaInput) -> MediaInput {
            if case .data = input { return .data(Data()) }
            return input
        }
        var shape = self
        shape.firstFrame = firstFrame.map(placeholder)
        shape.lastFrame = lastFrame.map(placeholder)
        shape.referenceImages = referenceImages.map(placeholder)
        shape.referenceVideos = referenceVideos.map(placeholder)
        shape.referenceAudios = referenceAudios.map(placeholder)
        return shape
    }
}

extension VideoDuration: Codable {
    private enum CodingKeys: String, CodingKey { case seconds, frames, auto }

    /// Decodes `{"seconds": n}`, `{"frames": n}` or `{"auto": true}`.
    ///
    /// - Throws: `DecodingError` for any other shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let seconds = try container.decodeIfPresent(Int.self, forKey: .seconds) {
            self = .seconds(seconds)
        } else if let frames = try container.decodeIfPresent(Int.self, forKey: .frames) {
            self = .frames(frames)
        } else if try container.decodeIfPresent(Bool.self, forKey: .auto) == true {
            self = .auto
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected seconds, frames or auto"))
        }
    }

    /// Encodes the case and its value.
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .seconds(let seconds): try container.encode(seconds, forKey: .seconds)
        case .frames(let frames): try container.encode(frames, forKey: .frames)
        case .auto: try container.encode(true, forKey: .auto)
        }
    }
}

extension TaskStatus: Codable {
    private static let unknownPrefix = "unknown:"

    /// Decodes the status's name (`"running"`); `"unknown:<raw>"` (or any other string) is `.unknown`.
    ///
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch text {
        case "queued": self = .queued
        case "running": self = .running
        case "succeeded": self = .succeeded
        case "failed": self = .failed
        case "cancelled": self = .cancelled
        case "expired": self = .expired
        default: self = .unknown(text.hasPrefix(Self.unknownPrefix) ? String(text.dropFirst(Self.unknownPrefix.count)) : text)
        }
    }

    /// Encodes the status's name; `.unknown(raw)` as `"unknown:<raw>"`.
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if case .unknown(let raw) = self { try container.encode(Self.unknownPrefix + raw) } else { try container.encode(description) }
    }
}

extension SeedanceError.Category: Codable {
    private enum CodingKeys: String, CodingKey { case name, retryAfterSeconds }

    /// Decodes `{"name": "rateLimited", "retryAfterSeconds": 5}` (the seconds only for `rateLimited`). A name this
    /// version does not know (written by a later one) decodes to a category of that name.
    ///
    /// - Throws: `DecodingError` when `name` is missing or not a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let retryAfter = try container.decodeIfPresent(Double.self, forKey: .retryAfterSeconds).map { Duration.clampedSeconds($0) }
        self.init(name: name, retryAfter: name == Self.rateLimited.name ? retryAfter : nil)
    }

    /// Encodes the category's ``name`` (and a rate limit's `retryAfter` in seconds).
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if let retryAfter { try container.encode(retryAfter.timeInterval, forKey: .retryAfterSeconds) }
    }
}
