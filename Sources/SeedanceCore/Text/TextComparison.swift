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

    /// The text without leading and trailing white space (Unicode `White_Space`: spaces, tabs, line breaks), read on
    /// Unicode scalars rather than through `NSString` as Foundation's `trimmingCharacters(in:)` is.
    package func trimmingWhitespace() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
