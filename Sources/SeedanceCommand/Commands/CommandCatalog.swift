/// Every `seedance` subcommand with its options: the single source for parsing and help.
enum CommandCatalog {
    static let connection: [OptionSpec] = [
        .value("provider", "NAME", "The provider dialect (see 'seedance providers'); default: $SEEDANCE_PROVIDER, else the provider whose own key is set."),
        .value("base-url", "URL", "Override the provider's base URL (https, or http to a loopback host)."),
        .flag("json", "Print machine-readable JSON instead of text."),
    ]

    static let request: [OptionSpec] = [
        .value("model", "ID", "Model id (default: the provider's default model; see 'seedance providers')."),
        .value("first-frame", "PATH|URL|asset://ID", "First frame image: a local file, an http(s) URL or a provider asset."),
        .value("last-frame", "PATH|URL|asset://ID", "Last frame image (needs --first-frame)."),
        .repeatable(
            "reference-image", "PATH|URL|asset://ID", "Reference image (Seedance 2.x reference mode; not with --first-frame/--last-frame)."),
        .repeatable(
            "reference-video", "PATH|URL|asset://ID",
            "Reference video (mp4/mov, never sent inline): an http(s) URL or asset; a local file only with the embedded simulator."),
        .repeatable("reference-audio", "PATH|URL|asset://ID", "Reference audio clip (wav/mp3): a local file, an http(s) URL or asset."),
        .value("task-type", "TYPE", "What a Seedance 2.5 reference task does: auto, reference, edit or extend."),
        .value("resolution", "RES", "Output resolution, e.g. 480p, 720p, 1080p, 4k (see 'seedance providers')."),
        .value("ratio", "RATIO", "Aspect ratio, e.g. 16:9, 9:16, 1:1, adaptive."),
        .value("duration", "SECONDS|auto", "Video length in seconds (2.0: 4…15, 2.5: 4…30), or auto where the model allows it."),
        .value("frames", "N", "Exact frame count (25+4n within 29…289, Seedance 1.0 only)."),
        .value("fps", "N", "Frames per second, where the provider takes it (24)."),
        .value("output-format", "FORMAT", "Output container: mp4 or mov (Seedance 2.5)."),
        .flag("audio", "Generate a sound track (Seedance 1.5 Pro and 2.x).", negation: "no-audio"),
        .flag("camera-fixed", "Keep the camera still (Seedance 1.x).", negation: "no-camera-fixed"),
        .value("seed", "N", "Random seed (-1 for random)."),
        .flag("watermark", "Add the provider's watermark.", negation: "no-watermark"),
        .flag("web-search", "Let the model search the web for the prompt (Seedance 2.0 and 2.5).", negation: "no-web-search"),
        .value("priority", "N", "Queue priority among your own tasks, 0…9 (Seedance 2.x)."),
        .value("safety-identifier", "TEXT", "A hashed id of your end user for the provider's safety checks (at most 64 characters)."),
        .value("service-tier", "TIER", "default or flex (Seedance 1.x)."),
        .value("expires-after", "SECONDS", "Abandon the task after this many seconds (3600…259200)."),
        .value("callback-url", "URL", "Where the provider should POST the result."),
        .flag("return-last-frame", "Also return the last frame as an image.", negation: "no-return-last-frame"),
        .flag("draft", "Make a cheap 480p draft (Seedance 1.5 Pro and 2.5)."),
        .value("draft-task", "ID", "Turn an earlier draft task into the final video (2.5: 1080p; 2.5 Premium: 4k)."),
    ]

    /// How long `generate` and `wait` watch a task when `--timeout` is not given: one hour. Seedance 2.x tasks take
    /// from about half a minute to several minutes, longer at 1080p/4K and 30 s, and queue behind one another when an
    /// account's concurrency is used up (one 4K task at a time on 2.0); a timeout leaves the task running.
    static let defaultTimeout: Duration = .seconds(3600)

    static let waiting: [OptionSpec] = [
        .value("timeout", "SECONDS", "Give up waiting after this many seconds (default 3600; the task keeps running)."),
        .flag("cancel-on-interrupt", "Cancel the remote task on Ctrl-C or timeout (default: leave it running)."),
    ]

    static let output: [OptionSpec] = [
        .value("out", "FILE", "Where to save the video (default: <task-id>.mp4)."),
        .value("last-frame-out", "FILE", "Where to save the last frame image, when the task has one."),
    ]

    static let all: [CommandSpec] = [
        CommandSpec(
            name: "generate", summary: "Submit a video, watch it, and download it when done.", positionals: ["<prompt>"],
            options: connection + request + waiting + output),
        CommandSpec(name: "submit", summary: "Submit a video and print its task id.", positionals: ["<prompt>"], options: connection + request),
        CommandSpec(name: "status", summary: "Print a task's status once.", positionals: ["<task-id>"], options: connection),
        CommandSpec(
            name: "wait", summary: "Watch a task until it finishes (resumes an interrupted generate).", positionals: ["<task-id>"],
            options: connection + waiting + output + [.flag("download", "Download the video when done.")]),
        CommandSpec(name: "download", summary: "Download a finished task's video.", positionals: ["<task-id>"], options: connection + output),
        CommandSpec(name: "cancel", summary: "Cancel a queued task, where the provider can.", positionals: ["<task-id>"], options: connection),
        CommandSpec(
            name: "list", summary: "List recent tasks, where the provider can.", positionals: [],
            options: connection + [
                .value("status", "STATUS", "Only tasks in this status (queued, running, succeeded, failed, cancelled, expired)."),
                .value("limit", "N", "At most this many tasks (default 20)."),
            ]),
        CommandSpec(
            name: "providers", summary: "List the provider dialects and what each supports.", positionals: [],
            options: [
                .flag("json", "Print machine-readable JSON."),
                .flag("markdown", "Print the capability matrix as the README's Markdown table."),
            ]),
        CommandSpec(
            name: "simulate", summary: "Serve the simulator on a loopback port for other clients.", positionals: [],
            options: [
                .value("port", "N", "Port on 127.0.0.1 (default: any free port)."),
                .value("completion", "SECONDS", "How long each simulated task takes (default 3)."),
            ]),
        CommandSpec(name: "help", summary: "Show help for the tool or one command.", positionals: ["[command]"], options: []),
    ]

    static func spec(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
