import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// The Seedance 2.x error answers: task-type constraints at create and asynchronously, resolutions a draft's final does
/// not take, moderation of every input and output medium (an unknown `*SensitiveContentDetected*` code too), and a model
/// the account cannot use, named in the error.
@Suite struct ModelArkSeedance2ErrorTests {
    let dialect = ModelArk.byteplus()

    func createError(_ fixture: String, status: Int) -> SeedanceError? {
        let response = SeedanceHTTPResponse(status: status, headers: ["X-Request-Id": "req-2"], body: Fixtures.data("modelark/seedance2/\(fixture)"))
        return ErrorTableCheck.thrown { try dialect.parseCreateResponse(response) }
    }

    @Test func aTaskTypeConstraintAtCreateIsAnInvalidRequestNamingTheField() throws {
        let error = try #require(createError("error-400-task-type-constraint.json", status: 400))
        #expect(error.category == .invalidRequest && error.providerCode == "InvalidParameter.TaskTypeConstraint")
        #expect(error.field == "omni_reference_task_type" && error.requestID == "req-2" && !error.isRetryable)
        #expect(error.message == "The request failed because omni_reference_task_type edit requires at least one reference_video.")
    }

    /// The constraint can also end a created task (no usage block): a failed task, not a request error.
    @Test func aTaskTypeConstraintCanAlsoFailTheTask() throws {
        let body = Data(#"{"id": "cgt-9", "status": "failed", "error": {"code": "InvalidParameter.TaskTypeConstraint", "message": "edit needs a video"}}"#.utf8)
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "cgt-9").failure
        #expect(failure == TaskFailure(category: .taskFailed, code: "InvalidParameter.TaskTypeConstraint", message: "edit needs a video"))
    }

    @Test func aFinalAtAResolutionTheModelDoesNotRenderIsAnInvalidRequest() throws {
        let error = try #require(createError("error-400-invalid-resolution.json", status: 400))
        #expect(error.category == .invalidRequest && error.providerCode == "InvalidResolutionParameter" && error.field == "resolution")
    }

    /// Every medium's moderation codes, the documented ones and sub-codes no table lists yet, are content rejections
    /// that are never retried, on a create and on a failed task; the raw code is kept.
    @Test(arguments: [
        "InputImageSensitiveContentDetected.PrivacyInformation", "InputImageSensitiveContentDetected.PolicyViolation",
        "InputVideoSensitiveContentDetected", "InputVideoSensitiveContentDetected.PrivacyInformation",
        "InputVideoSensitiveContentDetected.PolicyViolation", "InputAudioSensitiveContentDetected",
        "InputAudioSensitiveContentDetected.PolicyViolation", "InputAudioSensitiveContentDetected.PrivacyInformation",
        "OutputVideoSensitiveContentDetected", "OutputAudioSensitiveContentDetected.PolicyViolation", "OutputImageSensitiveContentDetected.Copyright",
    ])
    func moderationIsContentRejectedAndNeverRetried(_ code: String) throws {
        let body = Data(#"{"error": {"code": "\#(code)", "message": "refused", "param": "", "type": "BadRequest"}}"#.utf8)
        for status in [400, 500] {
            let response = SeedanceHTTPResponse(status: status, body: body)
            let error = try #require(ErrorTableCheck.thrown { try dialect.parseCreateResponse(response) })
            #expect(error.category == .contentRejected && error.providerCode?.rawValue == code && !error.isRetryable, "\(status)")
        }
        let failed = Data(#"{"id": "cgt-2", "status": "failed", "error": {"code": "\#(code)", "message": "blocked"}}"#.utf8)
        let failure = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: failed), for: "cgt-2").failure
        #expect(failure == TaskFailure(category: .contentRejected, code: ProviderCode(rawValue: code), message: "blocked"))
    }

    /// A retired or unactivated model: `notFound`, the model read from the provider's message, and what to do.
    @Test func aRetired1xModelIsNamedWithTheReplacement() throws {
        let error = try #require(createError("error-404-model-not-open-1_5-pro.json", status: 404))
        #expect(error.category == .notFound && error.providerCode == "ModelNotOpen" && error.model == "seedance-1-5-pro-251215")
        #expect(error.message.hasPrefix("model seedance-1-5-pro-251215 is not available to this account (ModelNotOpen: not activated, retired or unknown)"))
        #expect(error.message.contains("use dreamina-seedance-2-0-260128 (BytePlus) or doubao-seedance-2-0-260128 (Volcengine)"))
        #expect(error.message.hasSuffix("Please activate the model service in the Ark Console."))
    }

    @Test func anUnactivated2xModelIsNamedWithActivationAdvice() throws {
        let response = SeedanceHTTPResponse(status: 404, body: Fixtures.data("modelark/error-404-model-not-open.json"))
        let error = try #require(ErrorTableCheck.thrown { try dialect.parseCreateResponse(response) })
        #expect(error.model == "dreamina-seedance-2-0-260128" && error.category == .notFound)
        #expect(error.message.contains("activate the model in the console (Seedance 2.x needs a resource pack)"))
        let endpoint = Data(#"{"error": {"code": "InvalidEndpointOrModel.NotFound", "message": "The model or endpoint ep-20260101-abcde does not exist."}}"#.utf8)
        let missing = ErrorTableCheck.thrown { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 404, body: endpoint)) }
        #expect(missing?.model == "ep-20260101-abcde" && missing?.message.hasPrefix("model ep-20260101-abcde is not available") == true)
    }

    @Test func quotaExceededIsALimitNotARate() {
        let body = Data(#"{"error": {"code": "QuotaExceeded", "message": "4K concurrency quota used up"}}"#.utf8)
        let response = SeedanceHTTPResponse(status: 429, body: body)
        #expect(!dialect.allowsRetry(of: response))
        let error = ErrorTableCheck.thrown { try dialect.parseCreateResponse(response) }
        #expect(error?.category == .rateLimited(retryAfter: nil) && error?.isRetryable == false)
    }
}
