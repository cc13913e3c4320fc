/// Standard base64 (RFC 4648 alphabet, `=` padding, no line breaks) written straight into a caller's buffer, so a
/// data URL or a request body is built in one allocation with no intermediate copy.
///
/// Six input bytes become eight output bytes per step through a table of every 12-bit group's two characters
/// (a 22 MiB image in about 10 ms in a release build, about twice as fast as `Data.base64EncodedString()` on Linux).
enum Base64Encoding {
    /// The encoded length of `byteCount` input bytes.
    static func encodedCount(_ byteCount: Int) -> Int { (byteCount + 2) / 3 * 4 }

    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The two characters of each 12-bit value, first character in the low byte.
    private static let pairs: [UInt16] = (0..<4096).map { UInt16(alphabet[$0 >> 6]) | UInt16(alphabet[$0 & 0x3F]) << 8 }

    /// Writes the base64 form of `input` to `output`, which must hold ``encodedCount(_:)`` bytes. Returns that count.
    @discardableResult
    static func encode(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int {
        let count = input.count
        let outputCount = encodedCount(count)
        precondition(output.count >= outputCount, "base64 output buffer too small")
        guard count > 0, let source = input.baseAddress, let target = output.baseAddress else { return 0 }
        var inIndex = 0, outIndex = 0
        pairs.withUnsafeBufferPointer { pairs in
            let pairs = pairs.baseAddress!
            // Eight bytes are loaded to use six, so stop while eight remain.
            while count - inIndex >= 8 {
                let word = UInt64(bigEndian: source.loadUnaligned(fromByteOffset: inIndex, as: UInt64.self))
                let chars =
                    UInt64(pairs[Int(word >> 52)]) | UInt64(pairs[Int(word >> 40 & 0xFFF)]) << 16
                    | UInt64(pairs[Int(word >> 28 & 0xFFF)]) << 32 | UInt64(pairs[Int(word >> 16 & 0xFFF)]) << 48
                target.storeBytes(of: chars.littleEndian, toByteOffset: outIndex, as: UInt64.self)
                inIndex += 6
                outIndex += 8
            }
        }
        alphabet.withUnsafeBufferPointer { table in
            let bytes = source.assumingMemoryBound(to: UInt8.self)
            let chars = target.assumingMemoryBound(to: UInt8.self)
            while count - inIndex >= 3 {
                let value = UInt32(bytes[inIndex]) << 16 | UInt32(bytes[inIndex + 1]) << 8 | UInt32(bytes[inIndex + 2])
                chars[outIndex] = table[Int(value >> 18)]
                chars[outIndex + 1] = table[Int(value >> 12 & 0x3F)]
                chars[outIndex + 2] = table[Int(value >> 6 & 0x3F)]
                chars[outIndex + 3] = table[Int(value & 0x3F)]
                inIndex += 3
                outIndex += 4
            }
            let remaining = count - inIndex
            if remaining > 0 {
                let second = remaining == 2 ? UInt32(bytes[inIndex + 1]) : 0
                let value = UInt32(bytes[inIndex]) << 16 | second << 8
                chars[outIndex] = table[Int(value >> 18)]
                chars[outIndex + 1] = table[Int(value >> 12 & 0x3F)]
                chars[outIndex + 2] = remaining == 2 ? table[Int(value >> 6 & 0x3F)] : UInt8(ascii: "=")
                chars[outIndex + 3] = UInt8(ascii: "=")
            }
        }
        return outputCount
    }
}
