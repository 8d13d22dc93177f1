import Foundation
import Testing

@testable import NucIO

@Suite struct PairedFilesTests {
    /// Creates `files` (relative paths) under a new directory and runs `body` with it.
    static func withFiles(_ files: [String], _ body: (String) throws -> Void) throws {
        try TemporaryFiles.withDirectory { directory in
            for file in files {
                let path = directory + "/" + file
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data("x".utf8).write(to: URL(fileURLWithPath: path))
            }
            try body(directory)
        }
    }
}

extension PairedFilesTests {
    @Test func pairsByNameAcrossExtensionsAndReportsTheRest() throws {
        try Self.withFiles([
            "Images/a.png", "Images/b.TIF", "Images/c.tiff", "Images/Thumbs.db", "Labels/a.mat", "Labels/b.mat",
            "Labels/z.mat", "Labels/a.npy",
        ]) { directory in
            let paired = try PairedFiles(
                imageDirectory: directory + "/Images", labelDirectory: directory + "/Labels", labelExtension: ".mat")
            #expect(paired.pairs.map(\.name) == ["a", "b"])
            #expect(paired.pairs.first?.labelPath == directory + "/Labels/a.mat")
            let kinds = paired.anomalies.map { "\($0.kind.rawValue) \($0.sample ?? $0.file ?? "")" }
            #expect(
                kinds == [
                    "unexpected-file \(directory)/Images/Thumbs.db", "unexpected-file \(directory)/Labels/a.npy",
                    "unpaired-image c", "unpaired-label z",
                ])
        }
    }

    @Test func oneFolderHoldsImagesAndLabels() throws {
        try Self.withFiles(["Test/a.tif", "Test/a.xml", "Test/b.xml", "Test/readme.md"]) { directory in
            let folder = directory + "/Test"
            let paired = try PairedFiles(imageDirectory: folder, labelDirectory: folder, labelExtension: ".xml")
            #expect(paired.pairs.map(\.name) == ["a"])
            #expect(paired.anomalies.map(\.kind) == [.unexpectedFile, .unpairedLabel])
        }
    }

    @Test func missingLabelFolderMakesEveryImageUnpaired() throws {
        try Self.withFiles(["images/x.png", "images/y.png"]) { directory in
            let paired = try PairedFiles(
                imageDirectory: directory + "/images", labelDirectory: directory + "/labels", labelExtension: ".npy")
            #expect(paired.pairs.isEmpty)
            #expect(paired.anomalies.map(\.kind) == [.unpairedImage, .unpairedImage])
        }
    }
}
