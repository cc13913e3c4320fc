import SeedanceCommand

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(await SeedanceCommand.run(Array(CommandLine.arguments.dropFirst()), interrupt: .processSIGINT()))
