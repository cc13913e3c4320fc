/// Decides which strings can be copied into a JSON body byte for byte: printable ASCII without `"` or `\`, which
/// `JSONEncoder` (with `.withoutEscapingSlashes`) would write unchanged. Base64 and data URLs qualify.
enum SpliceableText {
    /// Strings shorter than this go through `JSONEncoder` as usual: splicing only pays off for large payloads.
    static let minimumLength = 16 * 1024

    /// Whether `text` is long enough and needs no escaping. Scans 8 bytes at a time.
    static func qualifies(_ text: String) -> Bool {
        guard text.utf8.count >= minimumLength else { return false }
        var text = text
        return text.withUTF8 { needsNoEscaping($0) }
    }

    static func needsNoEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var flagged: UInt64 = 0
        var offset = 0
        // Classic "has a byte below n / equal to n / above n" word tricks; each is exact for "any byte in the word".
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let below0x20 = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let hasQuote = (quote &- ones) & ~quote, hasBackslash = (backslash &- ones) & ~backslash
            let above0x7E = (word &+ ones &* (127 - 0x7E)) | word
            flagged |= (below0x20 | hasQuote | hasBackslash | above0x7E) & highs
            offset += 8
        }
        if flagged != 0 { return false }
        while offset < count {
            let byte = base[offset]
            if byte < 0x20 || byte > 0x7E || byte == 0x22 || byte == 0x5C { return false }
            offset += 1
        }
        return true
    }
}
