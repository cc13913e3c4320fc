import SeedanceCore

/// The `{"code", "message", "data"}` envelope that APIXO (docs/dialects/apixo.md) and seedanceapi.org
/// (docs/dialects/seedanceapi.md) wrap every answer in: `code` mirrors the HTTP status (`200` on success) and `message`
/// is `"success"` on success.
public enum SimulatedEnvelope {
    /// `{"code": 200, "message": "success", "data": <data>}`.
    public static func success(_ data: JSONValue) -> JSONValue {
        ["code": 200, "message": "success", "data": data]
    }

    /// The success envelope around `data`, answered with HTTP 200.
    public static func successResponse(_ data: JSONValue) -> SimulatedResponse {
        .json(200, success(data))
    }

    /// An error envelope `body` answered with HTTP `status`, or with HTTP 200 when `delivery` is
    /// ``EnvelopeErrorDelivery/http200`` (the body, and its `code`, are the same either way).
    public static func errorResponse(status: Int, body: JSONValue, delivery: EnvelopeErrorDelivery) -> SimulatedResponse {
        .json(delivery == .http200 ? 200 : status, body)
    }
}

/// Which HTTP status an error envelope travels under. Both envelope providers mirror the HTTP status in the
/// body's `code`, and errors "can arrive as HTTP 200" with only the inner `code` telling:
/// ``http200`` reproduces that so a client's check of both can be exercised.
public enum EnvelopeErrorDelivery: Sendable, Hashable {
    /// The HTTP status is the envelope's `code` (400, 401, 404, 429, 500 …). The default.
    case httpStatus
    /// Every error answer is HTTP 200; only the envelope's `code` says it failed.
    case http200
}
