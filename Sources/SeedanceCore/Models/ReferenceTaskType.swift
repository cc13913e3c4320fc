/// What a multimodal-reference task does with its references (Seedance 2.5's `omni_reference_task_type`).
///
/// An open set: values a provider adds decode and compare like the known ones.
public struct ReferenceTaskType: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    /// `auto` (the default): the model infers the task from the inputs and the prompt. A mismatch fails the task
    /// asynchronously.
    public static let auto: ReferenceTaskType = "auto"
    /// `reference`: a new video built from the references.
    public static let reference: ReferenceTaskType = "reference"
    /// `edit`: change the picture or sound of a source video (needs a reference video of 4–30 s; the length follows
    /// the source, so the duration is `auto`, and the ratio is `adaptive`).
    public static let edit: ReferenceTaskType = "edit"
    /// `extend`: continue a source video forwards or backwards (needs a reference video; the ratio is `adaptive`).
    /// Only the new segment is returned.
    public static let extend: ReferenceTaskType = "extend"
}
