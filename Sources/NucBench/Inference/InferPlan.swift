import NucEngine

/// The settings an `InferRun` uses, resolved from the dataset presets, the manifest's overrides and
/// the request (spec promptnucseg.md §3.7, §4, §7).
struct InferPlan: Sendable, Equatable {
    /// The negatives counts K, in request order.
    let negatives: [Int]
    /// The prompter's settings (predicted prompts only).
    let promptSettings: PromptSettings
    /// The tiled path's settings for Kumar and CPM-17 (negatives set per K), or nil for PanNuke.
    let tiled: TiledSegmentationSettings?
    /// The PanNuke path's box-NMS threshold.
    let panNukeThreshold: Double

    /// Resolves the settings.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - manifest: The model manifest.
    /// - Throws: `InputError` for an empty, negative or repeated K, K > 0 on the PanNuke path, or a
    ///   Kumar or CPM-17 run whose manifest names no variant.
    init(request: InferRequest, manifest: InferenceManifest) throws {
        var settings = PromptSettings.preset(request.dataset)
        if let spacing = manifest.spacing { settings.spacing = spacing }
        if let radius = manifest.nmsRadius { settings.nmsRadius = radius }
        if let filtering = request.maskFiltering ?? manifest.maskFiltering { settings.maskFiltering = filtering }
        promptSettings = settings
        panNukeThreshold = manifest.maskNMSThreshold ?? 0.5
        if request.dataset == .pannuke {
            tiled = nil
        } else {
            guard let variant = manifest.variant else {
                throw InputError(
                    "manifest field 'variant' is missing; the \(request.dataset.rawValue) presets depend on the "
                        + "segmentor size (b, l or h)", file: manifest.path)
            }
            var preset = Self.preset(request.dataset, variant: variant)
            if let threshold = manifest.maskNMSThreshold { preset.iouThreshold = threshold }
            if let overlap = manifest.overlap { preset.overlap = overlap }
            if let padding = manifest.padMultiple { preset.padMultiple = padding }
            tiled = preset
        }
        let counts = request.negatives ?? [tiled?.negatives.count ?? 0]
        try Self.check(counts, dataset: request.dataset)
        negatives = counts
    }

    /// The tiled settings for negatives count `k`.
    ///
    /// - Parameters:
    ///   - k: K.
    ///   - compatible: Whether the reference's lone-prompt padding labels are reproduced.
    ///   - augmentation: Test-time augmentation's prompt mapping, or nil for none.
    /// - Returns: The settings, or nil on the PanNuke path.
    func tiledSettings(
        negatives k: Int, compatible: Bool, augmentation: AugmentationView.PointMapping? = nil
    ) -> TiledSegmentationSettings? {
        guard var settings = tiled else { return nil }
        settings.negatives = NegativePrompts(count: k, compatibility: compatible ? .reference : .corrected)
        settings.augmentation = augmentation
        return settings
    }

    /// The official configuration of a tiled dataset and segmentor size (`segmentor/config/*_{b,l,h}.py`).
    private static func preset(_ dataset: PromptDataset, variant: InferenceManifest.Variant)
        -> TiledSegmentationSettings
    {
        switch (dataset, variant) {
        case (.kumar, .b): .kumarB
        case (.kumar, _): .kumarLH
        case (_, .h): .cpm17H
        default: .cpm17BL
        }
    }

    /// Checks the K values.
    private static func check(_ counts: [Int], dataset: PromptDataset) throws {
        guard !counts.isEmpty else { throw InputError("--negatives lists no K") }
        if let negative = counts.first(where: { $0 < 0 }) {
            throw InputError("--negatives: K = \(negative) is negative")
        }
        if let repeated = counts.first(where: { k in counts.filter { $0 == k }.count > 1 }) {
            throw InputError("--negatives lists K = \(repeated) twice")
        }
        if dataset == .pannuke, let k = counts.first(where: { $0 != 0 }) {
            throw InputError(
                "--negatives: K = \(k) on PanNuke; the PanNuke path never adds negative prompts "
                    + "(spec promptnucseg.md §4.2), so K must be 0")
        }
    }
}
