import Foundation

/// Random access to a media file's bytes, from memory or from a file by seeking, counting every byte it hands out.
///
/// The header readers ask for small ranges (box, chunk and frame headers, one `moov` box), so a long video in a
/// file is never loaded whole. A read past the end returns the bytes that exist (possibly none); the readers treat
/// a short read as truncation.
final class MediaByteReader {
    private enum Backing {
        case memory(Data)
        case file(FileHandle)
    }

    private let backing: Backing
    /// The size of the whole file or data in bytes.
    let count: Int
    /// The bytes handed out so far.
    private(set) var bytesRead = 0

    init(_ data: Data) {
        backing = .memory(data)
        count = data.count
    }

    /// Opens the regular file at `url` (symbolic links followed) for reading. Anything else (a directory, a device,
    /// a pipe, whose open or reads could block) is refused before it is opened.
    ///
    /// - Throws: ``ImageHeaderError`` when `url` is not a regular file; the file system's error when the file cannot
    ///   be opened or its size read.
    init(fileAt url: URL) throws {
        let path = url.resolvingSymlinksInPath().path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        guard attributes[.type] as? FileAttributeType == .typeRegular else { throw ImageHeaderError("is not a regular file") }
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let end = try handle.seekToEnd()
        guard end <= UInt64(Int.max) else {
            try? handle.close()
            throw ImageHeaderError("is too large to address")
        }
        backing = .file(handle)
        count = Int(end)
    }

    deinit {
        if case .file(let handle) = backing { try? handle.close() }
    }

    /// Up to `length` bytes at `offset` (fewer at the end of the file, none past it), as a `Data` starting at index 0.
    ///
    /// - Throws: the file system's error when a file read fails.
    func read(_ offset: Int, _ length: Int) throws -> Data {
        guard offset >= 0, length > 0, offset < count else { return Data() }
        let available = min(length, count - offset)
        let bytes: Data
        switch backing {
        case .memory(let data):
            let start = data.startIndex + offset
            bytes = Data(data[start..<start + available])
        case .file(let handle):
            try handle.seek(toOffset: UInt64(offset))
            bytes = try handle.read(upToCount: available) ?? Data()
        }
        bytesRead += bytes.count
        return bytes
    }

    /// Exactly `length` bytes at `offset`.
    ///
    /// - Throws: ``ImageHeaderError`` naming `part` when fewer remain; the file system's error when a read fails.
    func require(_ offset: Int, _ length: Int, part: String) throws -> Data {
        let bytes = try read(offset, length)
        guard bytes.count == length else { throw ImageHeaderError.truncated(part) }
        return bytes
    }
}
