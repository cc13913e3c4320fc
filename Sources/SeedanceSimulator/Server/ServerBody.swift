import Foundation

/// Where a response body comes from.
package enum ServerBody: Sendable {
    /// Bytes in memory.
    case data(Data)
    /// `byteCount` bytes of a repeating pattern (see ``patternByte(at:)``), generated while sending and never held in
    /// memory whole: for download tests of any size.
    case generated(byteCount: Int64)
    /// The contents of a local file, streamed. A file that cannot be read is answered with an empty body.
    case file(URL)

    /// The byte at `offset` of a ``generated(byteCount:)`` body: `offset % 251` (a prime, so chunk edges show).
    package static func patternByte(at offset: Int64) -> UInt8 { UInt8(truncatingIfNeeded: offset % 251) }
}
