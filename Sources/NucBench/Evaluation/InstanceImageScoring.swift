/// The stored statistics of one Kumar / CPM-17 image against its prediction.
enum InstanceImageScoring {
    /// Scores one image.
    ///
    /// Stored: `.all` panoptic counts (`get_fast_pq`, IoU > 0.5), `.all` AJI and AJI+ counts;
    /// when both sides have class maps, panoptic counts per class of either side (each side's
    /// instance pixels of that class); the centroid detection counts of HoVer-Net's
    /// `run_nuclei_type_stat` (float32 centroids, dummy points for empty sides, radius
    /// inclusive), typed by majority vote, or all of type 0 without classes. A map without a
    /// background pixel makes every segmentation statistic `ValueError`, as `remap_label` does.
    ///
    /// - Parameters:
    ///   - index: The image's position among the test images.
    ///   - sample: The ground-truth sample.
    ///   - prediction: The prediction.
    ///   - radius: The matching radius in pixels.
    /// - Returns: The image's statistics.
    /// - Throws: `InputError` naming the prediction when its size differs from the ground truth,
    ///   or a file cannot be read.
    static func statistics(index: Int, sample: DatasetSample, prediction: PredictedImage, radius: Double) throws
        -> ImageStatistics
    {
        let labels = try sample.labels()
        let truth = labels.instances
        let predicted = prediction.instances
        guard truth.height == predicted.height, truth.width == predicted.width else {
            throw InputError(
                "prediction is \(predicted.height)×\(predicted.width) but the ground truth "
                    + "\(sample.metadata.labelPath) is \(truth.height)×\(truth.width)",
                file: prediction.files[0])
        }
        var image = ImageStatistics(
            index: index, name: sample.metadata.name, tissue: sample.metadata.tissue, fold: sample.metadata.fold)
        let table = try OverlapTable(gt: truth, pred: predicted)
        if let missing = missingBackground(truth: truth, prediction: predicted) {
            image.panoptic[.all] = .failure(missing)
            image.jaccard = [.aggregated: [.all: .failure(missing)], .plus: [.all: .failure(missing)]]
        } else {
            image.panoptic[.all] = .success(PanopticMatching(table).counts)
            image.jaccard = [
                .aggregated: [.all: AggregatedJaccardCounts.monuseg(table)],
                .plus: [.all: .success(AggregatedJaccardCounts.plus(table))],
            ]
        }
        if let truthClasses = labels.classes, let predictedClasses = prediction.classMap {
            let classes = Set(truthClasses).union(predictedClasses).subtracting([0]).sorted()
            for type in classes {
                let truthOfType = try restricted(truth, to: type, classMap: truthClasses)
                let predictedOfType = try restricted(predicted, to: type, classMap: predictedClasses)
                if let missing = missingBackground(truth: truthOfType, prediction: predictedOfType) {
                    image.panoptic[.type(Int(type))] = .failure(missing)
                } else {
                    let classTable = try OverlapTable(gt: truthOfType, pred: predictedOfType)
                    image.panoptic[.type(Int(type))] = .success(PanopticMatching(classTable).counts)
                }
            }
        }
        image.detection = try detection(
            truth: truth, truthClasses: labels.classes, prediction: prediction, radius: radius)
        return image
    }

    /// `remap_label` raises `ValueError` on a map without a 0 pixel (prediction first).
    private static func missingBackground(truth: InstanceMap, prediction: InstanceMap) -> Undefined? {
        if !prediction.hasBackground {
            return Undefined(.valueError, "the prediction has no background pixel (remap_label removes 0 from its ids)")
        }
        if !truth.hasBackground {
            return Undefined(
                .valueError, "the ground truth has no background pixel (remap_label removes 0 from its ids)")
        }
        return nil
    }

    /// The instance pixels whose class is `type` (`inst_map * (type_map == c)`).
    private static func restricted(_ map: InstanceMap, to type: Int32, classMap: [Int32]) throws -> InstanceMap {
        let labels = (0..<map.pixelCount).map { pixel -> Int64 in
            let slot = Int(map.indices[pixel])
            return classMap[pixel] == type && slot > 0 ? map.ids[slot - 1] : 0
        }
        return try InstanceMap(height: map.height, width: map.width, labels: labels)
    }

    /// HoVer-Net's per-image centroid counts.
    private static func detection(
        truth: InstanceMap, truthClasses: [Int32]?, prediction: PredictedImage, radius: Double
    ) throws -> DetectionCounts {
        let truthTypes = truthClasses.map { truth.typeVotes(classMap: $0) } ?? Array(repeating: 0, count: truth.count)
        let predictionTypes = prediction.instanceTypes ?? Array(repeating: 0, count: prediction.instances.count)
        let truthPoints = zip(truth.centroids(convention: .fullImage), truthTypes).map { TypedPoint($0, type: $1) }
        let predictedPoints = zip(prediction.centroids, predictionTypes).map { TypedPoint($0, type: $1) }
        switch DetectionCounts.image(
            groundTruth: truthPoints, predictions: predictedPoints, radius: radius, precision: .float32)
        {
        case .success(let counts): return counts
        case .failure(let undefined): throw InputError("centroids: \(undefined.reason)", file: prediction.files[0])
        }
    }
}
