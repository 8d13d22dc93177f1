import Foundation
import Testing

@testable import NucBench

/// Progress lines on a fake clock: the terminal redraw, the plain throttle, and thread safety.
@Suite struct ProgressReporterTests {
    /// A hand-driven clock and a captured sink.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 100.0
        private var written: [String] = []

        var text: [String] {
            lock.lock()
            defer { lock.unlock() }
            return written
        }

        func set(_ seconds: Double) {
            lock.lock()
            now = seconds
            lock.unlock()
        }

        func reporter(total: Int, style: ProgressStyle) -> ProgressReporter {
            ProgressReporter(
                total: total, label: "scoring", style: style,
                clock: { [self] in
                    lock.lock()
                    defer { lock.unlock() }
                    return now
                },
                sink: { [self] text in
                    lock.lock()
                    written.append(text)
                    lock.unlock()
                })
        }
    }
}

extension ProgressReporterTests {
    @Test func lineShowsCountPercentageRateAndETA() {
        let line = ProgressLine(label: "scoring", completed: 120, total: 2656, elapsed: 4)
        #expect(line.text == "scoring 120/2656 images (4.5%), 30.0 images/s, ETA 1m25s")
        let done = ProgressLine(label: "scoring", completed: 2656, total: 2656, elapsed: 75.5)
        #expect(done.text == "scoring 2656/2656 images in 1m15s (35.2 images/s)")
        let first = ProgressLine(label: "scoring", completed: 0, total: 10, elapsed: 0)
        #expect(first.text == "scoring 0/10 images (0.0%), -- images/s, ETA --")
    }

    @Test func durationsRoundDown() {
        #expect(ProgressLine.duration(0.9) == "0s")
        #expect(ProgressLine.duration(59.99) == "59s")
        #expect(ProgressLine.duration(187) == "3m07s")
        #expect(ProgressLine.duration(7509) == "2h05m09s")
        #expect(ProgressLine.duration(.infinity) == "--")
    }

    @Test func terminalRedrawsOneLineAtMostFiveTimesASecond() {
        let recorder = Recorder()
        let reporter = recorder.reporter(total: 4, style: .terminal)
        recorder.set(101)
        reporter.advance()
        recorder.set(101.1)
        reporter.advance()
        recorder.set(102)
        reporter.advance(by: 2)
        reporter.finish()
        reporter.finish()
        #expect(
            recorder.text == [
                "\r\u{1B}[Kscoring 1/4 images (25.0%), 1.0 images/s, ETA 3s",
                "\r\u{1B}[Kscoring 4/4 images in 2s (2.0 images/s)",
                "\r\u{1B}[Kscoring 4/4 images in 2s (2.0 images/s)\n",
            ])
    }

    @Test func plainWritesEveryTenthOrEveryFiveSeconds() {
        let recorder = Recorder()
        let reporter = recorder.reporter(total: 100, style: .plain)
        for step in 1...25 {
            recorder.set(100 + Double(step) * 0.1)
            reporter.advance()
        }
        recorder.set(107.5)
        reporter.advance()
        recorder.set(110)
        reporter.advance(by: 74)
        reporter.finish()
        #expect(
            recorder.text == [
                "scoring 10/100 images (10.0%), 10.0 images/s, ETA 9s\n",
                "scoring 20/100 images (20.0%), 10.0 images/s, ETA 8s\n",
                "scoring 26/100 images (26.0%), 3.5 images/s, ETA 22s\n",
                "scoring 100/100 images in 10s (10.0 images/s)\n",
            ])
    }

    @Test func noneWritesNothing() {
        let recorder = Recorder()
        let reporter = recorder.reporter(total: 3, style: .none)
        reporter.advance(by: 3)
        reporter.finish()
        #expect(recorder.text.isEmpty)
    }

    @Test func autoFollowsTheTerminal() {
        #expect(ProgressMode.auto.style(isTerminal: true) == .terminal)
        #expect(ProgressMode.auto.style(isTerminal: false) == .plain)
        #expect(ProgressMode.plain.style(isTerminal: true) == .plain)
        #expect(ProgressMode.none.style(isTerminal: true) == .none)
    }

    @Test func concurrentAdvancesAreAllCounted() throws {
        let recorder = Recorder()
        let reporter = recorder.reporter(total: 1000, style: .plain)
        _ = try parallelMap(count: 1000, threads: 4) { _ in reporter.advance() }
        recorder.set(150)
        reporter.finish()
        #expect(recorder.text.last == "scoring 1000/1000 images in 50s (20.0 images/s)\n")
        #expect(recorder.text.count == 10)
    }
}
