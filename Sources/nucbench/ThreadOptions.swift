import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--threads`: how many worker threads score images in parallel.
struct ThreadOptions: ParsableArguments {
    @Option(help: "Worker threads (default: the number of online processors). Results are identical at any count.")
    var threads: Int?

    /// The thread count to use.
    var count: Int { threads ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
