import Foundation

// MARK: - Markdown

extension ProtocolComparison {
    /// The comparison as GitHub-flavoured Markdown: one row per protocol with its mPQ and bPQ
    /// (the mean over folds when there are several, then each fold's values), one line per
    /// protocol on why it differs, and the image counts that the empty-image rules act on.
    ///
    /// Numbers have four decimals; `n/a` marks a protocol without a multi-class score and
    /// `undefined (Kind)` a value the reference does not produce.
    public var markdown: String {
        let several = folds.count > 1
        var header = ["protocol", "reference", "mPQ", "bPQ"]
        if several { header += folds.flatMap { ["fold \($0.number) mPQ", "fold \($0.number) bPQ"] } }
        let foldList = folds.map { String($0.number) }.joined(separator: ", ")
        var lines = [
            "## Why is my mPQ not the paper's? The same predictions under every protocol",
            "",
            "PanNuke fold\(several ? "s" : "") \(foldList)"
                + (several ? "; mPQ and bPQ are the mean over folds (numpy mean) of the fold values." : "."),
            "",
            "| " + header.joined(separator: " | ") + " |",
            "|" + header.enumerated().map { $0.offset < 2 ? "---" : "---:" }.joined(separator: "|") + "|",
        ]
        for entry in ComparedProtocol.allCases {
            let perFold = folds.compactMap { $0.scores[entry] }
            guard let headline = mean(of: entry) ?? perFold.first else { continue }
            var cells = [entry.rawValue, entry.reference] + Self.cells(headline)
            if several { cells += perFold.flatMap(Self.cells) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines += ["", "Why they differ:", ""]
        lines += ComparedProtocol.allCases.map { "- **\($0.rawValue)**: \($0.whyItDiffers)" }
        lines += ["", "Images:", ""]
        lines += folds.map { fold in
            "- fold \(fold.number): \(fold.imageCount) images, \(fold.imagesWithoutGT) without GT nuclei "
                + "(\(fold.imagesEmptyOnBothSides) of them empty on both sides)"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cells(_ scores: ProtocolScores) -> [String] {
        [scores.multiClassPQ.map(text) ?? "n/a", text(scores.binaryPQ)]
    }

    private static func text(_ value: MetricResult<Double>) -> String {
        switch value {
        case .success(let number): return String(format: "%.4f", number)
        case .failure(let undefined): return "undefined (\(undefined.kind.rawValue))"
        }
    }
}
