import Foundation
import NucIO
import Testing

/// The MoNuSeg XML fixtures written by `Tools/fixtures/make_xml_fixtures.py`, the instance
/// maps its independent Python port of HoVer-Net's conversion gives, and its reports
/// (`Fixtures/xml/expected.json`).
enum AnnotationFixtures {
    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xml")

    /// Each case's image size and, per paint order, its report.
    static let cases: [String: JSON] = {
        let path = directory.appendingPathComponent("expected.json").path
        return (try? JSON.read(path: path))?["cases"]?.members ?? [:]
    }()

    /// One rasterisation to check: a case, a paint order, a numbering and a fill.
    struct Variant: CustomTestStringConvertible, Sendable {
        let name: String
        let order: PaintOrder
        let numbering: InstanceNumbering
        let fill: PolygonFill

        var testDescription: String { "\(name) \(order) \(numbering) \(fill)" }

        /// The `.npy` file holding the expected labels.
        var expectedPath: String {
            directory.appendingPathComponent("\(name)_\(order)_\(numbering)_\(fill).npy").path
        }
    }

    /// Every case × paint order × numbering with the OpenCV 3 fill, and each case's
    /// defaults with the OpenCV 4 fill.
    static var variants: [Variant] {
        cases.keys.sorted().flatMap { name in
            PaintOrder.allCases.flatMap { order in
                InstanceNumbering.allCases.map { Variant(name: name, order: order, numbering: $0, fill: .openCV3) }
            } + [Variant(name: name, order: .hoverNetKumar, numbering: .regionOrder, fill: .openCV4)]
        }
    }

    /// The path of a case's XML file.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name + ".xml").path
    }

    /// The bytes of a case's XML file.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}
