import NucIO
import Testing

@Suite struct MoNuSegAnnotationRasterizationTests {}

// MARK: - Against the Python port of HoVer-Net's conversion

extension MoNuSegAnnotationRasterizationTests {
    @Test(arguments: AnnotationFixtures.variants)
    func instanceMapEqualsThePythonReference(variant: AnnotationFixtures.Variant) throws {
        let size = try #require(AnnotationFixtures.cases[variant.name])
        let (height, width) = (try #require(size["height"]?.int), try #require(size["width"]?.int))
        let annotation = try MoNuSegAnnotation.read(path: AnnotationFixtures.path(variant.name))
        let (instances, _) = annotation.rasterize(
            height: height, width: width, order: variant.order, numbering: variant.numbering, fill: variant.fill)
        let expected = try NpyFile(path: variant.expectedPath).instanceMap()
        #expect(instances.ids == expected.ids)
        let differing = zip(instances.indices, expected.indices).filter { $0 != $1 }.count
        #expect(differing == 0, "\(differing) pixels differ")
        #expect(instances.hasBackground == expected.hasBackground)
    }

    @Test(arguments: AnnotationFixtures.variants.filter { $0.numbering == .regionOrder })
    func reportEqualsThePythonReference(variant: AnnotationFixtures.Variant) throws {
        let size = try #require(AnnotationFixtures.cases[variant.name])
        let expected = try #require(size["reports"]?["\(variant.order)_\(variant.fill)"])
        let annotation = try MoNuSegAnnotation.read(path: AnnotationFixtures.path(variant.name))
        let (_, report) = annotation.rasterize(
            height: size["height"]?.int ?? 0, width: size["width"]?.int ?? 0, order: variant.order,
            fill: variant.fill)
        let regions = (expected["regions"]?.elements ?? []).map { region in
            [region["number"]?.int, region["area"]?.int, region["visible"]?.int, region["clipped"]?.int]
        }
        #expect(report.regions.map { [$0.number, $0.area, $0.visiblePixels, $0.clippedVertices] } == regions)
        let overlaps = (expected["overlaps"]?.elements ?? []).map { $0.ints ?? [] }
        #expect(report.overlaps.map { [$0.first, $0.second, $0.pixels] } == overlaps)
        let skipped = (expected["skipped"]?.elements ?? []).map { [$0["number"]?.int, $0["vertices"]?.int] }
        #expect(report.skippedRegions.map { [$0.number, $0.vertexCount] } == skipped)
    }

    @Test func fixturesCoverEveryVariant() {
        #expect(AnnotationFixtures.cases.keys.sorted() == ["monuseg_random", "monuseg_small"])
        #expect(AnnotationFixtures.variants.count == 14)
    }

    @Test func fillsDifferOnlyForRegionsCrossingTheBorder() throws {
        let annotation = try MoNuSegAnnotation.read(path: AnnotationFixtures.path("monuseg_random"))
        let (old, report) = annotation.rasterize(height: 72, width: 96, fill: .openCV3)
        let new = annotation.rasterize(height: 72, width: 96, fill: .openCV4).instances
        let crossing = Set(report.regions.filter { $0.clippedVertices > 0 }.map { Int64($0.number) })
        func regions(of map: InstanceMap) -> [Int64] { map.indices.map { $0 == 0 ? 0 : map.ids[Int($0) - 1] } }
        let differing = zip(regions(of: old), regions(of: new)).filter { $0 != $1 }
        #expect(differing.count == 7)
        #expect(differing.allSatisfy { [$0.0, $0.1].allSatisfy { $0 == 0 || crossing.contains($0) } })
    }

    @Test func ordersDisagreeWhereTheyShould() throws {
        let annotation = try MoNuSegAnnotation.read(path: AnnotationFixtures.path("monuseg_small"))
        let hoverNet = annotation.rasterize(height: 40, width: 48)
        let larger = annotation.rasterize(height: 40, width: 48, order: .largerOnTop)
        let file = annotation.rasterize(height: 40, width: 48, order: .fileOrder)
        #expect(hoverNet.instances != larger.instances && larger.instances != file.instances)
        #expect(hoverNet.report.hiddenRegions == [7, 8] && file.report.hiddenRegions == [8])
        #expect(hoverNet.report.skippedRegions.map(\.number) == [4])
        #expect(hoverNet.report.clippedVertices == 8)
        #expect(hoverNet.report.lostPixels == hoverNet.report.regions.reduce(0) { $0 + $1.area - $1.visiblePixels })
        #expect(hoverNet.instances.ids == [1, 2, 3, 5, 6, 9, 10, 11])
    }
}

// MARK: - The rounding rule

extension MoNuSegAnnotationRasterizationTests {
    @Test func coordinatesRoundAsHoverNetTruncates() {
        let cases: [(Double, Int)] = [(0.4, 0), (0.5, 1), (2.5, 3), (-0.2, 0), (-0.7, 0), (-3.2, -2), (999.6, 1000)]
        for (coordinate, pixel) in cases {
            #expect(MoNuSegAnnotation.pixelCoordinate(coordinate) == pixel, "\(coordinate)")
        }
    }

    @Test func emptyAnnotationGivesBackgroundOnly() throws {
        let annotation = try MoNuSegAnnotation.parse(Array("<Annotations><Annotation/></Annotations>".utf8))
        let (instances, report) = annotation.rasterize(height: 4, width: 3)
        #expect(instances.count == 0 && instances.hasBackground && instances.indices == Array(repeating: 0, count: 12))
        #expect(report.regions.isEmpty && report.overlaps.isEmpty)
    }
}
