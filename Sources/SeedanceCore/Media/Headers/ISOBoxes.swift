/// One ISO base media box (MP4, MOV, HEIF): its four-character type and where its payload lies.
struct ISOBox: Sendable, Hashable {
    var type: String
    /// The payload, after the size/type header.
    var content: Range<Int>
}

/// The header of one ISO base media box: a 32-bit size and a type, then a 64-bit `largesize` when the size is 1.
/// A size of 0 means "to the end of the enclosing range" (the file, for a top-level box).
struct ISOBoxHeader: Sendable, Hashable {
    var type: String
    /// The whole box, header included.
    var size: Int
    /// 8, or 16 with a `largesize`.
    var headerLength: Int

    /// Parses the header at `offset`, where `remaining` bytes are left in the enclosing range. Does not check that
    /// the box fits in `remaining` (a top-level `mdat` may run past what was read).
    ///
    /// - Throws: ``ImageHeaderError`` when the header is cut short or declares a size smaller than itself.
    init(_ bytes: HeaderBytes, at offset: Int, remaining: Int) throws {
        guard remaining >= 8 else { throw ImageHeaderError.truncated(bytes.part) }
        var size = try bytes.be32(offset)
        type = try bytes.fourCC(offset + 4)
        headerLength = 8
        if size == 1 {
            guard remaining >= 16 else { throw ImageHeaderError.truncated("\(bytes.part) (box \"\(type)\")") }
            let large = try bytes.be64(offset + 8)
            guard large <= UInt64(Int.max) else { throw ImageHeaderError.malformed("\(bytes.part) (box \"\(type)\" of size \(large))") }
            size = Int(large)
            headerLength = 16
        } else if size == 0 {
            size = remaining
        }
        guard size >= headerLength else { throw ImageHeaderError.malformed("\(bytes.part) (box \"\(type)\" of size \(size))") }
        self.size = size
    }
}

extension HeaderBytes {
    /// The boxes laid end to end in `range`. With `stopAt`, stops after the first box of that type (later boxes,
    /// such as a large `mdat`, need not be present).
    ///
    /// - Throws: ``ImageHeaderError`` when a box is cut short, smaller than its header or runs past `range`.
    func isoBoxes(in range: Range<Int>, stopAt: String? = nil) throws -> [ISOBox] {
        var result: [ISOBox] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let header = try ISOBoxHeader(self, at: offset, remaining: range.upperBound - offset)
            guard header.size <= range.upperBound - offset else { throw ImageHeaderError.truncated("\(part) (box \"\(header.type)\")") }
            result.append(ISOBox(type: header.type, content: offset + header.headerLength..<offset + header.size))
            if header.type == stopAt { break }
            offset += header.size
        }
        return result
    }

    /// The first box of `type` laid in `range`, or `nil`.
    ///
    /// - Throws: ``ImageHeaderError`` as ``isoBoxes(in:stopAt:)``.
    func firstISOBox(_ type: String, in range: Range<Int>) throws -> ISOBox? {
        try isoBoxes(in: range, stopAt: type).first { $0.type == type }
    }
}
