/// One matched (row, column) entry of an assignment.
public struct AssignedPair: Hashable, Sendable {
    /// Row index in the cost matrix.
    public let row: Int
    /// Column index in the cost matrix.
    public let column: Int

    /// Creates a pair.
    ///
    /// - Parameters:
    ///   - row: Row index.
    ///   - column: Column index.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
