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
    /// A top-level field a Seedance 2.x model refuses whatever its value (`camera_fixed`, `frames`, `service_tier` …),
    /// or an `omni_reference_task_type` that is none of the four.
    case unsupportedField
    /// Frames mixed with reference media, or a reference item with the wrong role.
    case referenceMix
    /// More reference images, videos or audio clips than the model takes, or reference audio alone where it is not
    /// allowed.
    case referenceCount
    /// A reference video or audio clip whose URL, format, size, length, pixel count or frame rate is refused.
    case referenceMedia
    /// An explicit `omni_reference_task_type` whose constraints the request breaks (Ark:
    /// `InvalidParameter.TaskTypeConstraint`).
    case taskType
    /// A draft's final asked for a resolution the model does not render finals at (Ark: `InvalidResolutionParameter`).
    case finalResolution
    /// `priority` not an integer in 0 … 9.
    case priority
    /// `safety_identifier` not a string of at most 64 characters.
    case safetyIdentifier
    /// `tools` other than `[{"type": "web_search"}]`.
    case tools
    /// `output_format` other than `mp4` or `mov`.
    case outputFormat

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
