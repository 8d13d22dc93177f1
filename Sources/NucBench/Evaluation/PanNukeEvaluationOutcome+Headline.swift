import Foundation

// MARK: - Human-readable headline

extension PanNukeEvaluationOutcome {
    /// A short summary for the terminal: how the numbers were computed, then mPQ and bPQ per
    /// fold, mean ± std over folds (std with ddof 0 and 1) and per-tissue rows.
    public var headline: String {
        var lines = [
            "run \(runName) in \(storePath) (\(newlyRecorded) images scored now, the rest from the store)",
            "protocol \(`protocol`.rawValue): \(`protocol`.revision)",
            "aggregation: \(`protocol`.aggregation); matching: IoU > 0.5 (no radius)",
            "empty images: images without GT nuclei skipped (NaN)",
        ]
        for fold in folds {
            lines.append(
                "fold \(fold.number): mPQ \(Self.text(fold.multiClassPQ))  bPQ \(Self.text(fold.binaryPQ))  "
                    + "images used \(fold.imagesUsed), skipped \(fold.imagesSkipped); "
                    + "classes used \(fold.classesUsed), skipped \(PanNukeClass.allCases.count - fold.classesUsed)")
        }
        if let acrossFolds {
            for (name, spread) in [("mPQ", acrossFolds.multiClassPQ), ("bPQ", acrossFolds.binaryPQ)] {
                lines.append(
                    "\(folds.count) folds \(name): \(Self.text(spread.mean)) "
                        + "± \(Self.text(spread.populationStandardDeviation)) (std ddof 0), "
                        + "± \(Self.text(spread.sampleStandardDeviation)) (ddof 1)")
            }
        }
        if let tissuesAcrossFolds {
            lines.append("per tissue (nanmean over folds of the fold's tissue value): mPQ  bPQ")
            for tissue in PanNukeTissue.allCases {
                guard let scores = tissuesAcrossFolds[tissue] else { continue }
                let name = tissue.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                lines.append("  \(name) \(Self.text(scores.multiClassPQ))  \(Self.text(scores.binaryPQ))")
            }
        }
        if let prompter, let prompterCounts {
            lines.append(
                "prompter (PromptNucSeg greedy matching by score, 12 px = 3 µm at 0.25 µm/px, counts pooled): matched "
                    + "\(prompterCounts.detection.matched) of \(prompterCounts.detection.predictions) predicted, "
                    + "\(prompterCounts.detection.groundTruth) true points")
            lines.append(
                "  Det P \(Self.text(.success(prompter.detection.precision)))  "
                    + "R \(Self.text(.success(prompter.detection.recall)))  "
                    + "F1 \(Self.text(.success(prompter.detection.f1)))  Cls (mean over \(prompter.classes.count) "
                    + "classes) P \(Self.text(prompter.meanClassPrecision))  R \(Self.text(prompter.meanClassRecall))  "
                    + "F1 \(Self.text(prompter.meanClassF1))")
        }
        return lines.joined(separator: "\n")
    }

    private static func text(_ value: MetricResult<Double>) -> String {
        switch value {
        case .success(let number): return String(format: "%.4f", number)
        case .failure(let undefined): return "undefined (\(undefined.kind.rawValue))"
        }
    }
}
