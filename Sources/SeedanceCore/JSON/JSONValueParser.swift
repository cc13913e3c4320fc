import Foundation

/// Reads a UTF-8 JSON document straight into a ``JSONValue``.
///
/// `JSONDecoder` reads a `JSONValue` by trying each kind in turn and catching the error of every kind it is not, which
/// made it the largest single cost of reading a status answer. This reader gives the value `JSONDecoder` would give
/// for every document it accepts, and gives up (`nil`) on anything unusual: malformed JSON, invalid UTF-8, a byte-order
/// mark, numbers out of range, trailing commas, nesting deeper than ``JSONValue/maximumDepth``. The caller then reads
/// the document with `JSONDecoder`, whose error or reading of it stands.
package struct JSONValueParser {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The value of `data`, or `nil` when the document is not one this reader accepts (see the type's contract).
    package static func parse(_ data: Data) -> JSONValue? {
        data.withUnsafeBytes { raw in
            var parser = JSONValueParser(bytes: raw)
            parser.skipWhitespace()
            guard let value = parser.value() else { return nil }
            parser.skipWhitespace()
            guard parser.index == raw.count else { return Optional<JSONValue>.none }
            return value
        }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func value() -> JSONValue? {
        // JSONValue's decoder refuses any value inside ``JSONValue/maximumDepth`` containers.
        guard depth < JSONValue.maximumDepth, let byte = current else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default: return nil
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let length = word.utf8CodeUnitCount
        guard bytes.count - index >= length else { return nil }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { return nil }
        index += length
        return value
    }

    private mutating func object() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { return nil }
            index += 1
            skipWhitespace()
            guard let member = value() else { return nil }
            // JSONDecoder keeps the first of repeated names.
            if members[key] == nil { members[key] = member }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default: return nil
            }
        }
    }

    private mutating func array() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            guard let item = value() else { return nil }
            items.append(item)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(items)
            default: return nil
            }
        }
    }

    /// A string starting at the opening quote; `nil` for a raw control character, a bad escape, a lone surrogate or
    /// invalid UTF-8.
    private mutating func string() -> String? {
        index += 1
        let start = index
        var plainASCII = true
        while let byte = current, byte != UInt8(ascii: "\"") {
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            if byte >= 0x80 { plainASCII = false }
            index += 1
        }
        guard current != nil else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
        index += 1
        return plainASCII ? String(decoding: text, as: UTF8.self) : String(validatingUTF8Bytes: text)
    }

    /// The rest of a string that holds an escape, decoded into a buffer from `start` (just after the opening quote).
    private mutating func escapedString(from start: Int) -> String? {
        var buffer = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while let byte = current, byte != UInt8(ascii: "\"") {
            index += 1
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                buffer.append(byte)
                continue
            }
            guard let escape = current else { return nil }
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return nil }
                buffer.append(contentsOf: UTF8.encode(scalar)!)
            default: return nil
            }
        }
        guard current != nil else { return nil }
        index += 1
        return String(validatingUTF8Bytes: buffer)
    }

    /// The scalar of a `\u` escape (the index just after the `u`), pairing surrogates; `nil` for a lone surrogate.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hexQuad() else { return nil }
        switch unit {
        case 0xD800...0xDBFF:
            guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
            index += 2
            guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF: return nil
        default: return Unicode.Scalar(unit)
        }
    }

    private mutating func hexQuad() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = HexDigits.value(of: bytes[index]) else { return nil }
            unit = unit << 4 | UInt32(digit)
            index += 1
        }
        return unit
    }

    /// A number as `JSONDecoder` reads it into a `JSONValue`: an integer literal that fits in `Int64` is an integer, one
    /// past `Int64` a double; a literal with a fraction or an exponent is an integer when its `Double` is exactly one
    /// (below 2^53), else a double. `nil` for malformed numbers, ones no finite `Double` holds, and fractions or
    /// exponents of 2^53 or more.
    private mutating func number() -> JSONValue? {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, isDigit(first) else { return nil }
        index += 1
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) { return nil }
        skipDigits()
        var integral = true
        if current == UInt8(ascii: ".") {
            integral = false
            index += 1
            guard let next = current, isDigit(next) else { return nil }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let next = current, isDigit(next) else { return nil }
            skipDigits()
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if integral, let integer = Int64(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else { return nil }
        if integral { return .double(double) }
        // From 2^53 up, JSONDecoder reads the text again as a Decimal to find the integer; leave those to it.
        guard double.magnitude < 9_007_199_254_740_992 else { return nil }
        if let integer = Int64(exactly: double) { return .integer(integer) }
        return .double(double)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { index += 1 }
    }
}
