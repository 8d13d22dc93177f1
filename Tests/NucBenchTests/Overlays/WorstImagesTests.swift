import Testing

@testable import NucBench

/// Ranking by per-image PQ and the index that lists the overlays.
@Suite struct WorstImagesTests {
    static func image(_ index: Int, tp: Int, fp: Int, fn: Int, iouSum: Double) -> ImageStatistics {
        ImageStatistics(
            index: index, name: "fold1_\(index)", tissue: "Breast", fold: 1,
            panoptic: [
                .all: .success(
                    PanopticCounts(truePositives: tp, falsePositives: fp, falseNegatives: fn, iouSum: iouSum))
            ])
    }

    /// Five images with binary PQ ≈ 0.8, 0, undefined, ≈ 0.5 and 0.
    static let images: [ImageStatistics] = [
        image(0, tp: 2, fp: 0, fn: 0, iouSum: 1.6),  // PQ ≈ 0.8
        image(1, tp: 0, fp: 3, fn: 1, iouSum: 0),  // PQ 0
        ImageStatistics(
            index: 2, name: "fold1_2", panoptic: [.all: .failure(Undefined(.notANumber, "no GT nucleus"))]),
        image(3, tp: 1, fp: 1, fn: 0, iouSum: 0.75),  // PQ ≈ 0.5
        image(4, tp: 0, fp: 0, fn: 2, iouSum: 0),  // PQ 0, ties with image 1
    ]
}

extension WorstImagesTests {
    @Test func ranksByPQThenIndexAndSkipsUndefined() {
        let ranked = WorstImages.select(Self.images.reversed(), count: 10)
        #expect(ranked.map(\.statistics.index) == [1, 4, 3, 0])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4])
        #expect(ranked[2].panopticQuality == (1 / 1.5) * (0.75 / (1 + 1.0e-6)))
        #expect(WorstImages.select(Self.images, count: 2).map(\.statistics.index) == [1, 4])
        #expect(WorstImages.select(Self.images, count: 0).isEmpty)
    }

    @Test func epsilonIsTheProtocols() {
        let ranked = WorstImages.select(Self.images, count: 3, detectionEpsilon: 1.0e-6)
        #expect(ranked[2].panopticQuality == (1 / (1.5 + 1.0e-6)) * (0.75 / (1 + 1.0e-6)))
    }

    @Test func fileNamesArePaddedAndSafe() {
        let ranked = WorstImages.select(Self.images, count: 4)
        #expect(OverlayIndex.fileName(of: ranked[0], total: 4) == "1-fold1_1.png")
        #expect(OverlayIndex.fileName(of: ranked[0], total: 12) == "01-fold1_1.png")
        var odd = Self.image(7, tp: 1, fp: 0, fn: 0, iouSum: 1)
        odd.name = "a/b c:é"
        let oddRanked = WorstImages.select([odd], count: 1)
        #expect(OverlayIndex.fileName(of: oddRanked[0], total: 100) == "001-a_b_c__.png")
    }

    @Test func captionAndIndexListTheCounts() {
        let ranked = WorstImages.select(Self.images, count: 2)
        #expect(OverlayIndex.caption(of: ranked[0]) == "PQ 0.0000 TP 0 FP 3 FN 1")
        #expect(
            OverlayIndex.markdown(of: ranked, scoreName: "binary PQ") == """
                # Worst images by binary PQ

                Lowest PQ first, ties by image index; images whose PQ is undefined (no GT nucleus) are not ranked.
                Contours and centroids: green = matched (TP, IoU > 0.5), red = unmatched prediction (FP), \
                yellow = unmatched ground truth (FN); + marks GT centroids, x predicted ones.

                | rank | image | tissue | PQ | TP | FP | FN | overlay |
                |---:|---|---|---:|---:|---:|---:|---|
                | 1 | fold1_1 | Breast | 0.0000 | 0 | 3 | 1 | [1-fold1_1.png](1-fold1_1.png) |
                | 2 | fold1_4 | Breast | 0.0000 | 0 | 0 | 2 | [2-fold1_4.png](2-fold1_4.png) |

                """)
    }
}
