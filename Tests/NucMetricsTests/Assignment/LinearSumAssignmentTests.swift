import Foundation
import NucIO
import NucMetrics
import Testing

@Suite("LinearSumAssignment")
struct LinearSumAssignmentTests {}

// MARK: - Golden scipy results

extension LinearSumAssignmentTests {
    @Test("all lsa.jsonl lines reproduce scipy 1.17.1's rows and columns exactly")
    func scipyFixtures() throws {
        let lines = try JSON.readLines(path: metricsFixturesDirectory().appendingPathComponent("lsa.jsonl").path)
        #expect(lines.count == 350)
        var matched = 0
        for line in lines {
            let index = try #require(line["index"]?.int)
            let shape = try #require(line["shape"]?.ints)
            let costRows = try #require(line["cost"]?.elements)
            let costs = try costRows.flatMap { row in try #require(row.doubles) }
            let maximize = try #require(line["maximize"]?.bool as Bool?)
            let expectedRows = try #require(line["rows"]?.ints)
            let expectedColumns = try #require(line["cols"]?.ints)
            try #require(shape.count == 2 && costs.count == shape[0] * shape[1])

            let pairs = try #require(
                LinearSumAssignment.solve(rows: shape[0], columns: shape[1], costs: costs, maximize: maximize)
            )
            let rows = pairs.map(\.row)
            let columns = pairs.map(\.column)
            #expect(rows == expectedRows, "line \(index)")
            #expect(columns == expectedColumns, "line \(index)")
            if rows == expectedRows, columns == expectedColumns { matched += 1 }
        }
        #expect(matched == 350)
    }
}

// MARK: - Optimality against independent oracles

extension LinearSumAssignmentTests {
    @Test("total cost equals brute force over all injections up to 6 × 6", arguments: [1, 2, 3, 4, 5])
    func bruteForce(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<40 {
            let rows = Int(generator.next() % 6) + 1
            let columns = Int(generator.next() % 6) + 1
            let integer = generator.next() % 2 == 0
            let costs = (0..<(rows * columns)).map { _ in
                integer ? Double(generator.next() % 4) : Double(generator.next() % 1_000_000) / 997.0
            }
            for maximize in [false, true] {
                let pairs = try #require(
                    LinearSumAssignment.solve(rows: rows, columns: columns, costs: costs, maximize: maximize)
                )
                #expect(pairs.count == min(rows, columns))
                #expect(Set(pairs.map(\.row)).count == pairs.count)
                #expect(Set(pairs.map(\.column)).count == pairs.count)
                #expect(pairs.map(\.row) == pairs.map(\.row).sorted())
                let total = pairs.reduce(0.0) { $0 + costs[$1.row * columns + $1.column] }
                let best = bestTotal(rows: rows, columns: columns, costs: costs, maximize: maximize)
                #expect(abs(total - best) <= 1e-9 * max(1, abs(best)))
            }
        }
    }

    @Test("45 × 45 integer and real matrices reach the Hungarian method's optimum", arguments: [7, 8, 9])
    func largeMatrix(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let size = 45
        let integerCosts = (0..<(size * size)).map { _ in Double(generator.next() % 20) }
        let realCosts = (0..<(size * size)).map { _ in Double(generator.next() % 1_000_000_007) / 1e9 }
        for costs in [integerCosts, realCosts] {
            let pairs = try #require(LinearSumAssignment.solve(rows: size, columns: size, costs: costs))
            #expect(pairs.map(\.row) == Array(0..<size))
            #expect(Set(pairs.map(\.column)).count == size)
            let total = pairs.reduce(0.0) { $0 + costs[$1.row * size + $1.column] }
            let reference = hungarianTotal(size: size, costs: costs)
            #expect(abs(total - reference) <= 1e-9)
        }
    }
}

// MARK: - Edge cases

extension LinearSumAssignmentTests {
    @Test("an empty dimension gives no pairs")
    func emptyDimensions() {
        #expect(LinearSumAssignment.solve(rows: 0, columns: 3, costs: []) == [])
        #expect(LinearSumAssignment.solve(rows: 4, columns: 0, costs: []) == [])
        #expect(LinearSumAssignment.solve(rows: 0, columns: 0, costs: [], maximize: true) == [])
    }

    @Test("NaN, −∞ and infeasible matrices have no assignment")
    func invalidCosts() {
        #expect(LinearSumAssignment.solve(rows: 2, columns: 2, costs: [0, .nan, 1, 2]) == nil)
        #expect(LinearSumAssignment.solve(rows: 1, columns: 2, costs: [-.infinity, 1]) == nil)
        #expect(LinearSumAssignment.solve(rows: 1, columns: 2, costs: [.infinity, 1], maximize: true) == nil)
        #expect(LinearSumAssignment.solve(rows: 2, columns: 2, costs: [.infinity, .infinity, 1, 2]) == nil)
    }

    @Test("+∞ is allowed where a finite assignment exists")
    func infiniteButFeasible() {
        let pairs = LinearSumAssignment.solve(rows: 2, columns: 2, costs: [.infinity, 1, 2, .infinity])
        #expect(pairs == [AssignedPair(row: 0, column: 1), AssignedPair(row: 1, column: 0)])
    }

    @Test("a tall matrix is solved on its transpose and reported by ascending row")
    func tallMatrix() {
        let costs: [Double] = [5, 9, 1, 8, 7, 0]
        let pairs = LinearSumAssignment.solve(rows: 3, columns: 2, costs: costs)
        #expect(pairs == [AssignedPair(row: 1, column: 0), AssignedPair(row: 2, column: 1)])
    }

    @Test("a constant square matrix gives the identity, as scipy's reversed column list ensures")
    func constantMatrix() {
        let pairs = LinearSumAssignment.solve(rows: 4, columns: 4, costs: [Double](repeating: 3, count: 16))
        #expect(pairs?.map(\.column) == [0, 1, 2, 3])
    }
}

// MARK: - Oracles

extension LinearSumAssignmentTests {
    /// Minimum (or maximum) total over every injection of the smaller side into the larger.
    private func bestTotal(rows: Int, columns: Int, costs: [Double], maximize: Bool) -> Double {
        let transpose = rows > columns
        let small = transpose ? columns : rows
        let large = transpose ? rows : columns
        func cost(_ smallIndex: Int, _ largeIndex: Int) -> Double {
            transpose ? costs[largeIndex * columns + smallIndex] : costs[smallIndex * columns + largeIndex]
        }
        var best = maximize ? -Double.infinity : Double.infinity
        var used = [Bool](repeating: false, count: large)
        func search(_ index: Int, _ total: Double) {
            if index == small {
                best = maximize ? max(best, total) : min(best, total)
                return
            }
            for candidate in 0..<large where !used[candidate] {
                used[candidate] = true
                search(index + 1, total + cost(index, candidate))
                used[candidate] = false
            }
        }
        search(0, 0)
        return best
    }

    /// Classic O(n³) Hungarian method with potentials (a different algorithm from scipy's).
    private func hungarianTotal(size: Int, costs: [Double]) -> Double {
        var u = [Double](repeating: 0, count: size + 1)
        var v = [Double](repeating: 0, count: size + 1)
        var match = [Int](repeating: 0, count: size + 1)
        var way = [Int](repeating: 0, count: size + 1)
        for row in 1...size {
            match[0] = row
            var column0 = 0
            var minimum = [Double](repeating: .infinity, count: size + 1)
            var used = [Bool](repeating: false, count: size + 1)
            repeat {
                used[column0] = true
                let row0 = match[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...size where !used[column] {
                    let current = costs[(row0 - 1) * size + column - 1] - u[row0] - v[column]
                    if current < minimum[column] {
                        minimum[column] = current
                        way[column] = column0
                    }
                    if minimum[column] < delta {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...size {
                    if used[column] {
                        u[match[column]] += delta
                        v[column] -= delta
                    } else {
                        minimum[column] -= delta
                    }
                }
                column0 = column1
            } while match[column0] != 0
            repeat {
                let column1 = way[column0]
                match[column0] = match[column1]
                column0 = column1
            } while column0 != 0
        }
        var total = 0.0
        for column in 1...size { total += costs[(match[column] - 1) * size + column - 1] }
        return total
    }
}
