import ArgumentParser

/// `--overlays N` and `--overlay-dir DIR`: PNG overlays of the worst images of an evaluation.
struct OverlayOptions: ParsableArguments {
    @Option(
        help: """
            Write PNG overlays of the N images with the lowest binary PQ (ties by image index; images \
            without GT nuclei are not ranked): contours and centroids coloured TP/FP/FN, with a legend, \
            plus index.md listing PQ, TP, FP and FN.
            """)
    var overlays: Int = 0

    @Option(help: "Folder for the overlays and index.md.")
    var overlayDir: String = "Reports/overlays"

    func validate() throws {
        if overlays < 0 { throw ValidationError("--overlays must be 0 or more") }
    }
}
