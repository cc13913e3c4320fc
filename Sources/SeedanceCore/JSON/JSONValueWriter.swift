import Foundation

/// Writes a ``JSONValue`` as JSON text without going through `JSONEncoder`.
package enum JSONValueWriter {
    /// `value` byte for byte as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes it on Linux, or
    /// `nil` when the value holds a double or an object key outside ASCII, and on other systems: there `JSONEncoder`'s
    /// own number formatting and key order are the reference, so the caller encodes with it.
    package static func sortedJSON(_ value: JSONValue) -> Data? {
        #if !os(Linux)
        // Darwin's JSONEncoder before macOS 15 sorts keys in Finder order (numeric, case-insensitive): leave it to it.
        return nil
        #else
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        guard write(value, into: &bytes) else { return nil }
        return Data(bytes)
        #endif
    }

    private static func write(_ value: JSONValue, into bytes: inout [UInt8]) -> Bool {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): bytes.append(contentsOf: String(number).utf8)
        case .double: return false
        case .string(let text): writeString(text, into: &bytes)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                guard write(item, into: &bytes) else { return false }
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard members.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return false }
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                guard write(members[key]!, into: &bytes) else { return false }
            }
            bytes.append(UInt8(ascii: "}"))
        }
        return true
    }

    /// A string with `JSONEncoder`'s escapes: quote and backslash, `\b \f \n \r \t`, other control characters as
    /// `\u00xx`; everything else (slashes, DEL, non-ASCII) as is.
    private static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                HexDigits.append(byte, uppercase: false, to: &bytes)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
