import Foundation

/// A JSON document carried inside a JSON string (`"resultJson": "{\"resultUrls\":[…]}"`), decoded a second time.
/// An object given directly instead of a string is accepted too.
package struct EmbeddedJSON<Value: Decodable & Sendable>: Decodable, Sendable {
    /// The decoded inner document.
    package var value: Value

    /// Decodes the string and then its content. Throws `DecodingError.dataCorrupted` naming the field when the inner
    /// text is not valid JSON of the expected shape.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            do {
                value = try JSONInput.decode(Value.self, from: Data(text.utf8))
            } catch {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "the string does not hold the expected JSON document: \(error)")
            }
        } else {
            value = try container.decode(Value.self)
        }
    }
}
