import Foundation
import NucBench
import Testing

extension InstanceEvaluationTests {
    /// Bad input: exact messages, nothing recorded.
    @Suite struct ErrorTests {}
}

extension InstanceEvaluationTests.ErrorTests {
    @Test func aMissingPredictionIsReportedBeforeAnythingIsScored() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            try FileManager.default.removeItem(atPath: pred + "/kumar_04.inst.npy")
            let store = root + "/store.sqlite"
            let error = #expect(throws: InputError.self) {
                try InstanceEvaluation.run(
                    InstanceEvaluationSupport.request(
                        .kumar, data: data, pred: pred, store: store, protocol: .promptnucseg))
            }
            #expect(
                error?.description
                    == "\(pred): no prediction for image 'kumar_04': expected kumar_04.inst.npy, .mat, .npy, .png, "
                    + ".tif or .tiff")
            #expect(!FileManager.default.fileExists(atPath: store))
        }
    }

    @Test func aPredictionOfAnotherSizeIsRefused() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            try NpyWriter.write([Int32](repeating: 0, count: 12), shape: [3, 4], to: pred + "/kumar_01.inst.npy")
            let error = #expect(throws: InputError.self) {
                try InstanceEvaluation.run(
                    InstanceEvaluationSupport.request(
                        .kumar, data: data, pred: pred, store: root + "/store.sqlite", protocol: .hovernet))
            }
            #expect(
                error?.description
                    == "\(pred)/kumar_01.inst.npy: prediction is 3×4 but the ground truth "
                    + "\(data)/labels/test1_ins/kumar_01.npy is 256×256")
        }
    }

    @Test func twoPredictionFilesForOneImageAreAmbiguous() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            try FileManager.default.copyItem(atPath: pred + "/kumar_02.inst.npy", toPath: pred + "/kumar_02.npy")
            let error = #expect(throws: InputError.self) {
                try InstanceEvaluation.run(
                    InstanceEvaluationSupport.request(
                        .kumar, data: data, pred: pred, store: root + "/store.sqlite", protocol: .hovernet))
            }
            #expect(
                error?.description
                    == "\(pred): ambiguous prediction for image 'kumar_02': kumar_02.inst.npy and kumar_02.npy both "
                    + "exist; keep one")
        }
    }

    @Test func protocolsThatDoNotFitTheDataSetAreRefused() throws {
        let cases: [(EvaluationDataset, EvaluationProtocol, String)] = [
            (
                .kumar, .pannuke,
                "protocol 'pannuke' does not apply to kumar: it averages over PanNuke's tissues and five classes, "
                    + "which kumar does not have; kumar accepts promptnucseg, hovernet"
            ),
            (
                .cpm17, .conic,
                "protocol 'conic' does not apply to cpm17: it pools per-class counts of the six CoNIC (Lizard) "
                    + "classes; cpm17 accepts promptnucseg, hovernet"
            ),
            (
                .pannuke, .promptnucseg,
                "protocol 'promptnucseg' does not apply to pannuke: PromptNucSeg scores PanNuke with "
                    + "PanNuke-metrics' run.py; use --protocol pannuke; pannuke accepts pannuke, cellvit"
            ),
        ]
        for (dataset, chosen, message) in cases {
            let error = #expect(throws: InputError.self) { try dataset.validate(chosen) }
            #expect(error?.description == message)
        }
        #expect(EvaluationDataset.kumar.defaultProtocol == .promptnucseg)
        #expect(EvaluationDataset.cpm17.defaultProtocol == .promptnucseg)
        #expect(EvaluationDataset.pannuke.defaultProtocol == .pannuke)
    }

    @Test func aMicronRadiusWithoutAPixelSizeIsRefused() throws {
        let (card, _) = try InstanceEvaluationSupport.card("cpm17")
        let error = #expect(throws: InputError.self) {
            try MatchRadius(card: card, image: "image_00", microns: 3, pixels: nil)
        }
        #expect(
            error?.description
                == "--match-radius-um cannot be converted for image 'image_00': card cpm17 knows no µm/px for it; "
                + "give --match-radius-px")
        let kumar = try InstanceEvaluationSupport.card("kumar").card
        #expect(try MatchRadius(card: kumar, image: "x", microns: 2, pixels: nil).pixels == 8)
        #expect(try MatchRadius(card: kumar, image: "x", microns: 2, pixels: 10).pixels == 10)
        #expect(try MatchRadius(card: kumar, image: "x", microns: 2, pixels: 10).microns == 2.5)
    }
}
