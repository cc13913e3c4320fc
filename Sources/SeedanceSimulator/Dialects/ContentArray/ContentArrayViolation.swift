/// Why a content-array create is refused, in neutral terms. Each dialect maps a violation to its provider's code
/// (spark_dance: the 003015xxx / 003005xxx tables of Vtrix's pages; Ark: `MissingParameter` / `InvalidParameter`).
enum ContentArrayViolation: Sendable, Hashable {
    /// `content` absent.
    case contentMissing
    /// `content` an empty array.
    case contentEmpty
    /// `content` not an array, an item not an object, an unknown item type, or a combination the model does not take.
    case contentMalformed
    /// An item without `type`.
    case contentTypeMissing
    /// A `text` item without text, or no prompt where one is required.
    case textMissing
    /// An `image_url` item without `image_url.url`.
    case imageURLMissing
    /// `image_url` not an object, or `url` not an http(s) or data URL.
    case imageURLStructure
    /// An image format the model does not take (or an upper-case data-URL format).
    case imageFormat
    /// An inline image too large, too small or too narrow.
    case imageSize
    /// More than two images.
    case imageCount
    /// Image roles that do not fit (a lone last frame, two images without both roles).
    case imageRole
    /// A `draft_task` item that is malformed, not alone, or names no usable draft.
    case draftTask
    case duration
    case frames
    case resolution
    case ratio
    case serviceTier
    case seed
    case expiry
    /// A field that must be a JSON boolean is not one.
    case boolean
    case callbackURL
    /// Draft mode with a setting it does not support (`return_last_frame`).
    case draftConflict
    /// A feature this model does not have (draft mode on 1.0 Pro).
    case unsupported

    /// Whether the violation is a missing field (Ark answers `MissingParameter` for these).
    var isMissingField: Bool {
        switch self {
        case .contentMissing, .contentTypeMissing, .textMissing, .imageURLMissing: true
        default: false
        }
    }
}

/// Maps a violation to a provider code.
typealias ContentArrayCodebook = @Sendable (ContentArrayViolation) -> String
