import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak resident memory around one run: on Linux the kernel's peak counter is reset first (`/proc/self/clear_refs`
/// ← 5) and read back from `VmHWM`; elsewhere `ru_maxrss`. Process-wide, so run one scenario at a time.
enum MemoryProbe {
    /// glibc's `mallopt(M_MMAP_THRESHOLD, …)` and `mallopt(M_TRIM_THRESHOLD, …)`, looked up at run time
    /// (`malloc.h` is not in the Glibc module). No effect elsewhere.
    static func tuneMalloc(mmapThreshold: Int32, trimThreshold: Int32) {
        #if os(Linux)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        _ = mallopt(-3 /* M_MMAP_THRESHOLD */, mmapThreshold)
        _ = mallopt(-1 /* M_TRIM_THRESHOLD */, trimThreshold)
        #endif
    }

    /// Gives freed heap memory back to the system (glibc `malloc_trim(0)`, looked up at run time), so one run's
    /// leftovers do not hide the next run's growth. No effect elsewhere.
    static func trim() {
        #if os(Linux)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    /// The peak resident size during `body` minus the resident size before it, in bytes.
    static func peakExtra(of body: () -> Void) -> Int {
        let before = start()
        body()
        return peakExtra(since: before)
    }

    static func start() -> Int {
        #if os(Linux)
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
        return status("VmRSS") ?? maxRSS()
        #else
        return maxRSS()
        #endif
    }

    static func peakExtra(since before: Int) -> Int {
        #if os(Linux)
        if let peak = status("VmHWM") { return max(0, peak - before) }
        #endif
        return max(0, maxRSS() - before)
    }

    /// A `/proc/self/status` field in bytes.
    private static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }

    private static func maxRSS() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }
}
