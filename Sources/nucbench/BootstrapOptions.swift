import ArgumentParser
import NucBench

/// `--bootstrap-rounds` and `--seed`: the seeded bootstrap behind every confidence interval.
struct BootstrapOptions: ParsableArguments {
    @Option(help: "Bootstrap rounds per interval (0: no intervals).")
    var bootstrapRounds: Int = ImageBootstrap.defaultRounds

    @Option(help: "Seed of the bootstrap rounds; the same seed gives the same intervals on every machine.")
    var seed: UInt64 = ImageBootstrap.defaultSeed

    /// The settings.
    var bootstrap: ImageBootstrap { ImageBootstrap(rounds: bootstrapRounds, seed: seed) }

    func validate() throws {
        if bootstrapRounds < 0 { throw ValidationError("--bootstrap-rounds must be at least 0") }
    }
}
