import NucEngine

/// `nucbench infer`: a model over a dataset's test images, writing each image's instance map, class
/// map (PanNuke) and prompts in the format `nucbench eval` reads (`InferredImageFiles`).
///
/// Images run one after another, the engine parallel inside, so the output bits do not depend on the
/// thread count. The pipeline is PromptNucSeg's (spec promptnucseg.md §4): `PanNukeSegmentation` for
/// PanNuke, `TiledSegmentation` for Kumar and CPM-17. Each image's embeddings are cached across the
/// requested K values, so a negatives sweep runs the encoder once per tile. An image whose files
/// already exist in every K folder is skipped (resume); the skip does not check that the earlier run
/// used the same settings.
public enum InferRun {
    /// Runs a request.
    ///
    /// The manifest, settings and dataset are checked before the (slow) checkpoints load.
    ///
    /// - Parameter request: What to run.
    /// - Returns: What was written and skipped.
    /// - Throws: `InputError` naming the file at fault: a bad manifest (`InferenceManifest`), bad
    ///   settings (`InferPlan`), a missing fold or split, predicted prompts without a prompter, an
    ///   unreadable image or label file, a checkpoint that does not load, or an output that cannot
    ///   be written.
    public static func run(_ request: InferRequest) throws -> InferOutcome {
        if request.dataset == .pannuke, request.augmentation != nil {
            throw InputError("test-time augmentation applies to Kumar and CPM-17; the official PanNuke path has none")
        }
        let manifest = try InferenceManifest(path: request.manifestPath)
        let plan = try InferPlan(request: request, manifest: manifest)
        let samples = try testSamples(request)
        let sweep = plan.negatives.count > 1
        let pending = samples.map { sample in
            plan.negatives.filter { k in
                !files(request, stem: sample.metadata.name, folder: request.outputDirectory(negatives: k, sweep: sweep))
                    .isComplete
            }
        }
        var outputs = plan.negatives.map { k in
            InferOutcome.Output(
                negatives: k, directory: request.outputDirectory(negatives: k, sweep: sweep), written: 0,
                skipped: pending.filter { !$0.contains(k) }.count)
        }
        var outcome = InferOutcome(
            modelName: manifest.name, imageCount: samples.count, outputs: outputs, encoderRuns: 0, promptCount: 0)
        guard pending.contains(where: { !$0.isEmpty }) else { return outcome }

        let source = try PromptSource(request: request, manifest: manifest, settings: plan.promptSettings)
        GEMM.threadCount = request.threads
        let segmentor = try Segmentor(checkpoint: manifest.segmentor, decoderHeads: manifest.decoderHeads)
        let progress = ProgressReporter(
            total: pending.filter { !$0.isEmpty }.count, label: "segmenting", mode: request.progress)
        for (sample, missing) in zip(samples, pending) where !missing.isEmpty {
            let image = try sample.image()
            let prompts = try source.prompts(for: sample, image: image)
            var cache = EmbeddingCache<Tensor>()
            for k in missing {
                let slot = plan.negatives.firstIndex(of: k) ?? 0
                let folder = outputs[slot].directory
                do {
                    try segment(
                        image, prompts: prompts, negatives: k, plan: plan, request: request, segmentor: segmentor,
                        cache: &cache, files: files(request, stem: sample.metadata.name, folder: folder))
                } catch let error as InputError {
                    throw error.file == nil
                        ? InputError(
                            "image '\(sample.metadata.name)': \(error.message)", file: sample.metadata.imagePath)
                        : error
                }
                outputs[slot].written += 1
                outcome.promptCount += prompts.count
            }
            outcome.encoderRuns += cache.computed
            progress.advance()
        }
        progress.finish()
        outcome.outputs = outputs
        return outcome
    }

    // MARK: - Steps

    /// The requested folds' (PanNuke) or split's images, in dataset order.
    static func testSamples(_ request: InferRequest) throws -> [DatasetSample] {
        let dataset = try Dataset.open(path: request.dataDirectory)
        if request.dataset == .pannuke {
            let present = Set(dataset.samples.compactMap(\.metadata.fold))
            if let missing = request.folds.first(where: { !present.contains($0) }) {
                let found = present.sorted().map(String.init).joined(separator: ", ")
                throw InputError(
                    "fold \(missing) is not in the data set (found folds \(found.isEmpty ? "none" : found))",
                    file: request.dataDirectory)
            }
            return dataset.samples.filter { request.folds.contains($0.metadata.fold ?? 0) }
        }
        let chosen = dataset.samples.filter { sample in
            request.split.map { sample.metadata.split == $0 } ?? sample.metadata.split.hasPrefix("test")
        }
        guard !chosen.isEmpty else {
            let splits = dataset.splitCounts.map(\.split).joined(separator: ", ")
            throw InputError(
                "no image in split '\(request.split ?? "test…")' (the data set has \(splits))",
                file: request.dataDirectory)
        }
        return chosen
    }

    /// The files of image `stem` in `folder`.
    private static func files(_ request: InferRequest, stem: String, folder: String) -> InferredImageFiles {
        InferredImageFiles(folder: folder, stem: stem, hasClasses: request.dataset == .pannuke)
    }

    /// Segments one image with negatives count `k` and writes its files.
    private static func segment(
        _ image: RGBImage, prompts: [TypedPoint], negatives k: Int, plan: InferPlan, request: InferRequest,
        segmentor: Segmentor, cache: inout EmbeddingCache<Tensor>, files: InferredImageFiles
    ) throws {
        if let settings = plan.tiledSettings(
            negatives: k, compatible: request.compatibleNegatives, augmentation: request.augmentation)
        {
            let result = try TiledSegmentation(
                image: image, prompts: prompts.map(\.point), settings: settings, segmenter: segmentor, cache: &cache)
            try files.write(
                instances: result.instances, classes: nil, width: image.width, height: image.height, prompts: prompts)
        } else {
            let result = try PanNukeSegmentation(
                image: image, prompts: prompts, segmenter: segmentor, iouThreshold: plan.panNukeThreshold,
                cache: &cache)
            try files.write(
                instances: result.instances, classes: result.classMap, width: image.width, height: image.height,
                prompts: prompts)
        }
    }
}
