import Foundation
import SeedanceTestSupport

/// Minimal image headers for validation tests: enough bytes for format detection and dimensions.
package enum TestImages {
    /// A PNG signature and IHDR chunk declaring `width` × `height`.
    package static func png(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        bytes += [8, 2, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    /// A header-only HEIC declaring 1920×1080 (`Fixtures/images`, made by its `generate.py`).
    package static let heic = Fixtures.data("images/heic-synthetic-1920x1080.heic")
}
