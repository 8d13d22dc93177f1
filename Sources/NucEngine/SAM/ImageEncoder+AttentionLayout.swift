extension ImageEncoder {
    /// Where each token sits in an encoder block's attention: its window and its place in it.
    ///
    /// A windowed block pads the token grid with zeros to a multiple of the window side and
    /// attends within each window over every slot, padded ones included (spec §2.2). Only real
    /// tokens are ever stored: `order` lists them window by window, row-major inside each window,
    /// so each window's real queries, keys and values are contiguous rows. A global block is the
    /// special case of one window covering the whole grid with no padding.
    struct AttentionLayout: Sendable, Equatable {
        /// One window's real tokens: rows `start..<start + rows·columns` of the layout order.
        struct Window: Sendable, Equatable {
            /// The first row of this window in `order`.
            let start: Int
            /// The number of real token rows in the window (≤ `side`).
            let rows: Int
            /// The number of real token columns in the window (≤ `side`).
            let columns: Int

            /// The number of real tokens.
            var count: Int { rows * columns }
        }

        /// The window side K (the grid side for global attention); relative tables have 2K − 1 rows.
        let side: Int
        /// The token index (row-major in the grid) of each layout row.
        let order: [Int]
        /// The windows, in PyTorch's `window_partition` order (window rows outer).
        let windows: [Window]

        /// The number of key slots per window, real and padded.
        var slots: Int { side * side }
        /// Whether some windows hold padded slots.
        var isPadded: Bool { windows.contains { $0.count < slots } }
        /// Whether `order` is the identity.
        var isIdentity: Bool { order == Array(order.indices) }

        /// The layout of global attention over a `grid`×`grid` token map.
        ///
        /// - Parameter grid: The token grid side.
        /// - Returns: One window covering the grid.
        static func global(grid: Int) -> Self {
            Self(side: grid, order: Array(0..<(grid * grid)), windows: [Window(start: 0, rows: grid, columns: grid)])
        }

        /// The layout of windowed attention over a `grid`×`grid` token map zero-padded to a multiple of `window`.
        ///
        /// - Parameters:
        ///   - grid: The token grid side.
        ///   - window: The window side.
        /// - Returns: The windows and real-token order.
        static func windowed(grid: Int, window: Int) -> Self {
            let perSide = (grid + window - 1) / window
            var order: [Int] = []
            var windows: [Window] = []
            for windowRow in 0..<perSide {
                for windowColumn in 0..<perSide {
                    let (top, left) = (windowRow * window, windowColumn * window)
                    let rows = min(window, grid - top)
                    let columns = min(window, grid - left)
                    windows.append(Window(start: order.count, rows: rows, columns: columns))
                    for y in 0..<rows {
                        for x in 0..<columns { order.append((top + y) * grid + left + x) }
                    }
                }
            }
            return Self(side: window, order: order, windows: windows)
        }
    }
}
