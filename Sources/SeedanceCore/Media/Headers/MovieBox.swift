/// The `moov` box of an MP4 / MOV: the movie duration from `mvhd`, and for the first video (`hdlr` `vide`) and
/// audio (`soun`) track: `tkhd` width and height (16.16 fixed point, integer part, no matrix applied), `mdhd`
/// timescale and duration, the `stsd` sample entry's codec, and the `stts` sample count.
enum MovieBox {
    /// What one `trak` declares.
    private struct Track {
        var handler: String?
        var width = 0
        var height = 0
        var timing: Timing?
        var entry: ISOBox?
        var codec: MediaCodec?
        var sampleCount = 0
        /// The sum of the `stts` sample deltas, in the media timescale.
        var sampleTime = 0.0
        var sampleRate: Int?
        var channels: Int?

        /// The media duration in seconds: `mdhd`, else the `stts` deltas; `nil` when neither gives one.
        var seconds: Double? {
            guard let timing else { return nil }
            if let seconds = timing.seconds { return seconds }
            return sampleTime > 0 ? sampleTime / timing.timescale : nil
        }
    }

    /// A timescale and a duration in it, as `mvhd` and `mdhd` lay them out.
    private struct Timing {
        var timescale: Double
        /// `nil` when the box declares 0 or "unknown" (all ones).
        var duration: Double?

        var seconds: Double? { duration.map { $0 / timescale } }
    }

    /// What `moov` declares (``MediaInfo/bytesRead`` left 0 for the caller to fill).
    ///
    /// - Throws: ``ImageHeaderError`` when a box on the way is cut short or malformed, or `mvhd` is missing.
    static func info(_ bytes: HeaderBytes, format: MediaFormat, byteCount: Int) throws -> MediaInfo {
        let children = try bytes.isoBoxes(in: 0..<bytes.count)
        guard let header = children.first(where: { $0.type == "mvhd" }) else {
            throw ImageHeaderError.malformed("\(bytes.part) (no mvhd box)")
        }
        let movie = try timing(bytes, header, name: "mvhd")
        let tracks = try children.filter { $0.type == "trak" }.map { try track(bytes, $0) }
        let video = tracks.first { $0.handler == "vide" }
        let audio = tracks.first { $0.handler == "soun" }
        var info = MediaInfo(format: format, byteCount: byteCount)
        info.durationSeconds = movie.seconds ?? tracks.compactMap(\.seconds).max()
        if let video {
            info.videoCodec = video.codec
            info.width = video.width > 0 ? video.width : nil
            info.height = video.height > 0 ? video.height : nil
            if let seconds = video.seconds, seconds > 0, video.sampleCount > 0 {
                info.framesPerSecond = Double(video.sampleCount) / seconds
            }
        }
        if let audio {
            info.audioCodec = audio.codec
            info.sampleRate = audio.sampleRate
            info.channels = audio.channels
        }
        return info
    }

    private static func track(_ bytes: HeaderBytes, _ trak: ISOBox) throws -> Track {
        var track = Track()
        let children = try bytes.isoBoxes(in: trak.content)
        if let header = children.first(where: { $0.type == "tkhd" }) {
            let version = try bytes.u8(header.content.lowerBound)
            let sizeOffset = header.content.lowerBound + (version == 1 ? 88 : 76)
            guard sizeOffset + 8 <= header.content.upperBound else { throw ImageHeaderError.truncated("tkhd box") }
            track.width = try bytes.be32(sizeOffset) >> 16
            track.height = try bytes.be32(sizeOffset + 4) >> 16
        }
        guard let media = children.first(where: { $0.type == "mdia" }) else { return track }
        let mediaChildren = try bytes.isoBoxes(in: media.content)
        if let mediaHeader = mediaChildren.first(where: { $0.type == "mdhd" }) {
            track.timing = try timing(bytes, mediaHeader, name: "mdhd")
        }
        if let handler = mediaChildren.first(where: { $0.type == "hdlr" }) {
            guard handler.content.count >= 12 else { throw ImageHeaderError.truncated("hdlr box") }
            track.handler = try bytes.fourCC(handler.content.lowerBound + 8)
        }
        guard let information = mediaChildren.first(where: { $0.type == "minf" }),
            let table = try bytes.firstISOBox("stbl", in: information.content)
        else { return track }
        let tableChildren = try bytes.isoBoxes(in: table.content)
        if let description = tableChildren.first(where: { $0.type == "stsd" }) {
            try readSampleEntry(bytes, description, into: &track)
        }
        if let timeToSample = tableChildren.first(where: { $0.type == "stts" }) {
            let content = timeToSample.content
            guard content.count >= 8 else { throw ImageHeaderError.truncated("stts box") }
            let entryCount = min(try bytes.be32(content.lowerBound + 4), (content.count - 8) / 8)
            for index in 0..<entryCount {
                let count = try bytes.be32(content.lowerBound + 8 + index * 8)
                let delta = try bytes.be32(content.lowerBound + 12 + index * 8)
                track.sampleCount += count
                track.sampleTime += Double(count) * Double(delta)
            }
        }
        return track
    }

    /// The first sample entry of `stsd`: its codec, and for a video its coded size when `tkhd` gave none, for an
    /// audio its sample rate and channels (QuickTime sound description versions 0, 1 and 2; for AAC the channels of
    /// its `esds` configuration, as MP4 writers put a template 2 in the entry).
    private static func readSampleEntry(_ bytes: HeaderBytes, _ description: ISOBox, into track: inout Track) throws {
        let content = description.content
        guard content.count >= 16 else { throw ImageHeaderError.truncated("stsd box") }
        let header = try ISOBoxHeader(bytes, at: content.lowerBound + 8, remaining: content.count - 8)
        guard header.size <= content.count - 8 else { throw ImageHeaderError.truncated("stsd box (entry \"\(header.type)\")") }
        let start = content.lowerBound + 8 + header.headerLength
        let entry = ISOBox(type: header.type, content: start..<content.lowerBound + 8 + header.size)
        track.codec = MediaCodec(sampleEntry: header.type)
        if track.handler == "vide", track.width == 0 || track.height == 0, entry.content.count >= 28 {
            track.width = try bytes.be16(start + 24)
            track.height = try bytes.be16(start + 26)
        }
        guard track.handler == "soun", entry.content.count >= 28 else { return }
        let version = try bytes.be16(start + 8)
        var childrenStart = start + 28
        if version == 2, entry.content.count >= 64 {
            let rate = Double(bitPattern: try bytes.be64(start + 32))
            track.sampleRate = rate.isFinite && rate >= 1 && rate < 1e9 ? Int(rate) : nil
            let channels = try bytes.be32(start + 40)
            track.channels = channels > 0 ? channels : nil
            childrenStart = start + 64
        } else {
            let rate = try bytes.be16(start + 24), channels = try bytes.be16(start + 16)
            track.sampleRate = rate > 0 ? rate : nil
            track.channels = channels > 0 ? channels : nil
            if version == 1 { childrenStart = start + 44 }
        }
        if header.type == "mp4a", childrenStart <= entry.content.upperBound,
            let stream = ElementaryStreamDescriptor(bytes, entryChildren: childrenStart..<entry.content.upperBound)
        {
            if stream.objectType == 0x69 || stream.objectType == 0x6B { track.codec = .mp3 }
            if let channels = stream.channels { track.channels = channels }
        }
    }

    /// The timescale and duration of an `mvhd` or `mdhd` box (both lay them out alike, in versions 0 and 1).
    private static func timing(_ bytes: HeaderBytes, _ box: ISOBox, name: String) throws -> Timing {
        let start = box.content.lowerBound
        let version = try bytes.u8(start)
        guard box.content.count >= (version == 1 ? 32 : 20) else { throw ImageHeaderError.truncated("\(name) box") }
        let timescale = try bytes.be32(start + (version == 1 ? 20 : 12))
        guard timescale > 0 else { throw ImageHeaderError.malformed("\(name) box (timescale 0)") }
        let duration: UInt64 = version == 1 ? try bytes.be64(start + 24) : UInt64(try bytes.be32(start + 16))
        let unknown = duration == 0 || duration == (version == 1 ? UInt64.max : UInt64(UInt32.max))
        return Timing(timescale: Double(timescale), duration: unknown ? nil : Double(duration))
    }
}
