import Foundation

/// A `{code, message, data}` answer, as APIXO and seedanceapi.org wrap every response, read leniently.
///
/// Such APIs can report an error inside an HTTP 200 answer with a non-200 `code`, so success is decided by both:
/// ``effectiveStatus`` is the HTTP status, or the inner numeric `code` when HTTP says 2xx. Building an envelope never
/// throws: a body that is not a JSON object (an HTML 502 page, an empty body) gives an envelope with no fields, and the
/// HTTP status alone decides.
package struct CodeMessageEnvelope: Sendable, Hashable {
    /// The HTTP status the transport saw.
    package var httpStatus: Int
    /// `code` as text (`"200"`, `"400"`, `"INVALID_PROMPT"`), when present.
    package var code: String?
    /// `message`, when present and a string.
    package var message: String?
    /// `data`, when present (may be `.null`).
    package var data: JSONValue?
    /// The whole body as JSON, when it is a JSON object.
    package var body: JSONValue?
    /// The `X-Request-Id`-style header, kept for errors.
    package var requestID: String?
    private var response: SeedanceHTTPResponse

    /// Reads `response`'s body as an envelope. Never throws.
    package init(_ response: SeedanceHTTPResponse) {
        self.response = response
        httpStatus = response.status
        requestID = response.requestID
        var json: JSONValue? = try? JSONInput.decode(JSONValue.self, from: response.body)
        if json?.objectValue == nil { json = .none }
        body = json
        code = json?["code"].flatMap(Self.text(of:))
        message = json?["message"]?.stringValue
        data = json?["data"]
    }

    /// Reads a body that did not come as a response (a callback POSTed to your server) as if HTTP said 200.
    package init(body: Data) {
        self.init(SeedanceHTTPResponse(status: 200, body: body))
    }

    /// The inner `code` as a number, when it is one.
    package var numericCode: Int? { code.flatMap { Int($0) } }

    /// The HTTP status when it is not 2xx; otherwise the inner numeric `code` when it lies in 100…599; otherwise the
    /// HTTP status.
    package var effectiveStatus: Int {
        guard (200..<300).contains(httpStatus), let inner = numericCode, (100...599).contains(inner) else { return httpStatus }
        return inner
    }

    /// Whether the answer is a success: ``effectiveStatus`` is 2xx, and `code` is absent, `0` or a 2xx number (a
    /// symbolic `code` such as `"INVALID_PROMPT"`, or any other number, is an error even under HTTP 200).
    package var isSuccess: Bool {
        guard (200..<300).contains(effectiveStatus) else { return false }
        guard let code else { return true }
        guard let number = Int(code) else { return false }
        return number == 0 || (200..<300).contains(number)
    }

    /// The provider's symbolic error code, looked for in order in: `code` when it is not a number, `data.error` (an
    /// object's `code`, or a code-like string), `data.code` / `data.error_code` / `data.failCode`, the top-level
    /// `error` (same rules as `data.error`), then `message` when it looks like a code (`TASK_NOT_FOUND`,
    /// `SensitiveContentDetected`). `nil` when none is found.
    package var symbolicCode: ProviderCode? {
        if let code, Int(code) == nil { return ProviderCode(rawValue: code) }
        var candidates: [String?] = [Self.code(inError: data?["error"])]
        for key in ["code", "error_code", "errorCode", "failCode"] {
            candidates.append(data?[key].flatMap(Self.text(of:)).flatMap { Int($0) == nil ? $0 : nil })
        }
        candidates.append(Self.code(inError: body?["error"]))
        candidates.append(message.flatMap { Self.looksLikeCode($0) ? $0 : nil })
        return candidates.lazy.compactMap { $0 }.first.map(ProviderCode.init(rawValue:))
    }

    /// The most useful human text about an error: `message` (unless it is only a code or `success`), followed by a
    /// detail from `data.error`, `data.error_message`, `data.message` or the top-level `error` when one is given.
    package var errorMessage: String? {
        let lead = message.flatMap { $0.isEmpty || $0.lowercased() == "success" ? nil : $0 }
        let details = [data?["error"], data?["error_message"], data?["message"], body?["error"], body?["error_message"]]
        let detail = details.lazy.compactMap { $0.flatMap(ProviderErrorPayload.init(json:))?.message }.first { $0 != lead }
        switch (lead, detail) {
        case (let lead?, let detail?): return "\(lead): \(detail)"
        case (let lead?, nil): return lead
        case (nil, let detail?): return detail
        case (nil, nil): return nil
        }
    }

    /// Decodes `data` as `T`, straight from the original body.
    ///
    /// - Throws: `SeedanceError` (`.decoding`, naming `provider`, `what` and the JSON path) when `data` is absent,
    ///   `null` or not of the expected shape; the error carries `taskID` when given.
    package func decodeData<T: Decodable>(_ type: T.Type, provider: ProviderID, what: String, taskID: TaskID? = nil) throws -> T {
        guard let data, !data.isNull else {
            throw decodingError(provider: provider, message: "the \(what) has no `data` member", taskID: taskID)
        }
        do {
            return try JSONInput.decode(DataMember<T>.self, from: response.body).data
        } catch {
            throw decodingError(provider: provider, message: "could not read the \(what): \(DecodingErrorDescription.describe(error))", taskID: taskID)
        }
    }

    /// The error this envelope reports, for an answer that is not ``isSuccess``.
    ///
    /// The category comes from `categoryForCode` applied to ``symbolicCode`` when it knows the code, else from
    /// ``effectiveStatus`` (a 2xx effective status with a failing `code` is `.server`). The error keeps the real HTTP
    /// status, the raw code (``symbolicCode``, else the numeric `code`), ``errorMessage``, the request id, the
    /// `Retry-After` hint and a redacted body excerpt.
    package func error(
        provider: ProviderID, taskID: TaskID? = nil, categoryForCode: (ProviderCode) -> SeedanceError.Category? = { _ in nil }
    ) -> SeedanceError {
        let symbol = symbolicCode
        let hint = HTTPErrorMapping.retryAfter(in: response.headers)
        let status = effectiveStatus
        let category =
            symbol.flatMap(categoryForCode)
            ?? ((200..<300).contains(status) ? .server : HTTPErrorMapping.category(forStatus: status, retryAfter: hint))
        let rawCode = symbol ?? code.map(ProviderCode.init(rawValue:))
        var text = errorMessage ?? "code \(code ?? String(status)) from \(provider.rawValue)"
        if httpStatus != status { text += " (HTTP \(httpStatus), code \(status))" }
        return HTTPErrorMapping.error(for: response, provider: provider, code: rawCode, message: text, category: category, taskID: taskID)
    }

    /// Whether `text` looks like a symbolic code rather than a sentence: letters, digits, `_` and `.` only, starting
    /// with a letter, and either containing `_` or an upper-case letter after the first character.
    package static func looksLikeCode(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter, text.count <= 80 else { return false }
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) else { return false }
        return text.contains("_") || text.dropFirst().contains(where: \.isUppercase)
    }

    private func decodingError(provider: ProviderID, message: String, taskID: TaskID?) -> SeedanceError {
        SeedanceError(
            category: .decoding, provider: provider, httpStatus: httpStatus, message: message, taskID: taskID,
            requestID: requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
    }

    private static func code(inError json: JSONValue?) -> String? {
        guard let json else { return nil }
        if let text = json.stringValue { return looksLikeCode(text) ? text : nil }
        return ProviderErrorPayload(json: json)?.code.flatMap { Int($0) == nil ? $0 : nil }
    }

    private static func text(of json: JSONValue) -> String? {
        switch json {
        case .string(let text): return text.isEmpty ? nil : text
        case .integer(let number): return String(number)
        case .double(let number): return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return nil
        }
    }
}

/// Decodes only the `data` member of an envelope.
private struct DataMember<T: Decodable>: Decodable {
    var data: T
}
