/// Namespace of the detection suites, so that `swift test --filter Detection` selects them all.
enum Detection {}
