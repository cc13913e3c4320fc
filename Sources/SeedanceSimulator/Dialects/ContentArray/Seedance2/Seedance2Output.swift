import Foundation

/// The pixel sizes Ark renders Seedance 2.x videos at (the output tables of
/// https://docs.byteplus.com/en/docs/ModelArk/1520757 and https://www.volcengine.com/docs/82379/1520757), and the
/// tokens a 2.x video uses: (24 × seconds + 1) frames × width × height ÷ 1024 (5 s at 720p: 108 900).
enum Seedance2Output {
    /// Width × height for `resolution` and `ratio` (`adaptive` renders as 16:9). The 2.5 line renders 480p 16:9 and
    /// 9:16 at 854 × 480 and 480 × 854 (2.0: 864 × 496 and 496 × 864). 2.5 Premium's 4K table is not published:
    /// 2.0's is used [INFERRED].
    static func size(resolution: String, ratio: String, narrow480p: Bool) -> (width: Int, height: Int) {
        let order = ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]
        let index = order.firstIndex(of: ratio) ?? 0
        let table: [(Int, Int)]
        switch resolution {
        case "480p":
            table = [
                narrow480p ? (854, 480) : (864, 496), (752, 560), (640, 640), (560, 752), narrow480p ? (480, 854) : (496, 864), (992, 432),
            ]
        case "1080p": table = [(1920, 1080), (1664, 1248), (1440, 1440), (1248, 1664), (1080, 1920), (2206, 946)]
        case "4k": table = [(3840, 2160), (3326, 2494), (2880, 2880), (2494, 3326), (2160, 3840), (4398, 1886)]
        default: table = [(1280, 720), (1112, 834), (960, 960), (834, 1112), (720, 1280), (1470, 630)]
        }
        return table[index]
    }

    /// Creates the task of a reseller's Seedance 2.0 create (`draft`, whose echo holds its duration, `-1` for the
    /// model's choice) and plans its result video at 2.0's pixel size for `resolution` and `ratio`. A `-1` duration
    /// becomes 4 … 12 s, drawn from the task's seed as content-array tasks draw it.
    static func createTask(_ draft: TaskDraft, resolution: String, ratio: String, in context: DialectContext) async -> SimulatedTask {
        let task = await context.createTask(draft)
        let size = size(resolution: resolution, ratio: ratio, narrow480p: false)
        let requested = draft.echo.duration ?? 5
        let seconds = Double(requested > 0 ? Int64(requested) : 4 + task.drawnSeed % 9)
        let video = ResultVideo(width: size.width, height: size.height, seconds: seconds)
        return await context.world.update(task.id) { $0.resultVideo = video } ?? task
    }

    /// Tokens for `seconds` of `width` × `height` at 24 fps.
    static func tokens(seconds: Double, width: Int, height: Int) -> Int64 {
        Int64(((24 * seconds + 1) * Double(width * height) / 1024).rounded())
    }
}

extension ContentArraySettings {
    /// The 2.x model these settings are for (an Ark or a Vtrix id), or `nil`.
    var seedance2: Seedance2Model? { Seedance2Model.ark(model) ?? Seedance2Model.vtrix(model) }

    /// Creates the task (``taskDraft(callbackURL:configuration:)``) and, for a 2.x model, plans its result video:
    /// the pixel size of the output tables, the task's length, and a MOV when `output_format` is `mov`.
    func createTask(callbackURL: URL?, in context: DialectContext) async -> SimulatedTask {
        let task = await context.createTask(taskDraft(callbackURL: callbackURL, configuration: context.configuration))
        guard seedance2 != nil else { return task }
        let output = ContentArrayOutput(self, task: task)
        let video = ResultVideo(width: output.width, height: output.height, seconds: output.seconds, container: extras?.outputFormat == "mov" ? .mov : .mp4)
        return await context.world.update(task.id) { $0.resultVideo = video } ?? task
    }
}
