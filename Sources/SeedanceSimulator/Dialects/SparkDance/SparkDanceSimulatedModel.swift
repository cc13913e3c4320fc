/// One spark_dance model as the simulator knows it: its limits and its error-code table (Vtrix's 1.5 Pro page: prefix
/// 003015 for `spark_dance_v1_5_pro`; the 1.0 Pro page: prefix 003005 for `spark_dance_v1_0_pro`, also used for the
/// sibling ids Vtrix lists, whose pages the seeds do not include).
///
/// `spark_dance_v2_0` and `spark_dance_v2_0_fast` take the Ark content array inside the 1.x wrapper
/// `{"model", "input": [{"params": {…}}]}` (the provider's CLI drives every spark_dance model through it; the 2.0 pages
/// list the params only) with Ark's sibling parameter names, and follow Ark's 2.0 and 2.0 fast limits
/// (``Seedance2Model/vtrix(_:)``). Their pages publish no error table: the simulator answers the 003005 codes of
/// the 1.0 Pro table, the new 2.x refusals mapped to its nearest rows (references: 003 media, 004 roles and
/// counts; refused fields: 002) [INFERRED].
struct SparkDanceSimulatedModel: Sendable {
    /// The model's limits.
    let profile: ContentArrayProfile
    /// Whether the model follows Vtrix's 1.5 Pro page rather than its 1.0 Pro page.
    let isSeed000: Bool

    /// The model named `id`, or `nil` when the gateway does not serve it.
    static func named(_ id: String) -> SparkDanceSimulatedModel? {
        switch id {
        case "spark_dance_v1_5_pro":
            return SparkDanceSimulatedModel(profile: .seedance15Pro(id), isSeed000: true)
        case "spark_dance_v2_0", "spark_dance_v2_0_fast":
            return SparkDanceSimulatedModel(profile: .seedance2(Seedance2Model.vtrix(id)!), isSeed000: false)
        case "spark_dance_v1_0_pro", "spark_dance_v1_0_pro_fast":
            return SparkDanceSimulatedModel(profile: .seedance10Pro(id), isSeed000: false)
        case "spark_dance_v1_0_lite_t2v":
            var profile = ContentArrayProfile.seedance10Pro(id)
            profile.contentTypes = ["text"]
            return SparkDanceSimulatedModel(profile: profile, isSeed000: false)
        default:
            return nil
        }
    }

    /// The model's code with the three-digit `suffix` (`"003015003"`).
    func code(_ suffix: String) -> String { (isSeed000 ? "003015" : "003005") + suffix }

    /// The code for a validation `violation`. Vtrix's 1.5 Pro error table only has rows for content, duration,
    /// resolution, ratio and service tier; the other 1.5 Pro refusals use 099 "Task creation error". Its 1.0 Pro table
    /// has no rows for service tier, expiry, callback or draft; those use 002 "Invalid content format". [INFERRED]
    func code(for violation: ContentArrayViolation) -> String {
        isSeed000 ? code(Self.seed000Rows(violation)) : code(Self.seed001Rows(violation))
    }

    /// ``code(for:)`` as a codebook.
    var codebook: ContentArrayCodebook {
        let model = self
        return { model.code(for: $0) }
    }

    private static func seed000Rows(_ violation: ContentArrayViolation) -> String {
        switch violation {
        case .contentMissing, .contentMalformed, .contentTypeMissing, .textMissing, .imageURLMissing, .imageURLStructure,
            .imageFormat, .imageSize, .imageCount, .imageRole, .draftTask, .referenceMix, .referenceCount, .referenceMedia:
            "001"
        case .contentEmpty: "002"
        case .duration, .frames: "003"
        case .resolution, .finalResolution: "004"
        case .ratio: "005"
        case .serviceTier: "006"
        case .seed, .expiry, .boolean, .callbackURL, .draftConflict, .unsupported, .unsupportedField, .taskType, .priority, .safetyIdentifier,
            .tools, .outputFormat:
            "099"
        }
    }

    private static func seed001Rows(_ violation: ContentArrayViolation) -> String {
        switch violation {
        case .contentMissing, .contentEmpty: "001"
        case .contentMalformed, .draftTask, .serviceTier, .expiry, .callbackURL, .draftConflict, .unsupported, .unsupportedField, .taskType,
            .priority, .safetyIdentifier, .tools, .outputFormat:
            "002"
        case .imageFormat, .imageSize, .referenceMedia: "003"
        case .imageCount, .imageRole, .referenceMix, .referenceCount: "004"
        case .resolution, .finalResolution: "005"
        case .ratio: "006"
        case .duration: "007"
        case .frames: "008"
        case .seed: "009"
        case .boolean: "010"
        case .contentTypeMissing: "011"
        case .textMissing: "012"
        case .imageURLMissing: "013"
        case .imageURLStructure: "014"
        }
    }

    /// The code and message of a failed task. Neither seed has a moderation row: a rejected prompt fails with 095
    /// "Internal generation error" and a message naming sensitive content; an expired task fails with 1.5 Pro's
    /// 010 "Task timeout" (1.0 Pro has no timeout row: 095 with a timeout message). [INFERRED]
    func failure(_ phase: TaskPhase) -> (code: String, message: String) {
        switch phase {
        case .failed(.contentRejected):
            return (code("095"), "Internal generation error: the output video may contain sensitive content (OutputVideoSensitiveContentDetected).")
        case .failed(.custom(let code, let message)):
            return (code, message)
        case .expired:
            return isSeed000 ? (code("010"), "Task timeout") : (code("095"), "Internal generation error: task timeout (execution_expires_after passed).")
        default:
            return (code("095"), "Internal generation error")
        }
    }
}
