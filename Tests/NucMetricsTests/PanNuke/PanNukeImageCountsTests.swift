import NucMetrics
import Testing

@Suite("PanNukeImageCounts")
struct PanNukeImageCountsTests {}

private typealias Maps = PanNukeTestMaps

// MARK: - The NaN rules of metrics spec §9.2

extension PanNukeImageCountsTests {
    @Test("a perfect match scores 1 / (1 + 1e-6) in bPQ, its class and mPQ; other classes are NaN")
    func perfectMatch() throws {
        let gt = try Maps.masks([0: [1: [0, 1]]])
        let pred = try Maps.masks([0: [5: [0, 1]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binaryPQ.value == Maps.perfect)
        #expect(image.classPQ[0].value == Maps.perfect)
        #expect(image.classPQ[1...].allSatisfy(Maps.isNaN))
        #expect(image.multiClassPQ.value == Maps.perfect)
        #expect(image.referenceException == nil)
    }

    @Test("an image without GT nuclei is NaN everywhere, whatever was predicted")
    func emptyGroundTruth() throws {
        let image = try PanNukeImageCounts(gt: try Maps.masks([:]), pred: try Maps.masks([2: [3: [4, 5]]]))
        #expect(Maps.isNaN(image.binaryPQ))
        #expect(image.classPQ.allSatisfy(Maps.isNaN))
        #expect(Maps.isNaN(image.multiClassPQ))
    }

    @Test("a false positive in a class absent from the GT costs only bPQ")
    func absentClassUnpenalised() throws {
        let gt = try Maps.masks([0: [1: [0, 1]]])
        let pred = try Maps.masks([0: [1: [0, 1]], 1: [4: [10, 11]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(Maps.isNaN(image.classPQ[1]))
        #expect(image.multiClassPQ.value == Maps.perfect)
        #expect(image.binary.value == PanopticCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0, iouSum: 1))
        #expect(image.binaryPQ.value == (1.0 / 1.5) * Maps.perfect)
    }

    @Test("a GT class with an empty prediction scores 0")
    func emptyPredictedClass() throws {
        let gt = try Maps.masks([0: [1: [0, 1]], 2: [7: [12, 13, 14]]])
        let pred = try Maps.masks([0: [1: [0, 1]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.classPQ[2].value == 0)
        #expect(image.multiClassPQ.value == (Maps.perfect + 0) / 2)
    }
}

// MARK: - Reference exceptions

extension PanNukeImageCountsTests {
    @Test("a predicted channel without a 0 pixel raises ValueError in binarize and in its class remap")
    func channelWithoutBackground() throws {
        let gt = try Maps.masks([0: [1: [0, 1]]])
        let pred = try Maps.masks([3: [7: Array(0..<16)]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.undefined?.kind == .valueError)
        #expect(image.classes[3].undefined?.kind == .valueError)
        #expect(image.referenceException?.kind == .valueError)
        #expect(image.referenceException?.reason.contains("prediction channel 3") == true)
        let fold = try PanNukeFoldScores.scores(of: [image], tissues: ["Colon"])
        #expect(fold.undefined?.kind == .valueError)
    }

    @Test("a GT instance overwritten by a later channel leaves a gap: binary IndexError, classes unaffected")
    func overwrittenGroundTruth() throws {
        let gt = try Maps.masks([0: [1: [0, 1]], 1: [1: [0, 1, 2]]])
        let pred = try Maps.masks([0: [1: [0, 1]], 1: [1: [0, 1, 2]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.undefined?.kind == .indexError)
        #expect(image.classPQ[0].value == Maps.perfect)
        #expect(image.classPQ[1].value == Maps.perfect)
    }

    @Test("an unremapped prediction is scored with the masks at its ids' positions, as the reference does")
    func overwrittenPredictionMixesUpMasks() throws {
        // Binarised prediction: id 1 (channel 0, pixel 8) vanishes under channel 1, leaving
        // ids 2 {0, 1}, 3 {8…11}, 4 {14, 15}. The reference scores id 2 with the mask of
        // id 3 and id 3 with that of id 4, so neither GT nucleus is matched.
        let gt = try Maps.masks([0: [1: [0, 1], 2: [8, 9, 10, 11]]])
        let pred = try Maps.masks([0: [1: [8], 2: [0, 1]], 1: [1: [8, 9, 10, 11], 2: [14, 15]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.value == PanopticCounts(truePositives: 0, falsePositives: 3, falseNegatives: 2, iouSum: 0))
        #expect(image.binaryPQ.value == 0)
        #expect(
            image.classes[0].value == PanopticCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1, iouSum: 1))
    }

    @Test("an unremapped prediction raises IndexError when an id beyond its list touches a GT nucleus")
    func overwrittenPredictionIndexError() throws {
        let gt = try Maps.masks([0: [1: [0, 1], 2: [8, 9, 10, 11]]])
        let pred = try Maps.masks([0: [1: [8], 2: [0, 1]], 1: [1: [8, 9, 10], 2: [11, 15]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.undefined?.kind == .indexError)
    }

    @Test("a prediction covering every pixel loses its smallest id from the list (no 0 to drop)")
    func predictionWithoutBackground() throws {
        // Channels 0 and 1 each keep a 0 pixel, but together they cover the image: the
        // reference drops id 1 as if it were background and scores id k with mask k + 1.
        let gt = try Maps.masks([0: [1: [0, 1]]])
        let pred = try Maps.masks([0: [1: Array(0..<8)], 1: [1: [0, 1], 2: Array(8..<16)]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        // Ids: 1 {2…7}, 2 {0, 1}, 3 {8…15}; GT touches id 2, scored with mask 3: IoU 0.
        #expect(image.binary.value == PanopticCounts(truePositives: 0, falsePositives: 2, falseNegatives: 1, iouSum: 0))
    }
}

// MARK: - Stored values versus int32 class maps

extension PanNukeImageCountsTests {
    @Test("binarize compares values as stored; class maps truncate them to int32")
    func fractionalValues() throws {
        let gt = try Maps.masks([0: [1.0: [0, 1], 1.5: [2, 3]]])
        let pred = try Maps.masks([0: [1: [0, 1, 2, 3]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        // Binary: two GT nuclei of 2 px against one of 4 px: IoU 0.5 is not a match.
        #expect(image.binary.value == PanopticCounts(truePositives: 0, falsePositives: 1, falseNegatives: 2, iouSum: 0))
        // Class 0: 1.0 and 1.5 both truncate to 1, one nucleus of 4 px.
        #expect(image.classPQ[0].value == Maps.perfect)
    }

    @Test("values below 1 are nuclei for binarize and background in the class maps")
    func valuesBelowOne() throws {
        let gt = try Maps.masks([0: [1: [0, 1], 0.5: [8, 9]]])
        let pred = try Maps.masks([0: [1: [0, 1]]])
        let image = try PanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.value == PanopticCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1, iouSum: 1))
        #expect(image.classPQ[0].value == Maps.perfect)
    }

    @Test("negative, non-finite and out-of-int32 values are input errors", arguments: [-1.0, .nan, .infinity, 3e9])
    func invalidValues(value: Double) {
        #expect(throws: InputError.self) { try Maps.masks([2: [value: [5]]]) }
    }

    @Test("wrong channel counts and sizes are input errors")
    func invalidShapes() throws {
        #expect(throws: InputError.self) { try PanNukeMasks(height: 4, width: 4, channels: []) }
        #expect(throws: InputError.self) {
            try PanNukeMasks(height: 4, width: 4, channels: Array(repeating: [0, 0], count: 5))
        }
        let small = try PanNukeMasks(height: 1, width: 2, channels: Array(repeating: [0, 0], count: 5))
        #expect(throws: InputError.self) { try PanNukeImageCounts(gt: small, pred: try Maps.masks([:])) }
    }
}
