/// Why an image header could not be read. ``ImageInspector`` turns it into a `SeedanceError` naming the field.
struct ImageHeaderError: Error, Sendable, Hashable {
    /// What was wrong, in a few words (`truncated before the IHDR chunk`).
    var reason: String

    init(_ reason: String) { self.reason = reason }

    static func truncated(_ what: String) -> ImageHeaderError { ImageHeaderError("is truncated in the \(what)") }
    static func malformed(_ what: String) -> ImageHeaderError { ImageHeaderError("has a malformed \(what)") }
}

/// A width and height in pixels, both at least 1.
struct PixelSize: Sendable, Hashable {
    var width: Int
    var height: Int
}

/// Bounds-checked reads of big- and little-endian integers from an image's bytes, without copying them.
///
/// Every read past the end throws ``ImageHeaderError`` naming `part`; no read can trap. Offsets are relative to the
/// start of the buffer.
struct HeaderBytes {
    let buffer: UnsafeRawBufferPointer
    /// The header part being read, named in truncation errors.
    var part: String

    init(_ buffer: UnsafeRawBufferPointer, part: String) {
        self.buffer = buffer
        self.part = part
    }

    var count: Int { buffer.count }

    /// Whether `length` bytes are available at `offset`.
    func has(_ length: Int, at offset: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= buffer.count && buffer.count - offset >= length
    }

    func require(_ length: Int, at offset: Int) throws {
        guard has(length, at: offset) else { throw ImageHeaderError.truncated(part) }
    }

    func u8(_ offset: Int) throws -> UInt8 {
        try require(1, at: offset)
        return buffer[offset]
    }

    func be16(_ offset: Int) throws -> Int {
        try require(2, at: offset)
        return Int(buffer[offset]) << 8 | Int(buffer[offset + 1])
    }

    func le16(_ offset: Int) throws -> Int {
        try require(2, at: offset)
        return Int(buffer[offset]) | Int(buffer[offset + 1]) << 8
    }

    func le24(_ offset: Int) throws -> Int {
        try require(3, at: offset)
        return Int(buffer[offset]) | Int(buffer[offset + 1]) << 8 | Int(buffer[offset + 2]) << 16
    }

    func be32(_ offset: Int) throws -> Int {
        try require(4, at: offset)
        return Int(buffer[offset]) << 24 | Int(buffer[offset + 1]) << 16 | Int(buffer[offset + 2]) << 8 | Int(buffer[offset + 3])
    }

    func le32(_ offset: Int) throws -> Int {
        try require(4, at: offset)
        return Int(buffer[offset]) | Int(buffer[offset + 1]) << 8 | Int(buffer[offset + 2]) << 16 | Int(buffer[offset + 3]) << 24
    }

    func be64(_ offset: Int) throws -> UInt64 {
        let high = try be32(offset), low = try be32(offset + 4)
        return UInt64(high) << 32 | UInt64(low)
    }

    /// Whether the ASCII text `tag` is at `offset` (false when out of bounds).
    func matches(_ tag: StaticString, at offset: Int) -> Bool {
        let length = tag.utf8CodeUnitCount
        guard has(length, at: offset) else { return false }
        let pointer = tag.utf8Start
        for index in 0..<length where buffer[offset + index] != pointer[index] { return false }
        return true
    }

    /// The four bytes at `offset` as text (a chunk or box type), for error messages and comparisons.
    func fourCC(_ offset: Int) throws -> String {
        try require(4, at: offset)
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 4]), as: UTF8.self)
    }

    /// `PixelSize(width, height)` after checking both are at least 1.
    func size(_ width: Int, _ height: Int) throws -> PixelSize {
        guard width > 0, height > 0 else {
            throw ImageHeaderError("declares an empty size (\(width)×\(height)) in the \(part)")
        }
        return PixelSize(width: width, height: height)
    }
}
