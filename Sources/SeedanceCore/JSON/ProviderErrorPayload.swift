import Foundation

/// An error a provider reports inside a JSON body: a plain string (`"error": "bad key"`), an object with a code
/// (string or number, under `code`, `error_code` or `type`) and a message under `message`, `error_message`, `msg`,
/// `reason` or `detail`, or a gateway's `{"status": {code, message, error_code}}` (``GatewayStatusEnvelope``).
package struct ProviderErrorPayload: Decodable, Sendable, Hashable {
    /// The provider's code as text, if any (`"003015003"`, `"3015003"`, `"InvalidParameter"`).
    package var code: String?
    /// The provider's human-readable message, if any.
    package var message: String?

    /// Builds a payload.
    package init(code: String? = nil, message: String? = nil) {
        self.code = code
        self.message = message
    }

    /// Decodes a string or an object. Throws `DecodingError.typeMismatch` for numbers, arrays and booleans.
    package init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        guard let payload = ProviderErrorPayload(json: json) else {
            throw DecodingError.typeMismatch(
                ProviderErrorPayload.self,
                .init(codingPath: decoder.codingPath, debugDescription: "expected an error string or object, got \(json.kindName)"))
        }
        self = payload
    }

    /// Reads a payload out of a JSON value; `nil` for null, an empty string, or a value of another kind.
    package init?(json: JSONValue) {
        switch json {
        case .string(let text):
            guard !text.isEmpty else { return nil }
            self.init(code: nil, message: text)
        case .object(let members):
            let code = ["code", "error_code", "type"].lazy.compactMap { members[$0].flatMap(Self.text(of:)) }.first
            let message = ["message", "error_message", "msg", "reason", "detail", "error"].lazy
                .compactMap { members[$0]?.stringValue }.first { !$0.isEmpty }
            if code == nil, message == nil, let gateway = GatewayStatusEnvelope(json: json) {
                self.init(code: gateway.code, message: gateway.message)
                return
            }
            guard code != nil || message != nil else { return nil }
            self.init(code: code, message: message)
        default:
            return nil
        }
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
