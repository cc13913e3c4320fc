import Foundation

/// Writes a small, structurally valid, playable MP4 (ISO base media file) with no dependency: `ftyp`, then `moov`
/// (`mvhd`, one video `trak` with `tkhd` and `mdia`/`minf`/`stbl` holding an `avc1` sample entry with its `avcC`),
/// then `mdat` with the H.264 frames of `H264Writer` as length-prefixed samples. `moov` comes first, so players
/// can start before the whole file arrives.
package enum MP4Writer {
    /// An MP4 of `frameCount` frames of `width` × `height` pixels (rounded down to multiples of 16, at least 16)
    /// at `framesPerSecond`, showing a moving colour gradient.
    package static func mp4(width: Int = 32, height: Int = 32, frameCount: Int = 24, framesPerSecond: Int = 24) -> Data {
        let width = max(16, width / 16 * 16)
        let height = max(16, height / 16 * 16)
        let frameCount = max(1, frameCount)
        let fps = max(1, framesPerSecond)
        let stream = H264Writer.stream(
            width: width, height: height, frameCount: frameCount,
            luma: { x, y, frame in 40 + (x * 3 + y * 2 + frame * 6) % 180 },
            chroma: { x, y, frame in (90 + (x * 4 + frame * 3) % 80, 150 - (y * 4 + frame * 2) % 80) })
        return file(stream, width: width, height: height, framesPerSecond: fps)
    }

    /// The container brand written in `ftyp`.
    enum Container {
        /// `isom` (ISO base media, MP4).
        case mp4
        /// `qt  ` (QuickTime, MOV).
        case mov
    }

    /// `stream` in an MP4 or MOV file of `width` × `height` at `framesPerSecond`. Only the first frame is listed as a
    /// sync sample (`stss`) when `stream` has frames after an IDR picture that are not IDR pictures themselves
    /// (``FlatVideoWriter``); without `stss` every frame is one.
    static func file(
        _ stream: H264Writer.Stream, width: Int, height: Int, framesPerSecond: Int, container: Container = .mp4, onlyFirstIsSync: Bool = false
    ) -> Data {
        let samples = stream.frames.map { frame -> [UInt8] in
            var sample: [UInt8] = []
            sample.append(u32: UInt32(frame.count))
            return sample + frame
        }
        let fileType =
            switch container {
            case .mp4: box("ftyp", ascii("isom") + u32(512) + ascii("isom") + ascii("iso2") + ascii("avc1") + ascii("mp41"))
            case .mov: box("ftyp", ascii("qt  ") + u32(0x2005_0300) + ascii("qt  "))
            }
        let layout = Layout(
            width: width, height: height, fps: max(1, framesPerSecond), sampleSizes: samples.map { UInt32($0.count) }, stream: stream,
            onlyFirstIsSync: onlyFirstIsSync && samples.count > 1)
        let movieSize = movie(layout, firstSampleOffset: 0).count
        let movieBox = movie(layout, firstSampleOffset: UInt32(fileType.count + movieSize + 8))
        let mediaData = box("mdat", samples.flatMap { $0 })
        return Data(fileType + movieBox + mediaData)
    }

    private struct Layout {
        var width: Int
        var height: Int
        var fps: Int
        var sampleSizes: [UInt32]
        var stream: H264Writer.Stream
        var onlyFirstIsSync = false
    }

    private static let movieTimescale: UInt32 = 1000
    private static let identityMatrix: [UInt8] = ([0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000] as [UInt32]).flatMap { u32($0) }

    private static func movie(_ layout: Layout, firstSampleOffset: UInt32) -> [UInt8] {
        let frameCount = UInt32(layout.sampleSizes.count)
        let mediaTimescale = UInt32(layout.fps) * 512
        let movieDuration = frameCount * movieTimescale / UInt32(layout.fps)
        let header = fullBox(
            "mvhd", version: 0, flags: 0,
            u32(0) + u32(0) + u32(movieTimescale) + u32(movieDuration) + u32(0x0001_0000) + u16(0x0100) + u16(0)
                + u32(0) + u32(0) + identityMatrix + [UInt8](repeating: 0, count: 24) + u32(2))
        let trackHeader = fullBox(
            "tkhd", version: 0, flags: 3,
            u32(0) + u32(0) + u32(1) + u32(0) + u32(movieDuration) + u32(0) + u32(0) + u16(0) + u16(0) + u16(0)
                + u16(0) + identityMatrix + u32(UInt32(layout.width) << 16) + u32(UInt32(layout.height) << 16))
        let mediaHeader = fullBox(
            "mdhd", version: 0, flags: 0,
            u32(0) + u32(0) + u32(mediaTimescale) + u32(frameCount * 512) + u16(0x55C4) + u16(0))
        let handler = fullBox("hdlr", version: 0, flags: 0, u32(0) + ascii("vide") + u32(0) + u32(0) + u32(0) + ascii("VideoHandler") + [0])
        let dataInformation = box("dinf", fullBox("dref", version: 0, flags: 0, u32(1) + fullBox("url ", version: 0, flags: 1, [])))
        let sampleTable = box(
            "stbl",
            sampleDescription(layout)
                + fullBox("stts", version: 0, flags: 0, u32(1) + u32(frameCount) + u32(512))
                + fullBox("stsc", version: 0, flags: 0, u32(1) + u32(1) + u32(frameCount) + u32(1))
                + (layout.onlyFirstIsSync ? fullBox("stss", version: 0, flags: 0, u32(1) + u32(1)) : [])
                + fullBox("stsz", version: 0, flags: 0, u32(0) + u32(frameCount) + layout.sampleSizes.flatMap { u32($0) })
                + fullBox("stco", version: 0, flags: 0, u32(1) + u32(firstSampleOffset)))
        let mediaInformation = box("minf", fullBox("vmhd", version: 0, flags: 1, u16(0) + u16(0) + u16(0) + u16(0)) + dataInformation + sampleTable)
        let track = box("trak", trackHeader + box("mdia", mediaHeader + handler + mediaInformation))
        return box("moov", header + track)
    }

    private static func sampleDescription(_ layout: Layout) -> [UInt8] {
        let sps = layout.stream.sps
        let pps = layout.stream.pps
        let configuration = box(
            "avcC",
            [1, sps[1], sps[2], sps[3], 0xFF, 0xE1] + u16(UInt16(sps.count)) + sps + [1] + u16(UInt16(pps.count)) + pps)
        var compressorName = [UInt8](repeating: 0, count: 32)
        let name = Array("seedance-simulator".utf8)
        compressorName[0] = UInt8(name.count)
        compressorName.replaceSubrange(1...name.count, with: name)
        let entry = box(
            "avc1",
            [UInt8](repeating: 0, count: 6) + u16(1) + u16(0) + u16(0) + u32(0) + u32(0) + u32(0)
                + u16(UInt16(layout.width)) + u16(UInt16(layout.height)) + u32(0x0048_0000) + u32(0x0048_0000) + u32(0) + u16(1)
                + compressorName + u16(0x0018) + u16(0xFFFF) + configuration)
        return fullBox("stsd", version: 0, flags: 0, u32(1) + entry)
    }

    private static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] { u32(UInt32(8 + payload.count)) + ascii(type) + payload }

    private static func fullBox(_ type: String, version: UInt8, flags: UInt32, _ payload: [UInt8]) -> [UInt8] {
        box(type, [version, UInt8((flags >> 16) & 0xFF), UInt8((flags >> 8) & 0xFF), UInt8(flags & 0xFF)] + payload)
    }

    private static func u32(_ value: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.append(u32: value)
        return bytes
    }

    private static func u16(_ value: UInt16) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.append(u16: value)
        return bytes
    }

    private static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
}
