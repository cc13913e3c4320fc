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
enum SeedanceSimulatorModule {}
