import Foundation

/// A string-backed value from a set the provider can extend (model ids, resolutions, ratios, service tiers,
/// provider codes). New values decode and compare like known ones; nothing breaks when a provider adds one.
public protocol OpenStringValue: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    /// Wraps `rawValue` (a type may normalise it, e.g. lowercase); never fails.
    init(rawValue: String)
}

extension OpenStringValue {
    /// The value spelled `value`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }

    /// Decodes a JSON string.
    ///
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the raw value as a JSON string.
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A model identifier as the provider spells it (`spark_dance_v1_5_pro`, `seedance-1-5-pro-251215`, an `ep-…`
/// endpoint id). Free text: an unknown id is valid and checked only on generic rules.
public struct ModelID: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// An output resolution (`480p`, `720p`, `1080p`, `4k`, or any other the provider adds). Always lowercase, as the
/// wire spells it (`4K` is stored as `4k`).
public struct Resolution: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// `480p`.
    public static let p480: Resolution = "480p"
    /// `720p`.
    public static let p720: Resolution = "720p"
    /// `1080p`.
    public static let p1080: Resolution = "1080p"
    /// `4k` (2160 lines at 16:9; 10-bit H.265 on Seedance 2.0).
    public static let p4k: Resolution = "4k"
}

/// An aspect ratio (`16:9` …), or `adaptive` (follow the input image) where the dialect has it.
public struct AspectRatio: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `16:9`, landscape.
    public static let r16x9: AspectRatio = "16:9"
    /// `4:3`.
    public static let r4x3: AspectRatio = "4:3"
    /// `1:1`, square.
    public static let r1x1: AspectRatio = "1:1"
    /// `3:4`.
    public static let r3x4: AspectRatio = "3:4"
    /// `9:16`, portrait.
    public static let r9x16: AspectRatio = "9:16"
    /// `21:9`, wide.
    public static let r21x9: AspectRatio = "21:9"
    /// `9:21`, tall.
    public static let r9x21: AspectRatio = "9:21"
    /// `adaptive`: the provider picks the ratio (from the input image, if any).
    public static let adaptive: AspectRatio = "adaptive"
}

/// A processing tier: `default` (online) or `flex` (offline, cheaper, slower).
public struct ServiceTier: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `default`: the online tier.
    public static let `default`: ServiceTier = "default"
    /// `flex`: the offline tier (cheaper, slower).
    public static let flex: ServiceTier = "flex"
}

/// The identifier the provider assigned to a task. Persist it: it is the only way back to a paid video.
public struct TaskID: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Who serves a dialect (`vtrix`, `jiekou`, `novita`, `apixo`, `byteplus` …). Named in every error.
public struct ProviderID: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// An error code as the provider sent it (`003015003`, `InvalidParameter`, `CONTENT_VIOLATION`).
public struct ProviderCode: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Whether this code equals `other`, ignoring leading zeros lost when a numeric code travelled as a JSON number
    /// (`3015003` matches `003015003`).
    public func matches(_ other: ProviderCode) -> Bool {
        if rawValue == other.rawValue { return true }
        func stripped(_ text: String) -> Substring? {
            guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return nil }
            let trimmed = text.drop { $0 == "0" }
            return trimmed.isEmpty ? "0" : trimmed
        }
        guard let mine = stripped(rawValue), let theirs = stripped(other.rawValue) else { return false }
        return mine == theirs
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
