/// `nucbench metrics conic`: CoNIC mPQ+ and binary PQ (`compute_stats.py --mode=seg_class`).
///
/// Input: two `.npy` arrays (N, H, W, 2) of integers: channel 0 the instance map, channel 1
/// the class map (classes 1–6). Output: `pq multi_pq+ per_class_pq per_image_pq
/// per_class_totals` — the layout of `fixtures/metrics/conic/expected.json`.
public enum CoNICCalculator {
    /// Scores a CoNIC prediction.
    ///
    /// - Parameters:
    ///   - truePath: Ground truth (N, H, W, 2).
    ///   - predPath: Prediction of the same shape.
    ///   - explain: Whether to add nucbench's reason for an undefined result.
    ///   - threads: Worker threads.
    /// - Returns: The result object.
    /// - Throws: `InputError` naming the file for unreadable input or mismatched shapes.
    public static func run(truePath: String, predPath: String, explain: Bool, threads: Int) throws -> JSON {
        let gt = try NpyFile(path: truePath)
        let pred = try NpyFile(path: predPath)
        guard gt.shape.count == 4, gt.shape[3] == 2 else {
            throw InputError("expected CoNIC labels of shape (N, H, W, 2), found \(gt.shape)", file: gt.path)
        }
        guard pred.shape == gt.shape else {
            throw InputError(
                "prediction has shape \(pred.shape) but the ground truth \(gt.path) has \(gt.shape)", file: pred.path)
        }
        let images = try parallelMap(count: gt.shape[0], threads: threads) { index in
            let (gtInstances, gtClasses) = try channels(of: gt, image: index)
            let (predInstances, predClasses) = try channels(of: pred, image: index)
            return try CoNICImageCounts(
                gtInstances: gtInstances, gtClasses: gtClasses, predInstances: predInstances, predClasses: predClasses
            )
        }
        var undefined = UndefinedFields()
        let members: [(String, JSON)]
        switch CoNICScores.scores(of: images) {
        case .success(let scores):
            members = [
                ("pq", .double(scores.binaryPQ)),
                ("multi_pq+", .double(scores.multiClassPQPlus)),
                ("per_class_pq", .array(scores.perClassPQ.map(JSON.double))),
                ("per_image_pq", .array(scores.perImagePQ.map(JSON.double))),
                (
                    "per_class_totals",
                    .array(
                        scores.perClassTotals.map { totals in
                            .object([
                                ("tp", .double(Double(totals.truePositives))),
                                ("fp", .double(Double(totals.falsePositives))),
                                ("fn", .double(Double(totals.falseNegatives))), ("iou_sum", .double(totals.iouSum)),
                            ])
                        })
                ),
            ]
        case .failure(let reason):
            undefined.note(reason, field: "pq")
            undefined.note(reason, field: "multi_pq+")
            members = [("pq", .null), ("multi_pq+", .null)]
        }
        return .object(members + undefined.members(explain: explain))
    }

    private static func channels(of file: NpyFile, image: Int) throws -> (InstanceMap, [Int64]) {
        let height = file.shape[1]
        let width = file.shape[2]
        let values = try file.int64Values(slice: image)
        var instances = [Int64](repeating: 0, count: height * width)
        var classes = [Int64](repeating: 0, count: height * width)
        for pixel in 0..<(height * width) {
            instances[pixel] = values[2 * pixel]
            classes[pixel] = values[2 * pixel + 1]
        }
        do {
            return (try InstanceMap(height: height, width: width, labels: instances), classes)
        } catch let error as InputError {
            throw InputError("image \(image): \(error.message)", file: file.path)
        }
    }
}
