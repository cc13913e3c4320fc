/// MP4 / MOV files: walks the top-level boxes by their headers alone to `moov`, seeking over everything else (a
/// large `mdat` before `moov` is never read), then reads that one box, at most ``maxMovieBoxBytes``, and hands it to
/// ``MovieBox``.
enum MovieFileHeader {
    /// The largest `moov` payload read (64 MiB); a movie header beyond it is refused rather than loaded.
    static let maxMovieBoxBytes = 64 << 20
    /// The most top-level boxes walked before `moov`; a file of endless tiny boxes is refused rather than walked.
    static let maxTopLevelBoxes = 10_000

    /// The codecs, duration, size and frame rate the `moov` box of the file behind `reader` declares.
    ///
    /// - Throws: ``ImageHeaderError`` when a box header is cut short or malformed, when there is no `moov` box, when
    ///   it is larger than ``maxMovieBoxBytes``, or when it is malformed; the file system's error when a read fails.
    static func info(_ reader: MediaByteReader, format: MediaFormat) throws -> MediaInfo {
        let part = "\(format.rawValue) box structure"
        var offset = 0
        var boxCount = 0
        while offset < reader.count {
            boxCount += 1
            guard boxCount <= maxTopLevelBoxes else {
                throw ImageHeaderError("has more than \(maxTopLevelBoxes) top-level boxes before its moov box")
            }
            let remaining = reader.count - offset
            let header = try reader.read(offset, 16).withUnsafeBytes { buffer in
                try ISOBoxHeader(HeaderBytes(buffer, part: part), at: 0, remaining: remaining)
            }
            if header.type == "moov" {
                let payloadSize = header.size - header.headerLength
                guard payloadSize <= maxMovieBoxBytes else {
                    throw ImageHeaderError("has a moov box of \(header.size) bytes, over the \(maxMovieBoxBytes >> 20) MiB the SDK reads")
                }
                let movie = "\(format.rawValue) moov box"
                let payload = try reader.require(offset + header.headerLength, payloadSize, part: movie)
                return try payload.withUnsafeBytes { buffer in
                    try MovieBox.info(HeaderBytes(buffer, part: movie), format: format, byteCount: reader.count)
                }
            }
            guard header.size <= remaining else { break }
            offset += header.size
        }
        throw ImageHeaderError("has no moov box (the movie header); the file may be cut short")
    }
}
