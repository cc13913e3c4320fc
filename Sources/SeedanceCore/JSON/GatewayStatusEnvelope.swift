/// A gateway's own error envelope: an answer from a gateway in front of a provider's documented API, with no
/// top-level `message` or `error`, only a `status` object holding the gateway's numeric `code` (HTTP-like), its
/// `message` and, where it distinguishes causes, a numeric `error_code`:
/// `{"status": {"code": 402, "message": "Insufficient credits", "error_code": 40201}}` (the SeaCloud gateway that
/// serves Vtrix; see `docs/dialects/sparkdance.md`). ``ProviderErrorPayload`` reads it, so every adapter
/// understands it.
package struct GatewayStatusEnvelope: Sendable, Hashable {
    /// `status.code`: the gateway's own status, usually the HTTP status.
    package var statusCode: Int64?
    /// `status.error_code` (or a top-level `error_code`): the gateway's specific cause, when given.
    package var errorCode: Int64?
    /// `status.message`, when present and not empty.
    package var message: String?

    /// Reads the envelope out of a JSON object whose `status` member is an object with a `code`, `message` or
    /// `error_code`; `nil` for any other value (a task object's `status` is a string, so it is never mistaken).
    package init?(json: JSONValue) {
        guard let status = json["status"], status.objectValue != nil else { return nil }
        statusCode = status["code"]?.integerValue
        errorCode = status["error_code"]?.integerValue ?? json["error_code"]?.integerValue
        message = status["message"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        guard statusCode != nil || errorCode != nil || message != nil else { return nil }
    }

    /// The most specific code as text: `error_code`, else `status.code`.
    package var code: String? { (errorCode ?? statusCode).map { String($0) } }
}
