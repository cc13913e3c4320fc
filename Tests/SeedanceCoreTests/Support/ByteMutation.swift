import Foundation
import SeedanceSimulator

extension SeededRandom {
    /// A value in `0..<bound` (0 when `bound` is 0).
    mutating func next(below bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    /// `bytes` after 1–4 random edits: a truncation, an overwritten byte, up to 7 inserted bytes, a 0xFF run over
    /// four bytes (the classic size overflow) and, with `smallSizes`, a 32-bit 0…7 over four bytes (the classic
    /// box or chunk size that loops or underflows).
    mutating func mutated(_ original: [UInt8], smallSizes: Bool = false) -> [UInt8] {
        var bytes = original
        for _ in 0..<(1 + next(below: 4)) {
            switch next(below: smallSizes ? 5 : 4) {
            case 0:
                bytes = Array(bytes.prefix(next(below: bytes.count + 1)))
            case 1 where !bytes.isEmpty:
                bytes[next(below: bytes.count)] = UInt8(truncatingIfNeeded: next())
            case 2:
                let position = next(below: bytes.count + 1)
                bytes.insert(contentsOf: (0..<next(below: 8)).map { _ in UInt8(truncatingIfNeeded: next()) }, at: position)
            case 3 where bytes.count > 4:
                let position = next(below: bytes.count - 4)
                bytes.replaceSubrange(position..<position + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
            case 4 where bytes.count > 4:
                let position = next(below: bytes.count - 4)
                bytes.replaceSubrange(position..<position + 4, with: [0, 0, 0, UInt8(next(below: 8))])
            default:
                break
            }
        }
        return bytes
    }
}

extension SeededRandom {
    /// `count` inputs: each magic in turn, followed by 0 to `maxTail - 1` random bytes.
    mutating func randomTails(behind magics: [[UInt8]], count: Int, maxTail: Int) -> [Data] {
        (0..<count).map { index in
            let tail = (0..<next(below: maxTail)).map { _ in UInt8(truncatingIfNeeded: next()) }
            return Data(magics[index % magics.count] + tail)
        }
    }
}
