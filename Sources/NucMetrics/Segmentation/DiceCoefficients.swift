/// The Dice coefficients of HoVer-Net's `stats_utils` (metrics spec §6).
public enum DiceCoefficients {
    /// Binary foreground Dice (`get_dice_1`): 2·|T∩P| / (|T| + |P|).
    ///
    /// - Parameter table: Areas and overlaps.
    /// - Returns: The coefficient, or `.notANumber` when neither map has foreground.
    public static func binary(_ table: OverlapTable) -> MetricResult<Double> {
        let intersection = table.overlaps.reduce(0) { $0 + $1.intersection }
        let total = table.gtAreas.reduce(0, +) + table.predAreas.reduce(0, +)
        guard total != 0 else { return .failure(Undefined(.notANumber, "Dice of two empty foregrounds (0 / 0)")) }
        return .success(2.0 * Double(intersection) / Double(total))
    }

    /// Ensemble Dice (`get_dice_2`, `get_fast_dice_2`): over every overlapping pair,
    /// 2·Σ inter / Σ (area(t) + area(p)).
    ///
    /// - Parameter table: Areas and overlaps.
    /// - Returns: The coefficient, or `.zeroDivisionError` when no pair overlaps
    ///   (the reference divides Python integers 0 / 0).
    public static func ensemble(_ table: OverlapTable) -> MetricResult<Double> {
        var intersection = 0
        var total = 0
        for overlap in table.overlaps {
            intersection += overlap.intersection
            total += table.gtAreas[overlap.gt] + table.predAreas[overlap.pred]
        }
        guard total != 0 else {
            return .failure(Undefined(.zeroDivisionError, "ensemble Dice without any overlapping pair (0 / 0)"))
        }
        return .success(Double(2 * intersection) / Double(total))
    }
}
