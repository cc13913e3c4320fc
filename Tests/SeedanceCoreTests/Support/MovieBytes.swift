import Foundation

/// Builds MP4 / MOV boxes by hand for the header tests: every field the reader uses is set here, from the layouts
/// of ISO/IEC 14496-12 and the QuickTime File Format, independently of the reader's code.
enum MovieBytes {
    /// One `trak`: a video (`vide`) or audio (`soun`) track with one sample entry and one `stts` run.
    struct Track {
        var handler = "vide"
        var entry = "avc1"
        var width = 1280
        var height = 720
        /// `tkhd` and `mdhd` version (0: 32-bit times, 1: 64-bit).
        var version: UInt8 = 0
        var timescale: UInt32 = 12_800
        var sampleCount: UInt32 = 120
        var sampleDelta: UInt32 = 512
        /// The `mdhd` duration; `nil` means sampleCount × sampleDelta.
        var mediaDuration: UInt64?
        /// The video sample entry's own width and height (`nil`: the same as the track's).
        var entrySize: (Int, Int)?
        var sampleRate = 48_000
        var channels = 2
        /// QuickTime sound description version (0, 1 or 2).
        var soundVersion = 0
        /// An `esds` with this object type indication inside an `mp4a` entry.
        var objectType: UInt8?
        /// An AAC AudioSpecificConfig (LC, 48 kHz) with this channel configuration after the `esds` decoder config.
        var aacChannelConfiguration: Int?
    }

    static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func be32(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
    static func be64(_ value: UInt64) -> [UInt8] { [56, 48, 40, 32, 24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] { be32(UInt32(8 + payload.count)) + ascii(type) + payload }
    /// A box with size 1 and a 64-bit `largesize`.
    static func largeBox(_ type: String, _ payload: [UInt8]) -> [UInt8] { be32(1) + ascii(type) + be64(UInt64(16 + payload.count)) + payload }
    static func fullBox(_ type: String, version: UInt8 = 0, _ payload: [UInt8]) -> [UInt8] { box(type, [version, 0, 0, 0] + payload) }

    static func ftyp(_ major: String, _ compatible: [String] = []) -> [UInt8] {
        box("ftyp", ascii(major) + be32(0) + compatible.flatMap(ascii))
    }

    /// `mvhd` with `timescale` and `duration` (64-bit in version 1).
    static func mvhd(version: UInt8 = 0, timescale: UInt32 = 1000, duration: UInt64) -> [UInt8] {
        let times = version == 1 ? be64(0) + be64(0) + be32(timescale) + be64(duration) : be32(0) + be32(0) + be32(timescale) + be32(UInt32(duration))
        return fullBox(
            "mvhd", version: version,
            times + be32(0x0001_0000) + be16(0x0100) + [UInt8](repeating: 0, count: 10)
                + [UInt8](repeating: 0, count: 36) + [UInt8](repeating: 0, count: 24) + be32(2))
    }

    static func trak(_ track: Track) -> [UInt8] {
        let v1 = track.version == 1
        let tkhd = fullBox(
            "tkhd", version: track.version,
            (v1 ? be64(0) + be64(0) : be32(0) + be32(0)) + be32(1) + be32(0) + (v1 ? be64(0) : be32(0)) + [UInt8](repeating: 0, count: 16)
                + [UInt8](repeating: 0, count: 36) + be32(UInt32(track.width) << 16) + be32(UInt32(track.height) << 16))
        let duration = track.mediaDuration ?? UInt64(track.sampleCount) * UInt64(track.sampleDelta)
        let mdhd = fullBox(
            "mdhd", version: track.version,
            (v1 ? be64(0) + be64(0) : be32(0) + be32(0)) + be32(track.timescale) + (v1 ? be64(duration) : be32(UInt32(duration))) + be16(0x55C4) + be16(0))
        let hdlr = fullBox("hdlr", be32(0) + ascii(track.handler) + [UInt8](repeating: 0, count: 12) + [0])
        let stsd = fullBox("stsd", be32(1) + sampleEntry(track))
        let stts = fullBox("stts", be32(1) + be32(track.sampleCount) + be32(track.sampleDelta))
        let stbl = box("stbl", stsd + stts + fullBox("stsz", be32(0) + be32(0)))
        let minf = box("minf", box("dinf", []) + stbl)
        return box("trak", tkhd + box("mdia", mdhd + hdlr + minf))
    }

    static func sampleEntry(_ track: Track) -> [UInt8] {
        let common = [UInt8](repeating: 0, count: 6) + be16(1)
        if track.handler == "vide" {
            let (width, height) = track.entrySize ?? (track.width, track.height)
            return box(
                track.entry,
                common + [UInt8](repeating: 0, count: 16) + be16(width) + be16(height)
                    + be32(0x0048_0000) + be32(0x0048_0000) + be32(0) + be16(1) + [UInt8](repeating: 0, count: 32) + be16(24) + be16(0xFFFF))
        }
        var sound = common + be16(track.soundVersion) + be16(0) + be32(0)
        switch track.soundVersion {
        case 2:
            sound +=
                be16(3) + be16(16) + be16(0xFFFE) + be16(0) + be32(0x0001_0000) + be32(72)
                + be64(Double(track.sampleRate).bitPattern) + be32(UInt32(track.channels)) + be32(0x7F00_0000) + be32(16) + be32(0) + be32(4) + be32(1)
        default:
            sound += be16(track.channels) + be16(16) + be16(0) + be16(0) + be32(UInt32(track.sampleRate) << 16)
            if track.soundVersion == 1 { sound += be32(1024) + be32(0) + be32(4) + be32(2) }
        }
        if let objectType = track.objectType {
            let specific: [UInt8] = track.aacChannelConfiguration.map { [0x05, 2, 0x11, 0x80 | UInt8($0) << 3] } ?? []
            let decoderConfig: [UInt8] = [0x04, UInt8(13 + specific.count), objectType, 0x15] + [UInt8](repeating: 0, count: 11) + specific
            let descriptor: [UInt8] = [0x03, 0x80, 0x80, 0x80, UInt8(3 + decoderConfig.count)] + be16(1) + [0] + decoderConfig
            sound += fullBox("esds", descriptor)
        }
        return box(track.entry, sound)
    }

    static func moov(_ header: [UInt8], _ tracks: [Track]) -> [UInt8] { box("moov", header + tracks.flatMap(trak)) }

    /// `ftyp isom` + `moov` (mvhd at 1000 units per second) + a small `mdat`.
    static func mp4(durationMilliseconds: UInt64 = 10_000, _ tracks: [Track] = [Track()]) -> Data {
        Data(ftyp("isom", ["isom", "iso2", "mp41"]) + moov(mvhd(duration: durationMilliseconds), tracks) + box("mdat", [1, 2, 3, 4]))
    }
}
