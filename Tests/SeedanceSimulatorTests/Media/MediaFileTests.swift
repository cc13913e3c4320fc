import Foundation
import SeedanceSimulator
import Testing

/// Reads ISO-BMFF boxes and PNG chunks, independently of the writers.
enum MediaReader {
    static func u32(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
    }

    /// The boxes directly inside `bytes[range]`: (type, payload range).
    static func boxes(_ bytes: [UInt8], in range: Range<Int>) -> [(type: String, payload: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            let size = u32(bytes, offset)
            guard size >= 8, offset + size <= range.upperBound else { return result + [("<bad>", offset..<offset)] }
            result.append((String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self), (offset + 8)..<(offset + size)))
            offset += size
        }
        return offset == range.upperBound ? result : result + [("<trailing>", offset..<offset)]
    }

    /// The payload of the box at `path` (`["moov", "trak", "mdia"]`), descending from the top level.
    static func find(_ bytes: [UInt8], _ path: [String]) -> Range<Int>? {
        var range = 0..<bytes.count
        for type in path {
            guard let found = boxes(bytes, in: range).first(where: { $0.type == type }) else { return nil }
            range = found.payload
        }
        return range
    }
}

@Suite("Result files: MP4 and PNG")
struct MediaFileTests {
    @Test("the sample MP4 is well-formed ISO-BMFF: ftyp, moov before mdat, sample table pointing into mdat")
    func mp4Structure() throws {
        let bytes = [UInt8](SampleMedia.mp4)
        let top = MediaReader.boxes(bytes, in: 0..<bytes.count)
        #expect(top.map(\.type) == ["ftyp", "moov", "mdat"])
        #expect(Array(bytes[8..<12]) == Array("isom".utf8))
        #expect(MediaReader.find(bytes, ["moov", "mvhd"]) != nil)
        #expect(MediaReader.find(bytes, ["moov", "trak", "tkhd"]) != nil)
        let stbl = try #require(MediaReader.find(bytes, ["moov", "trak", "mdia", "minf", "stbl"]))
        #expect(MediaReader.boxes(bytes, in: stbl).map(\.type) == ["stsd", "stts", "stsc", "stsz", "stco"])
        let handler = try #require(MediaReader.find(bytes, ["moov", "trak", "mdia", "hdlr"]))
        #expect(Array(bytes[(handler.lowerBound + 8)..<(handler.lowerBound + 12)]) == Array("vide".utf8))

        let stsd = try #require(MediaReader.boxes(bytes, in: stbl).first { $0.type == "stsd" }?.payload)
        let entries = MediaReader.boxes(bytes, in: (stsd.lowerBound + 8)..<stsd.upperBound)
        #expect(entries.map(\.type) == ["avc1"])
        let avc1 = entries[0].payload
        #expect(bytes[avc1.lowerBound + 24] == 0 && bytes[avc1.lowerBound + 25] == 32)  // width 32
        #expect(MediaReader.boxes(bytes, in: (avc1.lowerBound + 78)..<avc1.upperBound).map(\.type) == ["avcC"])

        let stsz = try #require(MediaReader.boxes(bytes, in: stbl).first { $0.type == "stsz" }?.payload)
        let sampleCount = MediaReader.u32(bytes, stsz.lowerBound + 8)
        #expect(sampleCount == 24)
        let sizes = (0..<sampleCount).map { MediaReader.u32(bytes, stsz.lowerBound + 12 + 4 * $0) }
        let mdat = try #require(top.first { $0.type == "mdat" }?.payload)
        #expect(sizes.reduce(0, +) == mdat.count)
        let stco = try #require(MediaReader.boxes(bytes, in: stbl).first { $0.type == "stco" }?.payload)
        #expect(MediaReader.u32(bytes, stco.lowerBound + 8) == mdat.lowerBound)
        // Each sample is one length-prefixed IDR NAL unit (type 5).
        var offset = mdat.lowerBound
        for size in sizes {
            #expect(MediaReader.u32(bytes, offset) == size - 4)
            #expect(bytes[offset + 4] & 0x1F == 5)
            offset += size
        }
    }

    @Test(
        "ffprobe and ffmpeg accept and decode the sample MP4 (where ffmpeg is installed)",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ffprobe")), .timeLimit(.minutes(3)))
    func ffprobe() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString).mp4")
        try SampleMedia.mp4.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let probe = try Self.run(
            "/usr/bin/ffprobe",
            [
                "-v", "error", "-count_frames", "-show_entries",
                "stream=codec_name,width,height,nb_read_frames,r_frame_rate", "-of", "csv=p=0", file.path,
            ])
        #expect(probe.status == 0)
        #expect(probe.error == "")
        #expect(probe.output.trimmingCharacters(in: .whitespacesAndNewlines) == "h264,32,32,24/1,24")
        let decode = try Self.run("/usr/bin/ffmpeg", ["-v", "error", "-i", file.path, "-f", "null", "-"])
        #expect(decode.status == 0)
        #expect(decode.error == "")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    @Test(
        "PNG files: signature, IHDR, chunk CRCs, and a zlib stream of stored blocks that inflates to the pixels",
        arguments: [(1, 1), (32, 32), (200, 150)])
    func png(width: Int, height: Int) throws {
        let data = PNGWriter.png(width: width, height: height) { x, y in (UInt8(x % 256), UInt8(y % 256), 7) }
        let bytes = [UInt8](data)
        #expect(Array(bytes[0..<8]) == PNGWriter.signature)
        var offset = 8
        var chunks: [(String, [UInt8])] = []
        while offset < bytes.count {
            let length = MediaReader.u32(bytes, offset)
            let typed = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            #expect(UInt32(MediaReader.u32(bytes, offset + 8 + length)) == Checksums.crc32(typed))
            chunks.append((String(decoding: typed.prefix(4), as: UTF8.self), Array(typed.dropFirst(4))))
            offset += 12 + length
        }
        #expect(offset == bytes.count)
        #expect(chunks.map(\.0) == ["IHDR", "IDAT", "IEND"])
        #expect(MediaReader.u32(chunks[0].1, 0) == width && MediaReader.u32(chunks[0].1, 4) == height)
        #expect(Array(chunks[0].1[8..<13]) == [8, 2, 0, 0, 0])

        // Inflate the stored blocks by hand.
        let zlib = chunks[1].1
        #expect((Int(zlib[0]) << 8 | Int(zlib[1])) % 31 == 0)
        var raw: [UInt8] = []
        var position = 2
        var final = false
        while !final {
            final = zlib[position] & 1 == 1
            #expect(zlib[position] & 0b110 == 0)
            let length = Int(zlib[position + 1]) | Int(zlib[position + 2]) << 8
            let complement = Int(zlib[position + 3]) | Int(zlib[position + 4]) << 8
            #expect(length ^ complement == 0xFFFF)
            raw += zlib[(position + 5)..<(position + 5 + length)]
            position += 5 + length
        }
        #expect(UInt32(MediaReader.u32(zlib, position)) == Checksums.adler32(raw))
        #expect(position + 4 == zlib.count)
        #expect(raw.count == height * (1 + 3 * width))
        let lastRow = (height - 1) * (1 + 3 * width)
        #expect(raw[lastRow] == 0)
        #expect(Array(raw[(lastRow + 1 + 3 * (width - 1))...(lastRow + 3 * width)]) == [UInt8((width - 1) % 256), UInt8((height - 1) % 256), 7])
    }

    @Test("checksums match known values")
    func checksums() {
        #expect(Checksums.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksums.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }
}
