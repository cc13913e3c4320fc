/// Hexadecimal digits as ASCII bytes, for the byte-level coders (percent-encoding, JSON `\u` escapes).
package enum HexDigits {
    /// The value (0…15) of an ASCII hex digit of either case, or `nil`.
    package static func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Appends the two hex digits of `byte` (upper case with `uppercase`, else lower case) to `bytes`.
    package static func append(_ byte: UInt8, uppercase: Bool, to bytes: inout [UInt8]) {
        let digits = uppercase ? upper : lower
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0x0F)])
    }

    private static let upper = Array("0123456789ABCDEF".utf8)
    private static let lower = Array("0123456789abcdef".utf8)
}
