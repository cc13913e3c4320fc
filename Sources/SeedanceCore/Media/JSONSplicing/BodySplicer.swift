import Foundation

/// Puts the strings ``TreeEncoder`` set aside back into the small JSON `JSONEncoder` wrote for the rest of the body,
/// replacing each `<marker><index>` placeholder. One allocation of the final size; each string is copied once.
enum BodySplicer {
    /// `skeleton` with every placeholder replaced by `strings[index]`, byte for byte.
    ///
    /// - Throws: ``SplicingError`` if a placeholder is missing, repeated or unknown (a bug, never expected).
    static func splice(_ skeleton: Data, marker: String, strings: [String]) throws -> Data {
        let markerBytes = Array(marker.utf8)
        let payload = strings.reduce(0) { $0 + $1.utf8.count }
        var output = Data(capacity: skeleton.count + payload)
        var used = [Bool](repeating: false, count: strings.count)
        try skeleton.withUnsafeBytes { (body: UnsafeRawBufferPointer) in
            let bytes = body.bindMemory(to: UInt8.self)
            var copied = 0
            var searchFrom = 0
            while let start = firstIndex(of: markerBytes, in: bytes, from: searchFrom) {
                var end = start + markerBytes.count
                var index = 0
                while end < bytes.count, (0x30...0x39).contains(bytes[end]), index < strings.count {
                    index = index * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                guard end > start + markerBytes.count, index < strings.count, !used[index] else { throw SplicingError() }
                used[index] = true
                output.append(UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                var text = strings[index]
                text.withUTF8 { output.append($0) }
                copied = end
                searchFrom = end
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        guard !used.contains(false) else { throw SplicingError() }
        return output
    }

    private static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first && needle.indices.allSatisfy({ haystack[index + $0] == needle[$0] }) { return index }
            index += 1
        }
        return nil
    }
}

/// A placeholder was not found exactly once in the encoded skeleton.
struct SplicingError: Error, CustomStringConvertible {
    var description: String { "a long string placeholder was not found exactly once in the encoded body" }
}
