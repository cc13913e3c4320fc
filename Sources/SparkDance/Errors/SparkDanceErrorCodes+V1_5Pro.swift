import SeedanceCore

extension SparkDanceErrorCode {
    /// Seedance 1.5 Pro (`spark_dance_v1_5_pro`), "Error Codes" of https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-5-pro.
    /// Parameter errors are `invalidRequest`, the provider's task timeout is `taskFailed` (never `timeout`, which is
    /// only a local deadline), and the generation-pipeline errors (095–099) are `server`.
    package static let v1_5Pro: [SparkDanceErrorCode] = [
        .init("003015001", "content parameter missing or format error", .invalidRequest),
        .init("003015002", "content array is empty", .invalidRequest),
        .init("003015003", "duration parameter must be -1 or an integer between 4-12", .invalidRequest),
        .init("003015004", "resolution parameter must be 480p or 720p", .invalidRequest),
        .init("003015005", "ratio parameter must be 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 or adaptive", .invalidRequest),
        .init("003015006", "service_tier parameter must be default or flex", .invalidRequest),
        .init("003015010", "Task timeout", .taskFailed),
        .init("003015095", "Internal generation error", .server),
        .init("003015096", "Result parsing error", .server),
        .init("003015097", "HTTP error response", .server),
        .init("003015098", "Status check error", .server),
        .init("003015099", "Task creation error", .server),
    ]
}
