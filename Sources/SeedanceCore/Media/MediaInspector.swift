import Foundation

/// Reads a video or audio file's container (from its bytes, never its file name), codecs, duration and (video)
/// size and frame rate from its headers, without decoding a frame or a sample.
///
/// MP4 and MOV: the top-level boxes are walked by their headers to `moov` (32- and 64-bit sizes, size 0 = to the
/// end), which is read whole (at most 64 MiB): `mvhd`, and for the first video and audio track `tkhd`, `mdhd`,
/// `hdlr`, `stsd` and `stts`. WAV: the `fmt ` and `data` chunks. MP3: ID3v2 tags are skipped, then the first
/// layer III frame and its Xing / Info or VBRI header. Reading a file seeks: a long video's media data is never read.
public enum MediaInspector {
    /// What `data` is, as ``inspect(fileAt:field:provider:)`` reads a file.
    ///
    /// - Parameter field: the request field the media belongs to, named in errors (`referenceVideos[0]`).
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`, the byte count and format, and what is allowed)
    ///   when the bytes are not mp4, mov, wav or mp3, or their headers are cut short, malformed or absurd (a `moov`
    ///   box over 64 MiB). Never traps on any input.
    public static func inspect(_ data: Data, field: String, provider: ProviderID) throws -> MediaInfo {
        try inspect(MediaByteReader(data), field: field, provider: provider)
    }

    /// What the local file at `url` is, reading only its headers: box, chunk and frame headers and the `moov` box,
    /// seeking over the rest (``MediaInfo/bytesRead`` says how much was read).
    ///
    /// - Parameter field: the request field the media belongs to, named in errors (`referenceVideos[0]`).
    /// - Throws: `SeedanceError` (`.invalidRequest`, naming `field`) when `url` is not a file URL, is not a regular
    ///   file (a directory, device or pipe is refused before it is opened, so nothing blocks), the file cannot be
    ///   opened or read (the error names its last path component), or its bytes are refused as by
    ///   ``inspect(_:field:provider:)``. Never traps on any input.
    public static func inspect(fileAt url: URL, field: String, provider: ProviderID) throws -> MediaInfo {
        let allowed = "a readable local mp4, mov, wav or mp3 file"
        guard url.isFileURL else {
            throw SeedanceError.invalid(
                field, value: "(a \(url.scheme ?? "relative") URL)", allowed: allowed, provider: provider, reason: "is not a local file")
        }
        let reader: MediaByteReader
        do {
            reader = try MediaByteReader(fileAt: url)
        } catch {
            throw SeedanceError.invalid(
                field, value: "(\(url.lastPathComponent))", allowed: allowed, provider: provider,
                reason: (error as? ImageHeaderError)?.reason ?? "cannot be opened")
        }
        return try inspect(reader, field: field, provider: provider)
    }

    /// The container named by the first bytes of `data` (64 are enough), or `nil`.
    ///
    /// ISO base media files are told apart by their `ftyp` brands: `qt  ` is MOV, the ISO / MPEG-4 brands are MP4,
    /// and HEIF / AVIF images are not media (`nil`). A QuickTime file may lack `ftyp` and start with `moov`, `mdat`,
    /// `wide`, `free`, `skip` or `pnot` (MOV). WAV is `RIFF….WAVE`; MP3 starts with an ID3v2 tag or a layer III
    /// frame header.
    public static func detectFormat(_ data: Data) -> MediaFormat? {
        let bytes = [UInt8](data.prefix(64))
        func text(_ offset: Int, _ length: Int = 4) -> String? {
            bytes.count >= offset + length ? String(decoding: bytes[offset..<offset + length], as: UTF8.self) : nil
        }
        if text(0) == "RIFF", text(8) == "WAVE" { return .wav }
        if text(4) == "ftyp", let major = text(8) {
            if major == "qt  " { return .mov }
            if imageBrands.contains(major) { return nil }
            let boxEnd = min(bytes.count, Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3]))
            let compatible = stride(from: 16, to: boxEnd - 3, by: 4).compactMap { text($0) }
            if ([major] + compatible).contains(where: mp4Brands.contains) { return .mp4 }
            return compatible.contains("qt  ") ? .mov : nil
        }
        if let type = text(4), ["moov", "mdat", "wide", "free", "skip", "pnot"].contains(type) { return .mov }
        if text(0, 3) == "ID3", bytes.count >= 10, bytes[3] < 0xFF { return .mp3 }
        if bytes.count >= 4, MP3Header.Frame(bytes[0], bytes[1], bytes[2], bytes[3]) != nil { return .mp3 }
        return nil
    }

    private static let imageBrands: Set<String> = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "heif", "avif", "avis"]
    private static let mp4Brands: Set<String> = [
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "hvc1",
        "M4V ", "M4VH", "M4VP", "M4A ", "dash", "MSNV", "XAVC", "f4v ", "3gp4", "3gp5", "3gp6", "3g2a", "mmp4",
    ]

    private static func inspect(_ reader: MediaByteReader, field: String, provider: ProviderID) throws -> MediaInfo {
        var format: MediaFormat?
        do {
            guard let detected = detectFormat(try reader.read(0, 64)) else {
                throw SeedanceError.invalid(
                    field, value: "(\(reader.count) bytes)", allowed: "mp4, mov, wav or mp3 bytes", provider: provider,
                    reason: "is not a recognised video or audio file")
            }
            format = detected
            var info: MediaInfo
            switch detected {
            case .wav: info = try WAVHeader.info(reader)
            case .mp3: info = try MP3Header.info(reader)
            default: info = try MovieFileHeader.info(reader, format: detected)
            }
            info.bytesRead = reader.bytesRead
            return info
        } catch let error as SeedanceError {
            throw error
        } catch {
            let name = format?.rawValue ?? "media"
            let reason = (error as? ImageHeaderError)?.reason ?? "cannot be read"
            throw SeedanceError.invalid(
                field, value: "(\(reader.count) bytes of \(name))", allowed: "a complete, well-formed \(name) file",
                provider: provider, reason: reason)
        }
    }
}
