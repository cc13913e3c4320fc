/// # SeedanceSimulator
///
/// The providers' side of every Seedance dialect, for tests, benchmarks and the CLI's embedded mode. A
/// ``Simulator`` holds a world of simulated video tasks (their lifecycle is derived from a clock, so virtual time
/// needs no timers), serves real result files (a valid MP4 and a PNG last frame), injects faults by kind and rate,
/// posts callbacks, and counts everything for tests to assert on.
///
/// It has two faces over one pure function, ``Simulator/handle(_:)``: ``SimulatorTransport``, an in-process
/// `HTTPTransport` (no sockets), and ``SimulatorServer``, a loopback HTTP/1.1 server on `127.0.0.1` with an
/// ephemeral port.
///
/// Each provider's wire format is a ``SimulatedDialect``: route matching, validation and rendering in that
/// provider's exact shapes. The simulator never imports an SDK adapter: it is a second, independent reading of the
/// provider documents, so a test that pits an adapter against it means something.
///
/// Reference media for Seedance 2.x: every simulator serves sample reference files at `GET /media/samples/<name>`
/// (`reference.mp4`, `reference.mov`, `reference.wav`, `reference.mp3`, `reference.png`, all passing the 2.x
/// checks) and hosts clients' own files: `POST /media/uploads` with the raw bytes answers
/// `{"url": "http://127.0.0.1:<port>/media/uploads/upload-<n>.<extension>"}` (no key needed; loopback only), which a
/// `reference_*` item can then name. The simulated servers read the headers of the files they host (length, pixel
/// count, frame rate, size) and hold them to the providers' rules; links to other hosts are accepted unchecked.
/// Seedance 2.x results have the documented pixel sizes and lengths, and a 2.5 task with `output_format: "mov"`
/// gets a QuickTime file.
enum SeedanceSimulatorModule {}
