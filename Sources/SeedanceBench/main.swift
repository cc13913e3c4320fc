// seedance-bench: the SDK's performance figures. Build and run in release:
//   swift run -c release seedance-bench [scenario|all|list] [--tasks N]
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(await BenchCommand.run(Array(CommandLine.arguments.dropFirst())))
