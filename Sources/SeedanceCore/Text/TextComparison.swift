extension StringProtocol {
    /// Whether the two texts are equal when ASCII letters are compared without case; every other scalar must be the
    /// same. The match for HTTP field names and other ASCII tokens, without Foundation's locale-aware comparison
    /// (which bridges both sides to `NSString`, and was a visible share of each request's CPU).
    package func equalsIgnoringASCIICase(_ other: some StringProtocol) -> Bool {
        var left = utf8.makeIterator()
        var right = other.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                if a != b, Self.asciiLowercased(a) != Self.asciiLowercased(b) { return false }
            default: return false
            }
        }
    }

    /// The text without leading and trailing spaces and tabs: what `trimmingCharacters(in: .whitespaces)` removes
    /// (Unicode category Zs and U+0009, not line breaks), read on Unicode scalars rather than through `NSString`.
    package func trimmingWhitespace() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
