/// Paints kept masks into instance and class maps as PromptNucSeg does: in reverse keep order
/// (lowest score first), the i-th painted mask getting id i + 1, so higher scores overwrite lower.
///
/// ref: PromptNucSeg fce0290 `segmentor/main.py: evaluate` (`order = keep_by_nms[::-1]`); spec
/// promptnucseg.md §4.2–4.4.
public enum InstancePainting {
    /// An instance map of the kept masks.
    ///
    /// - Parameters:
    ///   - masks: The candidate masks.
    ///   - keep: Indices into `masks`, highest score first (the NMS result).
    ///   - width: The map's width.
    ///   - height: The map's height.
    /// - Returns: The row-major instance map, 0 background.
    public static func instances(_ masks: [RegionMask], keep: [Int], width: Int, height: Int) -> [Int32] {
        var map = [Int32](repeating: 0, count: width * height)
        for (id, index) in keep.reversed().enumerated() {
            masks[index].paint(Int32(id + 1), into: &map, width: width, height: height)
        }
        return map
    }

    /// The reference's per-class instance maps: each kept mask is painted, with its id from the
    /// shared painting order, into the channel of its prompt's class; channels are independent.
    ///
    /// - Parameters:
    ///   - masks: The candidate masks.
    ///   - classes: Each mask's 0-based class.
    ///   - classCount: The number of channels.
    ///   - keep: Indices into `masks`, highest score first.
    ///   - width: The maps' width.
    ///   - height: The maps' height.
    /// - Returns: `classCount` row-major instance maps.
    public static func classChannels(
        _ masks: [RegionMask], classes: [Int], classCount: Int, keep: [Int], width: Int, height: Int
    ) -> [[Int32]] {
        var channels = [[Int32]](repeating: [Int32](repeating: 0, count: width * height), count: classCount)
        for (id, index) in keep.reversed().enumerated() where (0..<classCount).contains(classes[index]) {
            masks[index].paint(Int32(id + 1), into: &channels[classes[index]], width: width, height: height)
        }
        return channels
    }

    /// nucbench's single class map: each pixel takes the 1-based class of the mask that owns it in
    /// the instance map (the highest-scoring mask covering it), 0 background.
    ///
    /// - Parameters:
    ///   - masks: The candidate masks.
    ///   - classes: Each mask's 0-based class.
    ///   - keep: Indices into `masks`, highest score first.
    ///   - width: The map's width.
    ///   - height: The map's height.
    /// - Returns: The row-major class map.
    public static func classMap(_ masks: [RegionMask], classes: [Int], keep: [Int], width: Int, height: Int)
        -> [UInt8]
    {
        var map = [UInt8](repeating: 0, count: width * height)
        for index in keep.reversed() {
            masks[index].paint(UInt8(clamping: classes[index] + 1), into: &map, width: width, height: height)
        }
        return map
    }
}
