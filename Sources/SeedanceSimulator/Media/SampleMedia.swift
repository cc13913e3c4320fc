import Foundation

/// The result files every simulator serves, made once per process by ``MP4Writer`` and ``PNGWriter`` (no shipped
/// binaries, so their origin is this code).
package enum SampleMedia {
    /// A 1-second, 32 × 32, 24 fps H.264 MP4 (about 37 KB).
    package static let mp4: Data = MP4Writer.mp4(width: 32, height: 32, frameCount: 24, framesPerSecond: 24)

    /// A 32 × 32 RGB PNG: the "last frame" (a colour gradient).
    package static let lastFramePNG: Data = PNGWriter.png(width: 32, height: 32) { x, y in
        (UInt8(40 + x * 6), UInt8(40 + y * 6), 160)
    }
}
