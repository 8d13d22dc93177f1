import Foundation

/// The result of `InstanceEvaluation.run`: the run's scores, recomputed from its stored rows.
public struct InstanceEvaluationOutcome: Sendable {
    /// The run's name in the store.
    public let runName: String
    /// The store file.
    public let storePath: String
    /// Images scored and recorded by this call (the rest were already in the store).
    public let newlyRecorded: Int
    /// The headline numbers and per-image lists.
    public let scores: RunScores
    /// The distinct matching radii of the images, ascending.
    public let radii: [MatchRadius]

    /// A short summary for the terminal: how the numbers were computed, then every headline
    /// with its images used and skipped, then the pooled detection scores.
    public var headline: String {
        let scoresProtocol = scores.protocol
        var lines = [
            "run \(runName) in \(storePath) (\(newlyRecorded) images scored now, the rest from the store)",
            "protocol \(scoresProtocol.rawValue): \(scoresProtocol.revision)",
            "aggregation: \(scoresProtocol.aggregation); matching: IoU > 0.5; DQ epsilon "
                + MatchRadius.number(scoresProtocol.detectionEpsilon),
            "empty images: \(scoresProtocol.emptyImagePolicy)",
            "centroid radius: " + radii.map(\.description).joined(separator: "; "),
        ]
        for headline in scores.headlines {
            lines.append(
                "\(headline.metric): \(Self.text(headline.value))  \(headline.unit) used \(headline.used), "
                    + "skipped \(headline.skipped)")
        }
        if let detection = scores.detection {
            lines.append(
                "detection (HoVer-Net pairing, pooled over \(scores.imageCount) images): "
                    + "TP \(detection.counts.truePositives), FP \(detection.counts.falsePositives), "
                    + "FN \(detection.counts.falseNegatives)")
            if case .success(let values) = detection.scores {
                lines.append(
                    "  P \(Self.text(values.precision))  R \(Self.text(values.recall))  F1 \(Self.text(values.f1))")
            }
        }
        if let prompter = scores.prompter, let counts = scores.prompterCounts {
            lines.append(
                "prompter (PromptNucSeg greedy matching by score, counts pooled over \(scores.imageCount) images): "
                    + "matched \(counts.detection.matched) of \(counts.detection.predictions) predicted, "
                    + "\(counts.detection.groundTruth) true points")
            lines.append(
                "  Det P \(Self.text(.success(prompter.detection.precision)))  "
                    + "R \(Self.text(.success(prompter.detection.recall)))  "
                    + "F1 \(Self.text(.success(prompter.detection.f1)))  Cls (mean over \(prompter.classes.count) "
                    + "classes) P \(Self.text(prompter.meanClassPrecision))  R \(Self.text(prompter.meanClassRecall))  "
                    + "F1 \(Self.text(prompter.meanClassF1))")
        }
        return lines.joined(separator: "\n")
    }

    /// Four decimals, or the undefined kind.
    static func text(_ value: MetricResult<Double>) -> String {
        switch value {
        case .success(let number): return String(format: "%.4f", number)
        case .failure(let undefined): return "undefined (\(undefined.kind.rawValue))"
        }
    }
}
