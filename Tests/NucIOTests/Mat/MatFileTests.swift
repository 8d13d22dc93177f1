import Testing

@testable import NucIO

@Suite struct MatFileTests {}

// MARK: - Fixtures scipy reads

extension MatFileTests {
    @Test(arguments: MatFixtures.readableNames)
    func readsWhatScipyReads(name: String) throws {
        let expected = try #require(MatFixtures.files[name]?["variables"])
        let file = try MatFile(path: MatFixtures.path(name))
        #expect(file.variableNames == expected.keys)
        for variable in expected.keys ?? [] {
            let description = try #require(expected[variable])
            if let fragment = MatExpectation.rejection(in: description) {
                let error = expectInputError(file: file.path, containing: fragment) {
                    _ = try file.variable(variable)
                }
                #expect(error?.offset != nil)
            } else {
                MatExpectation.check(try file.variable(variable), description, at: "\(name):\(variable)")
            }
        }
    }

    @Test(arguments: MatFixtures.rejectedNames)
    func rejectsWhatScipyCannotReadOrWeDoNotSupport(name: String) throws {
        let fragment = try #require(MatFixtures.files[name]?["error"]?.text)
        let path = MatFixtures.path(name)
        expectInputError(file: path, containing: fragment) {
            let file = try MatFile(path: path)
            for variable in file.variableNames { _ = try file.variable(variable) }
        }
    }

    @Test func fixturesCoverEveryClassBothByteOrdersAndCompression() throws {
        #expect(MatFixtures.readableNames.count > 60)
        let classes = Set(
            MatFixtures.files.values.flatMap { file in
                (file["variables"]?.members ?? [:]).values.compactMap { $0["class"]?.text }
            })
        #expect(
            classes.isSuperset(of: [
                "double", "single", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "logical",
            ]))
        for name in [
            "crafted_big_endian_plain.mat", "crafted_big_endian_compressed.mat", "matlab_testdouble_6.1_SOL2.mat",
        ] {
            #expect(try MatFile(path: MatFixtures.path(name)).isBigEndian, "\(name)")
        }
        #expect(MatFixtures.rejectedNames.count >= 10)
    }
}

// MARK: - Variables

extension MatFileTests {
    @Test func missingVariableListsTheFileContents() throws {
        let path = MatFixtures.path("scipy_hovernet_plain.mat")
        let file = try MatFile(path: path)
        expectInputError(
            file: path,
            containing: "no variable named 'nope'; the file holds 'inst_map', 'type_map', 'inst_type', 'inst_centroid'"
        ) { _ = try file.variable("nope") }
    }

    @Test func plainAndCompressedFilesReadTheSame() throws {
        for stem in ["numeric", "hovernet", "text", "containers"] {
            let plain = try MatFile(path: MatFixtures.path("scipy_\(stem)_plain.mat"))
            let compressed = try MatFile(path: MatFixtures.path("scipy_\(stem)_compressed.mat"))
            #expect(plain.variableNames == compressed.variableNames)
            for name in plain.variableNames {
                let (left, right) = (try plain.variable(name), try compressed.variable(name))
                #expect(MatExpectation.canonical(left) == MatExpectation.canonical(right), "\(stem): \(name)")
            }
        }
    }

    @Test func bigAndLittleEndianFilesReadTheSame() throws {
        let big = try MatFile(path: MatFixtures.path("crafted_big_endian_compressed.mat"))
        let little = try MatFile(path: MatFixtures.path("crafted_little_endian_plain.mat"))
        #expect(big.variableNames == little.variableNames)
        for name in big.variableNames {
            #expect(try big.variable(name) == little.variable(name), "\(name)")
        }
    }

    @Test func duplicateFieldNamesAreRenamedAsScipyDoes() throws {
        let file = try MatFile(path: MatFixtures.path("crafted_little_endian_plain.mat"))
        guard case .structure(_, let names, let fields) = try file.variable("dups") else {
            Issue.record("dups is not a struct")
            return
        }
        #expect(names == ["x", "_1_x", "y"])
        #expect(fields["_1_x"]?.first?.array?.doubleValues == [2])
    }

    @Test func compressedErrorsNameTheCompressedElement() throws {
        let path = MatFixtures.path("matlab_corrupted_zlib_checksum.mat")
        let error = expectInputError(file: path, containing: "inside compressed element") {
            let file = try MatFile(path: path)
            for name in file.variableNames { _ = try file.variable(name) }
        }
        #expect(error?.offset == 128)
    }
}

// MARK: - Layout variants

extension MatFileTests {
    @Test func compressedHeaderLongerThanThePeekIsReadWhole() throws {
        let writer = MatBytes()
        let dimensions = [Int32](repeating: 1, count: 300) + [2]
        let matrix = writer.matrix(
            "many", classCode: 6, dimensions: dimensions,
            parts: [writer.element(9, writer.word((1.5).bitPattern) + writer.word((2.5).bitPattern))])
        try TemporaryFiles.withFile(writer.file([try writer.compressed(matrix)]), name: "many.mat") { path in
            let file = try MatFile(path: path)
            #expect(file.variableNames == ["many"])
            let array = try #require(try file.variable("many").array)
            #expect(array.shape == dimensions.map(Int.init))
            #expect(array.doubleValues == [1.5, 2.5])
        }
    }

    @Test func repeatedVariableNamesReadTheLastAsScipyDoes() throws {
        let writer = MatBytes()
        let bytes = writer.file([
            writer.doubles("x", dimensions: [1, 1], [1]), writer.doubles("y", dimensions: [1, 1], [2]),
            writer.doubles("x", dimensions: [1, 1], [3]),
        ])
        try TemporaryFiles.withFile(bytes, name: "repeated.mat") { path in
            let file = try MatFile(path: path)
            #expect(file.variableNames == ["x", "y"])
            #expect(try file.variable("x").array?.doubleValues == [3])
        }
    }
}
